/**
 * Valid edits of the docs, chosen from the docs as they are: a status or a
 * category changed, a code renamed, rows reordered or moved between tables,
 * a code added or removed (in any table), an English message reworded
 * together with its translations. None brings a new defect, so `check
 * --strict` must pass right after `generate` for each; what fast-check picks
 * is a row of the model, never a row named here.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';
import { sameProblem } from '../src/baseline.js';
import { hasErrors } from '../src/diagnostics.js';
import { compareDocs } from '../src/diff/compare-docs.js';
import { loadDocs } from '../src/load.js';
import { formatProblems } from '../src/print-problems.js';
import { docsSource, temporaryFolder } from './helpers.js';
import { type BatchErrorModel, type CodeRow, codeRows, type TableId } from '../src/model.js';

const statusPage = 'batch-status-and-error-codes.md';

/** The pages of a docs folder as lines, by path inside the folder (`en-us/batch-status-and-error-codes.md`). */
export type Pages = Map<string, string[]>;

export interface DocsEdit {
  /** What the edit does, for messages: `status of PoolNotFound 404 → 409`. */
  name: string;
  apply(pages: Pages): void;
}

const restTables: readonly TableId[] = ['common', 'batchService'];
const schedulingTables: readonly TableId[] = ['jobScheduling', 'taskScheduling'];

/** Every valid edit of the model's docs, as a fast-check arbitrary. */
export function validEdits(model: BatchErrorModel): fc.Arbitrary<DocsEdit> {
  const rows = codeRows(model);
  const rowsOfCode = (code: string) => rows.filter((row) => row.code === code);
  // A row the docs repeat exactly is merged into one: editing or moving one copy would make the copies differ, a new defect.
  const repeated = repeatedCodes(model);
  const single = rows.filter((row) => rowsOfCode(row.code).length === 1 && !repeated.has(row.code));
  const inTable = (table: TableId) => rows.filter((row) => row.table === table);
  const cells = (pages: Pages, row: CodeRow) => cellsOf(lineOf(pages, english, row.source.line));

  const statusChange = fc.constantFrom(...single.filter((row) => restTables.includes(row.table))).chain((row) => {
    const others = inTable(row.table).filter((other) => other.status !== row.status);
    return fc.constantFrom(...others).map(
      (other): DocsEdit => ({
        name: `status of ${row.code}: ${row.status} → ${other.status}`,
        apply(pages) {
          const statusCell = cells(pages, other)[1] ?? '';
          setLine(pages, english, row.source.line, withCell(lineOf(pages, english, row.source.line), 1, statusCell));
        },
      }),
    );
  });

  const categoryChange = fc.constantFrom(...single.filter((row) => schedulingTables.includes(row.table))).map(
    (row): DocsEdit => ({
      name: `category of ${row.code}`,
      apply(pages) {
        const category = row.category === 'UserError' ? 'ServerError' : 'UserError';
        setLine(pages, english, row.source.line, withCell(lineOf(pages, english, row.source.line), 1, category));
      },
    }),
  );

  const rename = fc.constantFrom(...[...new Set(rows.map((row) => row.code))]).map(
    (code): DocsEdit => ({
      name: `${code} renamed`,
      apply(pages) {
        for (const lines of pages.values()) {
          lines.forEach((line, index) => {
            if (line.startsWith(`|${code}|`)) lines[index] = `|${code}Renamed|${line.slice(code.length + 2)}`;
          });
        }
      },
    }),
  );

  const reorder = fc
    .constantFrom(...rows.filter((row, index) => rows[index + 1]?.table === row.table && rows[index + 1]?.source.line === row.source.line + 1))
    .map(
      (row): DocsEdit => ({
        name: `${row.code} and the row after it swapped`,
        apply(pages) {
          const [first, second] = [lineOf(pages, english, row.source.line), lineOf(pages, english, row.source.line + 1)];
          setLine(pages, english, row.source.line, second);
          setLine(pages, english, row.source.line + 1, first);
        },
      }),
    );

  const moves = rows
    .filter((row) => !repeated.has(row.code))
    .flatMap((row) => {
      const kindTables = restTables.includes(row.table) ? restTables : schedulingTables;
      return kindTables
        .filter((table) => table !== row.table && !inTable(table).some((other) => other.code === row.code))
        .flatMap((table) => {
          const target = inTable(table)[0];
          return target ? [{ row, target }] : [];
        });
    });
  const move = fc.constantFrom(...moves).map(
    ({ row, target }): DocsEdit => ({
      name: `${row.code} moved from ${row.table} to ${target.table}`,
      apply(pages) {
        const line = lineOf(pages, english, row.source.line);
        moveLine(pages, english, row.source.line, target.source.line, line);
      },
    }),
  );

  const add = fc.constantFrom(...new Set(rows.map((row) => row.table))).map(
    (table): DocsEdit => ({
      name: `a code added to ${table}`,
      apply(pages) {
        const first = inTable(table)[0];
        if (!first) return;
        const middle = restTables.includes(table) ? (cells(pages, first)[1] ?? '') : 'UserError';
        insertLine(pages, english, first.source.line, `|AddedByTheEditTest|${middle}|The request could not be completed.|`);
      },
    }),
  );

  const remove = fc.constantFrom(...rows).map(
    (row): DocsEdit => ({
      name: `${row.code} removed from ${row.table}`,
      apply(pages) {
        removeLine(pages, english, row.source.line);
      },
    }),
  );

  const reword = fc.constantFrom(...single).map(
    (row): DocsEdit => ({
      name: `the message of ${row.code} reworded, with its translations`,
      apply(pages) {
        const line = lineOf(pages, english, row.source.line);
        const message = cells(pages, row).at(-1) ?? '';
        setLine(pages, english, row.source.line, withCell(line, -1, `${message.replace(/\.$/, '')}. Try the request again later.`));
        for (const translation of model.translations) {
          const page = `${translation.document.locale}/${statusPage}`;
          const text = translation.texts.find(
            (candidate) => !('category' in candidate.id) && candidate.id.table === row.table && candidate.id.code === row.code,
          );
          if (!text || !pages.has(page)) continue;
          const translated = lineOf(pages, page, text.source.line);
          setLine(pages, page, text.source.line, withCell(translated, -1, `(2) ${cellsOf(translated).at(-1) ?? ''}`));
        }
      },
    }),
  );

  return fc.oneof(statusChange, categoryChange, rename, reorder, move, add, remove, reword);
}

/** Codes whose rows the docs repeat exactly (merged into one row of the model, the copies kept as `duplicates`). */
export function repeatedCodes(model: BatchErrorModel): Set<string> {
  return new Set(
    model.tables.flatMap((table) =>
      table.kind === 'rest'
        ? table.entries.filter((entry) => entry.variants.some((variant) => variant.duplicates.length > 0)).map((entry) => entry.code)
        : table.entries.filter((entry) => entry.duplicates.length > 0).map((entry) => entry.code),
    ),
  );
}

const english = `en-us/${statusPage}`;

/** Applies `edit` to a copy of docs-source; the copy's folder. */
async function edited(edit: DocsEdit, model: BatchErrorModel): Promise<string> {
  const folder = path.join(await temporaryFolder(), 'docs-source');
  const pages = await readPages(docsSource, model);
  edit.apply(pages);
  await writeEdited(docsSource, folder, pages);
  return folder;
}

/** What `--strict` refuses after the edit, as printed; empty when it passes. */
export async function strictProblems(folder: string): Promise<string> {
  const loaded = await loadDocs(folder, { label: 'docs-source' });
  if (!hasErrors(loaded.files, true, loaded.known)) return '';
  return formatProblems(loaded.files, { strict: true, known: loaded.known, errorsOnly: true, color: false });
}

/** Expects the edit to leave every warning known and the report without a new problem. */
export async function expectValid(edit: DocsEdit, model: BatchErrorModel): Promise<void> {
  const folder = await edited(edit, model);
  expect(await strictProblems(folder), edit.name).toBe('');
  const compared = await compareDocs(docsSource, folder, { from: 'before', to: 'after', fromLabel: 'docs-source', toLabel: 'docs-source' });
  expect(compared.failing, edit.name).toBeUndefined();
  const problems = compared.report?.problems ?? { added: [], fixed: [] };
  expect(problems.added, `${edit.name}: new problems`).toEqual([]);
  const both = problems.fixed.filter((fixed) => problems.added.some((added) => sameProblem(added, fixed)));
  expect(both, `${edit.name}: a problem both new and fixed`).toEqual([]);
}

/** Reads every page of a docs folder, as lines. */
export async function readPages(docs: string, model: BatchErrorModel): Promise<Pages> {
  const pages: Pages = new Map();
  for (const locale of ['en-us', ...model.translations.map((translation) => translation.document.locale)]) {
    const page = `${locale}/${statusPage}`;
    pages.set(page, (await readFile(path.join(docs, page), 'utf8')).split('\n'));
  }
  return pages;
}

/** `folder` as a copy of `docs` (unless it is `docs`) with the pages as given. */
export async function writeEdited(docs: string, folder: string, pages: Pages): Promise<void> {
  if (path.resolve(docs) !== path.resolve(folder)) await cp(docs, folder, { recursive: true });
  for (const [page, lines] of pages) await writeFile(path.join(folder, page), lines.join('\n'));
}

function lineOf(pages: Pages, page: string, line: number): string {
  return pages.get(page)?.[line - 1] ?? '';
}

function setLine(pages: Pages, page: string, line: number, text: string): void {
  const lines = pages.get(page);
  if (lines) lines[line - 1] = text;
}

function insertLine(pages: Pages, page: string, before: number, text: string): void {
  pages.get(page)?.splice(before - 1, 0, text);
}

function removeLine(pages: Pages, page: string, line: number): void {
  pages.get(page)?.splice(line - 1, 1);
}

/** Moves a row to just before another (both 1-based, as read before the move). */
function moveLine(pages: Pages, page: string, from: number, before: number, text: string): void {
  const lines = pages.get(page);
  if (!lines) return;
  lines.splice(from - 1, 1);
  lines.splice(before > from ? before - 2 : before - 1, 0, text);
}

/** The cells of a table row (`|a|b|c|` gives a, b, c). */
function cellsOf(row: string): string[] {
  return row
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|');
}

/** The row with one cell replaced (`-1`: the last). */
function withCell(row: string, index: number, value: string): string {
  const cells = cellsOf(row);
  cells[index < 0 ? cells.length + index : index] = value;
  return `|${cells.join('|')}|`;
}
