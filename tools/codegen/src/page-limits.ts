/**
 * What the Markdown parser must never be given: counted in one pass over the
 * lines, before parsing. micromark with GFM takes time and memory per line and
 * per word that no page of docs comes near, and some shapes cost it quadratic
 * time (measured: 200,000 lines of `|a|b|c|` outside a table, one paragraph to
 * it, take 210 s and 1.45 GB; 1 MB of blank lines takes 25 s and 1.5 GB). Each
 * limit is far above what the real pages have (224 lines, 4 tables of at most
 * 130 rows, 3 columns) and above the benchmark's largest synthetic page (50,000
 * codes, one table row each); past one, the page is reported, not parsed.
 *
 * The count is conservative: where it cannot tell whether the parser will read
 * a line as a table row, it counts the line as the costlier kind. A table
 * starts only where GFM starts one whatever came before: a header row at the
 * start of a block (after a blank line or a heading) and at column 0, then a
 * delimiter row with as many cells. Its rows are the following lines that
 * start with `|`. Tests check, on random pages of tricky lines, that every
 * line counted as a table line is one the parser reads as a table (or as raw
 * HTML or code, cheaper still).
 */
import type { RuleId } from './diagnostics.js';

/** The limits, each far above the real docs; exported for tests and the docs. */
export const pageLimits = {
  /** Lines starting with `|` outside any table: the parser reads them as one paragraph, in quadratic time. */
  strayTableRows: 1_000,
  /** Lines outside tables with no blank line between them: a paragraph costs the parser quadratic time in its lines. */
  linesPerBlock: 1_000,
  /** Lines outside tables, blank ones included: each costs the parser about a kilobyte, and up to half a millisecond. */
  linesOutsideTables: 5_000,
  /** Table rows in a page, headers included: the benchmark's largest page has 50,000. */
  tableRows: 100_000,
  /** Cells on one line (cells are separated by unescaped `|`), wherever the line is. */
  cellsPerLine: 100,
  /** Brackets, emphasis, code marks and escapes in one paragraph or table row: unmatched ones cost quadratic time (10,000 `*a`: 1.7 s). */
  marksPerBlock: 2_000,
  /** Words and marks in one paragraph or table row: each costs the parser about 2 KB until the block is done. */
  wordsPerBlock: 250_000,
  /** Words and marks outside tables (the real pages have about 2,500): each costs the parser 10 to 30 microseconds. */
  wordsOutsideTables: 100_000,
  /** Words and marks in a page: the benchmark's largest page has about 1 million, the large-input test's 1.5 million. */
  wordsPerPage: 3_000_000,
  /** Bytes of YAML front matter (the real pages have under 1 KB): YAML's checks of keys and aliases take quadratic time. */
  frontMatterBytes: 64 * 1024,
  /** Keys in the front matter (the real pages have up to 12). */
  frontMatterKeys: 200,
  /** Anchors and aliases in the front matter (the real pages have none): each alias can expand to a whole tree. */
  frontMatterAliases: 20,
  /** Spaces of indentation of a front matter line: its nesting (the real pages nest none). */
  frontMatterIndent: 40,
} as const;

/** A limit the page goes past, with the place and the message to report. */
export interface LimitBreach {
  rule: Extract<
    RuleId,
    | 'stray-table-rows'
    | 'paragraph-too-long'
    | 'too-many-lines'
    | 'table-rows-too-many'
    | 'table-columns-too-many'
    | 'inline-marks-too-many'
    | 'words-too-many'
    | 'front-matter-too-large'
  >;
  line: number;
  column: number;
  reason: string;
}

const pipe = 0x7c;
const backslash = 0x5c;

/** What one pass over a page counts; where a limit is passed, the first place it is. */
export interface PageScan {
  strayRows: number;
  firstStrayLine: number;
  linesOutsideTables: number;
  /** The first line past `pageLimits.linesOutsideTables`, or 0. */
  firstLineOverLimit: number;
  tableRows: number;
  firstTableLine: number;
  wordsOutsideTables: number;
  /** The line where the words outside tables go past `pageLimits.wordsOutsideTables`, or 0. */
  firstWordOutsideOverLimit: number;
  words: number;
  /** The line where the words of the page go past `pageLimits.wordsPerPage`, or 0. */
  firstWordOverLimit: number;
  /** The first block of more than `pageLimits.linesPerBlock` lines. */
  longBlock?: { line: number; count: number };
  /** The first block or table row of more than `pageLimits.wordsPerBlock` words and marks. */
  wordyBlock?: { line: number; count: number };
  /** The first block or table row of more than `pageLimits.marksPerBlock` marks. */
  markedBlock?: { line: number; count: number };
  /** The first line of more than `pageLimits.cellsPerLine` cells. */
  wideLine?: { line: number; count: number };
  /** The front matter, when the page has one: its size and what makes YAML slow. */
  frontMatter?: FrontMatterCount;
}

/** What the front matter holds that YAML takes time over, and the first line of each past its limit. */
interface FrontMatterCount {
  bytes: number;
  keys: number;
  firstKeyOverLimit: number;
  aliases: number;
  firstAliasOverLimit: number;
  deepestIndent: { line: number; spaces: number };
}

/**
 * Counts, in one pass, everything `pageLimits` bounds. `onTableLine` hears of
 * each line (1-based) counted as a table line (header, delimiter, rows): the
 * tests check the parser reads each as part of a table.
 */
export function scanPage(text: string, onTableLine?: (line: number) => void): PageScan {
  const scan: PageScan = {
    strayRows: 0,
    firstStrayLine: 0,
    linesOutsideTables: 0,
    firstLineOverLimit: 0,
    tableRows: 0,
    firstTableLine: 0,
    wordsOutsideTables: 0,
    firstWordOutsideOverLimit: 0,
    words: 0,
    firstWordOverLimit: 0,
  };
  let blockStart = 0;
  let blockLines = 0;
  let blockWords = 0;
  let blockMarks = 0;
  let inTable = false;
  /** True when the previous line ends a block, so that a table may start on this one. */
  let atBlockStart = true;

  const endBlock = () => {
    if (blockLines > pageLimits.linesPerBlock) scan.longBlock ??= { line: blockStart, count: blockLines };
    if (blockWords > pageLimits.wordsPerBlock) scan.wordyBlock ??= { line: blockStart, count: blockWords };
    if (blockMarks > pageLimits.marksPerBlock) scan.markedBlock ??= { line: blockStart, count: blockMarks };
    blockLines = 0;
    blockWords = 0;
    blockMarks = 0;
  };

  const shape: LineShape = { blank: true, startsWithPipe: false, heading: false, cells: 1, words: 0, marks: 0, hasText: false };
  // YAML front matter is read as one raw block, never as tables or text: counted against limits of its own.
  const frontMatter = frontMatterEnd(text);
  if (frontMatter.lines > 0) scan.frontMatter = countFrontMatter(text, frontMatter.start);
  let line = frontMatter.lines;
  for (let start = frontMatter.start; start < text.length; ) {
    line++;
    const end = lineEndAt(text, start);
    const next = nextLineStart(text, end);
    measureLine(text, start, end, shape);
    if (shape.cells > pageLimits.cellsPerLine) scan.wideLine ??= { line, count: shape.cells };
    scan.words += shape.words + shape.marks;
    if (scan.firstWordOverLimit === 0 && scan.words > pageLimits.wordsPerPage) scan.firstWordOverLimit = line;

    if (inTable && shape.startsWithPipe) {
      scan.tableRows++;
      onTableLine?.(line);
      if (shape.words + shape.marks > pageLimits.wordsPerBlock) scan.wordyBlock ??= { line, count: shape.words + shape.marks };
      if (shape.marks > pageLimits.marksPerBlock) scan.markedBlock ??= { line, count: shape.marks };
      start = next;
      continue;
    }
    inTable = false;
    // At column 0: an indented header could belong to a list item above, with the delimiter row a lazy line of its paragraph.
    if (
      atBlockStart &&
      text.charCodeAt(start) === pipe &&
      shape.hasText &&
      next < text.length &&
      isDelimiterRow(text, next, lineEndAt(text, next), shape.cells)
    ) {
      endBlock();
      inTable = true;
      scan.tableRows += 2;
      onTableLine?.(line);
      onTableLine?.(line + 1);
      scan.firstTableLine ||= line;
      line++; // the delimiter row
      start = nextLineStart(text, lineEndAt(text, next));
      continue;
    }
    start = next;
    scan.linesOutsideTables++;
    if (scan.linesOutsideTables === pageLimits.linesOutsideTables + 1) scan.firstLineOverLimit = line;
    if (shape.blank) {
      endBlock();
      atBlockStart = true;
      continue;
    }
    if (blockLines === 0) blockStart = line;
    blockLines++;
    blockWords += shape.words + shape.marks;
    blockMarks += shape.marks;
    scan.wordsOutsideTables += shape.words + shape.marks;
    if (scan.firstWordOutsideOverLimit === 0 && scan.wordsOutsideTables > pageLimits.wordsOutsideTables) scan.firstWordOutsideOverLimit = line;
    if (shape.startsWithPipe && scan.strayRows++ === 0) scan.firstStrayLine = line;
    atBlockStart = shape.heading;
    if (shape.heading) endBlock();
  }
  endBlock();
  return scan;
}

/** Every limit `text` goes past, each once, at the line where its count starts, in line order; empty when none. */
export function findLimitBreaches(text: string): LimitBreach[] {
  const scan = scanPage(text);
  const breaches: LimitBreach[] = [];
  const at = (rule: LimitBreach['rule'], line: number, reason: string) => breaches.push({ rule, line, column: 1, reason: `${reason}; the file is not parsed` });
  if (scan.strayRows > pageLimits.strayTableRows)
    at(
      'stray-table-rows',
      scan.firstStrayLine,
      `Expected at most ${pageLimits.strayTableRows} lines that look like table rows outside a table (a table starts with a header row and a delimiter row after a blank line), found ${scan.strayRows}, the first here`,
    );
  if (scan.longBlock)
    at(
      'paragraph-too-long',
      scan.longBlock.line,
      `Expected at most ${pageLimits.linesPerBlock} lines outside tables without a blank line between them, found ${scan.longBlock.count} from here`,
    );
  if (scan.firstLineOverLimit > 0)
    at(
      'too-many-lines',
      scan.firstLineOverLimit,
      `Expected at most ${pageLimits.linesOutsideTables} lines outside tables, found ${scan.linesOutsideTables}, this one the first past the limit`,
    );
  if (scan.tableRows > pageLimits.tableRows)
    at(
      'table-rows-too-many',
      scan.firstTableLine,
      `Expected at most ${pageLimits.tableRows} table rows in a page, found ${scan.tableRows} from the table here on`,
    );
  if (scan.wideLine)
    at(
      'table-columns-too-many',
      scan.wideLine.line,
      `Expected at most ${pageLimits.cellsPerLine} table cells (separated by |) on one line, found ${scan.wideLine.count}`,
    );
  if (scan.markedBlock)
    at(
      'inline-marks-too-many',
      scan.markedBlock.line,
      `Expected at most ${pageLimits.marksPerBlock} brackets, emphasis, code marks or escapes in one paragraph or table row, found ${scan.markedBlock.count} from here`,
    );
  if (scan.wordyBlock)
    at(
      'words-too-many',
      scan.wordyBlock.line,
      `Expected at most ${pageLimits.wordsPerBlock} words and marks in one paragraph or table row, found ${scan.wordyBlock.count} from here`,
    );
  if (scan.firstWordOutsideOverLimit > 0)
    at(
      'words-too-many',
      scan.firstWordOutsideOverLimit,
      `Expected at most ${pageLimits.wordsOutsideTables} words and marks outside tables, found ${scan.wordsOutsideTables}, this line the first past the limit`,
    );
  if (scan.firstWordOverLimit > 0)
    at(
      'words-too-many',
      scan.firstWordOverLimit,
      `Expected at most ${pageLimits.wordsPerPage} words and marks in a page, found ${scan.words}, this line the first past the limit`,
    );
  const front = scan.frontMatter;
  if (front && front.bytes > pageLimits.frontMatterBytes)
    at('front-matter-too-large', 1, `Expected at most ${pageLimits.frontMatterBytes} bytes of YAML front matter, found ${front.bytes}`);
  if (front && front.firstKeyOverLimit > 0)
    at(
      'front-matter-too-large',
      front.firstKeyOverLimit,
      `Expected at most ${pageLimits.frontMatterKeys} keys in the front matter, found ${front.keys}, this one the first past the limit`,
    );
  if (front && front.firstAliasOverLimit > 0)
    at(
      'front-matter-too-large',
      front.firstAliasOverLimit,
      `Expected at most ${pageLimits.frontMatterAliases} YAML anchors and aliases in the front matter, found ${front.aliases}, this one the first past the limit`,
    );
  if (front && front.deepestIndent.spaces > pageLimits.frontMatterIndent)
    at(
      'front-matter-too-large',
      front.deepestIndent.line,
      `Expected front matter nested at most ${pageLimits.frontMatterIndent} spaces deep, found ${front.deepestIndent.spaces}`,
    );
  return breaches.sort((left, right) => left.line - right.line);
}

/** Counts the front matter (the text before `end`) line by line, without parsing it. */
function countFrontMatter(text: string, end: number): FrontMatterCount {
  const count: FrontMatterCount = {
    bytes: Buffer.byteLength(text.slice(0, end)),
    keys: 0,
    firstKeyOverLimit: 0,
    aliases: 0,
    firstAliasOverLimit: 0,
    deepestIndent: { line: 0, spaces: 0 },
  };
  let line = 0;
  for (let start = 0; start < end; start = nextLineStart(text, lineEndAt(text, start))) {
    line++;
    const content = text.slice(start, lineEndAt(text, start));
    const spaces = content.length - content.trimStart().length;
    if (spaces > count.deepestIndent.spaces) count.deepestIndent = { line, spaces };
    if (/^\s*(?:-\s+)?[^\s#:][^:]*:(?:\s|$)/.test(content) && ++count.keys === pageLimits.frontMatterKeys + 1) count.firstKeyOverLimit = line;
    for (const _alias of content.matchAll(/(?:^|[\s[{,])[&*][^\s,[\]{}]+/g))
      if (++count.aliases === pageLimits.frontMatterAliases + 1) count.firstAliasOverLimit = line;
  }
  return count;
}

/**
 * Where the page's YAML front matter ends, as remark-frontmatter reads it: a
 * `---` line first (trailing spaces or tabs allowed) up to the next such line.
 * The start of the line after it and the lines it takes; none without a closing line.
 */
function frontMatterEnd(text: string): { start: number; lines: number } {
  const isFence = (start: number, end: number) => /^---[ \t]*$/.test(text.slice(start, end));
  let end = lineEndAt(text, 0);
  if (!isFence(0, end)) return { start: 0, lines: 0 };
  let lines = 1;
  for (let start = nextLineStart(text, end); start <= text.length && end < text.length; start = nextLineStart(text, end)) {
    end = lineEndAt(text, start);
    lines++;
    if (isFence(start, end)) return { start: nextLineStart(text, end), lines };
  }
  return { start: 0, lines: 0 };
}

/** Where the line starting at `start` ends: at CR, LF or the end of the text (CR, LF and CRLF end a line, as in Markdown). */
function lineEndAt(text: string, start: number): number {
  for (let index = start; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x0a || code === 0x0d) return index;
  }
  return text.length;
}

function nextLineStart(text: string, end: number): number {
  return text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? end + 2 : end + 1;
}

interface LineShape {
  blank: boolean;
  /** At most 3 spaces, then `|`: a table row, or a line that looks like one. */
  startsWithPipe: boolean;
  /** At most 3 spaces, then 1 to 6 `#` and a space or the end: an ATX heading, after which a table may start. */
  heading: boolean;
  /** Cells if the line were a table row: segments between unescaped `|`, a leading and a trailing one not counted. */
  cells: number;
  /** Runs of ASCII letters and digits: where the parser tries a literal autolink, each run a token it keeps. */
  words: number;
  /** Brackets, emphasis and code marks, escapes: where the parser tries an inline construct. */
  marks: number;
  /** Something besides spaces, tabs and `|`: a header row needs it. */
  hasText: boolean;
}

/** Measures one line into `shape` (one object reused for every line: a page can have millions). */
function measureLine(text: string, start: number, end: number, shape: LineShape): void {
  let first = start;
  while (first < end && first - start < 4 && text.charCodeAt(first) === 0x20) first++;
  const indentOk = first - start <= 3;
  let last = end;
  while (last > first && isSpace(text.charCodeAt(last - 1))) last--;
  let pipes = 0;
  let words = 0;
  let marks = 0;
  let inWord = false;
  let hasText = false;
  for (let index = first; index < last; index++) {
    const code = text.charCodeAt(index);
    if (code !== pipe && !isSpace(code)) hasText = true;
    if (code === backslash) {
      index++; // an escaped character, `\|` included, is text
      marks++;
      inWord = false;
      continue;
    }
    if (isMark(code)) marks++;
    if (code === pipe) pipes++;
    const wordCharacter = (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
    if (wordCharacter && !inWord) words++;
    inWord = wordCharacter;
  }
  shape.blank = last <= first;
  shape.startsWithPipe = indentOk && text.charCodeAt(first) === pipe;
  const endsWithPipe = last - first > 1 && text.charCodeAt(last - 1) === pipe && text.charCodeAt(last - 2) !== backslash;
  shape.cells = pipes === 0 ? 1 : pipes + 1 - (shape.startsWithPipe ? 1 : 0) - (endsWithPipe ? 1 : 0);
  shape.words = words;
  shape.marks = marks;
  shape.hasText = hasText;
  let hashes = 0;
  while (indentOk && hashes < 7 && text.charCodeAt(first + hashes) === 0x23) hashes++;
  shape.heading = hashes >= 1 && hashes <= 6 && (first + hashes >= last || isSpace(text.charCodeAt(first + hashes)));
}

/** A GFM delimiter row (`|---|:-:|`) with exactly `cells` cells, starting with `|` like the header. */
function isDelimiterRow(text: string, start: number, end: number, cells: number): boolean {
  if (end - start > 64 * cells + 64) return false; // no delimiter row is that long; do not copy a huge line to find out
  const row = text.slice(start, end);
  if (!row.startsWith('|')) return false;
  const parts = row.trim().replace(/^\|/, '').replace(/\|$/, '').split('|');
  return parts.length === cells && parts.every((part) => /^[ \t]*:?-+:?[ \t]*$/.test(part));
}

/** `[ ] * _ \` ~ !`: the characters links, emphasis and code start or end with (`<` and `>` are left to the per-line count in parse.ts: `>` also nests quotes). */
function isMark(code: number): boolean {
  return code === 0x5b || code === 0x5d || code === 0x2a || code === 0x5f || code === 0x60 || code === 0x7e || code === 0x21;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09;
}
