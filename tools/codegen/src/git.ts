/**
 * Git as the tools run it: every call bounded in time and output (a git that
 * hangs on a network or a prompt is killed, not waited for), a repository
 * opened in place or cloned into a temporary folder, and a repository named in
 * what is committed without user info or local paths.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Long enough for a clone of a large docs repository over a slow link; git is killed past it. */
const cloneTimeoutMs = 10 * 60 * 1000;
/** Any other call reads a local repository. */
const callTimeoutMs = 2 * 60 * 1000;
/** A page or a list is far smaller; a blob past this is not one. */
export const maxGitOutputBytes = 64 * 1024 * 1024;

/** Thrown for what a user gave wrong or what git could not do: one line, for the user. */
export class GitError extends Error {}

interface GitOptions {
  timeoutMs?: number;
  maxBytes?: number;
}

/** `git <args>` in `cwd`: its standard output, or a GitError naming what failed. */
export function git(cwd: string, args: readonly string[], options?: GitOptions & { encoding?: 'utf8' }): Promise<string>;
export function git(cwd: string, args: readonly string[], options: GitOptions & { encoding: 'buffer' }): Promise<Buffer>;
export function git(cwd: string, args: readonly string[], options: GitOptions & { encoding?: 'utf8' | 'buffer' } = {}): Promise<string | Buffer> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      [...args],
      {
        cwd,
        encoding: options.encoding === 'buffer' ? 'buffer' : 'utf8',
        maxBuffer: options.maxBytes ?? maxGitOutputBytes,
        timeout: options.timeoutMs ?? callTimeoutMs,
        killSignal: 'SIGKILL',
        // Never ask for a password on a terminal the user does not watch.
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: 'echo' },
      },
      (error, stdout, stderr) => {
        if (!error) return resolve(stdout);
        const failure = error as NodeJS.ErrnoException & { killed?: boolean; signal?: string };
        const detail =
          String(stderr ?? '')
            .trim()
            .split('\n')[0] ?? '';
        if (failure.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER')
          return reject(new GitError(`git ${args[0]} gave more than ${options.maxBytes ?? maxGitOutputBytes} bytes`));
        if (failure.killed || failure.signal === 'SIGKILL')
          return reject(new GitError(`git ${args[0]} took longer than ${Math.round((options.timeoutMs ?? callTimeoutMs) / 1000)} s and was stopped`));
        if (failure.code === 'ENOENT') return reject(new GitError('git is not installed (no `git` on the PATH)'));
        reject(new GitError(`git ${args[0]} failed${detail ? `: ${detail}` : ''}`));
      },
    );
  });
}

/** A repository opened for reading, and how to name it in committed files. */
export interface OpenedRepository {
  /** Where git runs: the local clone, or a temporary bare clone. */
  folder: string;
  /** The repository as given (credentials removed), or a local clone's `origin` without credentials. */
  label: string;
  /** The repository's own name: the last part of its address or folder, without `.git`. */
  name: string;
  close(): Promise<void>;
}

/** A local repository is read in place; anything else is cloned (bare, blobs on demand) into a temporary folder. */
export async function openRepository(source: string): Promise<OpenedRepository> {
  if (existsSync(source)) {
    const folder = path.resolve(source);
    const inside = await git(folder, ['rev-parse', '--git-dir']).then(
      () => true,
      () => false,
    );
    if (!inside) throw new GitError(`Expected a git repository at ${source}, found a folder git does not recognise`);
    const origin = await git(folder, ['remote', 'get-url', 'origin']).then(
      (stdout) => stdout.trim(),
      () => '',
    );
    const label = origin ? withoutCredentials(origin) : source;
    return { folder, label, name: repositoryName(origin || folder), close: async () => undefined };
  }
  const folder = await mkdtemp(path.join(tmpdir(), 'batch-errors-upstream-'));
  const close = () => rm(folder, { recursive: true, force: true });
  try {
    await git(tmpdir(), ['clone', '--quiet', '--bare', '--filter=blob:none', '--', source, folder], { timeoutMs: cloneTimeoutMs });
  } catch (error) {
    await close();
    throw new GitError(`Expected a git repository at ${withoutCredentials(source)}, found none git can clone (${(error as Error).message})`);
  }
  return { folder, label: withoutCredentials(source), name: repositoryName(source), close };
}

/** The commit `ref` names in the repository; a GitError when there is none. */
export async function resolveCommit(repository: OpenedRepository, ref: string): Promise<string> {
  return git(repository.folder, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]).then(
    (stdout) => stdout.trim(),
    () => {
      throw new GitError(`Expected a commit, branch or tag of ${repository.label}, found "${ref}", which git cannot resolve there`);
    },
  );
}

/** The last commit that changed `file` at or before `commit`, with its committer date (ISO 8601). */
export async function lastChange(repository: OpenedRepository, commit: string, file: string): Promise<{ commit: string; date: string }> {
  const [last = commit, date = ''] = (await git(repository.folder, ['log', '-1', '--format=%H%x00%cI', commit, '--', file])).trim().split('\0');
  return { commit: last, date };
}

/** An address without its user name and password (`https://user:token@host/x` → `https://host/x`); anything else as given. */
export function withoutCredentials(address: string): string {
  return address.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1');
}

/** `https://github.com/Azure/azure-sdk-for-net.git` → `azure-sdk-for-net`. */
export function repositoryName(address: string): string {
  const trimmed = address.replace(/[/\\]+$/, '');
  return (trimmed.split(/[/\\:]/).at(-1) ?? trimmed).replace(/\.git$/, '');
}
