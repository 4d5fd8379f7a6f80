/**
 * Stage 3: find the expected sections and tables in an mdast tree and read
 * their cells as plain text, each with its place in the file.
 *
 * Sections are found by their `<a name>` anchor, or by heading text in
 * revisions without anchors. Tables are matched to the section's expected
 * tables by shape, and columns get their role from the cells' content, so a
 * translated page (headers in another language) reads the same way.
 */
import type { Heading, Root, RootContent, Table, TableCell } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import type { Point } from 'unist';
import { SKIP, visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import { about, quote, type Reporter } from './diagnostics.js';
import { type ColumnRole, columnsOfKind, type DocumentSpec, headersOfKind, type SectionSpec, type TableKind, type TableSpec } from './documents.js';
import { codePattern, errorCategories } from './model.js';
import { type ExtractedStatements, extractStatements } from './statements.js';
import { findBidiControl, findMojibake, wordAround } from './text-checks.js';

/** A cell's text with Markdown removed and spacing collapsed, and where it starts. */
export interface Cell {
  text: string;
  point: Point;
}

/** A body row, its cells keyed by column role. */
export interface ExtractedRow {
  point: Point;
  cells: Partial<Record<ColumnRole, Cell>>;
}

export interface ExtractedTable {
  spec: TableSpec;
  /** Heading of the section the table is in, as plain text. */
  sectionTitle: string;
  anchor?: string;
  point: Point;
  /** Body rows as written, before any merging. */
  rows: ExtractedRow[];
}

export interface FrontMatter {
  title?: string;
  msDate?: string;
}

export interface ExtractedSample {
  language?: string;
  text: string;
  point: Point;
}

/** A heading of the page and the anchor that links to it. */
export interface ExtractedSection {
  /** The heading as plain text. */
  title: string;
  depth: number;
  /** Its `<a name>` anchor, else its slug as Microsoft Learn makes it. */
  anchor: string;
  point: Point;
}

export interface ExtractedPage {
  frontMatter: FrontMatter;
  /** First level-1 heading, as plain text. */
  heading?: string;
  /** Every heading, in document order. */
  sections: ExtractedSection[];
  /** The expected tables that were found (a table with unusable columns is left out), in document order. */
  tables: ExtractedTable[];
  samples: ExtractedSample[];
  /** The statements the packages cite, for a page that makes them (statements.ts). */
  statements?: ExtractedStatements;
}

const statusShapePattern = /\(\s*\d+\s*\)$|^\d{3}$/;
const anchorPattern = /^<a\s+(?:name|id)\s*=\s*["']([^"']+)["']/i;

export function extractPage(tree: Root, reporter: Reporter, spec: DocumentSpec): ExtractedPage {
  const page: ExtractedPage = { frontMatter: readFrontMatter(tree, reporter), sections: [], tables: [], samples: [] };
  replaceLineBreakHtml(tree);
  checkProse(tree, reporter);

  visit(tree, (node) => {
    if (node.type === 'table') return SKIP;
    if (node.type === 'code') page.samples.push({ ...(node.lang ? { language: node.lang } : {}), text: node.value, point: startOf(node) });
    return undefined;
  });

  const firstHeading = tree.children.find((node): node is Heading => node.type === 'heading' && node.depth === 1);
  if (firstHeading) page.heading = plainText(firstHeading);
  for (const node of tree.children) {
    if (node.type !== 'heading') continue;
    const title = plainText(node);
    page.sections.push({ title, depth: node.depth, anchor: anchorOf(node) ?? slugOf(title), point: startOf(node) });
  }
  if (spec.readsStatements) page.statements = extractStatements(tree, sectionContents(tree), reporter);
  if (spec.sections.length === 0) return page;

  const hasStructure = tree.children.some((node) => node.type === 'heading' || node.type === 'table');
  if (!hasStructure) {
    reporter.problem('not-markdown', { line: 1, column: 1 }, `Expected a Markdown page with headings and tables (${spec.fileName}), found neither`);
    return page;
  }

  const sections = findSections(tree, reporter, spec);
  // A missing section is reported where it was expected: after the expected section before it, else at the page's first heading.
  let expectedAt = page.sections[0]?.point ?? { line: 1, column: 1 };
  for (const sectionSpec of spec.sections) {
    const found = sections.get(sectionSpec);
    if (!found) {
      // A section nothing is generated from is only linked to: a broken link, not broken code.
      const linkedOnly = sectionSpec.tables.length === 0;
      reporter.problem(
        linkedOnly ? 'missing-linked-section' : 'missing-section',
        expectedAt,
        `Expected a section with anchor "${sectionSpec.anchor}" or heading "${sectionSpec.heading}", found none${linkedOnly ? '; the packages link to it' : ''}`,
        [about.section(sectionSpec.anchor)],
      );
      continue;
    }
    expectedAt = found.point;
    page.tables.push(...assignTables(found, reporter));
  }
  return page;
}

interface FoundSection {
  spec: SectionSpec;
  title: string;
  anchor?: string;
  point: Point;
  tables: Table[];
}

function findSections(tree: Root, reporter: Reporter, spec: DocumentSpec): Map<SectionSpec, FoundSection> {
  const found = new Map<SectionSpec, FoundSection>();
  let current: { section?: FoundSection; depth: number } = { depth: 0 };
  for (const node of tree.children) {
    if (node.type === 'heading') {
      if (current.section && node.depth <= current.depth) current = { depth: 0 };
      const anchor = anchorOf(node);
      const title = plainText(node);
      const slug = slugOf(title);
      const sectionSpec =
        spec.sections.find((candidate) => candidate.anchor === (anchor ?? slug)) ??
        spec.sections.find((candidate) => normalizeHeading(candidate.heading) === normalizeHeading(title));
      if (sectionSpec && !found.has(sectionSpec)) {
        const section: FoundSection = { spec: sectionSpec, title, point: startOf(node), tables: [] };
        if (anchor !== undefined) section.anchor = anchor;
        found.set(sectionSpec, section);
        current = { section, depth: node.depth };
      }
      continue;
    }
    const tables = tablesIn(node);
    if (tables.length === 0) continue;
    if (current.section) current.section.tables.push(...tables);
    else
      for (const table of tables)
        reporter.problem('unexpected-table', startOf(table), 'Expected tables only in the error-code sections, found one outside them; it is ignored', [
          about.table(headerOf(table)),
        ]);
  }
  return found;
}

/** Matches the section's tables to its expected tables, by shape, in order. */
function assignTables(section: FoundSection, reporter: Reporter): ExtractedTable[] {
  const extracted: ExtractedTable[] = [];
  const found: TableSpec[] = [];
  const missing: TableSpec[] = [];
  let cursor = 0;
  for (const table of section.tables) {
    const roles = detectColumnRoles(table);
    const kind = kindOfRoles(roles);
    let index = section.spec.tables.findIndex((tableSpec, position) => position >= cursor && tableSpec.kind === kind);
    // A table of no recognisable shape (a column missing, say) is taken as the next expected one, so its columns get reported.
    if (index === -1 && cursor < section.spec.tables.length) index = cursor;
    const tableSpec = section.spec.tables[index];
    if (!tableSpec) {
      reporter.problem(
        'unexpected-table',
        startOf(table),
        `Expected ${section.spec.tables.length} table(s) in section "${section.title}", found another one; it is ignored`,
        [about.table(`${section.spec.anchor}: ${headerOf(table)}`)],
      );
      continue;
    }
    missing.push(...section.spec.tables.slice(cursor, index));
    cursor = index + 1;
    found.push(tableSpec);
    const result = readTable(table, roles, tableSpec, section, reporter);
    if (result) extracted.push(result);
  }
  missing.push(...section.spec.tables.slice(cursor));
  for (const kind of new Set(missing.map((spec) => spec.kind))) {
    const expected = section.spec.tables.filter((spec) => spec.kind === kind);
    const foundCount = found.filter((spec) => spec.kind === kind).length;
    // Tables of one shape are told apart only by order: when one is missing, say how many, not which.
    const reason =
      foundCount === 0 && expected.length === 1
        ? `Expected a table "${headersOfKind[kind]}" (${expected[0]?.id}) in section "${section.title}", found none`
        : `Expected ${expected.length} tables "${headersOfKind[kind]}" (${expected.map((spec) => spec.id).join(', then ')}) in section "${section.title}", found ${foundCount}`;
    reporter.problem('missing-table', section.point, reason);
  }
  return extracted;
}

function readTable(table: Table, roles: (ColumnRole | undefined)[], spec: TableSpec, section: FoundSection, reporter: Reporter): ExtractedTable | undefined {
  const [header, ...body] = table.children;
  const expected = columnsOfKind[spec.kind];
  const columnCount = header?.children.length ?? 0;
  const described = `${spec.id} table ("${headersOfKind[spec.kind]}")`;

  if (body.length === 0) {
    reporter.problem('empty-table', startOf(table), `Expected rows in the ${described}, found a header only`);
    return undefined;
  }

  const columnOfRole = mapColumns(roles, expected);
  if (!columnOfRole) {
    const headerTexts = header ? header.children.map((cell) => plainText(cell)).join(' | ') : '';
    const found = `${columnCount} column(s): ${headerTexts}`;
    if (columnCount < expected.length) {
      const missing = expected.filter((role) => !roles.includes(role));
      const named = describeRoles(missing.length > 0 ? missing : expected.slice(columnCount), spec.kind);
      reporter.problem('missing-column', startOf(table), `Expected ${expected.length} columns in the ${described}, found ${found}; missing: ${named}`);
    } else {
      reporter.problem('extra-column', startOf(table), `Expected ${expected.length} columns in the ${described}, found ${found}`);
    }
    return undefined;
  }

  const rows: ExtractedRow[] = [];
  for (const row of body) {
    if (row.children.length !== columnCount) {
      const shown = row.children.map((cell) => plainText(cell)).join(' | ');
      reporter.problem('cell-count', startOf(row), `Expected ${columnCount} cells as in the header, found ${row.children.length}: ${quote(shown, 80)}`);
      if (row.children.length < columnCount) continue; // its cells cannot be matched to columns
    }
    const cells: Partial<Record<ColumnRole, Cell>> = {};
    for (const [role, column] of columnOfRole) {
      const cell = row.children[column];
      cells[role] = cell ? { text: plainText(cell), point: cellPoint(cell) } : { text: '', point: endOf(row) };
    }
    rows.push({ point: startOf(row), cells });
  }
  const result: ExtractedTable = { spec, sectionTitle: section.title, point: startOf(table), rows };
  if (section.anchor !== undefined) result.anchor = section.anchor;
  return result;
}

/**
 * Column index of each expected role: by content when the table's columns are
 * exactly the expected ones in any order, else by position when the count is
 * right (cell checks then say what is wrong); undefined when the count is wrong.
 */
function mapColumns(roles: (ColumnRole | undefined)[], expected: readonly ColumnRole[]): Map<ColumnRole, number> | undefined {
  if (roles.length !== expected.length) return undefined;
  const byContent = new Map<ColumnRole, number>();
  roles.forEach((role, column) => {
    if (role !== undefined && !byContent.has(role)) byContent.set(role, column);
  });
  if (expected.every((role) => byContent.has(role))) return byContent;
  return new Map(expected.map((role, column) => [role, column]));
}

function describeRoles(roles: readonly ColumnRole[], kind: TableKind): string {
  const names = headersOfKind[kind].split(' | ');
  return roles.map((role) => names[columnsOfKind[kind].indexOf(role)] ?? role).join(', ') || 'none';
}

/** The role of each column by majority of its non-empty cells; undefined for a column with no text. */
function detectColumnRoles(table: Table): (ColumnRole | undefined)[] {
  const [header, ...body] = table.children;
  const columnCount = header?.children.length ?? 0;
  const roles: (ColumnRole | undefined)[] = [];
  for (let column = 0; column < columnCount; column++) {
    const votes = new Map<ColumnRole, number>();
    for (const row of body) {
      const cell = row.children[column];
      const role = cell ? classifyCell(plainText(cell)) : undefined;
      if (role) votes.set(role, (votes.get(role) ?? 0) + 1);
    }
    let best: ColumnRole | undefined;
    for (const role of votePriority) if ((votes.get(role) ?? 0) > (best === undefined ? 0 : (votes.get(best) ?? 0))) best = role;
    roles.push(best);
  }
  return roles;
}

/** On a tie, the more specific role wins, and a short message that looks like a code stays a message. */
const votePriority: readonly ColumnRole[] = ['category', 'status', 'text', 'code'];

function classifyCell(text: string): ColumnRole | undefined {
  if (text === '') return undefined;
  if (errorCategories.some((category) => category.toLowerCase() === text.toLowerCase())) return 'category';
  if (statusShapePattern.test(text)) return 'status';
  if (codePattern.test(text)) return 'code';
  return 'text';
}

/** Which kind of table the columns make; the category table is the only one with two columns. */
function kindOfRoles(roles: (ColumnRole | undefined)[]): TableKind | undefined {
  if (roles.length === columnsOfKind.categories.length) return roles.includes('category') ? 'categories' : undefined;
  if (roles.includes('status')) return 'rest';
  if (roles.includes('category')) return 'scheduling';
  return undefined;
}

function readFrontMatter(tree: Root, reporter: Reporter): FrontMatter {
  const node = tree.children[0];
  if (node?.type !== 'yaml') return {};
  let data: unknown;
  try {
    data = parseYaml(node.value);
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    reporter.problem('invalid-front-matter', startOf(node), `Expected YAML front matter, found text YAML cannot read: ${detail}`, [about.frontMatter]);
    return {};
  }
  if (typeof data !== 'object' || data === null) return {};
  const fields = data as Record<string, unknown>;
  const frontMatter: FrontMatter = {};
  const title = fields['title'] ?? fields['ms.title'];
  if (typeof title === 'string') frontMatter.title = title;
  const msDate = fields['ms.date'];
  if (typeof msDate === 'string') frontMatter.msDate = msDate;
  return frontMatter;
}

/** Prose is not emitted, but damage there is worth a warning. */
function checkProse(tree: Root, reporter: Reporter): void {
  visit(tree, (node) => {
    if (node.type === 'table' || node.type === 'code' || node.type === 'yaml') return 'skip';
    if (node.type !== 'text') return undefined;
    const mojibake = findMojibake(node.value);
    if (mojibake)
      reporter.problem('mojibake', startOf(node), `Expected readable text, found ${quote(mojibake.found)}, UTF-8 read as Windows-1252 (in prose)`, [
        about.word(wordAround(node.value, mojibake.index)),
      ]);
    const bidi = findBidiControl(node.value);
    if (bidi)
      reporter.problem('bidi-control-in-prose', startOf(node), `Expected no bidirectional control characters, found ${bidi.found} (in prose)`, [
        about.character(bidi.found),
      ]);
    return undefined;
  });
}

/** `<br>` inside a cell separates words; other inline HTML is dropped by the text conversion. */
function replaceLineBreakHtml(tree: Root): void {
  visit(tree, 'html', (node, index, parent) => {
    if (parent && index !== undefined && /^<br\s*\/?>$/i.test(node.value.trim())) parent.children[index] = { type: 'text', value: ' ' };
  });
}

/** Tables in a top-level block, not looking inside a table once found. */
function tablesIn(node: RootContent): Table[] {
  if (node.type === 'table') return [node];
  const tables: Table[] = [];
  visit(node, 'table', (table) => {
    tables.push(table);
    return SKIP;
  });
  return tables;
}

/** Each heading's anchor, and the nodes between it and the next heading of its level or above. */
function sectionContents(tree: Root): Map<string, RootContent[]> {
  const sections = new Map<string, RootContent[]>();
  const open: { depth: number; nodes: RootContent[] }[] = [];
  for (const node of tree.children) {
    if (node.type === 'heading') {
      while (open.length > 0 && (open.at(-1)?.depth ?? 0) >= node.depth) open.pop();
      const nodes: RootContent[] = [];
      const anchor = anchorOf(node) ?? slugOf(plainText(node));
      if (!sections.has(anchor)) sections.set(anchor, nodes);
      open.push({ depth: node.depth, nodes });
      continue;
    }
    for (const section of open) section.nodes.push(node);
  }
  return sections;
}

/** A table's header cells as plain text: `Error code | HTTP status code | User message`. */
function headerOf(table: Table): string {
  return (table.children[0]?.children ?? [])
    .map((cell) => plainText(cell))
    .join(' | ')
    .slice(0, 120);
}

function anchorOf(heading: Heading): string | undefined {
  for (const child of heading.children) {
    if (child.type !== 'html') continue;
    const match = anchorPattern.exec(child.value);
    if (match?.[1]) return match[1];
  }
  return undefined;
}

/** Markdown to plain text: emphasis, code marks and HTML removed, whitespace collapsed. */
function plainText(node: Parameters<typeof mdastToString>[0]): string {
  return mdastToString(node, { includeHtml: false })
    .replace(/[\t\n\r ]+/g, ' ')
    .trim();
}

/** A heading's anchor on Microsoft Learn: lower case, punctuation dropped, spaces to hyphens. */
function slugOf(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s+/g, '-');
}

function normalizeHeading(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

function cellPoint(cell: TableCell): Point {
  const first = cell.children[0];
  return first?.position?.start ?? startOf(cell);
}

function startOf(node: { position?: { start: Point } | undefined }): Point {
  return node.position?.start ?? { line: 1, column: 1 };
}

function endOf(node: { position?: { end: Point } | undefined }): Point {
  return node.position?.end ?? { line: 1, column: 1 };
}
