/**
 * A scratch copy of the repository for tests that run the maintainers' flow:
 * the working tree's files committed in a fresh git repository, installed on
 * its own from the local pnpm store, with its own Nx cache.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

const flowEnvironment = { NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', CI: 'true', RES_OPTIONS: 'timeout:1' };

export interface CommandResult {
  stdout: string;
  stderr: string;
}

/**
 * How to call pnpm from a test: the pnpm that runs the tests (`npm_execpath`,
 * set for scripts it runs), else the one on the PATH.
 */
export const pnpm = /pnpm\.c?js$/.test(process.env['npm_execpath'] ?? '') ? `"${process.execPath}" "${process.env['npm_execpath']}"` : 'pnpm';

/**
 * The environment of a newcomer's shell: this process's, less what the package
 * manager running the tests injects (its `npm_*` settings, the script's folder
 * and `node_modules/.bin` on the PATH), which a terminal does not have.
 */
export function newcomerEnvironment(): NodeJS.ProcessEnv {
  const environment: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!/^(npm_|pnpm_script_)/i.test(name) && name !== 'INIT_CWD' && name !== 'NODE') environment[name] = value;
  }
  const pathEntries = (process.env['PATH'] ?? '').split(path.delimiter);
  environment['PATH'] = pathEntries.filter((entry) => !entry.split(path.sep).includes('node_modules')).join(path.delimiter);
  return environment;
}

/** Runs a shell command line in `cwd`; a failure throws with everything the command printed. */
export async function shell(cwd: string, commandLine: string, timeout = 600_000, environment: NodeJS.ProcessEnv = process.env): Promise<CommandResult> {
  try {
    return await promisify(execFile)('bash', ['-c', commandLine], {
      cwd,
      env: { ...environment, ...flowEnvironment },
      maxBuffer: 64 * 1024 * 1024,
      timeout,
      killSignal: 'SIGKILL',
    });
  } catch (error) {
    const failed = error as { message: string; stdout?: string; stderr?: string };
    throw new Error(`\`${commandLine}\` failed in ${cwd}:\n${failed.message}\n${failed.stdout ?? ''}\n${failed.stderr ?? ''}`);
  }
}

/** The README's Quick start: the install-and-build line and the test line, exactly as written. */
export async function quickStartLines(): Promise<{ build: string; test: string }> {
  const readme = await readFile(path.join(repoRoot, 'README.md'), 'utf8');
  const section = readme.split(/^## Quick start$/m)[1] ?? '';
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  const [build, test] = block.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#'));
  if (build === undefined || test === undefined) throw new Error('README.md has no Quick start block with two command lines');
  return { build, test };
}

/**
 * Copies the working tree (tracked and new files, not ignored ones, and no
 * pending changesets) into a new folder, commits it on `main`, and installs it
 * from the local store.
 * Returns the folder; the caller removes it with `removeScratchWorkspace`.
 */
export async function scratchWorkspace(): Promise<string> {
  const copy = await mkdtemp(path.join(tmpdir(), 'batch-errors-flow-'));
  const listed = (await shell(repoRoot, 'git ls-files -z --cached --others --exclude-standard')).stdout.split('\0').filter(Boolean);
  for (const file of listed) {
    await mkdir(path.dirname(path.join(copy, file)), { recursive: true });
    await copyFile(path.join(repoRoot, file), path.join(copy, file)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error; // listed but deleted in the working tree
    });
  }
  // The copy starts just released: changesets pending in the working tree are another change's.
  for (const file of listed.filter((name) => /^\.changeset\/(?!README\.md$|config\.json$)[^/]+\.md$/.test(name)))
    await rm(path.join(copy, file), { force: true });
  await git(copy, 'init', '--quiet', '--initial-branch=main');
  await git(copy, 'add', '--all');
  await git(copy, 'commit', '--quiet', '--message', 'base');
  await shell(copy, `${pnpm} install --frozen-lockfile --offline --reporter=silent`);
  return copy;
}

export function removeScratchWorkspace(copy: string | undefined): Promise<void> | undefined {
  return copy === undefined ? undefined : rm(copy, { recursive: true, force: true });
}

export function git(cwd: string, ...args: string[]): Promise<CommandResult> {
  const quoted = args.map((arg) => `'${arg.replaceAll("'", `'\\''`)}'`).join(' ');
  return shell(cwd, `git -c user.name=flow-test -c user.email=flow-test@example.invalid ${quoted}`);
}

const publishedPackages = ['core', 'messages', 'http', 'diagnose'] as const;

/** The version of each published package. */
export async function packageVersions(copy: string): Promise<Record<(typeof publishedPackages)[number], string>> {
  const read = async (name: string) => (JSON.parse(await readFile(path.join(copy, 'packages', name, 'package.json'), 'utf8')) as { version: string }).version;
  return { core: await read('core'), messages: await read('messages'), http: await read('http'), diagnose: await read('diagnose') };
}

/**
 * The text of every built module of `@batch-errors/messages` in `copy` with the
 * extension (`js` for ES modules, `cjs`): the bundler puts each catalog in a
 * chunk of its own, shared by the entry points, so no single file holds it.
 */
export async function builtMessages(copy: string, extension: 'js' | 'cjs'): Promise<string> {
  const dist = path.join(copy, 'packages/messages/dist');
  const files = (await readdir(dist)).filter((file) => file.endsWith(`.${extension}`)).sort();
  return (await Promise.all(files.map((file) => readFile(path.join(dist, file), 'utf8')))).join('\n');
}
