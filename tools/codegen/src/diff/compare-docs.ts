/**
 * Two docs folders to a `DiffReport`: both read into models, compared as
 * taxonomies and as files, the release proposed, the upstream revisions named.
 */
import type { VFile } from 'vfile';
import { hasErrors } from '../diagnostics.js';
import { type DocsProblem, docsProblems, problemsNotIn } from '../baseline.js';
import { readDocsFolder } from '../docs-folder.js';
import { driftReport, driftSummaryRows } from '../drift.js';
import { loadModel } from '../load.js';
import type { BatchErrorModel } from '../model.js';
import type { UpstreamRecord } from '../upstream.js';
import { compareModels } from './compare.js';
import { comparePages } from './pages.js';
import { proposeRelease } from './release.js';
import type { DiffReport, UpstreamChange } from './change-report.js';

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
  const fromFolder = await readDocsFolder(fromDir, options.fromLabel === undefined ? {} : { label: options.fromLabel });
  const toFolder = await readDocsFolder(toDir, options.toLabel === undefined ? {} : { label: options.toLabel });
  const before = await loadModel(fromFolder);
  const after = await loadModel(toFolder);
  const failing = [...before.files, ...after.files].filter((file) => hasErrors([file]));
  if (!before.model || !after.model || failing.length > 0) return { failing };
  const changes = compareModels(before.model, after.model);
  const release = proposeRelease(changes, before.model, after.model);
  return {
    report: {
      from: options.from,
      to: options.to,
      upstream: compareUpstream(fromFolder.upstream.value ?? {}, toFolder.upstream.value ?? {}),
      changes,
      drift: compareDrift(before.model, after.model),
      pages: comparePages(fromFolder, toFolder),
      problems: compareProblems(docsProblems(before.files, fromFolder.label), docsProblems(after.files, toFolder.label)),
      release,
      breaking: release.some((entry) => entry.bump === 'major'),
    },
  };
}

/** Warnings the new docs have and the old did not, and the reverse, by identity (page, rule, a subject in common). */
function compareProblems(before: readonly DocsProblem[], after: readonly DocsProblem[]): DiffReport['problems'] {
  const entry = ({ file, rule, subjects, line, reason }: DocsProblem) => ({ file, rule, subjects, line, reason });
  return { added: problemsNotIn(after, before).map(entry), fixed: problemsNotIn(before, after).map(entry) };
}

/** The rows of the drift summary that differ. */
function compareDrift(before: BatchErrorModel, after: BatchErrorModel): DiffReport['drift'] {
  const [old, current] = [driftSummaryRows(driftReport(before)), driftSummaryRows(driftReport(after))];
  return current.flatMap(([name, value], index) => {
    const was = old[index]?.[1] ?? '';
    return was === value ? [] : [{ name, before: was, after: value }];
  });
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
