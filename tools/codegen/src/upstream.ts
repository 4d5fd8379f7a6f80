/**
 * `docs-source/upstream.json`: where each English page came from. `pull`
 * writes it; loading checks each recorded page against its bytes, so the
 * model (and the generated headers) name the upstream revision only while the
 * page is exactly that revision.
 */
import { createHash } from 'node:crypto';
import type { VFile } from 'vfile';
import { recordProblem } from './diagnostics.js';
import { compareCodePoints } from './read.js';

export const upstreamRecordFileName = 'upstream.json';

/** One page's upstream revision. */
export interface UpstreamRevision {
  /** The repository as `pull --from` was given it, or its `origin` remote. */
  repository: string;
  /** The page's path in the repository at that commit. */
  path: string;
  /** The last commit that changed the page, at or before the pulled ref. */
  commit: string;
  /** That commit's committer date, ISO 8601. */
  date: string;
  /** sha256 of the page's bytes, hex. */
  sha256: string;
}

/** By page path inside the docs folder (`en-us/batch-status-and-error-codes.md`). */
export type UpstreamRecord = Record<string, UpstreamRevision>;

export function sha256Of(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The record's text: pages in code-point order, fields in a fixed order, trailing newline. */
export function formatUpstreamRecord(record: UpstreamRecord): string {
  const pages = Object.keys(record).sort(compareCodePoints);
  const ordered = Object.fromEntries(
    pages.flatMap((page) => {
      const revision = record[page];
      return revision
        ? [[page, { repository: revision.repository, path: revision.path, commit: revision.commit, date: revision.date, sha256: revision.sha256 }]]
        : [];
    }),
  );
  return `${JSON.stringify({ pages: ordered }, null, 2)}\n`;
}

const fields = ['repository', 'path', 'commit', 'date', 'sha256'] as const;

/** Reads the record's text, reporting on `file` what it cannot use. */
export function parseUpstreamRecord(text: string, file: VFile): UpstreamRecord {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    recordProblem(
      file,
      'invalid-upstream-record',
      { line: 1, column: 1 },
      `Expected the JSON written by \`batch-errors-codegen pull\`, found text JSON cannot read: ${(error as Error).message}`,
    );
    return {};
  }
  const pages = (data as { pages?: unknown } | null)?.pages;
  if (typeof pages !== 'object' || pages === null || Array.isArray(pages)) {
    recordProblem(file, 'invalid-upstream-record', { line: 1, column: 1 }, 'Expected { "pages": { "<locale>/<page>.md": { … } } }, found another shape');
    return {};
  }
  const record: UpstreamRecord = {};
  for (const [page, value] of Object.entries(pages)) {
    const entry = value as Partial<Record<(typeof fields)[number], unknown>> | null;
    const missing = fields.filter((field) => typeof entry?.[field] !== 'string');
    if (missing.length > 0) {
      recordProblem(file, 'invalid-upstream-record', { line: 1, column: 1 }, `Expected ${fields.join(', ')} for ${page}, found no ${missing.join(', ')}`);
      continue;
    }
    record[page] = Object.fromEntries(fields.map((field) => [field, entry?.[field]])) as unknown as UpstreamRevision;
  }
  return record;
}
