/**
 * Stage 2: Markdown text to an mdast tree, with GFM tables and YAML front
 * matter: the one way the generator parses a page. Input the parser would take
 * minutes or gigabytes on is counted and refused first; long pages go through
 * the parser in pieces (parse-in-pieces.ts).
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { recordProblem } from './diagnostics.js';
import { findLimitBreaches } from './page-limits.js';
import { parseInPieces, parseWhole } from './parse-in-pieces.js';

/** Container nesting no documentation needs; deeper input takes the parser minutes or overflows its stack. */
const maxNestingDepth = 100;

/**
 * Inline marks (brackets, emphasis, code) one line may hold. Runs of unmatched
 * marks cost micromark quadratic time and memory (100 KB of `*a` takes 80 s;
 * 1 MB of `[` exhausts a 512 MB heap); a long table row has a few dozen.
 */
const maxInlineMarksPerLine = 10_000;
const inlineMarks = ['[', ']', '*', '_', '`', '~', '!', '<', '>'];
/** 1 at the character code of each inline mark (all ASCII): a table lookup per character of the page. */
const isInlineMark = new Uint8Array(128);
for (const mark of inlineMarks) isInlineMark[mark.charCodeAt(0)] = 1;
const lineFeed = 0x0a;
const carriageReturn = 0x0d;

export interface ParseOptions {
  /** Table rows parsed at a time; bounds memory on long tables. */
  rowsPerChunk?: number;
  /** Pages up to this many characters are parsed whole: small pages gain nothing from pieces and pay their overhead. */
  piecesAbove?: number;
}

const defaultPiecesAbove = 256 * 1024;

/**
 * Parses the file's text. Input the parser would take minutes or gigabytes
 * on (absurd nesting, floods of inline marks, lines or table rows past
 * `pageLimits`) is counted first, every such problem reported, and the file
 * not parsed; parser crashes are reported, not thrown.
 */
export function parseMarkdown(file: VFile, options: ParseOptions = {}): Root | undefined {
  const text = String(file.value);
  const deep = findDeepNesting(text);
  if (deep)
    recordProblem(
      file,
      'nesting-too-deep',
      { line: deep.line, column: 1 },
      `Expected block quotes and lists nested at most ${maxNestingDepth} levels deep, found ${deep.depth}; the file is not parsed`,
    );
  const flood = findInlineMarkFlood(text);
  if (flood)
    recordProblem(
      file,
      'inline-marks-too-many',
      { line: flood.line, column: flood.column },
      `Expected at most ${maxInlineMarksPerLine} brackets, emphasis or code marks on one line, found ${flood.count}; the file is not parsed`,
    );
  // A line over the marks limit is reported above, with its column; its paragraph need not be reported again.
  const breaches = findLimitBreaches(text).filter((breach) => !(flood && breach.rule === 'inline-marks-too-many'));
  for (const breach of breaches) recordProblem(file, breach.rule, { line: breach.line, column: breach.column }, breach.reason);
  if (deep || flood || breaches.length > 0) return undefined;
  try {
    if (text.length <= (options.piecesAbove ?? defaultPiecesAbove)) return parseWhole(text);
    return parseInPieces(text, options.rowsPerChunk ?? 1000);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    recordProblem(file, 'parse-failed', { line: 1, column: 1 }, `Expected Markdown the parser can read, found input it failed on: ${detail}`);
    return undefined;
  }
}

/** The first line holding more inline marks than any page needs, with the column of its first mark; one pass over character codes. */
function findInlineMarkFlood(text: string): { line: number; column: number; count: number } | undefined {
  let line = 1;
  let lineStart = 0;
  let count = 0;
  let firstMark = 0;
  for (let index = 0; index <= text.length; index++) {
    // Past the end reads as a line end: the last line is counted like the others.
    const code = index < text.length ? text.charCodeAt(index) : lineFeed;
    if (code === lineFeed || code === carriageReturn) {
      if (count > maxInlineMarksPerLine) return { line, column: firstMark - lineStart + 1, count };
      if (code === carriageReturn && text.charCodeAt(index + 1) === lineFeed) index++;
      line++;
      lineStart = index + 1;
      count = 0;
    } else if (code < 128 && isInlineMark[code] === 1) {
      if (count === 0) firstMark = index;
      count++;
    }
  }
  return undefined;
}

/**
 * The first line whose leading block-quote markers, list markers and
 * indentation (a level per 4 columns) add up to more than `maxNestingDepth`.
 * A linear scan of line starts, done before parsing.
 */
export function findDeepNesting(text: string): { line: number; depth: number } | undefined {
  // CR alone ends a line in Markdown too; a scan that missed it would see one line where the parser sees thousands.
  const lineEnd = /\r\n?|\n/g;
  let line = 1;
  let index = 0;
  while (index < text.length) {
    let depth = 0;
    let columns = 0;
    let position = index;
    for (;;) {
      const character = text[position];
      if (character === ' ') columns++;
      else if (character === '\t') columns += 4;
      else if (character === '>') depth++;
      else if ((character === '-' || character === '*' || character === '+') && (text[position + 1] === ' ' || text[position + 1] === '\t')) {
        depth++;
        position++; // the space after a marker belongs to it
      } else if (character !== undefined && character >= '0' && character <= '9') {
        let end = position;
        while ((text[end] ?? '') >= '0' && (text[end] ?? '') <= '9') end++;
        if ((text[end] === '.' || text[end] === ')') && (text[end + 1] === ' ' || text[end + 1] === '\t')) {
          depth++;
          position = end + 1;
        } else break;
      } else break;
      position++;
    }
    const total = depth + Math.floor(columns / 4);
    if (total > maxNestingDepth) return { line, depth: total };
    lineEnd.lastIndex = position;
    const next = lineEnd.exec(text);
    if (!next) break;
    index = next.index + next[0].length;
    line++;
  }
  return undefined;
}
