/**
 * A git repository of the upstream docs, built from the real revisions in
 * ../shared/docs-history/status-codes: each committed at its real path with
 * its real committer date (the newest, whose date is unknown, after every
 * other), so the page moves between folders as it did upstream.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll } from 'vitest';

export interface Revision {
  /** File name in docs-history/status-codes. */
  file: string;
  /** Path of the page in the upstream repository. */
  path: string;
  /** Committer date, ISO 8601. */
  date: string;
  /** The commit, once the repository is built. */
  commit?: string;
}

/** The origin the built repository names, as the real one would. */
export const upstreamOrigin = 'https://github.com/AzureDataBox/azure-docs-rest-apis-public.git';

export async function git(cwd: string, args: string[], date?: string): Promise<string> {
  const env = { ...process.env, GIT_AUTHOR_DATE: date ?? '', GIT_COMMITTER_DATE: date ?? '' };
  const { stdout } = await promisify(execFile)('git', ['-c', 'user.name=upstream', '-c', 'user.email=upstream@example.invalid', ...args], {
    cwd,
    env,
    timeout: 120_000,
    killSignal: 'SIGKILL',
  });
  return stdout.trim();
}

/** The status-codes revisions in upstream order (each manifest entry names the one before it). */
export async function statusCodesRevisions(docsHistory: string): Promise<Revision[]> {
  const manifest = JSON.parse(await readFile(path.join(docsHistory, 'manifest.json'), 'utf8')) as {
    files: { doc: string; file: string; path: string; date: string | null; prev_file: string | null }[];
  };
  const entries = manifest.files.filter((entry) => entry.doc === 'status-codes');
  const ordered: Revision[] = [];
  for (let entry = entries.find((candidate) => candidate.prev_file === null); entry; ) {
    const current = entry;
    ordered.push({ file: current.file, path: current.path, date: current.date === null ? '2018-10-01T12:00:00+00:00' : `${current.date}T12:00:00+00:00` });
    entry = entries.find((candidate) => candidate.prev_file === current.file);
  }
  return ordered;
}

/** Builds the repository in `folder` (empty) and returns the revisions with their commits. */
export async function buildUpstreamRepository(docsHistory: string, folder: string): Promise<Revision[]> {
  const revisions = await statusCodesRevisions(docsHistory);
  await git(folder, ['init', '--quiet', '--initial-branch=main']);
  await git(folder, ['remote', 'add', 'origin', upstreamOrigin]);
  let previousPath: string | undefined;
  for (const revision of revisions) {
    await mkdir(path.dirname(path.join(folder, revision.path)), { recursive: true });
    if (previousPath !== undefined && previousPath !== revision.path) await git(folder, ['mv', previousPath, revision.path]);
    await cp(path.join(docsHistory, 'status-codes', revision.file), path.join(folder, revision.path));
    await git(folder, ['add', '--all']);
    await git(folder, ['commit', '--quiet', '--message', revision.file], revision.date);
    revision.commit = await git(folder, ['rev-parse', 'HEAD']);
    previousPath = revision.path;
  }
  return revisions;
}

/**
 * The repository built once for a test file (in its `beforeAll`, removed in
 * its `afterAll`) when the real history is there; `present` says whether it is.
 */
export function useUpstreamRepository(docsHistory: string, file: string): { present: boolean; folder: () => string; revisions: () => Revision[] } {
  const present = existsSync(path.join(docsHistory, 'status-codes'));
  if (!present) console.warn(`${file}: ${path.join(docsHistory, 'status-codes')} is absent; the walk through the real upstream history is skipped.`);
  let folder = '';
  let revisions: Revision[] = [];
  beforeAll(async () => {
    if (!present) return;
    folder = await mkdtemp(path.join(tmpdir(), 'batch-errors-upstream-repo-'));
    revisions = await buildUpstreamRepository(docsHistory, folder);
  }, 120_000);
  afterAll(() => (folder ? rm(folder, { recursive: true, force: true }) : undefined));
  return { present, folder: () => folder, revisions: () => revisions };
}
