/**
 * The English pages at a commit of a git repository of the upstream docs.
 * Pages move in upstream history (the status-codes page lived under
 * `documentation/batch/`, then `documentation/batchservice/`, then
 * `docs-ref-conceptual/batchservice/`), so each is looked for at its known
 * paths, then as a file of the same name whose history (`git log --follow`)
 * passes through one of them. Reads only; the caller writes.
 */
import { type DocumentSpec, knownDocuments } from './documents.js';
import { maxFileBytes } from './files.js';
import { GitError, git, lastChange, type OpenedRepository, openRepository, resolveCommit } from './git.js';
import { sha256Of, type UpstreamRevision } from './upstream.js';

/** A page found upstream. */
export interface PulledPage {
  spec: DocumentSpec;
  revision: UpstreamRevision;
  bytes: Buffer;
  /** The known path it was renamed from, when it was found under a new one. */
  renamedFrom?: string;
}

/** A page not found upstream, and where it was looked for. */
export interface MissingPage {
  spec: DocumentSpec;
  lookedFor: string[];
}

export interface PullResult {
  /** The repository as recorded and shown: as given, or a clone's origin, without credentials. */
  repository: string;
  /** The commit the ref resolved to. */
  commit: string;
  pages: PulledPage[];
  missing: MissingPage[];
}

/** Thrown for what a user gave wrong: a repository git cannot read, a ref it cannot resolve. */
export { GitError as PullError };

/**
 * Finds every known English page in `source` (a local clone, or anything
 * `git clone` accepts) at `ref` (default: its newest commit, HEAD).
 */
export async function pullPages(source: string, ref = 'HEAD'): Promise<PullResult> {
  const repository = await openRepository(source);
  try {
    const commit = await resolveCommit(repository, ref);
    const files = (await git(repository.folder, ['ls-tree', '-r', '-z', '--name-only', commit])).split('\0').filter(Boolean);
    const pages: PulledPage[] = [];
    const missing: MissingPage[] = [];
    for (const spec of knownDocuments) {
      const found = await findPage(repository, commit, files, spec);
      if (!found) {
        missing.push({ spec, lookedFor: [...spec.upstreamPaths, `any file named ${[...new Set(spec.upstreamPaths.map(baseName))].join(' or ')}`] });
        continue;
      }
      const bytes = await pageBytes(repository, commit, found.path);
      const changed = await lastChange(repository, commit, found.path);
      const page: PulledPage = {
        spec,
        bytes,
        revision: { repository: repository.label, path: found.path, commit: changed.commit, date: changed.date, sha256: sha256Of(bytes) },
      };
      if (found.renamedFrom !== undefined) page.renamedFrom = found.renamedFrom;
      pages.push(page);
    }
    return { repository: repository.label, commit, pages, missing };
  } finally {
    await repository.close();
  }
}

async function findPage(
  repository: OpenedRepository,
  commit: string,
  files: readonly string[],
  spec: DocumentSpec,
): Promise<{ path: string; renamedFrom?: string } | undefined> {
  const present = new Set(files);
  const known = spec.upstreamPaths.find((candidate) => present.has(candidate));
  if (known !== undefined) return { path: known };
  const names = new Set(spec.upstreamPaths.map((candidate) => baseName(candidate).toLowerCase()));
  // Each candidate costs a walk of its history: a tree with thousands of files of that name is asked about its first few.
  for (const candidate of files.filter((file) => names.has(baseName(file).toLowerCase())).slice(0, maxRenameCandidates)) {
    const formerPaths = (await git(repository.folder, ['log', '--follow', '--format=', '--name-only', commit, '--', candidate])).split('\n');
    const renamedFrom = spec.upstreamPaths.find((knownPath) => formerPaths.includes(knownPath));
    if (renamedFrom !== undefined) return { path: candidate, renamedFrom };
  }
  return undefined;
}

/** Files of a page's name whose history is followed, at most. */
const maxRenameCandidates = 20;

/** The page's bytes at `commit`, when what is there is a regular file within the size a page may have. */
async function pageBytes(repository: OpenedRepository, commit: string, file: string): Promise<Buffer> {
  const [entry = ''] = (await git(repository.folder, ['ls-tree', '-l', '--full-tree', commit, '--', file])).split('\n');
  const match = /^(\d{6}) (\w+) ([0-9a-f]+) +(-|\d+)\t/.exec(entry);
  const where = `${file} of ${repository.label} at ${commit.slice(0, 12)}`;
  if (match?.[2] !== 'blob' || match[1] === '120000') {
    const found = match?.[2] === 'commit' ? 'a submodule' : match?.[1] === '120000' ? 'a symbolic link' : `a ${match?.[2] ?? 'nothing readable'}`;
    throw new GitError(`Expected a Markdown page at ${where}, found ${found}`);
  }
  if (Number(match[4]) > maxFileBytes)
    throw new GitError(`Expected a Markdown page at ${where}, found ${match[4]} bytes, more than the limit of ${maxFileBytes}`);
  return git(repository.folder, ['cat-file', 'blob', match[3] ?? ''], { encoding: 'buffer' });
}

function baseName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}
