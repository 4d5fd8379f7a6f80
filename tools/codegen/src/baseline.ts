/**
 * `docs-source/problems.baseline.json`: the published docs' own defects,
 * reviewed and accepted (a duplicated row, mixed spellings, missing final
 * periods, mojibake). `--strict` turns every other warning into an error, so
 * it can gate CI on problems a new revision brings, while the known ones stay
 * warnings. A problem is known by its page, its rule and the text of the line
 * it is on, so it stays known when rows move.
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
  /**
   * What the problem is about: the table cell it points at (the row's first
   * cell, its code, for a problem of the whole row), else the stretch of its
   * line around it. Stable when rows move or other cells change.
   */
  text: string;
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
      const lineText = lines[line - 1] ?? '';
      const text = tableCellAt(lineText, message.column ?? 1) ?? excerpt(lineText, message.column ?? 1);
      problems.push({ file: page, rule, text, line, reason: message.reason, message });
    }
  }
  return problems;
}

export function problemKey(problem: KnownProblem): string {
  return `${problem.file}\u0000${problem.rule}\u0000${problem.text}`;
}

/** The messages of `problems` that the baseline lists. */
export function knownMessages(problems: readonly DocsProblem[], baseline: readonly KnownProblem[]): Set<VFileMessage> {
  const known = new Set(baseline.map(problemKey));
  return new Set(problems.filter((problem) => known.has(problemKey(problem))).map((problem) => problem.message));
}

/** The baseline's text: one problem per line, sorted, trailing newline. */
export function formatBaseline(problems: readonly KnownProblem[]): string {
  const unique = new Map(problems.map((problem) => [problemKey(problem), { file: problem.file, rule: problem.rule, text: problem.text }]));
  const sorted = [...unique.entries()].sort(([left], [right]) => compareCodePoints(left, right)).map(([, problem]) => problem);
  const lines = sorted.map((problem, index) => `    ${JSON.stringify(problem)}${index < sorted.length - 1 ? ',' : ''}`);
  return ['{', '  "problems": [', ...lines, '  ]', '}', ''].join('\n');
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
    recordProblem(file, 'invalid-baseline', { line: 1, column: 1 }, 'Expected { "problems": [ { "file", "rule", "text" }, … ] }, found another shape');
    return [];
  }
  return problems.filter(
    (problem): problem is KnownProblem => typeof problem?.file === 'string' && typeof problem?.rule === 'string' && typeof problem?.text === 'string',
  );
}

/** The text of the table cell at `column` (1-based), or of the row's first cell at its start; undefined off a table row. */
function tableCellAt(line: string, column: number): string | undefined {
  if (!line.trimStart().startsWith('|')) return undefined;
  const pipes: number[] = [];
  for (let index = 0; index < line.length; index++) if (line[index] === '|' && line[index - 1] !== '\\') pipes.push(index);
  const offset = column - 1;
  const end = pipes.findIndex((pipe) => pipe > offset);
  const [start, stop] = end > 0 ? [pipes[end - 1], pipes[end]] : [pipes[0], pipes[1]];
  if (start === undefined || stop === undefined) return undefined;
  return excerpt(line.slice(start + 1, stop), 1);
}

/** The line, trimmed; a long one (prose) as the stretch around the problem's column. */
function excerpt(line: string, column: number): string {
  const text = line.trim();
  if (text.length <= maxTextLength) return text;
  const start = Math.max(0, Math.min(column - 1 - (line.length - line.trimStart().length) - 60, text.length - maxTextLength));
  return `${start > 0 ? '…' : ''}${text.slice(start, start + maxTextLength)}…`;
}
