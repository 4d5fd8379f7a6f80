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
  sourceTexts,
  tableIds,
  translatedTextOf,
} from '../model.js';

/** A value before and after a change. */
export interface Compared<T> {
  before: T;
  after: T;
}

/** Where a change is, before and after, for links in reports. */
export interface Span {
  before?: SourceLocation;
  after?: SourceLocation;
}

/** One word-level piece of a reworded message. */
export interface WordPart {
  text: string;
  change: 'same' | 'added' | 'removed';
}

/** A message or description before and after, with its words compared. */
export interface Rewording extends Compared<string> {
  words: WordPart[];
}

/** What every change to a row of a code table names: the table, the code, where it is. */
interface RowChange {
  table: TableId;
  code: string;
  source: Span;
}

/** A row as it was (removed) or is (added): its statuses (REST) or category (scheduling), and its messages. */
interface RowContent extends RowChange {
  statuses: number[];
  category?: ErrorCategory;
  /** The row's messages, one per status for a code documented with several. */
  messages: string[];
}

/** One change from one docs revision to another, in the taxonomy's terms. */
export type Change =
  /** A code appears in a table. */
  | (RowContent & { kind: 'added' })
  /** A code is gone from a table. */
  | (RowContent & { kind: 'removed' })
  /** A code was replaced by another at the same row, with the same messages: probably a rename. */
  | (RowChange & { kind: 'renamed'; previousCode: string })
  /** A REST code's documented statuses changed. */
  | (RowChange & { kind: 'statusChanged'; statuses: Compared<number[]> })
  /** A scheduling code's category changed. */
  | (RowChange & { kind: 'categoryChanged'; categories: Compared<ErrorCategory> })
  /** A row's message changed, in English or in a translation; `status` names the variant of a REST row. */
  | (RowChange & { kind: 'reworded'; locale: string; status?: number; message: Rewording })
  /** A row moved within its table, nothing else changed. */
  | (RowChange & { kind: 'moved'; position: Compared<number> })
  /** A category's description changed, in English or in a translation. */
  | { kind: 'descriptionReworded'; category: ErrorCategory; locale: string; message: Rewording; source: Span }
  /** A table's section anchor changed (docs links change). */
  | { kind: 'anchorChanged'; table: TableId; anchor: Compared<string | undefined>; source: Span }
  /** A section heading's text changed. */
  | { kind: 'headingChanged'; table: TableId; heading: Compared<string>; source: Span }
  /** The page's title or ms.date changed. */
  | { kind: 'frontMatterChanged'; field: 'title' | 'ms.date'; value: Compared<string | undefined> }
  /** A code sample changed (`sample` counts from 1). */
  | { kind: 'sampleChanged'; sample: number; text: Compared<string | undefined>; source: Span }
  /** A translated page appeared, or is gone. */
  | { kind: 'localeAdded' | 'localeRemoved'; locale: string }
  /** A code the docs do not list became known to an SDK list (`list`: the first holding it), or is known to none any more. */
  | { kind: 'knownCodeAdded' | 'knownCodeRemoved'; code: string; lists: string[] }
  /** The lists holding a code changed, the code staying known (or documented). */
  | { kind: 'knownSourcesChanged'; code: string; lists: Compared<string[]> }
  /** Where a list was read changed: its repository, file or commit. */
  | { kind: 'knownListChanged'; list: string; commit: Compared<string | undefined>; path: Compared<string | undefined> }
  /** A statement of the error-handling page the packages cite says something else, or is made or withdrawn. */
  | { kind: 'statementChanged'; statement: string; value: Compared<string | undefined>; source: Span };

export type ChangeKind = Change['kind'];

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
  changes.push(...compareStatements(before, after));
  changes.push(...compareKnownCodes(before, after));
  return changes;
}

/** The statements of the error-handling page, by name, their values compared (their places are not what they say). */
function compareStatements(before: BatchErrorModel, after: BatchErrorModel): Change[] {
  const valuesOf = (model: BatchErrorModel) => {
    const { document: _document, ...statements } = model.errorHandling ?? {};
    return new Map(
      Object.entries(statements).map(([name, statement]) => {
        const { source, url: _url, ...values } = statement as { source: SourceLocation; url: string };
        return [name, { value: JSON.stringify(values), source }];
      }),
    );
  };
  const [old, current] = [valuesOf(before), valuesOf(after)];
  const names = [...new Set([...old.keys(), ...current.keys()])];
  return names.flatMap((statement): Change[] => {
    const [was, is] = [old.get(statement), current.get(statement)];
    if (was?.value === is?.value) return [];
    return [
      {
        kind: 'statementChanged',
        statement,
        value: { before: was?.value, after: is?.value },
        source: { ...(was ? { before: was.source } : {}), ...(is ? { after: is.source } : {}) },
      },
    ];
  });
}

/** The SDK lists' codes, by code: newly known, no longer known, or held by other lists; and where each list was read. */
function compareKnownCodes(before: BatchErrorModel, after: BatchErrorModel): Change[] {
  const holdersOf = (model: BatchErrorModel) => {
    const holders = new Map<string, string[]>();
    for (const list of model.knownCodes.lists) for (const code of list.codes) holders.set(code.value, [...(holders.get(code.value) ?? []), list.id]);
    return holders;
  };
  const documented = new Set(after.tables.flatMap((table) => table.entries.map((entry) => entry.code)));
  const [old, current] = [holdersOf(before), holdersOf(after)];
  const changes: Change[] = [];
  for (const code of [...new Set([...old.keys(), ...current.keys()])].sort(compareText)) {
    const [was = [], is = []] = [old.get(code), current.get(code)];
    if (was.join('\0') === is.join('\0')) continue;
    if (!documented.has(code) && was.length === 0) changes.push({ kind: 'knownCodeAdded', code, lists: is });
    else if (!documented.has(code) && is.length === 0) changes.push({ kind: 'knownCodeRemoved', code, lists: was });
    else changes.push({ kind: 'knownSourcesChanged', code, lists: { before: was, after: is } });
  }
  const listsOf = (model: BatchErrorModel) => new Map(model.knownCodes.lists.map((list) => [list.id, list]));
  const [oldLists, newLists] = [listsOf(before), listsOf(after)];
  for (const id of [...new Set([...oldLists.keys(), ...newLists.keys()])]) {
    const [was, is] = [oldLists.get(id), newLists.get(id)];
    if (was?.commit === is?.commit && was?.path === is?.path && was?.repository === is?.repository) continue;
    changes.push({ kind: 'knownListChanged', list: id, commit: { before: was?.commit, after: is?.commit }, path: { before: was?.path, after: is?.path } });
  }
  return changes;
}

function compareText(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Each locale's translated texts, by the English row they translate. */
function compareTranslations(before: BatchErrorModel, after: BatchErrorModel): Change[] {
  const changes: Change[] = [];
  const locales = [...new Set([...before.translations, ...after.translations].map((translation) => translation.document.locale))].sort();
  for (const locale of locales) {
    const old = before.translations.find((translation) => translation.document.locale === locale);
    const current = after.translations.find((translation) => translation.document.locale === locale);
    if (!old || !current) {
      changes.push({ kind: old ? 'localeRemoved' : 'localeAdded', locale });
      continue;
    }
    const [textBefore, textAfter] = [translatedTextOf(old), translatedTextOf(current)];
    for (const wanted of sourceTexts(after)) {
      const oldText = textBefore(wanted.id);
      const newText = textAfter(wanted.id);
      if (!oldText || !newText || oldText.text === newText.text) continue;
      const message = rewording(oldText.text, newText.text);
      const source = { before: oldText.source, after: newText.source };
      const { id } = wanted;
      if ('category' in id) changes.push({ kind: 'descriptionReworded', category: id.category, locale, message, source });
      else {
        changes.push({
          kind: 'reworded',
          table: id.table,
          code: id.code,
          locale,
          ...(wanted.status === undefined ? {} : { status: wanted.status }),
          message,
          source,
        });
      }
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
    changes.push({ kind: 'removed', table, ...contentOf(gone), source: { before: gone.source } });
  }
  for (const row of added) {
    const previous = renamedFrom.get(row.code);
    if (previous) {
      changes.push({ kind: 'renamed', table, code: row.code, previousCode: previous.code, source: { before: previous.source, after: row.source } });
    } else {
      changes.push({ kind: 'added', table, ...contentOf(row), source: { after: row.source } });
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
        ...(newMessage.status === undefined ? {} : { status: newMessage.status }),
        message: rewording(oldMessage.text, newMessage.text),
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
      anchor: { before: before.anchor, after: after.anchor },
      source: { before: before.source, after: after.source },
    });
  }
  if (before && after && before.title !== after.title) {
    changes.push({
      kind: 'headingChanged',
      table,
      heading: { before: before.title, after: after.title },
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
        message: rewording(old.description, current.description),
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
      changes.push({
        kind: 'frontMatterChanged',
        field: field === 'msDate' ? 'ms.date' : field,
        value: { before: before.document[field], after: after.document[field] },
      });
    }
  }
  const count = Math.max(before.samples.length, after.samples.length);
  for (let index = 0; index < count; index++) {
    const old = before.samples[index];
    const current = after.samples[index];
    if (old?.text === current?.text && old?.language === current?.language) continue;
    const source: Span = {};
    if (old) source.before = old.source;
    if (current) source.after = current.source;
    changes.push({ kind: 'sampleChanged', sample: index + 1, text: { before: old?.text, after: current?.text }, source });
  }
  return changes;
}

function contentOf(row: Row): Omit<RowContent, 'table' | 'source'> {
  return {
    code: row.code,
    statuses: row.statuses,
    ...(row.category === undefined ? {} : { category: row.category }),
    messages: row.messages.map((message) => message.text),
  };
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

function rewording(before: string, after: string): Rewording {
  const words = diffWords(before, after).map((part): WordPart => ({ text: part.value, change: part.added ? 'added' : part.removed ? 'removed' : 'same' }));
  return { before, after, words };
}
