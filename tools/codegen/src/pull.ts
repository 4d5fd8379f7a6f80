/**
 * The English pages at a commit of a git repository of the upstream docs.
 * Pages move in upstream history (the status-codes page lived under
 * `documentation/batch/`, then `documentation/batchservice/`, then
 * `docs-ref-conceptual/batchservice/`), so each is looked for at its known
 * paths, then as a file of the same name whose history (`git log --follow`)
 * passes through one of them. Reads only; the caller writes.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { type DocumentSpec, knownDocuments } from './documents.js';
import { sha256Of, type UpstreamRevision } from './upstream.js';

const execFileAsync = promisify(execFile);

async function git(repository: string, ...args: string[]): Promise<string> {
  const { stdout } = await execFileAsync('git', ['-C', repository, ...args], { maxBuffer: 256 * 1024 * 1024 });
  return stdout;
}

async function gitBytes(repository: string, ...args: string[]): Promise<Buffer> {
  const { stdout } = await execFileAsync('git', ['-C', repository, ...args], { encoding: 'buffer', maxBuffer: 256 * 1024 * 1024 });
  return stdout;
}

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
  /** The commit the ref resolved to. */
  commit: string;
  pages: PulledPage[];
  missing: MissingPage[];
}

/** Thrown for what a user gave wrong: a repository git cannot read, a ref it cannot resolve. */
export class PullError extends Error {}

/**
 * Finds every known English page in `source` (a local clone, or anything
 * `git clone` accepts) at `ref` (default: its newest commit, HEAD).
 */
export async function pullPages(source: string, ref = 'HEAD'): Promise<PullResult> {
  const { repository, label, cleanup } = await openRepository(source);
  try {
    const commit = await git(repository, 'rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`).then(
      (stdout) => stdout.trim(),
      () => {
        throw new PullError(`Expected a commit, branch or tag of ${source}, found "${ref}", which git cannot resolve there`);
      },
    );
    const files = (await git(repository, 'ls-tree', '-r', '-z', '--name-only', commit)).split('\0').filter(Boolean);
    const pages: PulledPage[] = [];
    const missing: MissingPage[] = [];
    for (const spec of knownDocuments) {
      const found = await findPage(repository, commit, files, spec);
      if (!found) {
        missing.push({ spec, lookedFor: [...spec.upstreamPaths, `any file named ${[...new Set(spec.upstreamPaths.map(baseName))].join(' or ')}`] });
        continue;
      }
      const bytes = await gitBytes(repository, 'cat-file', 'blob', `${commit}:${found.path}`);
      const [lastChange = commit, date = ''] = (await git(repository, 'log', '-1', '--format=%H%x00%cI', commit, '--', found.path)).trim().split('\0');
      const page: PulledPage = { spec, bytes, revision: { repository: label, path: found.path, commit: lastChange, date, sha256: sha256Of(bytes) } };
      if (found.renamedFrom !== undefined) page.renamedFrom = found.renamedFrom;
      pages.push(page);
    }
    return { commit, pages, missing };
  } finally {
    await cleanup();
  }
}

/** A local repository is read in place; anything else is cloned (bare, blobs on demand) into a temporary folder. */
async function openRepository(source: string): Promise<{ repository: string; label: string; cleanup: () => Promise<void> }> {
  if (existsSync(source)) {
    const repository = path.resolve(source);
    const inside = await git(repository, 'rev-parse', '--git-dir').then(
      () => true,
      () => false,
    );
    if (!inside) throw new PullError(`Expected a git repository at ${source}, found a folder git does not recognise`);
    const origin = await git(repository, 'remote', 'get-url', 'origin').then(
      (stdout) => stdout.trim(),
      () => '',
    );
    return { repository, label: origin || source, cleanup: async () => undefined };
  }
  const folder = await mkdtemp(path.join(tmpdir(), 'batch-errors-upstream-'));
  const cleanup = () => rm(folder, { recursive: true, force: true });
  try {
    await execFileAsync('git', ['clone', '--quiet', '--bare', '--filter=blob:none', '--', source, folder], { maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    await cleanup();
    const detail = ((error as { stderr?: string }).stderr ?? '').trim().split('\n')[0] ?? '';
    throw new PullError(`Expected a git repository at ${source}, found none git can clone${detail ? `: ${detail}` : ''}`);
  }
  return { repository: folder, label: source, cleanup };
}

async function findPage(
  repository: string,
  commit: string,
  files: readonly string[],
  spec: DocumentSpec,
): Promise<{ path: string; renamedFrom?: string } | undefined> {
  const present = new Set(files);
  const known = spec.upstreamPaths.find((candidate) => present.has(candidate));
  if (known !== undefined) return { path: known };
  const names = new Set(spec.upstreamPaths.map((candidate) => baseName(candidate).toLowerCase()));
  for (const candidate of files.filter((file) => names.has(baseName(file).toLowerCase()))) {
    const formerPaths = (await git(repository, 'log', '--follow', '--format=', '--name-only', commit, '--', candidate)).split('\n');
    const renamedFrom = spec.upstreamPaths.find((knownPath) => formerPaths.includes(knownPath));
    if (renamedFrom !== undefined) return { path: candidate, renamedFrom };
  }
  return undefined;
}

function baseName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}
