/**
 * Stage 4: extracted cells to the model. Normalizes statuses and categories,
 * merges exact duplicate rows, keeps status variants, and reports every cell
 * that cannot be trusted.
 */
import type { Point } from 'unist';
import { about, quote, type Reporter } from './diagnostics.js';
import { type DocumentSpec, documentUrl } from './documents.js';
import type { Cell, ExtractedPage, ExtractedRow, ExtractedTable } from './extract.js';
import {
  type BatchErrorModel,
  codePattern,
  type CategoryEntry,
  type CodeSample,
  type ErrorCategory,
  errorCategories,
  type ErrorTable,
  modelVersion,
  type RestErrorEntry,
  type RestErrorTable,
  type SchedulingErrorEntry,
  type SchedulingErrorTable,
  type SourceDocument,
  type SourceLocation,
} from './model.js';
import { plural } from './words.js';
import { parseStatusCell, standardReasonPhrase } from './status.js';
import { endsWithFullStop, findBidiControl, findControlCharacter, findMojibake, wordAround } from './text-checks.js';

export interface ModelInput {
  page: ExtractedPage;
  /** The page's reporter; a translation's does not report the defects it copies from English. */
  reporter: Reporter;
  locale: string;
  spec: DocumentSpec;
}

export function buildModel({ page, reporter, locale, spec }: ModelInput): BatchErrorModel {
  const document: SourceDocument = { file: reporter.file.path, locale, url: documentUrl(spec, locale) };
  const title = page.frontMatter.title ?? page.heading;
  if (title !== undefined) document.title = title;
  if (page.frontMatter.msDate !== undefined) document.msDate = page.frontMatter.msDate;

  const model: BatchErrorModel = {
    version: modelVersion,
    document,
    tables: [],
    categories: [],
    samples: readSamples(page, reporter),
    translations: [],
    knownCodes: { file: 'docs-source/known-codes.json', lists: [] },
  };
  for (const table of page.tables) {
    switch (table.spec.kind) {
      case 'categories':
        model.categories = readCategories(table, reporter);
        break;
      case 'rest':
        model.tables.push(readRestTable(table, table.spec.id, reporter));
        break;
      case 'scheduling':
        model.tables.push(readSchedulingTable(table, table.spec.id, reporter));
        break;
    }
  }
  checkStatusSpellings(model.tables, reporter);
  return model;
}

function readRestTable(table: ExtractedTable, id: RestErrorTable['id'], reporter: Reporter): RestErrorTable {
  const entries = new Map<string, RestErrorEntry>();
  for (const row of table.rows) {
    const code = readCode(row, reporter);
    const status = readStatus(row, reporter);
    const message = readMessage(row.cells.text, row, reporter);
    if (code === undefined || status === undefined || message === undefined) continue;
    const source = locate(row.point, table, reporter);
    const entry = entries.get(code);
    const sameStatus = entry?.variants.find((variant) => variant.status === status.status);
    if (!entry) {
      entries.set(code, { code, variants: [{ ...status, message, source, duplicates: [] }] });
    } else if (!sameStatus) {
      entry.variants.push({ ...status, message, source, duplicates: [] });
    } else if (sameStatus.message === message) {
      sameStatus.duplicates.push(source);
      reportDuplicate(reporter, row.point, code, sameStatus.source, message);
    } else {
      reporter.problem(
        'conflicting-row',
        row.point,
        `Expected one row per code and status, found ${code} with status ${status.status} twice (lines ${sameStatus.source.line} and ${source.line}) with different messages: ${quote(sameStatus.message)} and ${quote(message)}`,
      );
    }
  }
  return { id, kind: 'rest', ...tableHeader(table, reporter), entries: [...entries.values()] };
}

function readSchedulingTable(table: ExtractedTable, id: SchedulingErrorTable['id'], reporter: Reporter): SchedulingErrorTable {
  const entries = new Map<string, SchedulingErrorEntry>();
  for (const row of table.rows) {
    const code = readCode(row, reporter);
    const category = readCategory(row.cells.category, row, reporter);
    const message = readMessage(row.cells.text, row, reporter);
    if (code === undefined || category === undefined || message === undefined) continue;
    const source = locate(row.point, table, reporter);
    const earlier = entries.get(code);
    if (!earlier) {
      entries.set(code, { code, category, message, source, duplicates: [] });
    } else if (earlier.category === category && earlier.message === message) {
      earlier.duplicates.push(source);
      reportDuplicate(reporter, row.point, code, earlier.source, message);
    } else {
      const differences = [
        earlier.category === category ? '' : `categories ${earlier.category} and ${category}`,
        earlier.message === message ? '' : `messages ${quote(earlier.message)} and ${quote(message)}`,
      ].filter(Boolean);
      reporter.problem(
        'conflicting-row',
        row.point,
        `Expected one row per code, found ${code} twice (lines ${earlier.source.line} and ${source.line}) with different ${differences.join(' and ')}`,
      );
    }
  }
  return { id, kind: 'scheduling', ...tableHeader(table, reporter), entries: [...entries.values()] };
}

function readCategories(table: ExtractedTable, reporter: Reporter): CategoryEntry[] {
  const categories: CategoryEntry[] = [];
  for (const row of table.rows) {
    const category = readCategory(row.cells.category, row, reporter);
    const description = readMessage(row.cells.text, row, reporter);
    if (category === undefined || description === undefined) continue;
    const earlier = categories.find((entry) => entry.category === category);
    if (earlier) {
      if (earlier.description === description) reportDuplicate(reporter, row.point, category, earlier.source, description);
      else
        reporter.problem(
          'conflicting-row',
          row.point,
          `Expected one description per category, found ${category} twice (lines ${earlier.source.line} and ${row.point.line}) with different descriptions`,
        );
      continue;
    }
    categories.push({ category, description, source: locate(row.point, table, reporter) });
  }
  return categories;
}

function tableHeader(table: ExtractedTable, reporter: Reporter): Pick<ErrorTable, 'title' | 'anchor' | 'source' | 'rowCount'> {
  const header: Pick<ErrorTable, 'title' | 'anchor' | 'source' | 'rowCount'> = {
    title: table.sectionTitle,
    source: locate(table.point, table, reporter),
    rowCount: table.rows.length,
  };
  if (table.anchor !== undefined) header.anchor = table.anchor;
  return header;
}

function readCode(row: ExtractedRow, reporter: Reporter): string | undefined {
  const cell = row.cells.code;
  if (!cell || cell.text === '') {
    reporter.problem('empty-code', cell?.point ?? row.point, 'Expected an error code such as PoolNotFound, found an empty cell');
    return undefined;
  }
  if (!codePattern.test(cell.text)) {
    reporter.problem('invalid-code', cell.point, `Expected an error code made of letters and digits ([A-Za-z][A-Za-z0-9]*), found ${quote(cell.text)}`);
    return undefined;
  }
  return cell.text;
}

function readStatus(row: ExtractedRow, reporter: Reporter): { status: number; statusText: string } | undefined {
  const cell = row.cells.status;
  const text = cell?.text ?? '';
  const point = cell?.point ?? row.point;
  const parsed = parseStatusCell(text);
  if (!parsed.ok) {
    const rule =
      parsed.problem === 'missing-number' ? 'status-missing-number' : parsed.problem === 'unknown-number' ? 'status-unknown-number' : 'status-phrase-mismatch';
    reporter.problem(rule, point, `${parsed.detail} in ${quote(text)}`);
    return undefined;
  }
  if (parsed.spelling === 'historic') {
    reporter.problem(
      'status-outdated-phrase',
      point,
      `Expected the current phrase of ${parsed.status} ("${standardReasonPhrase(parsed.status)}"), found the obsolete "${parsed.statusText}"; kept as written`,
      [about.status(parsed.status)],
    );
  }
  return { status: parsed.status, statusText: parsed.statusText };
}

function readCategory(cell: Cell | undefined, row: ExtractedRow, reporter: Reporter): ErrorCategory | undefined {
  const text = cell?.text ?? '';
  const category = errorCategories.find((known) => known === text);
  if (category === undefined) {
    reporter.problem('unknown-category', cell?.point ?? row.point, `Expected a category (${errorCategories.join(' or ')}), found ${quote(text)}`);
  }
  return category;
}

/** A message or description cell; undefined when it cannot be used (reported). */
function readMessage(cell: Cell | undefined, row: ExtractedRow, reporter: Reporter): string | undefined {
  const text = cell?.text ?? '';
  const point = cell?.point ?? row.point;
  if (text === '') {
    reporter.problem('empty-message', point, 'Expected a message, found an empty cell');
    return undefined;
  }
  const bidi = findBidiControl(text);
  if (bidi)
    reporter.problem('bidi-control', point, `Expected no bidirectional control characters in a message, found ${bidi.found} at character ${bidi.index + 1}`);
  const control = findControlCharacter(text);
  if (control)
    reporter.problem('control-character', point, `Expected no control characters in a message, found ${control.found} at character ${control.index + 1}`);
  if (bidi || control) return undefined;
  const mojibake = findMojibake(text);
  if (mojibake)
    reporter.problem(
      'mojibake',
      point,
      `Expected readable text, found ${quote(mojibake.found)} (UTF-8 read as Windows-1252) in ${quote(text)}; kept as written`,
      [about.word(wordAround(text, mojibake.index))],
    );
  if (!endsWithFullStop(text)) {
    const ending = text.length > 40 ? `…${text.slice(-39)}` : text;
    reporter.problem(
      'missing-final-period',
      point,
      `Expected ${subjectOf(row)} to end with a full stop, found ${quote(ending)}; kept as written`,
      rowSubjects(row, text),
    );
  }
  return text;
}

/** "the message of PoolBeingResized", for messages about a cell of a row. */
function subjectOf(row: ExtractedRow): string {
  const code = row.cells.code?.text ?? row.cells.category?.text;
  return code ? `the message of ${code}` : 'the message';
}

/** A row's problem is about its code and its text: renamed or reworded (not both), it is the same problem. */
function rowSubjects(row: ExtractedRow, text: string): string[] {
  const code = row.cells.code?.text ?? row.cells.category?.text;
  return [...(code ? [about.code(code)] : []), about.text(text)];
}

function reportDuplicate(reporter: Reporter, point: Point, code: string, first: SourceLocation, message: string): void {
  reporter.problem(
    'duplicate-row',
    point,
    `Expected ${code} once in this table, found it at lines ${first.line} and ${point.line} with identical data; merged into one`,
    [about.code(code), about.text(message)],
  );
}

/** One warning per status written in more than one way across the REST tables. */
function checkStatusSpellings(tables: readonly ErrorTable[], reporter: Reporter): void {
  const spellings = new Map<number, Map<string, { count: number; first: SourceLocation }>>();
  for (const table of tables) {
    if (table.kind !== 'rest') continue;
    for (const entry of table.entries) {
      for (const variant of entry.variants) {
        for (const source of [variant.source, ...variant.duplicates]) {
          const forStatus = spellings.get(variant.status) ?? new Map<string, { count: number; first: SourceLocation }>();
          spellings.set(variant.status, forStatus);
          const seen = forStatus.get(variant.statusText);
          if (seen) seen.count++;
          else forStatus.set(variant.statusText, { count: 1, first: source });
        }
      }
    }
  }
  for (const [status, forStatus] of spellings) {
    if (forStatus.size < 2) continue;
    const [, second] = [...forStatus.values()];
    const listed = [...forStatus].map(([text, seen]) => `"${text}" (${plural(seen.count, 'row')}, first at line ${seen.first.line})`);
    if (second)
      reporter.problem('status-mixed-spelling', second.first, `Expected one spelling of status ${status}, found ${listed.join(' and ')}`, [
        about.status(status),
      ]);
  }
}

function readSamples(page: ExtractedPage, reporter: Reporter): CodeSample[] {
  return page.samples.map((sample) => {
    const result: CodeSample = { text: sample.text, source: { file: reporter.file.path, line: sample.point.line, column: sample.point.column } };
    if (sample.language !== undefined) result.language = sample.language;
    if (looksLikeJson(sample)) {
      result.validJson = isJson(sample.text);
      if (!result.validJson)
        reporter.problem(
          'invalid-json-sample',
          sample.point,
          `Expected the ${sample.language ?? 'untagged'} sample to be valid JSON, found text JSON.parse rejects; kept as written`,
          [about.sample(sample.text.trim().split('\n')[0]?.slice(0, 80) ?? '')],
        );
    }
    return result;
  });
}

/** Tagged `json`, or untagged and starting like JSON (one revision has untagged fences). */
function looksLikeJson(sample: { language?: string; text: string }): boolean {
  if (sample.language !== undefined) return sample.language === 'json';
  return /^\s*[[{]/.test(sample.text);
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function locate(point: Point, table: ExtractedTable, reporter: Reporter): SourceLocation {
  const location: SourceLocation = { file: reporter.file.path, line: point.line, column: point.column };
  if (table.anchor !== undefined) location.anchor = table.anchor;
  return location;
}
