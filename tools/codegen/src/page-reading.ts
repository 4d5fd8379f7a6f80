/**
 * A page's reading: what parsing, extracting and the prose checks make of one
 * page, and the problems they record on it. As plain data it is what the page
 * cache stores and what a parse worker sends back; recorded on the page again,
 * it is indistinguishable from reading the page in this thread.
 */
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import { type Reporter, type RuleId, recordProblem, rules } from './diagnostics.js';
import type { DocumentSpec } from './documents.js';
import { type ExtractedPage, extractPage } from './extract.js';
import { checkMessageProse } from './prose.js';
import { Timings } from './timings.js';

/** A problem as recorded on the page; its severity follows from its rule. */
export interface RecordedProblem {
  reason: string;
  ruleId: RuleId;
  place: Position | { line: number; column: number } | undefined;
  /** What the problem is about (see `about`). */
  subjects?: string[];
}

export interface PageReading {
  /** Undefined when the parser refused the page (its problems say why). */
  extracted: ExtractedPage | undefined;
  problems: RecordedProblem[];
}

/**
 * A reading as a source hands it over. The prose findings of an English page
 * may still be on their way, since the speller answers while the run goes on;
 * `pendingProblems` brings them. Plain data once they have arrived.
 */
export interface ArrivingReading extends PageReading {
  pendingProblems?: Promise<RecordedProblem[]>;
}

/**
 * Parses the reporter's page, extracts what `spec` expects and checks the
 * prose of the English messages, recording every problem on the page.
 * Undefined when the parser refused the page.
 */
export async function readPageText(spec: DocumentSpec, reporter: Reporter, timings = new Timings()): Promise<ExtractedPage | undefined> {
  const { extracted, checked } = await extractPageText(spec, reporter, timings);
  await checked;
  return extracted;
}

/**
 * `readPageText` in two parts: resolves once the page is parsed and extracted;
 * `checked` settles once the prose checks of an English page have recorded
 * their findings too.
 */
export async function extractPageText(
  spec: DocumentSpec,
  reporter: Reporter,
  timings = new Timings(),
): Promise<{ extracted: ExtractedPage | undefined; checked: Promise<void> }> {
  // Loaded on first use: a run whose pages all come from the cache never loads remark.
  const { parseMarkdown } = await import('./parse.js');
  const tree = timings.measure('parse', () => parseMarkdown(reporter.file));
  const extracted = tree && timings.measure('model', () => extractPage(tree, reporter, spec));
  const checked =
    tree && extracted && reporter.role === 'source'
      ? timings.measure('model', () => checkMessageProse(tree, reporter.file, messageCellStarts(extracted)))
      : Promise.resolve();
  return { extracted, checked };
}

/** `line:column` of every message cell the tables hold. */
function messageCellStarts(page: ExtractedPage): Set<string> {
  return new Set(
    page.tables.flatMap((table) => table.rows.flatMap((row) => (row.cells.text ? [`${row.cells.text.point.line}:${row.cells.text.point.column}`] : []))),
  );
}

/** The reading of `file`: `extracted`, and the problems recorded on it since `firstProblem`. */
export function readingOf(file: VFile, firstProblem: number, extracted: ExtractedPage | undefined): PageReading {
  const problems = file.messages.slice(firstProblem).map(
    (message): RecordedProblem => ({
      reason: message.reason,
      ruleId: message.ruleId as RuleId,
      place: message.place ?? undefined,
      ...(message.subjects ? { subjects: message.subjects } : {}),
    }),
  );
  return { extracted, problems };
}

/** Records the problems of a reading made elsewhere on the page they were found on. */
export function recordReading(file: VFile, reading: Pick<PageReading, 'problems'>): void {
  for (const problem of reading.problems) recordProblem(file, problem.ruleId, problem.place, problem.reason, problem.subjects);
}

/**
 * Records problems that arrived after the rest of their reading at `index`, where that reading's own
 * problems ended: the page's problems keep the order of a reading made at once, as the page cache holds it.
 */
export function recordLateProblems(file: VFile, problems: RecordedProblem[], index: number): void {
  const end = file.messages.length;
  recordReading(file, { problems });
  file.messages.splice(index, 0, ...file.messages.splice(end));
}

/** A light check of the shape, for readings that crossed a file or a thread. */
export function isPageReading(value: unknown): value is PageReading {
  if (typeof value !== 'object' || value === null) return false;
  const reading = value as Partial<Record<keyof PageReading, unknown>>;
  const extracted = reading.extracted as Partial<Record<keyof ExtractedPage, unknown>> | undefined;
  return (
    Array.isArray(reading.problems) &&
    reading.problems.every(
      (problem: Partial<RecordedProblem>) =>
        typeof problem?.reason === 'string' &&
        typeof problem.ruleId === 'string' &&
        problem.ruleId in rules &&
        (problem.subjects === undefined || (Array.isArray(problem.subjects) && problem.subjects.every((subject) => typeof subject === 'string'))),
    ) &&
    (extracted === undefined ||
      (typeof extracted === 'object' && Array.isArray(extracted.tables) && Array.isArray(extracted.sections) && Array.isArray(extracted.samples)))
  );
}
