/**
 * Builders for the few mdast nodes reports are made of, and the printer:
 * reports are trees, so remark-stringify escapes whatever text they quote.
 */
import type { InlineCode, Link, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Table, TableRow, Text } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

const printer = unified().use(remarkGfm, { tablePipeAlign: false }).use(remarkFrontmatter, ['yaml']).use(remarkStringify, { bullet: '-' }).freeze();

export function printMarkdown(children: RootContent[]): string {
  const root: Root = { type: 'root', children };
  return printer.stringify(root);
}

export const text = (value: string): Text => ({ type: 'text', value });
export const code = (value: string): InlineCode => ({ type: 'inlineCode', value });
export const strong = (...children: PhrasingContent[]): PhrasingContent => ({ type: 'strong', children });
export const deleted = (...children: PhrasingContent[]): PhrasingContent => ({ type: 'delete', children });
export const link = (url: string, ...children: PhrasingContent[]): Link => ({ type: 'link', url, children });
export const paragraph = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });
export const heading = (depth: 1 | 2 | 3, ...children: PhrasingContent[]): RootContent => ({ type: 'heading', depth, children });
export const listItem = (...children: PhrasingContent[]): ListItem => ({ type: 'listItem', spread: false, children: [paragraph(...children)] });
export const list = (items: ListItem[]): List => ({ type: 'list', ordered: false, spread: false, children: items });
export const blockquote = (...children: PhrasingContent[]): RootContent => ({ type: 'blockquote', children: [paragraph(...children)] });

export function table(header: string[], rows: PhrasingContent[][][]): Table {
  const row = (cells: PhrasingContent[][]): TableRow => ({ type: 'tableRow', children: cells.map((children) => ({ type: 'tableCell', children })) });
  return { type: 'table', align: header.map(() => null), children: [row(header.map((cell) => [text(cell)])), ...rows.map(row)] };
}
