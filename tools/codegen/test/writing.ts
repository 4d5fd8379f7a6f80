/**
 * What the tests of the writer share: a scratch workspace with an edited page,
 * the old and new generated trees, the writer run in a child process that a
 * fault makes kill or stop itself at a chosen step, and the checks of a tree
 * left by a killed run. Fault injection lives here, in the tests: the
 * generator's own code only calls the step function it is given.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect } from 'vitest';
import { type Io, main } from '../src/cli.js';
import { emitPackages, type GeneratedFile } from '../src/emit/index.js';
import { loadDocs } from '../src/load.js';
import { lockName, stagingPrefix } from '../src/write.js';
import { docsSource, repoRoot, temporaryFolder } from './helpers.js';

/**
 * JavaScript for a child process: \`stepAt(spec)\` is a step function that
 * counts the steps that change the disk and, at the one \`spec\` names
 * (\`SIGKILL@7\`, \`SIGSTOP@7\`), sends the process that signal: a real signal,
 * so no \`finally\` block runs and the disk is left as a crash leaves it.
 */
export const faultInjectorSource = `
function stepAt(spec) {
  const match = /^(SIGKILL|SIGSTOP)@([1-9][0-9]{0,5})$/.exec(spec ?? '');
  if (!match) return () => undefined;
  let count = 0;
  return () => {
    count++;
    if (count === Number(match[2])) process.kill(process.pid, match[1]);
  };
}
`;

export const packages = ['core', 'messages', 'http'] as const;
export const codegenRoot = path.resolve(import.meta.dirname, '..');
export const bin = path.join(codegenRoot, 'bin/batch-errors-codegen.js');
const statusPage = 'en-us/batch-status-and-error-codes.md';
/** Killing a child at dozens of points takes a while on a busy machine. */
export const slow = 600_000;

export type Tree = Record<string, string>;

/**
 * The docs edit of the report, on the page as it is: after its first REST row, a new
 * code, and that row's message reworded. That changes files in all three packages.
 */
export function editPage(text: string): string {
  const edited = text.replace(
    /^(\|[A-Za-z]+\|[^|\n]*\(\d{3}\)\|)([^|\n]+?)\.?\|$/m,
    '$1$2, reworded.|\n|PoolVanished|NotFound (404)|The specified pool vanished.|',
  );
  if (edited === text) throw new Error('the page has no REST row to edit');
  return edited;
}

/** Generated files of the repository's packages: all of them change with the edit, and each is a step of the write. */
export const generatedFileCount = ['core', 'messages', 'http']
  .map(
    (name) =>
      readdirSync(path.join(repoRoot, 'packages', name, 'src/generated'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length,
  )
  .reduce((sum, count) => sum + count, 0);

/**
 * A scratch workspace: a pnpm-workspace.yaml (so paths in headers read `docs-source/…`
 * as in the repository), the docs with the edit, and the three packages' sources with
 * the committed generated folders: the "old" tree.
 */
export async function scratchWorkspace(): Promise<string> {
  const root = await temporaryFolder();
  await writeFile(path.join(root, 'pnpm-workspace.yaml'), '');
  await writeFile(path.join(root, 'package.json'), '{ "type": "module", "private": true }\n');
  await cp(docsSource, path.join(root, 'docs-source'), { recursive: true });
  const page = path.join(root, 'docs-source', statusPage);
  await writeFile(page, editPage(await readFile(page, 'utf8')));
  for (const name of packages) await cp(path.join(repoRoot, 'packages', name, 'src'), path.join(root, 'packages', name, 'src'), { recursive: true });
  return root;
}

/** Every generated file under `packagesDir`, by path (`core/src/generated/codes.ts`). */
export async function generatedTree(packagesDir: string): Promise<Tree> {
  const tree: Tree = {};
  for (const name of packages) {
    const folder = path.join(packagesDir, name, 'src/generated');
    if (!existsSync(folder)) continue;
    for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const full = path.join(entry.parentPath, entry.name);
      tree[path.relative(packagesDir, full).split(path.sep).join('/')] = await readFile(full, 'utf8');
    }
  }
  return tree;
}

export function onlyPackage(tree: Tree, name: string): Tree {
  return Object.fromEntries(Object.entries(tree).filter(([file]) => file.startsWith(`${name}/`)));
}

export function treeOf(files: readonly GeneratedFile[]): Tree {
  return Object.fromEntries(files.map((file) => [file.path, file.text]));
}

/** What an interrupted run can leave in the packages folder. */
export async function debrisIn(packagesDir: string): Promise<string[]> {
  return (await readdir(packagesDir)).filter((name) => name.startsWith(stagingPrefix) || name.startsWith(lockName)).sort();
}

export async function committedJournal(packagesDir: string): Promise<boolean> {
  for (const name of await debrisIn(packagesDir)) if (existsSync(path.join(packagesDir, name, 'journal.json'))) return true;
  return false;
}

/** The old tree (committed), the new one (the edited docs), and the files of the new one. */
export async function trees(): Promise<{ oldTree: Tree; newTree: Tree; newFiles: GeneratedFile[]; oldFiles: GeneratedFile[] }> {
  const workspace = await scratchWorkspace();
  const { model } = await loadDocs(path.join(workspace, 'docs-source'));
  if (!model) throw new Error('the edited docs do not load');
  const newFiles = emitPackages(model);
  const oldTree = await generatedTree(path.join(repoRoot, 'packages'));
  const oldFiles = Object.entries(oldTree).map(([file, text]) => ({ path: file, text }));
  return { oldTree, newTree: treeOf(newFiles), newFiles, oldFiles };
}

export interface ChildResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function waitFor(child: ReturnType<typeof spawn>): Promise<ChildResult> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** The writer alone (plan, then apply), in a child process: what `generate` does after emitting, without loading the docs each time. */
export const writerScript = `
const { planOutput, applyPlan } = await import(${JSON.stringify(pathToFileURL(path.join(codegenRoot, 'dist/write.js')).href)});
const { readFile } = await import('node:fs/promises');
const { outDir, files } = JSON.parse(await readFile(process.argv[1], 'utf8'));
${faultInjectorSource}
const problems = await applyPlan(outDir, await planOutput(outDir, ['core', 'messages', 'http'], files), { step: stepAt(process.argv[2]) });
for (const file of problems) for (const message of file.messages) console.error(file.path + ': ' + message.reason);
process.exitCode = problems.length === 0 ? 0 : 1;
`;

export async function writerInput(outDir: string, files: readonly GeneratedFile[]): Promise<string> {
  const input = path.join(await temporaryFolder(), 'input.json');
  await writeFile(input, JSON.stringify({ outDir, files }));
  return input;
}

/** The writer in a child process; `fault` (`SIGKILL@7`, `SIGSTOP@7`) sends it that signal at that step. */
export function startWriter(input: string, fault?: string): ReturnType<typeof spawn> {
  return spawn(process.execPath, ['--input-type=module', '-e', writerScript, input, fault ?? ''], {
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 5 * 60_000,
    killSignal: 'SIGKILL',
  });
}

export async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: Io = { stdout: (text) => stdout.push(text), stderr: (text) => stderr.push(text) };
  const code = await main(argv, io);
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

/**
 * The step before which messages is moved aside, for this edit: the lock (1), the staging
 * folder (2), every generated file, the journal's temporary file and rename (2 steps), then
 * core and http switched with two renames each (4). Killed there, core and http are new and
 * messages is old: the mixed state only the journal can repair.
 */
export const moveMessagesAside = 2 + generatedFileCount + 2 + 4 + 1;

/**
 * The tree right after a kill. Without a committed journal it is the old tree or (once the
 * journal is removed) the new one, whole. With one, the switch is under way: each package
 * holds its old bytes, its new bytes, or (between the two renames of its switch) nothing,
 * and the journal says how to finish.
 */
export function expectWholePackages(state: Tree, oldTree: Tree, newTree: Tree, committed: boolean): void {
  if (!committed) {
    expect([oldTree, newTree]).toContainEqual(state);
    return;
  }
  for (const name of packages)
    expect([onlyPackage(oldTree, name), onlyPackage(newTree, name), {}], `${name} after the kill`).toContainEqual(onlyPackage(state, name));
}

/** Type-checks the three packages' sources of a scratch workspace (core through a path mapping); returns tsc's output. */
export function typecheck(workspace: string): string {
  const config = {
    extends: path.join(repoRoot, 'tsconfig.base.json'),
    compilerOptions: {
      types: ['node'],
      typeRoots: [path.join(repoRoot, 'node_modules/@types')],
      paths: { '@batch-errors/core': ['./packages/core/src/index.ts'] },
    },
    include: ['packages/*/src'],
  };
  const configPath = path.join(workspace, 'tsconfig.json');
  // messages imports its locale matcher from its own node_modules.
  symlinkSync(path.join(repoRoot, 'packages/messages/node_modules'), path.join(workspace, 'node_modules'));
  writeFileSync(configPath, JSON.stringify(config));
  const tsc = spawnSync(process.execPath, [path.join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', configPath], {
    encoding: 'utf8',
    timeout: 5 * 60_000,
    killSignal: 'SIGKILL',
  });
  return `${tsc.stdout}${tsc.stderr}`;
}

/** strace, when this machine has it: kills at the real rename system calls of the real command. */
export const strace = spawnSync('strace', ['-V'], { encoding: 'utf8', timeout: 10_000, killSignal: 'SIGKILL' }).status === 0 ? 'strace' : undefined;
if (!strace) console.warn('writing.ts: strace is not installed (apt-get install -y strace); the kills at real rename calls are skipped.');

/** strace ends the way its child did: killed by SIGKILL (or, with some versions, exit status 137). */
export function killedByStrace(result: ChildResult): boolean {
  return result.signal === 'SIGKILL' || result.code === 128 + 9;
}

/** The state letter of a process in /proc (`T` when stopped); undefined without /proc. */
export function processState(pid: number): string | undefined {
  try {
    return /^\d+ \(.*\) (\S)/.exec(readFileSync(`/proc/${pid}/stat`, 'utf8'))?.[1];
  } catch {
    return undefined;
  }
}

export async function until(condition: () => boolean, timeout = 60_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeout) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export const hasProc = existsSync('/proc/self/stat');
if (!hasProc) console.warn('writing.ts: no /proc on this machine; the tests that stop a writer half way are skipped.');
