/**
 * The reverse of parsing: a model back to a "Batch Status and Error Codes"
 * page, built as an mdast tree and printed by remark-stringify (which escapes
 * whatever the text holds). Used to check that parsing loses nothing
 * (`parse(render(model))` equals the model) and to write synthetic docs of any
 * size for benchmarks.
 */
import type { Root, RootContent, Table, TableRow } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { stringify as stringifyYaml } from 'yaml';
import { headersOfKind, statusCodesDocument, type TableKind } from './documents.js';
import type { BatchErrorModel, ErrorTable } from './model.js';

const markdownPrinter = unified().use(remarkGfm, { tablePipeAlign: false }).use(remarkFrontmatter, ['yaml']).use(remarkStringify).freeze();

/** The page's Markdown. Section headings use the model's titles and the documented anchors. */
export function renderStatusCodesPage(model: BatchErrorModel): string {
  const children: RootContent[] = [];
  const frontMatter: Record<string, string> = {};
  if (model.document.title !== undefined) frontMatter['title'] = model.document.title;
  if (model.document.msDate !== undefined) frontMatter['ms.date'] = model.document.msDate;
  if (Object.keys(frontMatter).length > 0) children.push({ type: 'yaml', value: stringifyYaml(frontMatter).trimEnd() });
  children.push({ type: 'heading', depth: 1, children: [{ type: 'text', value: 'Batch Status and Error Codes' }] });

  const tableById = new Map(model.tables.map((table) => [table.id, table]));
  for (const section of statusCodesDocument.sections) {
    const title = section.tables.map((spec) => tableById.get(spec.id as ErrorTable['id'])?.title).find((found) => found !== undefined) ?? section.heading;
    children.push({
      type: 'heading',
      depth: 2,
      children: [
        { type: 'html', value: `<a name="${section.anchor}"></a>` },
        { type: 'text', value: ` ${title}` },
      ],
    });
    for (const spec of section.tables) {
      if (spec.kind === 'categories') {
        children.push(
          table(
            'categories',
            model.categories.map((entry) => [entry.category, entry.description]),
          ),
        );
        continue;
      }
      const found = tableById.get(spec.id);
      if (!found) continue;
      const rows =
        found.kind === 'rest'
          ? found.entries.flatMap((entry) =>
              entry.variants.map((variant) => [entry.code, `${variant.statusText} (${variant.status})`.trimStart(), variant.message]),
            )
          : found.entries.map((entry) => [entry.code, entry.category, entry.message]);
      children.push(table(spec.kind, rows));
    }
  }
  for (const sample of model.samples) children.push({ type: 'code', lang: sample.language ?? null, value: sample.text });
  const tree: Root = { type: 'root', children };
  return markdownPrinter.stringify(tree);
}

function table(kind: TableKind, rows: readonly (readonly string[])[]): Table {
  const header = headersOfKind[kind].split(' | ');
  const row = (cells: readonly string[]): TableRow => ({
    type: 'tableRow',
    children: cells.map((value) => ({ type: 'tableCell', children: [{ type: 'text', value }] })),
  });
  return { type: 'table', align: header.map(() => null), children: [row(header), ...rows.map(row)] };
}
