/**
 * The intermediate model: what the generator knows about the Azure Batch error
 * taxonomy after reading the docs, before any TypeScript is written.
 *
 * It is the contract between the parser and the emitters. Emitters read only
 * this model (never Markdown syntax trees); the parser knows nothing about
 * TypeScript. Everything here is plain JSON: `JSON.parse(JSON.stringify(model))`
 * gives an equal value, so a model can be saved, diffed and snapshotted.
 *
 * Order is always document order.
 */

/** Version of this model's shape; bumped when a field changes meaning. */
export const modelVersion = 4;

/** The four error-code tables of "Batch Status and Error Codes", by role. */
export type TableId = 'common' | 'batchService' | 'jobScheduling' | 'taskScheduling';

/** Table ids in the order the page lists them. */
export const tableIds: readonly TableId[] = ['common', 'batchService', 'jobScheduling', 'taskScheduling'];

/** What each table is, in words: for doc comments, reports and release notes. */
export const tableLabels: Readonly<Record<TableId, string>> = {
  common: 'Common REST API error codes',
  batchService: 'Batch service error codes',
  jobScheduling: 'Job scheduling error codes',
  taskScheduling: 'Task scheduling error codes',
};

/** An error code as the docs write them: a letter, then letters and digits. */
export const codePattern = /^[A-Za-z][A-Za-z0-9]*$/;

/** Who is at fault for a job or task scheduling error, as the docs' category table names it. */
export type ErrorCategory = 'UserError' | 'ServerError';

/** Categories in the order the docs' category table lists them. */
export const errorCategories: readonly ErrorCategory[] = ['UserError', 'ServerError'];

/** Where a piece of the model was read from. `line` and `column` are 1-based, as in unist. */
export interface SourceLocation {
  /** Path of the Markdown file, POSIX separators, relative to where the generator ran (e.g. `docs-source/en-us/batch-status-and-error-codes.md`). */
  file: string;
  line: number;
  column: number;
  /** The `<a name>` anchor of the section the row is in, when the page has one. */
  anchor?: string;
}

/** A Markdown page the model was built from. */
export interface SourceDocument {
  /** Path of the file, as in {@link SourceLocation.file}. */
  file: string;
  /** BCP 47 locale of the page, lower case (`en-us`), from its folder name. */
  locale: string;
  /** The page's `title` front matter, when present. */
  title?: string;
  /** The page's `ms.date` front matter (`MM/DD/YYYY` as written), when present. */
  msDate?: string;
  /** The public address of the page on Microsoft Learn. */
  url: string;
  /** The upstream revision the page is, as `pull` recorded it (absent for a page copied by hand or edited since). */
  upstream?: { repository: string; path: string; commit: string; date: string };
}

/** One row of a REST table (`common`, `batchService`): a code returned with one HTTP status. */
export interface RestErrorVariant {
  /** HTTP status number, from the status cell (`Bad Request (400)` gives 400). */
  status: number;
  /** The reason phrase as the docs wrote it (`Bad Request`, `BadRequest`, `Request Entity Too Large`). */
  statusText: string;
  /** The user message as plain text: Markdown emphasis, code marks and HTML removed, whitespace collapsed. */
  message: string;
  /** Where the row is. */
  source: SourceLocation;
  /** Later rows that repeat this one exactly and were merged into it. */
  duplicates: SourceLocation[];
}

/**
 * A code of a REST table. Most codes have one variant; a code documented with
 * several statuses (`ConditionNotMet`: 304 for reads, 412 for writes) has one
 * variant per status, in document order.
 */
export interface RestErrorEntry {
  code: string;
  variants: RestErrorVariant[];
}

/** A code of a scheduling table (`jobScheduling`, `taskScheduling`). */
export interface SchedulingErrorEntry {
  code: string;
  category: ErrorCategory;
  /** The user message as plain text (see {@link RestErrorVariant.message}). */
  message: string;
  source: SourceLocation;
  /** Later rows that repeat this one exactly and were merged into it. */
  duplicates: SourceLocation[];
}

interface ErrorTableBase {
  /** The section heading as plain text (`Common REST API Error Codes`). */
  title: string;
  /** The section's `<a name>` anchor, when the page has one. */
  anchor?: string;
  /** Where the table starts. */
  source: SourceLocation;
  /** Body rows of the table in the document, before duplicates are merged. */
  rowCount: number;
}

/** A table of codes returned with an HTTP status by the REST API. */
export interface RestErrorTable extends ErrorTableBase {
  id: 'common' | 'batchService';
  kind: 'rest';
  entries: RestErrorEntry[];
}

/** A table of job or task scheduling codes, each with a category. */
export interface SchedulingErrorTable extends ErrorTableBase {
  id: 'jobScheduling' | 'taskScheduling';
  kind: 'scheduling';
  entries: SchedulingErrorEntry[];
}

export type ErrorTable = RestErrorTable | SchedulingErrorTable;

/** A row of the category table (`UserError`, `ServerError`). */
export interface CategoryEntry {
  category: ErrorCategory;
  /** The description as plain text. */
  description: string;
  source: SourceLocation;
}

/** A fenced code block of the page, such as the sample error response. */
export interface CodeSample {
  /** The fence's language (`json`), when given. */
  language?: string;
  /** The block's text, exactly as written. */
  text: string;
  /** For `json` samples, whether the text is valid JSON (two historic revisions are not). */
  validJson?: boolean;
  source: SourceLocation;
}

/**
 * Which English text a translated text stands for: a row of a code table, or
 * a category's description. `status` is set only for a code documented with
 * several statuses, whose message is given once per status.
 */
export type TextId = { table: TableId; code: string; status?: number } | { category: ErrorCategory };

/** One English text a translation should carry: a row's message or a category's description. */
export interface SourceText {
  id: TextId;
  /** The HTTP status of a REST row, also where `id` leaves it out because the code has only one. */
  status?: number;
  text: string;
  source: SourceLocation;
}

/** A translated page's text for one English text. */
export interface TranslatedText {
  id: TextId;
  text: string;
  /** Where the translated row is. */
  source: SourceLocation;
}

/**
 * A translated copy of the page (`docs-source/de-de/…`), aligned to English
 * while loading: only its messages and category descriptions are used (codes,
 * statuses and categories come from English), rows English lacks are left
 * out, and English rows it lacks have no text here.
 */
export interface Translation {
  document: SourceDocument;
  /** In the order of {@link sourceTexts} of the English page. */
  texts: TranslatedText[];
}

/** A statement of a page, where it is and how to link to it. */
export interface Statement {
  source: SourceLocation;
  /** The public address of the statement's section, without a locale (Microsoft Learn opens it in the reader's). */
  url: string;
}

/**
 * What "Error handling and detection in Azure Batch" states that the
 * packages rely on (the retry policy of `http`, the findings of `diagnose`).
 */
export interface ErrorHandlingStatements {
  document: SourceDocument;
  /** Failures of requests that never reached Batch, or whose response never came: an error of their own kind, with no status. */
  networkFailures: Statement;
  /** Internal server errors: every status of this class (5 for `5xx`). */
  serverErrors: Statement & { statusClass: number };
  /** Throttling: these statuses, with this header saying when to retry. */
  throttling: Statement & { statuses: number[]; header: string };
  /** Errors of a resource not in the state a transition needs: this status class, and the codes the page names. */
  stateErrors: Statement & { statusClass: number; codes: string[] };
  /** A task over its wall-clock constraint: completed with this exit code and this failure. */
  wallClockTimeout: Statement & { constraint: string; exitCode: number; category: ErrorCategory; code: string };
}

/** Which docs tables an SDK list stands beside: the REST tables, a scheduling table, or none (pool resize errors). */
export type KnownListKind = 'http' | 'jobScheduling' | 'taskScheduling' | 'poolResize';

/** A hand-written list of error codes in an official SDK (docs-source/known-codes.json): names and provenance only. */
export interface KnownCodeList {
  /** `<language>.<namespace>.<type>`: `dotnet.Microsoft.Azure.Batch.PoolResizeErrorCodes`. */
  id: string;
  kind: KnownListKind;
  /** The repository, as an address without user info. */
  repository: string;
  /** The source file in the repository. */
  path: string;
  /** The class or struct holding the constants. */
  type: string;
  /** The last commit that changed the file, where it was read. */
  commit: string;
  /** Its codes by value (code-point order), with the constant's name where it differs. */
  codes: { value: string; constant?: string }[];
  /** Where the list is in known-codes.json. */
  source: SourceLocation;
}

/** The SDKs' lists, and the file they were read from (absent or not). */
export interface KnownCodes {
  /** Path of known-codes.json, as in {@link SourceLocation.file}. */
  file: string;
  /** In the order of the file. */
  lists: KnownCodeList[];
}

/** Everything read from the docs. */
export interface BatchErrorModel {
  version: typeof modelVersion;
  /** The page the tables come from ("Batch Status and Error Codes", en-us). */
  document: SourceDocument;
  /** The four code tables, in document order. */
  tables: ErrorTable[];
  /** The category table: what `UserError` and `ServerError` mean. */
  categories: CategoryEntry[];
  /** Fenced code blocks of the page, in document order. */
  samples: CodeSample[];
  /** The translated pages, by locale (code-point order). */
  translations: Translation[];
  /** The statements of "Error handling and detection in Azure Batch" (absent when the docs lack the page). */
  errorHandling?: ErrorHandlingStatements;
  /** The codes the official SDKs keep in hand-written lists (docs-source/known-codes.json). */
  knownCodes: KnownCodes;
}

/** A row of any code table, whatever its kind: what the packages expose per code. */
export interface CodeRow {
  table: TableId;
  code: string;
  message: string;
  source: SourceLocation;
  /** For REST tables. */
  status?: number;
  /** For scheduling tables. */
  category?: ErrorCategory;
}

/** Every row of the code tables (status variants as separate rows, merged duplicates once), in document order. */
export function codeRows(model: BatchErrorModel): CodeRow[] {
  return model.tables.flatMap((table): CodeRow[] => {
    const rows: CodeRow[] =
      table.kind === 'rest'
        ? table.entries.flatMap((entry) =>
            entry.variants.map((variant) => ({ table: table.id, code: entry.code, message: variant.message, source: variant.source, status: variant.status })),
          )
        : table.entries.map((entry) => ({ table: table.id, code: entry.code, message: entry.message, source: entry.source, category: entry.category }));
    return rows.sort((left, right) => left.source.line - right.source.line || left.source.column - right.source.column);
  });
}

/** Every distinct code, in order of first appearance. */
export function distinctCodes(model: BatchErrorModel): string[] {
  return [...new Set(model.tables.flatMap((table) => table.entries.map((entry) => entry.code)))];
}

/** Every English text a translation should carry, in document order: the rows of the code tables, then the category descriptions. */
export function sourceTexts(model: Pick<BatchErrorModel, 'tables' | 'categories'>): SourceText[] {
  const texts: SourceText[] = [];
  for (const table of model.tables) {
    if (table.kind === 'rest') {
      for (const entry of table.entries) {
        const several = entry.variants.length > 1;
        for (const variant of entry.variants) {
          const id: TextId = several ? { table: table.id, code: entry.code, status: variant.status } : { table: table.id, code: entry.code };
          texts.push({ id, status: variant.status, text: variant.message, source: variant.source });
        }
      }
    } else {
      for (const entry of table.entries) texts.push({ id: { table: table.id, code: entry.code }, text: entry.message, source: entry.source });
    }
  }
  for (const entry of model.categories) texts.push({ id: { category: entry.category }, text: entry.description, source: entry.source });
  return texts;
}

/** Whether two ids name the same English text. */
export function sameTextId(left: TextId, right: TextId): boolean {
  if ('category' in left || 'category' in right) return 'category' in left && 'category' in right && left.category === right.category;
  return left.table === right.table && left.code === right.code && left.status === right.status;
}

/** Finds a translation's text for an English text; undefined when the translated page lacks it. */
export function translatedTextOf(translation: Translation): (id: TextId) => TranslatedText | undefined {
  // By table (or category) and code once, so each lookup is constant time however long the page.
  const byCode = new Map<string, Map<string, TranslatedText[]>>();
  for (const text of translation.texts) {
    const [group, name] = 'category' in text.id ? ['categories', text.id.category] : [text.id.table, text.id.code];
    const codes = byCode.get(group) ?? new Map<string, TranslatedText[]>();
    codes.set(name, [...(codes.get(name) ?? []), text]);
    byCode.set(group, codes);
  }
  return (id) => {
    const candidates = 'category' in id ? byCode.get('categories')?.get(id.category) : byCode.get(id.table)?.get(id.code);
    return candidates?.find((candidate) => sameTextId(candidate.id, id));
  };
}
