/**
 * The generated folders change as one tree. A writer is killed with a real
 * SIGKILL at every step that changes the disk (through the fault seam in
 * src/faults.ts, and at every rename under strace where strace is installed);
 * then the packages must hold the old tree or the new one, `check` must name
 * what the killed run left, and the next generate must finish the switch and
 * leave nothing behind. Two writers at once must end in one whole tree.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Io, main } from '../src/cli.js';
import { emitPackages, type GeneratedFile } from '../src/emit/index.js';
import { faultVariable } from '../src/faults.js';
import { maxFileBytes } from '../src/files.js';
import { loadDocs } from '../src/load.js';
import { applyPlan, lockName, planOutput, recover, stagingPrefix, writeFileAtomic } from '../src/write.js';
import { docsSource, repoRoot, temporaryFolder } from './helpers.js';

const packages = ['core', 'messages', 'http'] as const;
const codegenRoot = path.resolve(import.meta.dirname, '..');
const bin = path.join(codegenRoot, 'bin/batch-errors-codegen.js');
const statusPage = 'en-us/batch-status-and-error-codes.md';
/** Killing a child at dozens of points takes a while on a busy machine. */
const slow = 600_000;

type Tree = Record<string, string>;

/**
 * The docs edit of the report, on the page as it is: after its first REST row, a new
 * code, and that row's message reworded. That changes files in all three packages.
 */
function editPage(text: string): string {
  const edited = text.replace(
    /^(\|[A-Za-z]+\|[^|\n]*\(\d{3}\)\|)([^|\n]+?)\.?\|$/m,
    '$1$2, reworded.|\n|PoolVanished|NotFound (404)|The specified pool vanished.|',
  );
  if (edited === text) throw new Error('the page has no REST row to edit');
  return edited;
}

/** Generated files of the repository's packages: all of them change with the edit, and each is a step of the write. */
const generatedFileCount = ['core', 'messages', 'http']
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
async function scratchWorkspace(): Promise<string> {
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
async function generatedTree(packagesDir: string): Promise<Tree> {
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

function onlyPackage(tree: Tree, name: string): Tree {
  return Object.fromEntries(Object.entries(tree).filter(([file]) => file.startsWith(`${name}/`)));
}

function treeOf(files: readonly GeneratedFile[]): Tree {
  return Object.fromEntries(files.map((file) => [file.path, file.text]));
}

/** What an interrupted run can leave in the packages folder. */
async function debrisIn(packagesDir: string): Promise<string[]> {
  return (await readdir(packagesDir)).filter((name) => name.startsWith(stagingPrefix) || name.startsWith(lockName)).sort();
}

async function committedJournal(packagesDir: string): Promise<boolean> {
  for (const name of await debrisIn(packagesDir)) if (existsSync(path.join(packagesDir, name, 'journal.json'))) return true;
  return false;
}

/** The old tree (committed), the new one (the edited docs), and the files of the new one. */
async function trees(): Promise<{ oldTree: Tree; newTree: Tree; newFiles: GeneratedFile[]; oldFiles: GeneratedFile[] }> {
  const workspace = await scratchWorkspace();
  const { model } = await loadDocs(path.join(workspace, 'docs-source'));
  if (!model) throw new Error('the edited docs do not load');
  const newFiles = emitPackages(model);
  const oldTree = await generatedTree(path.join(repoRoot, 'packages'));
  const oldFiles = Object.entries(oldTree).map(([file, text]) => ({ path: file, text }));
  return { oldTree, newTree: treeOf(newFiles), newFiles, oldFiles };
}

interface ChildResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function waitFor(child: ReturnType<typeof spawn>): Promise<ChildResult> {
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
const writerScript = `
const { planOutput, applyPlan } = await import(${JSON.stringify(pathToFileURL(path.join(codegenRoot, 'dist/write.js')).href)});
const { readFile } = await import('node:fs/promises');
const { outDir, files } = JSON.parse(await readFile(process.argv[1], 'utf8'));
const problems = await applyPlan(outDir, await planOutput(outDir, ['core', 'messages', 'http'], files));
for (const file of problems) for (const message of file.messages) console.error(file.path + ': ' + message.reason);
process.exitCode = problems.length === 0 ? 0 : 1;
`;

async function writerInput(outDir: string, files: readonly GeneratedFile[]): Promise<string> {
  const input = path.join(await temporaryFolder(), 'input.json');
  await writeFile(input, JSON.stringify({ outDir, files }));
  return input;
}

function startWriter(input: string, fault?: string): ReturnType<typeof spawn> {
  const env = { ...process.env, [faultVariable]: fault ?? '' };
  return spawn(process.execPath, ['--input-type=module', '-e', writerScript, input], { env, stdio: ['ignore', 'pipe', 'pipe'] });
}

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
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
const moveMessagesAside = 2 + generatedFileCount + 2 + 4 + 1;

/**
 * The tree right after a kill. Without a committed journal it is the old tree or (once the
 * journal is removed) the new one, whole. With one, the switch is under way: each package
 * holds its old bytes, its new bytes, or (between the two renames of its switch) nothing,
 * and the journal says how to finish.
 */
function expectWholePackages(state: Tree, oldTree: Tree, newTree: Tree, committed: boolean): void {
  if (!committed) {
    expect([oldTree, newTree]).toContainEqual(state);
    return;
  }
  for (const name of packages)
    expect([onlyPackage(oldTree, name), onlyPackage(newTree, name), {}], `${name} after the kill`).toContainEqual(onlyPackage(state, name));
}

describe('a writer killed at every step', () => {
  it(
    'leaves the old tree or the new one; check names the debris; the next run finishes and cleans up',
    async () => {
      const { oldTree, newTree, newFiles } = await trees();
      const changed = Object.keys(newTree).filter((file) => newTree[file] !== oldTree[file]);
      expect(new Set(changed.map((file) => file.split('/')[0]))).toEqual(new Set(['core', 'http', 'messages']));
      expect(Object.keys(newTree)).toHaveLength(generatedFileCount);
      let mixedStates = 0;
      let steps = 0;
      for (let at = 1; at < 200; at++) {
        const workspace = await scratchWorkspace();
        const out = path.join(workspace, 'packages');
        const result = await waitFor(startWriter(await writerInput(out, newFiles), `SIGKILL@${at}`));
        if (result.signal !== 'SIGKILL') {
          // Past the last step: the run completes.
          expect(result).toMatchObject({ code: 0, stderr: '' });
          expect(await generatedTree(out)).toEqual(newTree);
          expect(await debrisIn(out)).toEqual([]);
          steps = at - 1;
          break;
        }
        const committed = await committedJournal(out);
        const state = await generatedTree(out);
        expectWholePackages(state, oldTree, newTree, committed);
        if (committed && JSON.stringify(state) !== JSON.stringify(oldTree) && JSON.stringify(state) !== JSON.stringify(newTree)) mixedStates++;

        // check (planOutput) reads only, and reports exactly what was left.
        const left = await debrisIn(out);
        const plan = await planOutput(out, packages, newFiles);
        expect(plan.debris, `step ${at}`).toEqual(left);
        expect(await generatedTree(out)).toEqual(state);
        expect(await debrisIn(out)).toEqual(left);

        // Recovery alone gives a whole tree: the new one once the journal was committed, else the tree as it stands.
        await recover(out);
        expect(await generatedTree(out), `step ${at}, ${committed ? 'committed' : 'not committed'}`).toEqual(committed ? newTree : state);

        // The next run writes the new tree and leaves nothing behind.
        expect(await applyPlan(out, await planOutput(out, packages, newFiles))).toEqual([]);
        expect(await generatedTree(out)).toEqual(newTree);
        expect(await debrisIn(out)).toEqual([]);
      }
      // lock, staging, the files, journal (2), 3 × 2 renames, journal and staging removed, lock released
      expect(steps).toBe(2 + generatedFileCount + 2 + 6 + 3);
      expect(mixedStates).toBeGreaterThan(0);
    },
    slow,
  );

  it(
    'is finished by the next run even when that run is killed too, at any step of its recovery',
    async () => {
      const { oldTree, newTree, newFiles } = await trees();
      for (let second = 1; second < 50; second++) {
        const workspace = await scratchWorkspace();
        const out = path.join(workspace, 'packages');
        const input = await writerInput(out, newFiles);
        expect((await waitFor(startWriter(input, `SIGKILL@${moveMessagesAside}`))).signal).toBe('SIGKILL');
        const mixed = await generatedTree(out);
        expect(onlyPackage(mixed, 'core')).toEqual(onlyPackage(newTree, 'core'));
        expect(onlyPackage(mixed, 'messages')).toEqual(onlyPackage(oldTree, 'messages'));
        const again = await waitFor(startWriter(input, `SIGKILL@${second}`));
        expectWholePackages(await generatedTree(out), oldTree, newTree, true);
        await recover(out);
        expect(await generatedTree(out)).toEqual(newTree);
        if (again.signal !== 'SIGKILL') {
          expect(again.code).toBe(0);
          expect(await debrisIn(out)).toEqual([]);
          break;
        }
      }
    },
    slow,
  );

  it(
    'through the command line: check fails naming the debris and changes nothing, generate finishes, tsc passes',
    async () => {
      const { newTree } = await trees();
      const workspace = await scratchWorkspace();
      const out = path.join(workspace, 'packages');
      const docs = path.join(workspace, 'docs-source');
      const killed = await waitFor(
        spawn(process.execPath, [bin, 'generate'], { cwd: workspace, env: { ...process.env, [faultVariable]: `SIGKILL@${moveMessagesAside}` } }),
      );
      expect(killed.signal).toBe('SIGKILL');
      expect(await committedJournal(out)).toBe(true);
      const before = await generatedTree(out);
      const left = await debrisIn(out);

      const checked = await run('check', '--docs', docs, '--packages', out);
      expect(checked.code).toBe(1);
      const shown = path.relative(process.cwd(), out).split(path.sep).join('/');
      for (const name of left)
        expect(checked.stdout).toContain(`debris: ${shown}/${name} (left by an interrupted or running generate; the next generate removes it)`);
      expect(left.some((name) => name.startsWith(stagingPrefix))).toBe(true);
      expect(await generatedTree(out)).toEqual(before);
      expect(await debrisIn(out)).toEqual(left);

      expect((await run('generate', '--docs', docs, '--packages', out)).code).toBe(0);
      expect(await generatedTree(out)).toEqual(newTree);
      expect(await debrisIn(out)).toEqual([]);
      expect(await run('check', '--docs', docs, '--packages', out)).toMatchObject({
        code: 0,
        stdout: `batch-errors-codegen: ${generatedFileCount} generated files up to date.`,
      });
      expect(typecheck(workspace)).toBe('');
    },
    slow,
  );
});

/** Type-checks the three packages' sources of a scratch workspace (core through a path mapping); returns tsc's output. */
function typecheck(workspace: string): string {
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
  const tsc = spawnSync(process.execPath, [path.join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', configPath], { encoding: 'utf8' });
  return `${tsc.stdout}${tsc.stderr}`;
}

/** strace, when this machine has it: kills at the real rename system calls of the real command. */
const strace = spawnSync('strace', ['-V'], { encoding: 'utf8' }).status === 0 ? 'strace' : undefined;
if (!strace) console.warn('write.test.ts: strace is not installed (apt-get install -y strace); the kills at real rename calls are skipped.');

/** strace ends the way its child did: killed by SIGKILL (or, with some versions, exit status 137). */
function killedByStrace(result: ChildResult): boolean {
  return result.signal === 'SIGKILL' || result.code === 128 + 9;
}

describe.skipIf(!strace)('generate killed at every rename under strace', () => {
  it(
    'leaves a tree the next generate completes, and never a torn package',
    async () => {
      const { oldTree, newTree } = await trees();
      let renames = 0;
      for (let at = 1; at < 30; at++) {
        const workspace = await scratchWorkspace();
        const out = path.join(workspace, 'packages');
        const docs = path.join(workspace, 'docs-source');
        const killed = await waitFor(
          spawn(
            'strace',
            ['-f', '-qq', '-o', '/dev/null', '-e', 'trace=rename', '-e', `inject=rename:signal=KILL:when=${at}`, process.execPath, bin, 'generate'],
            {
              cwd: workspace,
              // strace counts calls per thread: one thread pool thread makes the count the process's.
              env: { ...process.env, [faultVariable]: '', UV_THREADPOOL_SIZE: '1' },
            },
          ),
        );
        if (killed.code === 0) {
          expect(await generatedTree(out)).toEqual(newTree);
          renames = at - 1;
          break;
        }
        expect(killedByStrace(killed), killed.stderr).toBe(true);
        expectWholePackages(await generatedTree(out), oldTree, newTree, await committedJournal(out));
        expect((await run('check', '--docs', docs, '--packages', out)).code).toBe(1);
        expect((await run('generate', '--docs', docs, '--packages', out)).code).toBe(0);
        expect(await generatedTree(out)).toEqual(newTree);
        expect(await debrisIn(out)).toEqual([]);
      }
      // the journal's rename, then two per package
      expect(renames).toBe(7);
    },
    slow,
  );

  it(
    'keeps the translations lock whole when translations is killed at its rename',
    async () => {
      const workspace = await scratchWorkspace();
      const docs = path.join(workspace, 'docs-source');
      const lockPath = path.join(docs, 'translations.lock.json');
      const german = path.join(docs, 'de-de/batch-status-and-error-codes.md');
      await writeFile(german, (await readFile(german, 'utf8')).replace('Der angegebene Pool ist nicht vorhanden.', 'Der angegebene Pool fehlt.'));
      const before = await readFile(lockPath, 'utf8');
      const killed = await waitFor(
        spawn(
          'strace',
          ['-f', '-qq', '-o', '/dev/null', '-e', 'trace=rename', '-e', 'inject=rename:signal=KILL:when=1', process.execPath, bin, 'translations'],
          {
            cwd: workspace,
            env: { ...process.env, UV_THREADPOOL_SIZE: '1' },
          },
        ),
      );
      expect(killedByStrace(killed)).toBe(true);
      expect(await readFile(lockPath, 'utf8')).toBe(before);
      const abandoned = (await readdir(docs)).filter((name) => name.endsWith('.codegen-tmp'));
      expect(abandoned).toHaveLength(1);

      expect((await run('translations', '--docs', docs)).code).toBe(0);
      const after = await readFile(lockPath, 'utf8');
      expect(after).not.toBe(before);
      expect((await run('translations', '--check', '--docs', docs)).code).toBe(0);
      expect((await readdir(docs)).filter((name) => name.endsWith('.codegen-tmp'))).toEqual([]);
    },
    slow,
  );
});

/** The state letter of a process in /proc (`T` when stopped); undefined without /proc. */
function processState(pid: number): string | undefined {
  try {
    return /^\d+ \(.*\) (\S)/.exec(readFileSync(`/proc/${pid}/stat`, 'utf8'))?.[1];
  } catch {
    return undefined;
  }
}

async function until(condition: () => boolean, timeout = 60_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeout) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const hasProc = existsSync('/proc/self/stat');
if (!hasProc) console.warn('write.test.ts: no /proc on this machine; the tests that stop a writer half way are skipped.');

describe('two writers on one tree', () => {
  it.skipIf(!hasProc)(
    'the second waits for the lock while the first is stopped half way, then both end in its tree, whole',
    async () => {
      const { oldTree, newTree, newFiles, oldFiles } = await trees();
      const workspace = await scratchWorkspace();
      const out = path.join(workspace, 'packages');
      const first = startWriter(await writerInput(out, newFiles), `SIGSTOP@${moveMessagesAside}`);
      const firstDone = waitFor(first);
      await until(() => processState(first.pid ?? 0) === 'T');
      const mixed = await generatedTree(out);
      expect(onlyPackage(mixed, 'core')).toEqual(onlyPackage(newTree, 'core'));
      expect(onlyPackage(mixed, 'messages')).toEqual(onlyPackage(oldTree, 'messages'));

      // The second writes the old tree back: it must not start before the first is done.
      const second = startWriter(await writerInput(out, oldFiles));
      let secondExited = false;
      const secondDone = waitFor(second).then((result) => {
        secondExited = true;
        return result;
      });
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(secondExited).toBe(false);
      expect(await generatedTree(out)).toEqual(mixed);

      process.kill(first.pid ?? 0, 'SIGCONT');
      expect(await firstDone).toMatchObject({ code: 0, stderr: '' });
      expect(await secondDone).toMatchObject({ code: 0, stderr: '' });
      expect(await generatedTree(out)).toEqual(oldTree);
      expect(await debrisIn(out)).toEqual([]);
    },
    slow,
  );

  it.skipIf(!hasProc)(
    'the second takes over the lock of a first killed half way, finishes its switch, then writes its own tree',
    async () => {
      const { oldTree, newFiles, oldFiles } = await trees();
      const workspace = await scratchWorkspace();
      const out = path.join(workspace, 'packages');
      const first = startWriter(await writerInput(out, newFiles), `SIGSTOP@${moveMessagesAside}`);
      const firstDone = waitFor(first);
      await until(() => processState(first.pid ?? 0) === 'T');
      const secondDone = waitFor(startWriter(await writerInput(out, oldFiles)));
      await new Promise((resolve) => setTimeout(resolve, 500));
      process.kill(first.pid ?? 0, 'SIGKILL');
      expect((await firstDone).signal).toBe('SIGKILL');
      expect(await secondDone).toMatchObject({ code: 0, stderr: '' });
      expect(await generatedTree(out)).toEqual(oldTree);
      expect(await debrisIn(out)).toEqual([]);
    },
    slow,
  );

  it(
    'started together, end in one whole tree with nothing left behind',
    async () => {
      const { oldTree, newTree, newFiles, oldFiles } = await trees();
      for (let round = 0; round < 3; round++) {
        const workspace = await scratchWorkspace();
        const out = path.join(workspace, 'packages');
        const [newInput, oldInput] = [await writerInput(out, newFiles), await writerInput(out, oldFiles)];
        const results = await Promise.all([waitFor(startWriter(newInput)), waitFor(startWriter(oldInput)), waitFor(startWriter(newInput))]);
        for (const result of results) expect(result).toMatchObject({ code: 0, stderr: '' });
        expect([oldTree, newTree]).toContainEqual(await generatedTree(out));
        expect(await debrisIn(out)).toEqual([]);
      }
    },
    slow,
  );
});

describe('generated files larger than a docs page may be', () => {
  it('are compared in full, and one larger than what replaces it is stale', async () => {
    // At 50,000 codes core's constants.ts is 17 MB, over the 16 MiB a docs file may have.
    const out = await temporaryFolder();
    const file: GeneratedFile = { path: 'core/src/generated/constants.ts', text: `${'x'.repeat(maxFileBytes + 1000)}\n` };
    await mkdir(path.join(out, 'core/src/generated'), { recursive: true });
    await writeFile(path.join(out, file.path), file.text);
    const same = await planOutput(out, ['core'], [file]);
    expect([same.unchanged, same.stale.length, same.problems.length]).toEqual([1, 0, 0]);
    await writeFile(path.join(out, file.path), `${file.text}longer\n`);
    const longer = await planOutput(out, ['core'], [file]);
    expect([longer.unchanged, longer.stale.map((stale) => stale.path), longer.problems.length]).toEqual([0, [file.path], 0]);
  });
});

describe('writeFileAtomic', () => {
  it('replaces a file whole, or with exclusive keeps an existing one', async () => {
    const folder = await temporaryFolder();
    const target = path.join(folder, 'translations.lock.json');
    expect(await writeFileAtomic(target, 'first\n')).toBe(true);
    expect(await writeFileAtomic(target, 'second\n')).toBe(true);
    expect(await readFile(target, 'utf8')).toBe('second\n');
    expect(await writeFileAtomic(target, 'third\n', { exclusive: true })).toBe(false);
    expect(await readFile(target, 'utf8')).toBe('second\n');
    expect(await writeFileAtomic(path.join(folder, 'docs-1.md'), 'new\n', { exclusive: true })).toBe(true);
    expect((await readdir(folder)).sort()).toEqual(['docs-1.md', 'translations.lock.json']);
  });

  it.each([
    ['killed before its temporary file', 1, 'old\n'],
    ['killed before its rename', 2, 'old\n'],
  ])('%s, leaves the old bytes; the next write removes what it left', async (_name, at, expected) => {
    const folder = await temporaryFolder();
    const target = path.join(folder, 'translations.lock.json');
    await writeFile(target, 'old\n');
    const script = `
const { writeFileAtomic } = await import(${JSON.stringify(pathToFileURL(path.join(codegenRoot, 'dist/write.js')).href)});
const { faultInjector } = await import(${JSON.stringify(pathToFileURL(path.join(codegenRoot, 'dist/faults.js')).href)});
await writeFileAtomic(process.argv[1], 'new\\n', { step: faultInjector(process.env) });
`;
    const killed = await waitFor(
      spawn(process.execPath, ['--input-type=module', '-e', script, target], { env: { ...process.env, [faultVariable]: `SIGKILL@${at}` } }),
    );
    expect(killed.signal).toBe('SIGKILL');
    expect(await readFile(target, 'utf8')).toBe(expected);
    await writeFileAtomic(target, 'newer\n');
    expect(await readFile(target, 'utf8')).toBe('newer\n');
    expect(await readdir(folder)).toEqual(['translations.lock.json']);
  });
});

describe('a write that cannot happen', () => {
  it('waits for a live lock, then reports it with its place and writes nothing', async () => {
    const { oldTree, newFiles } = await trees();
    const workspace = await scratchWorkspace();
    const out = path.join(workspace, 'packages');
    await writeFile(path.join(out, lockName), `${process.pid}\n`); // this process is alive: the lock is held
    const problems = await applyPlan(out, await planOutput(out, packages, newFiles), { lockTimeout: 300 });
    expect(problems.map((file) => `${file.path} ${file.messages.map((message) => `${message.reason} [${message.ruleId}]`).join()}`)).toEqual([
      `packages/${lockName} Expected to take the lock of the output folder, found it held by process ${process.pid} for 0.3 s (another generate is running; if not, delete the lock) [output-locked]`,
    ]);
    expect(await generatedTree(out)).toEqual(oldTree);
    expect(await debrisIn(out)).toEqual([lockName]);
  });

  it('reports an output folder it cannot create, instead of throwing', async () => {
    const { newFiles } = await trees();
    const file = path.join(await temporaryFolder(), 'a-file');
    await writeFile(file, '');
    const out = path.join(file, 'packages');
    const plan = await planOutput(out, packages, newFiles);
    expect(plan.problems.length).toBeGreaterThanOrEqual(newFiles.length); // each file, and each generated folder
    expect(plan.problems[0]?.messages[0]?.reason).toBe(
      'Expected a generated file the generator may replace, found a path through something that is not a folder (ENOTDIR)',
    );
    // Planned as if the folder were empty: the write itself must report, not throw.
    const problems = await applyPlan(out, { ...plan, problems: [], missing: newFiles });
    expect(problems.flatMap((problem) => problem.messages.map((message) => `${message.reason} [${message.ruleId}]`))).toEqual([
      expect.stringMatching(/^Expected to write the generated folders, found a path through something that is not a folder \(ENOTDIR\); .* \[write-failed\]$/),
    ]);
  });

  it('reports a disk error before the commit, leaving the old tree and no staging folder', async () => {
    const { oldTree, newFiles } = await trees();
    const workspace = await scratchWorkspace();
    const out = path.join(workspace, 'packages');
    // http's src is a file: its generated folder cannot be switched in.
    await cp(path.join(out, 'http/src/generated'), path.join(workspace, 'http-generated'), { recursive: true });
    await writeFile(path.join(workspace, 'http-src'), '');
    const { rm, rename } = await import('node:fs/promises');
    await rm(path.join(out, 'http/src'), { recursive: true });
    await rename(path.join(workspace, 'http-src'), path.join(out, 'http/src'));
    const before = await generatedTree(out);
    const problems = await applyPlan(out, await planOutput(out, packages, newFiles));
    expect(problems.flatMap((file) => file.messages.map((message) => message.ruleId))).toEqual(['write-failed']);
    expect(problems[0]?.messages[0]?.reason).toMatch(/^Expected to write the generated folders, found .*\(EEXIST|ENOTDIR\)/);
    expect(await generatedTree(out)).toEqual(before);
    expect(onlyPackage(before, 'core')).toEqual(onlyPackage(oldTree, 'core'));
    expect(await debrisIn(out)).toEqual([]);
  });
});
