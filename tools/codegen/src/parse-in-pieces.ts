/**
 * Parsing a whole page with remark-gfm costs about 270 MB of memory per MB of
 * Markdown, most of it for tables. So a long page is parsed in pieces: a cheap
 * block-level pass (no GFM, no inline constructs) finds where the top-level
 * blocks are, then each block goes through the full parser on its own, and a
 * long table goes through it in chunks of rows (each with the table's header
 * and delimiter rows). Positions are mapped back to the whole file. The result
 * equals parsing the whole text at once (tests compare the two); when a piece
 * does not come out as expected, that block is parsed whole instead.
 *
 * Unguarded: only `parseMarkdown` (parse.ts) calls this, after its checks.
 */
import type { Root, RootContent, Table } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { type Processor, unified } from 'unified';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';

const markdownParser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();

/** Turns off every inline construct: block boundaries do not depend on them, and skipping them makes the first pass cheap. */
function remarkBlocksOnly(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[] };
  const inline = [
    'attention',
    'autolink',
    'characterEscape',
    'characterReference',
    'codeText',
    'hardBreakEscape',
    'htmlText',
    'labelEnd',
    'labelStartImage',
    'labelStartLink',
  ];
  data.micromarkExtensions = [...(data.micromarkExtensions ?? []), { disable: { null: inline } }];
}

const blockParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkBlocksOnly).freeze();

/** The whole text through the GFM parser at once: what parsing in pieces must equal. */
export function parseWhole(text: string): Root {
  return markdownParser.parse(text);
}

export function parseInPieces(text: string, rowsPerChunk: number): Root {
  const blocks = blockParser.parse(text);
  let nestedDefinition = false;
  visit(blocks, 'definition', (_node, _index, parent) => {
    if (parent !== blocks) nestedDefinition = true;
  });
  // Link reference definitions apply to the whole page; nested ones cannot be carried into the pieces.
  if (nestedDefinition) return parseWhole(text);
  const definitions = blocks.children
    .filter((node) => node.type === 'definition')
    .map((node) => text.slice(offsetOf(node, 'start'), offsetOf(node, 'end')))
    .join('\n');

  const root: Root = { type: 'root', children: [] };
  if (blocks.position) root.position = blocks.position;
  for (const block of blocks.children) {
    const start = lineStartBefore(text, offsetOf(block, 'start'));
    const end = offsetOf(block, 'end');
    const firstLine = block.position?.start.line ?? 1;
    const pieces = block.type === 'paragraph' ? parseLongTable(text, start, end, firstLine, definitions, rowsPerChunk) : undefined;
    root.children.push(...(pieces ?? parsePiece(text.slice(start, end), definitions, start, firstLine)));
  }
  return root;
}

/** A piece of the page through the full parser, its positions moved to where it is in the page. */
function parsePiece(piece: string, definitions: string, offset: number, line: number): RootContent[] {
  const tree = parseWhole(definitions === '' ? piece : `${piece}\n\n${definitions}`);
  const children = tree.children.filter((node) => offsetOf(node, 'start') < piece.length);
  for (const child of children) shiftPositions(child, offset, line - 1);
  return children;
}

/**
 * A paragraph of the first pass that is a long GFM table: its first chunk is
 * parsed as written, then every further chunk of rows behind a copy of the
 * header and delimiter rows. Undefined when the paragraph is short or does not
 * turn out to be one table running to its end.
 */
function parseLongTable(text: string, start: number, end: number, firstLine: number, definitions: string, rowsPerChunk: number): RootContent[] | undefined {
  const lineStarts = [start];
  for (let index = text.indexOf('\n', start); index !== -1 && index + 1 < end; index = text.indexOf('\n', index + 1)) lineStarts.push(index + 1);
  if (lineStarts.length <= rowsPerChunk + 2) return undefined;

  const headChunkEnd = lineStarts[rowsPerChunk + 2] ?? end;
  const head = parsePiece(text.slice(start, headChunkEnd), definitions, start, firstLine);
  const table = head.at(-1);
  const lastHeadLine = firstLine + rowsPerChunk + 1;
  if (table?.type !== 'table' || table.position?.end.line !== lastHeadLine) return undefined;
  const headerIndex = (table.position.start.line ?? firstLine) - firstLine;
  const headerStart = lineStarts[headerIndex];
  const bodyStart = lineStarts[headerIndex + 2];
  if (headerStart === undefined || bodyStart === undefined) return undefined;
  const headerRows = text.slice(headerStart, bodyStart);

  for (let from = rowsPerChunk + 2; from < lineStarts.length; from += rowsPerChunk) {
    const to = Math.min(from + rowsPerChunk, lineStarts.length);
    const chunkStart = lineStarts[from] ?? end;
    const chunkEnd = lineStarts[to] ?? end;
    const rowsText = text.slice(chunkStart, chunkEnd);
    const chunk = parseWhole(
      definitions === '' ? `${headerRows}${rowsText}` : `${headerRows}${rowsText}${rowsText.endsWith('\n') ? '' : '\n'}\n${definitions}`,
    );
    const [chunkTable, ...rest] = chunk.children;
    const rows = chunkTable?.type === 'table' ? chunkTable.children.slice(1) : [];
    if (rows.length !== to - from || rest.some((node) => node.type !== 'definition')) return undefined;
    for (const row of rows) shiftPositions(row, chunkStart - headerRows.length, firstLine + from - 3);
    (table as Table).children.push(...rows);
  }
  const lastRow = table.children.at(-1);
  if (lastRow?.position && table.position) table.position.end = { ...lastRow.position.end };
  return head;
}

/** Moves every position of a subtree. A plain loop: it runs on every node of every piece, where unist-util-visit's per-node bookkeeping showed in profiles. */
function shiftPositions(tree: Node, offset: number, lines: number): void {
  const pending: Node[] = [tree];
  for (let node = pending.pop(); node; node = pending.pop()) {
    const position = node.position;
    if (position) {
      position.start.line += lines;
      position.end.line += lines;
      if (position.start.offset !== undefined) position.start.offset += offset;
      if (position.end.offset !== undefined) position.end.offset += offset;
    }
    if ('children' in node && Array.isArray(node.children)) pending.push(...(node.children as Node[]));
  }
}

function offsetOf(node: Node, side: 'start' | 'end'): number {
  const offset = node.position?.[side].offset;
  if (offset === undefined) throw new Error(`a ${node.type} node has no ${side} offset`);
  return offset;
}

function lineStartBefore(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}
