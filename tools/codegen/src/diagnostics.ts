/**
 * Problems found in the docs, as vfile messages: every problem has a rule id,
 * a severity and a place (`file:line:column`). Stages report into the file's
 * message list and keep going; the CLI prints them all at once at the end.
 */
import type { Point, Position } from 'unist';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';

declare module 'vfile-message' {
  interface VFileMessage {
    /**
     * What the problem is about: with its rule and page, its identity across
     * revisions (`code PoolNotFound`, `status 404`, `word cleanedup`). A
     * problem about a row names both its code and its text, so it stays the
     * same problem when the code is renamed or the text reworded, not both.
     */
    subjects?: string[];
  }
}

/** The subjects a problem can be about, as its message records them. */
export const about = {
  code: (code: string) => `code ${code}`,
  text: (text: string) => `text ${text}`,
  status: (status: number) => `status ${status}`,
  word: (word: string) => `word ${word}`,
  character: (found: string) => `character ${found}`,
  file: (name: string) => `file ${name}`,
  section: (anchor: string) => `section ${anchor}`,
  table: (where: string) => `table ${where}`,
  sample: (text: string) => `sample ${text}`,
  frontMatter: 'front matter',
  upstreamRecord: 'upstream record',
} as const;

export type Severity = 'error' | 'warning';

/** Every rule the generator checks, with its severity and what it means. */
export const rules = {
  unreadable: {
    severity: 'error',
    summary: 'A file or folder the generator reads cannot be read: missing, permission denied, a symbolic link loop, an input/output error.',
  },
  'wrong-file-type': {
    severity: 'error',
    summary: 'Something else is where a regular file (or a folder) is expected: a folder, a named pipe, a device, a socket.',
  },
  'file-too-large': { severity: 'error', summary: 'A file is larger than the generator reads (16 MiB); nothing of it is read.' },
  'invalid-utf8': { severity: 'error', summary: 'The file is not valid UTF-8.' },
  'empty-file': { severity: 'error', summary: 'The file is empty.' },
  'not-markdown': { severity: 'error', summary: 'The file is binary or has no Markdown structure (no heading, no table).' },
  'nesting-too-deep': { severity: 'error', summary: 'Block quotes or lists nest deeper than documentation ever does; the file is not parsed.' },
  'inline-marks-too-many': {
    severity: 'error',
    summary:
      'One line holds more brackets, emphasis or code marks than documentation ever does (the parser would take minutes or run out of memory); the file is not parsed.',
  },
  'stray-table-rows': {
    severity: 'error',
    summary: 'More lines that look like table rows outside a table than any page has (the parser would take minutes); the file is not parsed.',
  },
  'paragraph-too-long': {
    severity: 'error',
    summary: 'More lines without a blank line between them than any page has (the parser takes quadratic time); the file is not parsed.',
  },
  'too-many-lines': { severity: 'error', summary: 'More lines outside tables than any page has (5,000); the file is not parsed.' },
  'table-rows-too-many': { severity: 'error', summary: 'More table rows than any page has (100,000, twice the largest benchmark); the file is not parsed.' },
  'table-columns-too-many': { severity: 'error', summary: 'A line with more table cells than any table has; the file is not parsed.' },
  'words-too-many': {
    severity: 'error',
    summary: 'More words in one paragraph or table row (250,000), or outside tables (100,000), than any page has; the file is not parsed.',
  },
  'front-matter-too-large': {
    severity: 'error',
    summary: 'The YAML front matter is larger, has more keys or aliases, or nests deeper than any page has (YAML would take minutes); the file is not parsed.',
  },
  'parse-failed': { severity: 'error', summary: 'The Markdown parser could not read the file (for example, nesting too deep).' },
  'missing-document': { severity: 'error', summary: 'A page the generator needs is not in the docs folder.' },
  'unknown-document': { severity: 'warning', summary: 'A Markdown file the generator does not know; it is ignored.' },
  'missing-linked-section': {
    severity: 'warning',
    summary: 'A section the packages link to (on a page nothing is generated from) is missing: a broken link, not broken code.',
  },
  'missing-section': { severity: 'error', summary: 'An expected section (found by anchor or heading) is missing.' },
  'missing-table': { severity: 'error', summary: 'An expected table is missing from its section.' },
  'unexpected-table': { severity: 'warning', summary: 'A table the generator does not expect; it is ignored.' },
  'empty-table': { severity: 'error', summary: 'A table has a header but no rows.' },
  'missing-column': { severity: 'error', summary: 'A table lacks one of its expected columns.' },
  'extra-column': { severity: 'error', summary: 'A table has a column the generator does not expect.' },
  'cell-count': { severity: 'error', summary: 'A row has more or fewer cells than the table header.' },
  'empty-code': { severity: 'error', summary: 'An error code cell is empty.' },
  'invalid-code': { severity: 'error', summary: 'An error code is not a plain identifier ([A-Za-z][A-Za-z0-9]*).' },
  'status-missing-number': { severity: 'error', summary: 'A status cell has no HTTP status number.' },
  'status-unknown-number': { severity: 'error', summary: 'A status cell has a number that is not an HTTP status.' },
  'status-phrase-mismatch': { severity: 'error', summary: 'A status cell has a reason phrase that belongs to another status.' },
  'status-mixed-spelling': { severity: 'warning', summary: 'One status is written with different spellings of its phrase.' },
  'status-outdated-phrase': { severity: 'warning', summary: 'A status cell uses an obsolete reason phrase (RFC 2616).' },
  'unknown-category': { severity: 'error', summary: 'A category is neither UserError nor ServerError.' },
  'duplicate-row': { severity: 'warning', summary: 'A row repeats an earlier row exactly; the two are merged.' },
  'conflicting-row': { severity: 'error', summary: 'A code appears twice in a table with conflicting data that is not a status variant.' },
  'empty-message': { severity: 'error', summary: 'A message or description cell is empty.' },
  'missing-final-period': { severity: 'warning', summary: 'A message does not end with a full stop.' },
  'misspelled-word': {
    severity: 'warning',
    summary: 'A word of an English message is in neither the English dictionary nor tools/codegen/batch-terms.txt (retext-spell); it is kept as written.',
  },
  'repeated-word': { severity: 'warning', summary: 'An English message repeats a word ("the the"; retext-repeated-words); it is kept as written.' },
  mojibake: { severity: 'warning', summary: 'Text looks like UTF-8 read as Windows-1252 (for example "â€™").' },
  'bidi-control-in-prose': {
    severity: 'warning',
    summary: 'Prose outside the tables holds a bidirectional override or isolate character (prose never reaches generated code).',
  },
  'bidi-control': { severity: 'error', summary: 'A message holds a bidirectional override or isolate character.' },
  'control-character': { severity: 'error', summary: 'A message holds a control character.' },
  'translation-missing-row': {
    severity: 'warning',
    forTranslators: true,
    summary: 'A translated page lacks a row of the English page; the English message is used.',
  },
  'translation-extra-row': { severity: 'warning', forTranslators: true, summary: 'A translated page has a code the English page does not; it is ignored.' },
  'translation-mismatch': { severity: 'warning', forTranslators: true, summary: "A translated row's status or category disagrees with the English row." },
  'translation-stale': { severity: 'warning', forTranslators: true, summary: 'The English text of a row changed since its translation was last updated.' },
  'invalid-upstream-record': { severity: 'error', summary: 'docs-source/upstream.json cannot be read.' },
  'upstream-mismatch': {
    severity: 'warning',
    summary: 'A page differs from the upstream revision docs-source/upstream.json records for it (edited or copied by hand since `pull`).',
  },
  'upstream-page-missing': { severity: 'warning', summary: '`pull` found a page at none of its known upstream paths; the page is kept as it is.' },
  'missing-statement': {
    severity: 'error',
    summary:
      'A statement of "Error handling and detection in Azure Batch" that the packages cite (throttling statuses, server errors, state errors, network failures, the wall-clock constraint) is not on the page.',
  },
  'statement-contradicts-table': {
    severity: 'warning',
    summary:
      'A statement of one page contradicts a table of another (TaskEnded: a ServerError in the prose, a UserError in the table); both are kept as written.',
  },
  'invalid-known-codes': {
    severity: 'error',
    summary:
      'docs-source/known-codes.json (the codes the official SDKs know) is not JSON of its shape: a syntax error, a missing field, a code twice, too many codes.',
  },
  'sdk-list-missing': {
    severity: 'warning',
    summary: '`pull-sdk` found a list of known-codes.json at none of its paths (or its file without its type); the list is kept as it was.',
  },
  'invalid-baseline': { severity: 'error', summary: 'docs-source/problems.baseline.json cannot be read.' },
  'invalid-lock': { severity: 'error', summary: 'docs-source/translations.lock.json cannot be read.' },
  'invalid-front-matter': { severity: 'warning', summary: 'The YAML front matter cannot be read.' },
  'output-locked': {
    severity: 'error',
    summary: 'Another generate holds the lock of the output folder for too long (packages/.codegen-lock); nothing was written.',
  },
  'write-failed': {
    severity: 'error',
    summary: 'Writing the generated folders failed (a disk error); the packages hold the old tree, or the new one once the next generate completes the switch.',
  },
  'invalid-json-sample': { severity: 'warning', summary: 'A `json` code sample is not valid JSON.' },
} as const satisfies Record<string, { severity: Severity; summary: string; forTranslators?: true }>;

export type RuleId = keyof typeof rules;

/** Name put in every message's `source`, as unified plugins do. */
const diagnosticSource = 'batch-errors-codegen';

type Place = Point | Position | undefined;

/**
 * Records a problem on `file`, its severity fixed by its rule: errors are
 * `fatal` vfile messages, warnings are not. Nothing changes a message later;
 * printing filters.
 */
export function recordProblem(file: VFile, ruleId: RuleId, place: Place, reason: string, subjects?: readonly string[]): VFileMessage {
  const message = file.message(reason, { place, ruleId, source: diagnosticSource });
  message.fatal = rules[ruleId].severity === 'error';
  if (subjects && subjects.length > 0) message.subjects = [...subjects];
  return message;
}

/** The place of a piece of the model read from a page; the page's start when it has none. */
export function placeOf(location: { line: number; column: number } | undefined): Point {
  return { line: location?.line ?? 1, column: location?.column ?? 1 };
}

/**
 * Whether `--strict` may turn a rule's warnings into errors: not the
 * translators' work list (stale or missing translations), which must never
 * stop the release of an English change.
 */
export function gatesStrict(rule: RuleId): boolean {
  return !('forTranslators' in rules[rule]);
}

/**
 * A message's severity as printed: errors stay errors; with `strict`, a
 * warning becomes an error unless its rule does not gate or the baseline
 * lists it (`known`).
 */
export function severityOf(message: VFileMessage, strict = false, known?: ReadonlySet<VFileMessage>): Severity | 'info' {
  if (message.fatal === true) return 'error';
  if (message.fatal === false) {
    const gated = message.ruleId === undefined || !(message.ruleId in rules) || gatesStrict(message.ruleId as RuleId);
    return strict && gated && !known?.has(message) ? 'error' : 'warning';
  }
  return 'info';
}

/** True when any file has an error (or, with `strict`, a warning the baseline does not know). */
export function hasErrors(files: readonly VFile[], strict = false, known?: ReadonlySet<VFileMessage>): boolean {
  return files.some((file) => file.messages.some((message) => severityOf(message, strict, known) === 'error'));
}

/** Shortens `text` for echoing it in a message. */
export function quote(text: string, max = 60): string {
  const shown = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return JSON.stringify(shown);
}

/** Which part a page plays: the English page the codes come from, a translation of it, or a page the packages only link to. */
export type PageRole = 'source' | 'translation' | 'linked';

/** What a translation copies from the English page (codes, status cells, duplicated rows): its defects are English's, reported there once. */
const rulesOfTheSource: ReadonlySet<RuleId> = new Set(['duplicate-row', 'status-outdated-phrase', 'status-mixed-spelling']);

/** Records the problems of one page, knowing its role, so it never records what would have to be taken back. */
export class Reporter {
  constructor(
    readonly file: VFile,
    readonly role: PageRole = 'source',
  ) {}

  /** Records a problem; undefined when the page's role makes it another page's problem. */
  problem(ruleId: RuleId, place: Place, reason: string, subjects?: readonly string[]): VFileMessage | undefined {
    if (this.role === 'translation' && rulesOfTheSource.has(ruleId)) return undefined;
    return recordProblem(this.file, ruleId, place, reason, subjects);
  }
}
