/**
 * Two docs folders to a `DiffReport`: both read into models, compared as
 * taxonomies and as files, the release proposed, the upstream revisions named.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { hasErrors } from '../diagnostics.js';
import { type DocsProblem, docsProblems, problemKey } from '../baseline.js';
import { loadModel } from '../load.js';
import { docsLabel } from '../read.js';
import { parseUpstreamRecord, type UpstreamRecord, upstreamRecordFileName } from '../upstream.js';
import { compareModels } from './compare.js';
import { comparePages } from './pages.js';
import { proposeRelease } from './release.js';
import type { DiffReport, UpstreamChange } from './report.js';

export interface CompareDocsOptions {
  /** How the two sides are named in the report (`docs-source at main`, `docs-source in the working tree`). */
  from: string;
  to: string;
  /** How paths of each folder are shown in messages and source links. */
  fromLabel?: string;
  toLabel?: string;
}

export type CompareDocsResult = { report: DiffReport; failing?: undefined } | { report?: undefined; failing: VFile[] };

/** The report, or the files with errors when either side cannot be read. */
export async function compareDocs(fromDir: string, toDir: string, options: CompareDocsOptions): Promise<CompareDocsResult> {
  const fromLabel = options.fromLabel ?? docsLabel(fromDir);
  const toLabel = options.toLabel ?? docsLabel(toDir);
  const before = await loadModel(fromDir, { label: fromLabel });
  const after = await loadModel(toDir, { label: toLabel });
  const failing = [...before.files, ...after.files].filter((file) => hasErrors([file]));
  if (!before.model || !after.model || failing.length > 0) return { failing };
  const changes = compareModels(before.model, after.model);
  const release = proposeRelease(changes, before.model, after.model);
  return {
    report: {
      from: options.from,
      to: options.to,
      upstream: compareUpstream(await readRecord(fromDir), await readRecord(toDir)),
      changes,
      pages: await comparePages(fromDir, toDir),
      problems: compareProblems(docsProblems(before.files, fromLabel), docsProblems(after.files, toLabel)),
      release,
      breaking: release.some((entry) => entry.bump === 'major'),
    },
  };
}

/** The record of a docs folder; an unreadable one counts as none here (loading the docs reports it). */
async function readRecord(docsDir: string): Promise<UpstreamRecord> {
  const text = await readFile(path.join(docsDir, upstreamRecordFileName), 'utf8').catch(() => undefined);
  if (text === undefined) return {};
  return parseUpstreamRecord(text, new VFile());
}

/** Warnings the new docs have and the old did not, and the reverse, by page, rule and line text. */
function compareProblems(before: readonly DocsProblem[], after: readonly DocsProblem[]): DiffReport['problems'] {
  const keysBefore = new Set(before.map(problemKey));
  const keysAfter = new Set(after.map(problemKey));
  const entry = ({ file, rule, text, line, reason }: DocsProblem) => ({ file, rule, text, line, reason });
  return {
    added: after.filter((problem) => !keysBefore.has(problemKey(problem))).map(entry),
    fixed: before.filter((problem) => !keysAfter.has(problemKey(problem))).map(entry),
  };
}

function compareUpstream(before: UpstreamRecord, after: UpstreamRecord): UpstreamChange[] {
  const pages = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return pages.flatMap((page) => {
    const old = before[page];
    const current = after[page];
    if (old?.commit === current?.commit && old?.path === current?.path && old?.repository === current?.repository) return [];
    return [{ page, ...(old ? { before: old } : {}), ...(current ? { after: current } : {}) }];
  });
}
