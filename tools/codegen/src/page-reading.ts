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
 * Parses the reporter's page, extracts what `spec` expects and checks the
 * prose of the English messages, recording every problem on the page.
 * Undefined when the parser refused the page.
 */
export async function readPageText(spec: DocumentSpec, reporter: Reporter, timings = new Timings()): Promise<ExtractedPage | undefined> {
  // Loaded on first use: a run whose pages all come from the cache never loads remark.
  const { parseMarkdown } = await import('./parse.js');
  const tree = timings.measure('parse', () => parseMarkdown(reporter.file));
  const extracted = tree && timings.measure('model', () => extractPage(tree, reporter, spec));
  if (tree && extracted && reporter.role === 'source') {
    await timings.measure('model', () => checkMessageProse(tree, reporter.file, messageCellStarts(extracted)));
  }
  return extracted;
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
export function recordReading(file: VFile, reading: PageReading): void {
  for (const problem of reading.problems) recordProblem(file, problem.ruleId, problem.place, problem.reason, problem.subjects);
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
