/**
 * Hard but valid edits of "Batch Status and Error Codes", for the test that
 * proves the packages' tests survive a docs change (docs-survival.exhaustive.test.ts).
 *
 * Each edit prefers the code today's tests used to pin (PoolNotFound,
 * ConditionNotMet, JobBeingTerminated, DiskFull, PoolBeingResized) and falls
 * back to a code of the same kind read from the model, so the edits still
 * apply after Microsoft moves things. When the docs have no code of a kind,
 * or a row is not where the model says, planning throws and says which.
 */
import type { BatchErrorModel, ErrorCategory, RestErrorEntry, SchedulingErrorEntry, SourceLocation, TableId } from '@batch-errors/codegen';

export const addedRestRow = { code: 'SurvivalTestRestCode', status: 410, cell: 'Gone (410)', message: 'The survival test added this code.' } as const;
export const addedSchedulingRow = {
  code: 'SurvivalTestSchedulingCode',
  category: 'UserError',
  message: 'The survival test added this scheduling code.',
} as const;

export interface SurvivalEdits {
  /** A REST code of one table with one status, whose row is removed. */
  removed: string;
  /** A REST code the retry policy names (`isRetryable` differs from its statuses' answer), whose row is removed. */
  removedFromPolicy: string;
  /** A code documented with several statuses, and the status whose row is removed (304 when it has one). */
  narrowed: { code: string; removedStatus: number };
  /** A REST row whose message is reworded; the code is in a scheduling table too when the docs have such a code. */
  reworded: { code: string; table: TableId; status: number; message: string };
  /** A code of one scheduling table whose category is flipped. */
  recategorized: { code: string; table: TableId; category: ErrorCategory };
  /** The page with every edit applied. */
  page: string;
}

type RestEntry = RestErrorEntry & { table: TableId };
type SchedulingEntry = SchedulingErrorEntry & { table: TableId };

/**
 * Plans the edits on `page` (the English page `model` was read from).
 * `namedByRetryPolicy` tells a code the retry policy decides by name.
 */
export function planSurvivalEdits(model: BatchErrorModel, page: string, namedByRetryPolicy: (code: string) => boolean): SurvivalEdits {
  const restEntries: RestEntry[] = model.tables.flatMap((table) =>
    table.kind === 'rest' ? table.entries.map((entry) => ({ ...entry, table: table.id })) : [],
  );
  const schedulingEntries: SchedulingEntry[] = model.tables.flatMap((table) =>
    table.kind === 'scheduling' ? table.entries.map((entry) => ({ ...entry, table: table.id })) : [],
  );
  const tablesOf = (code: string) => model.tables.filter((table) => table.entries.some((entry) => entry.code === code)).map((table) => table.id);
  const used = new Set<string>();
  /** The preferred code when it qualifies, else the first that does; never a code another edit took. */
  function choose<Entry extends { code: string }>(what: string, preferred: string, candidates: readonly Entry[]): Entry {
    const free = candidates.filter((entry) => !used.has(entry.code));
    const chosen = free.find((entry) => entry.code === preferred) ?? free[0];
    if (!chosen) throw new Error(`The docs have no ${what} left to edit (preferred: ${preferred}); the survival test needs one`);
    used.add(chosen.code);
    return chosen;
  }
  const singleRow = (entry: RestEntry) => entry.variants.length === 1 && entry.variants[0]?.duplicates.length === 0 && tablesOf(entry.code).length === 1;

  const narrowedEntry = choose(
    'code with several statuses',
    'ConditionNotMet',
    restEntries.filter((entry) => entry.variants.length > 1),
  );
  const narrowedVariant = narrowedEntry.variants.find((variant) => variant.status === 304) ?? narrowedEntry.variants[0];
  const removedEntry = choose('REST code of one table with one status', 'PoolNotFound', restEntries.filter(singleRow));
  const policyEntry = choose(
    'REST code the retry policy names',
    'PoolBeingResized',
    restEntries.filter((entry) => singleRow(entry) && namedByRetryPolicy(entry.code)),
  );
  const inRestAndScheduling = restEntries.filter(
    (entry) => entry.variants.length === 1 && tablesOf(entry.code).some((table) => schedulingEntries.some((other) => other.table === table)),
  );
  const rewordedEntry = choose(
    'REST row to reword',
    'JobBeingTerminated',
    inRestAndScheduling.length > 0 ? inRestAndScheduling : restEntries.filter((entry) => entry.variants.length === 1),
  );
  const recategorizedEntry = choose(
    'code of one scheduling table',
    'DiskFull',
    schedulingEntries.filter((entry) => entry.duplicates.length === 0 && tablesOf(entry.code).length === 1),
  );

  const rewordedVariant = rewordedEntry.variants[0];
  const removedVariant = removedEntry.variants[0];
  const policyVariant = policyEntry.variants[0];
  if (!narrowedVariant || !rewordedVariant || !removedVariant || !policyVariant) throw new Error('a REST entry without rows');
  const rewordedMessage = `${rewordedVariant.message.replace(/\.$/, '')}, in words the survival test chose.`;
  const category: ErrorCategory = recategorizedEntry.category === 'UserError' ? 'ServerError' : 'UserError';

  const lines = page.split('\n');
  const edited: (string | undefined)[] = [...lines];
  const inserted = new Map<number, string[]>();
  /** The row of `code` at `source`, as its cells; throws when the line is not that row. */
  function cellsAt(source: SourceLocation, code: string): string[] {
    const row = lines[source.line - 1] ?? '';
    const cells = row
      .trim()
      .replace(/^\||\|$/g, '')
      .split('|');
    if (cells[0]?.trim() !== code) throw new Error(`Expected the row of ${code} at line ${source.line} of the page, found: ${row}`);
    return cells;
  }
  const remove = (source: SourceLocation, code: string) => {
    cellsAt(source, code);
    edited[source.line - 1] = undefined;
  };
  const replaceCell = (source: SourceLocation, code: string, index: number, text: string) => {
    const cells = cellsAt(source, code);
    cells[index] = text;
    edited[source.line - 1] = `|${cells.join('|')}|`;
  };
  const lastRowOf = (table: TableId) => {
    const found = model.tables.find((candidate) => candidate.id === table);
    const sources = (found?.kind === 'rest' ? found.entries.flatMap((entry) => entry.variants) : (found?.entries ?? [])).flatMap((row) => [
      row.source,
      ...row.duplicates,
    ]);
    const last = Math.max(...sources.map((source) => source.line));
    if (!Number.isFinite(last)) throw new Error(`The docs have no rows in table ${table}`);
    return last;
  };
  const insertAfter = (line: number, row: string) => inserted.set(line, [...(inserted.get(line) ?? []), row]);

  remove(narrowedVariant.source, narrowedEntry.code);
  remove(removedVariant.source, removedEntry.code);
  remove(policyVariant.source, policyEntry.code);
  replaceCell(rewordedVariant.source, rewordedEntry.code, 2, rewordedMessage);
  replaceCell(recategorizedEntry.source, recategorizedEntry.code, 1, category);
  const restTable = model.tables.some((table) => table.id === 'batchService') ? 'batchService' : restEntries[0]?.table;
  const schedulingTable = schedulingEntries.at(-1)?.table;
  if (restTable === undefined || schedulingTable === undefined) throw new Error('The docs have no REST or no scheduling table to add a code to');
  insertAfter(lastRowOf(restTable), `|${addedRestRow.code}|${addedRestRow.cell}|${addedRestRow.message}|`);
  insertAfter(lastRowOf(schedulingTable), `|${addedSchedulingRow.code}|${addedSchedulingRow.category}|${addedSchedulingRow.message}|`);

  const text = edited.flatMap((line, index) => [...(line === undefined ? [] : [line]), ...(inserted.get(index + 1) ?? [])]).join('\n');
  return {
    removed: removedEntry.code,
    removedFromPolicy: policyEntry.code,
    narrowed: { code: narrowedEntry.code, removedStatus: narrowedVariant.status },
    reworded: { code: rewordedEntry.code, table: rewordedEntry.table, status: rewordedVariant.status, message: rewordedMessage },
    recategorized: { code: recategorizedEntry.code, table: recategorizedEntry.table, category },
    page: text,
  };
}

/** What the model read from the edited page must show; each problem is one line. */
export function editProblems(before: BatchErrorModel, after: BatchErrorModel, edits: SurvivalEdits): string[] {
  const entryOf = (model: BatchErrorModel, table: TableId, code: string) =>
    model.tables.find((candidate) => candidate.id === table)?.entries.find((entry) => entry.code === code);
  const listed = (model: BatchErrorModel, code: string) => model.tables.some((table) => table.entries.some((entry) => entry.code === code));
  const statusesOf = (model: BatchErrorModel, code: string) =>
    model.tables.flatMap((table) => (table.kind === 'rest' ? table.entries.filter((entry) => entry.code === code).flatMap((entry) => entry.variants) : []));
  const problems: string[] = [];
  for (const code of [edits.removed, edits.removedFromPolicy]) if (listed(after, code)) problems.push(`${code} is still listed`);
  const narrowedBefore = statusesOf(before, edits.narrowed.code).length;
  const narrowedAfter = statusesOf(after, edits.narrowed.code);
  if (narrowedAfter.length !== narrowedBefore - 1 || narrowedAfter.some((variant) => variant.status === edits.narrowed.removedStatus))
    problems.push(`${edits.narrowed.code} still has status ${edits.narrowed.removedStatus}`);
  const reworded = entryOf(after, edits.reworded.table, edits.reworded.code);
  const rewordedMessage = reworded && 'variants' in reworded ? reworded.variants[0]?.message : undefined;
  if (rewordedMessage !== edits.reworded.message) problems.push(`${edits.reworded.code} reads ${JSON.stringify(rewordedMessage)}`);
  const recategorized = entryOf(after, edits.recategorized.table, edits.recategorized.code);
  if (!recategorized || !('category' in recategorized) || recategorized.category !== edits.recategorized.category)
    problems.push(`${edits.recategorized.code} is not ${edits.recategorized.category}`);
  if (!statusesOf(after, addedRestRow.code).some((variant) => variant.status === addedRestRow.status)) problems.push(`${addedRestRow.code} was not added`);
  if (!listed(after, addedSchedulingRow.code)) problems.push(`${addedSchedulingRow.code} was not added`);
  return problems;
}
