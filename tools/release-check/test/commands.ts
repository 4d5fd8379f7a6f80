/**
 * Running the tools a release check needs (pnpm, npm, node, tar) as child
 * processes, with their output in the error when they fail.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** A publishable package of the workspace: its folder under packages/ and its manifest. */
export interface WorkspacePackage {
  /** The folder name under packages/ (`core`). */
  name: string;
  folder: string;
  manifest: { name: string; private?: boolean; license?: string; dependencies?: Record<string, string>; [field: string]: unknown };
}

/** Every publishable package of the workspace. */
export const workspacePackages: WorkspacePackage[] = readdirSync(path.join(repoRoot, 'packages'))
  .map((name) => ({
    name,
    folder: path.join(repoRoot, 'packages', name),
    manifest: JSON.parse(readFileSync(path.join(repoRoot, 'packages', name, 'package.json'), 'utf8')),
  }))
  .filter(({ manifest }) => !manifest.private);

/** The pnpm running these tests (`pnpm test`), else the pinned one through npx. */
export function pnpm(): [string, string[]] {
  const execPath = process.env['npm_execpath'];
  return execPath && path.basename(execPath).startsWith('pnpm') ? [process.execPath, [execPath]] : ['npx', ['--yes', 'pnpm@10.34.8']];
}

/** Runs a command and gives its standard output; a failure says what ran where, with both outputs. */
export async function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<string> {
  try {
    // npm ignores SIGTERM (a 300 s timeout once waited 24 minutes): every command is killed for good past its bound.
    const { stdout } = await promisify(execFile)(command, args, {
      cwd,
      env: { ...process.env, ...env },
      maxBuffer: 16 * 1024 * 1024,
      timeout: 10 * 60_000,
      killSignal: 'SIGKILL',
    });
    return stdout;
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${failed.message}\n${failed.stdout ?? ''}\n${failed.stderr ?? ''}`);
  }
}
