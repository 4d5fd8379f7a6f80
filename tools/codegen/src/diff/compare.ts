/**
 * What changed between two models, in the taxonomy's terms: codes added,
 * removed or renamed, statuses and categories changed, messages reworded, rows
 * moved; and what changed without touching the tables (front matter, headings,
 * anchors, samples). Pure: two models in, a JSON-serializable list out.
 */
import { diffWords } from 'diff';
import {
  type BatchErrorModel,
  type CategoryEntry,
  type ErrorCategory,
  type ErrorTable,
  type RestErrorEntry,
  type SchedulingErrorEntry,
  type SourceLocation,
  type TableId,
  tableIds,
} from '../model.js';
import { sourceTexts, translationLookup } from '../translations.js';

export type ChangeKind =
  /** A code appears in a table. */
  | 'added'
  /** A code is gone from a table. */
  | 'removed'
  /** A code was replaced by another at the same row, with the same message: probably a rename. */
  | 'renamed'
  /** A REST code's documented statuses changed. */
  | 'statusChanged'
  /** A scheduling code's category changed. */
  | 'categoryChanged'
  /** A row's message changed. */
  | 'reworded'
  /** A category's description changed. */
  | 'descriptionReworded'
  /** A row moved within its table, nothing else changed. */
  | 'moved'
  /** A table's section anchor changed (docs links change). */
  | 'anchorChanged'
  /** A section heading's text changed. */
  | 'headingChanged'
  /** The page's title or ms.date changed. */
  | 'frontMatterChanged'
  /** A code sample changed. */
  | 'sampleChanged'
  /** A translated page appeared. */
  | 'localeAdded'
  /** A translated page is gone. */
  | 'localeRemoved';

/** One word-level piece of a reworded message. */
export interface WordPart {
  text: string;
  change: 'same' | 'added' | 'removed';
}

export interface Change {
  kind: ChangeKind;
  /** The table, for changes to a code table. */
  table?: TableId;
  /** The code concerned (the new name, for renames). */
  code?: string;
  /** The old name, for renames. */
  previousCode?: string;
  /** The category concerned, for reworded descriptions. */
  category?: ErrorCategory;
  /** Language of a reworded message. */
  locale?: string;
  /** Statuses of a REST code before and after, for status changes (and the variant reworded). */
  statuses?: { before: number[]; after: number[] };
  categories?: { before: ErrorCategory; after: ErrorCategory };
  message?: { before: string; after: string; words: WordPart[] };
  position?: { before: number; after: number };
  /** Any other value that changed: an anchor, a heading, a front matter field, a sample's text. */
  value?: { field?: string; before?: string; after?: string };
  /** Where the row or section is, before and after, for links in reports. */
  source?: { before?: SourceLocation; after?: SourceLocation };
}

/** Every change from `before` to `after`, tables in document order, then the rest. */
export function compareModels(before: BatchErrorModel, after: BatchErrorModel): Change[] {
  const changes: Change[] = [];
  for (const id of tableIds) {
    const old = before.tables.find((table) => table.id === id);
    const current = after.tables.find((table) => table.id === id);
    changes.push(...compareTables(id, old, current));
  }
  changes.push(...compareCategories(before.categories, after.categories));
  changes.push(...compareTranslations(before, after));
  changes.push(...compareDocument(before, after));
  return changes;
}

/** Each locale's translated texts, by the English row they translate. */
function compareTranslations(before: BatchErrorModel, after: BatchErrorModel): Change[] {
  const changes: Change[] = [];
  const locales = [...new Set([...before.translations, ...after.translations].map((translation) => translation.document.locale))].sort();
  const beforeTexts = new Map(sourceTexts(before).map((text) => [text.key, text]));
  for (const locale of locales) {
    const old = before.translations.find((translation) => translation.document.locale === locale);
    const current = after.translations.find((translation) => translation.document.locale === locale);
    if (!old || !current) {
      changes.push({ kind: old ? 'localeRemoved' : 'localeAdded', locale });
      continue;
    }
    const [lookupBefore, lookupAfter] = [translationLookup(before, old), translationLookup(after, current)];
    for (const wanted of sourceTexts(after)) {
      const previous = beforeTexts.get(wanted.key);
      const oldText = previous ? lookupBefore(previous) : undefined;
      const newText = lookupAfter(wanted);
      if (!oldText || !newText || oldText.text === newText.text) continue;
      const change: Change = {
        kind: wanted.category === undefined ? 'reworded' : 'descriptionReworded',
        locale,
        message: { before: oldText.text, after: newText.text, words: wordDiff(oldText.text, newText.text) },
        source: { before: oldText.source, after: newText.source },
      };
      if (wanted.table !== undefined) change.table = wanted.table;
      if (wanted.code !== undefined) change.code = wanted.code;
      if (wanted.category !== undefined) change.category = wanted.category;
      if (wanted.key.split('/').length === 3 && wanted.status !== undefined) change.statuses = { before: [wanted.status], after: [wanted.status] };
      changes.push(change);
    }
  }
  return changes;
}

/** A table's entries as comparable rows: the code, its statuses or category, its messages. */
interface Row {
  code: string;
  index: number;
  statuses: number[];
  category?: ErrorCategory;
  /** One message per status variant (REST) or the message (scheduling). */
  messages: { status?: number; text: string; source: SourceLocation }[];
  source: SourceLocation;
}

function rowsOf(table: ErrorTable | undefined): Row[] {
  if (!table) return [];
  return table.kind === 'rest'
    ? table.entries.map((entry: RestErrorEntry, index) => ({
        code: entry.code,
        index,
        statuses: entry.variants.map((variant) => variant.status),
        messages: entry.variants.map((variant) => ({ status: variant.status, text: variant.message, source: variant.source })),
        source: entry.variants[0]?.source ?? table.source,
      }))
    : table.entries.map((entry: SchedulingErrorEntry, index) => ({
        code: entry.code,
        index,
        statuses: [],
        category: entry.category,
        messages: [{ text: entry.message, source: entry.source }],
        source: entry.source,
      }));
}

function compareTables(table: TableId, before: ErrorTable | undefined, after: ErrorTable | undefined): Change[] {
  const changes: Change[] = [];
  const oldRows = rowsOf(before);
  const newRows = rowsOf(after);
  const oldByCode = new Map(oldRows.map((row) => [row.code, row]));
  const newByCode = new Map(newRows.map((row) => [row.code, row]));
  const removed = oldRows.filter((row) => !newByCode.has(row.code));
  const added = newRows.filter((row) => !oldByCode.has(row.code));

  // A code gone and another new at the same row with the same messages is reported once, as a rename.
  const addedAtIndex = new Map(added.map((row) => [row.index, row]));
  const renamedFrom = new Map<string, Row>();
  for (const gone of removed) {
    const candidate = addedAtIndex.get(gone.index);
    if (candidate && !renamedFrom.has(candidate.code) && sameMessages(gone, candidate)) renamedFrom.set(candidate.code, gone);
  }
  const renamedAway = new Set([...renamedFrom.values()].map((row) => row.code));

  for (const gone of removed) {
    if (renamedAway.has(gone.code)) continue;
    changes.push({ kind: 'removed', table, code: gone.code, ...describe(gone, 'before'), source: { before: gone.source } });
  }
  for (const row of added) {
    const previous = renamedFrom.get(row.code);
    if (previous) {
      changes.push({ kind: 'renamed', table, code: row.code, previousCode: previous.code, source: { before: previous.source, after: row.source } });
    } else {
      changes.push({ kind: 'added', table, code: row.code, ...describe(row, 'after'), source: { after: row.source } });
    }
  }

  const common = oldRows.filter((row) => newByCode.has(row.code));
  const moved = new Set(outOfOrder(common.map((row) => newByCode.get(row.code)?.index ?? 0)).map((position) => common[position]?.code));
  for (const old of common) {
    const current = newByCode.get(old.code);
    if (!current) continue;
    const source = { before: old.source, after: current.source };
    const rowChanges: Change[] = [];
    if (!sameNumbers(old.statuses, current.statuses)) {
      rowChanges.push({ kind: 'statusChanged', table, code: old.code, statuses: { before: old.statuses, after: current.statuses }, source });
    }
    if (old.category !== undefined && current.category !== undefined && old.category !== current.category) {
      rowChanges.push({ kind: 'categoryChanged', table, code: old.code, categories: { before: old.category, after: current.category }, source });
    }
    for (const [oldMessage, newMessage] of pairMessages(old.messages, current.messages)) {
      if (oldMessage.text === newMessage.text) continue;
      rowChanges.push({
        kind: 'reworded',
        table,
        code: old.code,
        locale: 'en-us',
        ...(newMessage.status === undefined ? {} : { statuses: { before: [oldMessage.status ?? newMessage.status], after: [newMessage.status] } }),
        message: { before: oldMessage.text, after: newMessage.text, words: wordDiff(oldMessage.text, newMessage.text) },
        source: { before: oldMessage.source, after: newMessage.source },
      });
    }
    if (moved.has(old.code)) rowChanges.push({ kind: 'moved', table, code: old.code, position: { before: old.index, after: current.index }, source });
    changes.push(...rowChanges);
  }

  if (before && after && before.anchor !== after.anchor) {
    changes.push({
      kind: 'anchorChanged',
      table,
      value: valueChange('anchor', before.anchor, after.anchor),
      source: { before: before.source, after: after.source },
    });
  }
  if (before && after && before.title !== after.title) {
    changes.push({
      kind: 'headingChanged',
      table,
      value: valueChange('heading', before.title, after.title),
      source: { before: before.source, after: after.source },
    });
  }
  return changes;
}

function compareCategories(before: readonly CategoryEntry[], after: readonly CategoryEntry[]): Change[] {
  const changes: Change[] = [];
  for (const current of after) {
    const old = before.find((entry) => entry.category === current.category);
    if (old && old.description !== current.description) {
      changes.push({
        kind: 'descriptionReworded',
        category: current.category,
        locale: 'en-us',
        message: { before: old.description, after: current.description, words: wordDiff(old.description, current.description) },
        source: { before: old.source, after: current.source },
      });
    }
  }
  return changes;
}

function compareDocument(before: BatchErrorModel, after: BatchErrorModel): Change[] {
  const changes: Change[] = [];
  for (const field of ['title', 'msDate'] as const) {
    if (before.document[field] !== after.document[field]) {
      changes.push({ kind: 'frontMatterChanged', value: valueChange(field === 'msDate' ? 'ms.date' : field, before.document[field], after.document[field]) });
    }
  }
  const count = Math.max(before.samples.length, after.samples.length);
  for (let index = 0; index < count; index++) {
    const old = before.samples[index];
    const current = after.samples[index];
    if (old?.text === current?.text && old?.language === current?.language) continue;
    const source: Change['source'] = {};
    if (old) source.before = old.source;
    if (current) source.after = current.source;
    changes.push({ kind: 'sampleChanged', value: valueChange(`sample ${index + 1}`, old?.text, current?.text), source });
  }
  return changes;
}

function describe(row: Row, side: 'before' | 'after'): Pick<Change, 'statuses' | 'categories' | 'message'> {
  const text = row.messages.map((message) => message.text).join(' / ');
  const described: Pick<Change, 'statuses' | 'categories' | 'message'> = {
    message: side === 'before' ? { before: text, after: '', words: [] } : { before: '', after: text, words: [] },
  };
  if (row.statuses.length > 0) described.statuses = side === 'before' ? { before: row.statuses, after: [] } : { before: [], after: row.statuses };
  if (row.category !== undefined) described.categories = { before: row.category, after: row.category };
  return described;
}

function valueChange(field: string, before: string | undefined, after: string | undefined): NonNullable<Change['value']> {
  const value: NonNullable<Change['value']> = { field };
  if (before !== undefined) value.before = before;
  if (after !== undefined) value.after = after;
  return value;
}

/** Variants by status first; the rest in order (a single variant whose status changed pairs with its successor). */
function pairMessages(before: Row['messages'], after: Row['messages']): [Row['messages'][number], Row['messages'][number]][] {
  const pairs: [Row['messages'][number], Row['messages'][number]][] = [];
  const unpairedBefore = before.filter((message) => !after.some((other) => other.status === message.status));
  const unpairedAfter = after.filter((message) => !before.some((other) => other.status === message.status));
  for (const message of before) {
    const same = after.find((other) => other.status === message.status);
    if (same) pairs.push([message, same]);
  }
  unpairedBefore.forEach((old, index) => {
    const current = unpairedAfter[index];
    if (current) pairs.push([old, current]);
  });
  return pairs;
}

function sameMessages(left: Row, right: Row): boolean {
  return left.messages.length === right.messages.length && left.messages.every((message, index) => message.text === right.messages[index]?.text);
}

function sameNumbers(left: readonly number[], right: readonly number[]): boolean {
  return left.length === right.length && left.every((value, index) => value === right[index]);
}

/**
 * Positions (in `order`) not on a longest increasing subsequence: the rows
 * that moved, as opposed to those that only shifted because others came or
 * went. O(n log n), so 50,000 rows stay cheap.
 */
export function outOfOrder(order: readonly number[]): number[] {
  const tails: number[] = [];
  const previous = new Array<number>(order.length).fill(-1);
  for (let position = 0; position < order.length; position++) {
    const value = order[position] ?? 0;
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((order[tails[middle] ?? 0] ?? 0) < value) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[position] = tails[low - 1] ?? -1;
    tails[low] = position;
  }
  const kept = new Set<number>();
  for (let position = tails.at(-1) ?? -1; position !== -1; position = previous[position] ?? -1) kept.add(position);
  return order.map((_value, position) => position).filter((position) => !kept.has(position));
}

function wordDiff(before: string, after: string): WordPart[] {
  return diffWords(before, after).map((part) => ({ text: part.value, change: part.added ? 'added' : part.removed ? 'removed' : 'same' }));
}
