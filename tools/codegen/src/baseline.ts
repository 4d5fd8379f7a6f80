/**
 * `docs-source/problems.baseline.json`: the published docs' own defects,
 * reviewed and accepted (a duplicated row, mixed spellings, missing final
 * periods, mojibake). `--strict` turns every other warning into an error, so
 * it can gate CI on problems a new revision brings, while the known ones stay
 * warnings. A problem's identity is its page, its rule and what it is about
 * (its subjects: `status 404`, `code PoolNotFound`, `word cleanedup`), never
 * its line, its count or its wording: rows moved, added or removed, a code
 * renamed or a message reworded leave a known problem known.
 */
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { gatesStrict, type RuleId, recordProblem, rules } from './diagnostics.js';
import { compareCodePoints } from './read.js';

export const baselineFileName = 'problems.baseline.json';

/** A problem as the baseline records it. */
export interface KnownProblem {
  /** The page inside the docs folder: `en-us/batch-status-and-error-codes.md`. */
  file: string;
  rule: string;
  /** What the problem is about; two problems of one page and rule are the same problem when they share one. */
  subjects: string[];
}

/** A warning of the docs, with what identifies it across revisions. */
export interface DocsProblem extends KnownProblem {
  line: number;
  reason: string;
  message: VFileMessage;
}

const maxTextLength = 200;

/** Every warning that a baseline can accept, in file then line order. */
export function docsProblems(files: readonly VFile[], label: string): DocsProblem[] {
  const problems: DocsProblem[] = [];
  for (const file of files) {
    const lines = String(file.value ?? '').split('\n');
    const page = file.path.startsWith(`${label}/`) ? file.path.slice(label.length + 1) : file.path;
    for (const message of file.messages) {
      const rule = message.ruleId as RuleId | undefined;
      if (message.fatal !== false || rule === undefined || !(rule in rules) || !gatesStrict(rule)) continue;
      const line = message.line ?? 1;
      // A rule that names no subject is about the text where it was found.
      const subjects = message.subjects ?? [`line ${excerpt(lines[line - 1] ?? '', message.column ?? 1)}`];
      problems.push({ file: page, rule, subjects, line, reason: message.reason, message });
    }
  }
  return problems;
}

/** Whether two problems are one: the same page and rule, and a subject in common. */
export function sameProblem(left: KnownProblem, right: KnownProblem): boolean {
  return left.file === right.file && left.rule === right.rule && left.subjects.some((subject) => right.subjects.includes(subject));
}

/** The problems of `problems` that none of `others` is. */
export function problemsNotIn<T extends KnownProblem>(problems: readonly T[], others: readonly KnownProblem[]): T[] {
  const byRule = new Map<string, KnownProblem[]>();
  for (const other of others) byRule.set(`${other.file}\0${other.rule}`, [...(byRule.get(`${other.file}\0${other.rule}`) ?? []), other]);
  return problems.filter((problem) => !(byRule.get(`${problem.file}\0${problem.rule}`) ?? []).some((other) => sameProblem(problem, other)));
}

/** The messages of `problems` that the baseline lists. */
export function knownMessages(problems: readonly DocsProblem[], baseline: readonly KnownProblem[]): Set<VFileMessage> {
  const unknown = new Set(problemsNotIn(problems, baseline));
  return new Set(problems.filter((problem) => !unknown.has(problem)).map((problem) => problem.message));
}

/** The baseline's text: one problem per line, each once, sorted, trailing newline. */
export function formatBaseline(problems: readonly KnownProblem[]): string {
  const unique = new Map(problems.map((problem) => [problemKey(problem), { file: problem.file, rule: problem.rule, subjects: [...problem.subjects] }]));
  const sorted = [...unique.entries()].sort(([left], [right]) => compareCodePoints(left, right)).map(([, problem]) => problem);
  const lines = sorted.map((problem, index) => `    ${JSON.stringify(problem)}${index < sorted.length - 1 ? ',' : ''}`);
  return ['{', '  "problems": [', ...lines, '  ]', '}', ''].join('\n');
}

/** One line's key of a problem, for sorting and counting. */
export function problemKey(problem: KnownProblem): string {
  return `${problem.file}\u0000${problem.rule}\u0000${problem.subjects.join('\u0000')}`;
}

/** Reads the baseline's text, reporting on `file` what it cannot use. */
export function parseBaseline(text: string, file: VFile): KnownProblem[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    recordProblem(
      file,
      'invalid-baseline',
      { line: 1, column: 1 },
      `Expected the JSON written by \`batch-errors-codegen baseline\`, found text JSON cannot read: ${(error as Error).message}`,
    );
    return [];
  }
  const problems = (data as { problems?: unknown } | null)?.problems;
  if (!Array.isArray(problems)) {
    recordProblem(file, 'invalid-baseline', { line: 1, column: 1 }, 'Expected { "problems": [ { "file", "rule", "subjects" }, … ] }, found another shape');
    return [];
  }
  const known: KnownProblem[] = [];
  problems.forEach((problem: Partial<Record<keyof KnownProblem, unknown>> | null, index) => {
    const subjects = problem?.subjects;
    if (
      typeof problem?.file === 'string' &&
      typeof problem.rule === 'string' &&
      Array.isArray(subjects) &&
      subjects.length > 0 &&
      subjects.every((subject) => typeof subject === 'string')
    ) {
      known.push({ file: problem.file, rule: problem.rule, subjects: subjects as string[] });
      return;
    }
    recordProblem(
      file,
      'invalid-baseline',
      { line: index + 3, column: 1 },
      `Expected { "file", "rule", "subjects": [ … ] } for problem ${index + 1}, as \`batch-errors-codegen baseline\` writes it, found ${JSON.stringify(problem).slice(0, 80)}; run \`batch-errors-codegen baseline\` again after review`,
    );
  });
  return known;
}

/** The line, trimmed; a long one (prose) as the stretch around the problem's column. */
function excerpt(line: string, column: number): string {
  const text = line.trim();
  if (text.length <= maxTextLength) return text;
  const start = Math.max(0, Math.min(column - 1 - (line.length - line.trimStart().length) - 60, text.length - maxTextLength));
  return `${start > 0 ? '…' : ''}${text.slice(start, start + maxTextLength)}…`;
}
