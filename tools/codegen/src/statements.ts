/**
 * What "Error handling and detection in Azure Batch" states that the packages
 * rely on, read from its list items and code spans: the failures that bring no
 * response, the statuses of server errors and of throttling (with the header
 * that says when to retry), the state errors and the codes it names, and what
 * a task over its `maxWallClockTime` ends with. Each statement keeps its
 * place, so a revision that changes one shows in the report and reaches the
 * packages through the model; a statement the page no longer makes is an
 * error, because the packages cite it.
 */
import type { InlineCode, List, ListItem, Root, RootContent } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import type { Point } from 'unist';
import { visit } from 'unist-util-visit';
import { about, type Reporter } from './diagnostics.js';
import { type DocumentSpec, documentUrl } from './documents.js';
import type { ExtractedPage } from './extract.js';
import {
  type BatchErrorModel,
  codePattern,
  type ErrorCategory,
  type ErrorHandlingStatements,
  errorCategories,
  type SourceDocument,
  tableLabels,
} from './model.js';

/** A statement as read: where it is. */
interface ReadStatement {
  point: Point;
}

export interface ExtractedStatements {
  networkFailures?: ReadStatement;
  serverErrors?: ReadStatement & { statusClass: number };
  throttling?: ReadStatement & { statuses: number[]; header: string };
  stateErrors?: ReadStatement & { statusClass: number; codes: string[] };
  wallClockTimeout?: ReadStatement & { constraint: string; exitCode: number; category: ErrorCategory; code: string };
}

/** The sections the statements are in: by anchor (Microsoft Learn's slug of the heading). */
export const statementSections = { errorCodes: 'error-codes', constraintErrors: 'constraint-errors' } as const;

const statusClassPattern = /^([1-5])xx$/i;
const statusPattern = /^[1-5][0-9]{2}$/;
const headerPattern = /^[A-Za-z]+(?:-[A-Za-z]+)+$/;
const hexExitCodePattern = /^0x[0-9A-Fa-f]{1,8}$/;
const constraintPattern = /^max[A-Z][A-Za-z]*Time$/;

/** Reads the statements from the page's sections, reporting each one it cannot find where it was looked for. */
export function extractStatements(tree: Root, sectionAnchors: ReadonlyMap<string, RootContent[]>, reporter: Reporter): ExtractedStatements {
  const statements: ExtractedStatements = {};
  const errorCodes = sectionAnchors.get(statementSections.errorCodes);
  const constraints = sectionAnchors.get(statementSections.constraintErrors);
  const pageStart = tree.children[0] ? startOf(tree.children[0]) : { line: 1, column: 1 };

  if (errorCodes) {
    for (const item of listItems(errorCodes)) {
      const codes = inlineCodes(item).map((code) => code.value.trim());
      const text = mdastToString(item);
      const statusClass = codes.map((code) => statusClassPattern.exec(code)?.[1]).find((digit) => digit !== undefined);
      const statuses = codes.filter((code) => statusPattern.test(code)).map(Number);
      const header = codes.find((code) => headerPattern.test(code));
      if (statuses.length > 0 && header) statements.throttling = { point: startOf(item), statuses, header };
      else if (statusClass === '5') statements.serverErrors = { point: startOf(item), statusClass: 5 };
      else if (statusClass === '4') {
        const named = codes.filter((code) => codePattern.test(code) && !statusClassPattern.test(code));
        statements.stateErrors = { point: startOf(item), statusClass: 4, codes: named };
      } else if (/\bnetwork/i.test(text) && codes.length === 0) statements.networkFailures = { point: startOf(item) };
    }
  }

  if (constraints) {
    const codes = constraints.flatMap(inlineCodes);
    const constraint = codes.find((code) => constraintPattern.test(code.value));
    const exitCode = codes.find((code) => hexExitCodePattern.test(code.value));
    const failure = codes.map((code) => ({ code, failure: schedulingFailureOf(code.value) })).find((candidate) => candidate.failure !== undefined);
    if (constraint && exitCode && failure?.failure) {
      statements.wallClockTimeout = {
        point: startOf(failure.code),
        constraint: constraint.value,
        exitCode: Number.parseInt(exitCode.value, 16),
        ...failure.failure,
      };
    }
  }

  const expected: [keyof ExtractedStatements, string, RootContent[] | undefined][] = [
    ['networkFailures', 'a list item naming networking failures (no code spans)', errorCodes],
    ['serverErrors', 'a list item with the code span `5xx` (internal server errors)', errorCodes],
    ['throttling', 'a list item with status code spans (`429`) and a header code span (`Retry-after`)', errorCodes],
    ['stateErrors', 'a list item with the code span `4xx` and the codes it names', errorCodes],
    [
      'wallClockTimeout',
      'code spans of the constraint (`maxWallClockTime`), the exit code (`0xC000013A`) and the failure (`{ category:"ServerError", code="TaskEnded"}`)',
      constraints,
    ],
  ];
  for (const [name, what, section] of expected) {
    if (statements[name]) continue;
    const where = section?.[0] ? startOf(section[0]) : pageStart;
    const sectionName = name === 'wallClockTimeout' ? statementSections.constraintErrors : statementSections.errorCodes;
    reporter.problem(
      'missing-statement',
      where,
      `Expected ${what} in the section "${sectionName}", found ${section ? 'none' : 'no such section'}; the packages cite it`,
    );
  }
  return statements;
}

/** `{ category:"ServerError", code="TaskEnded"}` as the page writes it (not JSON): its category and code. */
function schedulingFailureOf(text: string): { category: ErrorCategory; code: string } | undefined {
  const category = /category\s*[:=]\s*"([A-Za-z]+)"/.exec(text)?.[1];
  const code = /code\s*[:=]\s*"([A-Za-z][A-Za-z0-9]*)"/.exec(text)?.[1];
  if (!category || !code || !errorCategories.includes(category as ErrorCategory)) return undefined;
  return { category: category as ErrorCategory, code };
}

function listItems(nodes: readonly RootContent[]): ListItem[] {
  return nodes.filter((node): node is List => node.type === 'list').flatMap((list) => list.children);
}

function inlineCodes(node: RootContent | ListItem): InlineCode[] {
  const found: InlineCode[] = [];
  visit(node, 'inlineCode', (code) => {
    found.push(code);
  });
  return found;
}

function startOf(node: { position?: { start: Point } | undefined }): Point {
  return node.position?.start ? { line: node.position.start.line, column: node.position.start.column } : { line: 1, column: 1 };
}

/** The model's statements from the page's reading; undefined when one is missing (reported while reading). */
export function statementsOf(page: ExtractedPage, file: string, locale: string, spec: DocumentSpec): ErrorHandlingStatements | undefined {
  const read = page.statements;
  if (!read?.networkFailures || !read.serverErrors || !read.throttling || !read.stateErrors || !read.wallClockTimeout) return undefined;
  const document: SourceDocument = { file, locale, url: documentUrl(spec, locale) };
  if (page.frontMatter.title !== undefined) document.title = page.frontMatter.title;
  if (page.frontMatter.msDate !== undefined) document.msDate = page.frontMatter.msDate;
  // Without a locale, Microsoft Learn opens the page in the reader's language: the packages link statements from every language.
  const neutralUrl = spec.urlTemplate.replace('{locale}/', '');
  const placed = <T extends ReadStatement>({ point, ...rest }: T, anchor: string) => ({
    ...rest,
    source: { file, line: point.line, column: point.column, anchor },
    url: `${neutralUrl}#${anchor}`,
  });
  const { errorCodes, constraintErrors } = statementSections;
  return {
    document,
    networkFailures: placed(read.networkFailures, errorCodes),
    serverErrors: placed(read.serverErrors, errorCodes),
    throttling: placed(read.throttling, errorCodes),
    stateErrors: placed(read.stateErrors, errorCodes),
    wallClockTimeout: placed(read.wallClockTimeout, constraintErrors),
  };
}

/**
 * Reports each statement that contradicts a table of the model, on the page
 * of the statement, naming both places; both are kept as written.
 */
export function reportContradictions(model: BatchErrorModel, statements: ErrorHandlingStatements, reporter: Reporter): void {
  const timeout = statements.wallClockTimeout;
  for (const table of model.tables) {
    if (table.kind !== 'scheduling') continue;
    const entry = table.entries.find((candidate) => candidate.code === timeout.code);
    if (!entry || entry.category === timeout.category) continue;
    const tablePlace = `${entry.source.file}:${entry.source.line}:${entry.source.column}`;
    reporter.problem(
      'statement-contradicts-table',
      { line: timeout.source.line, column: timeout.source.column },
      `Expected ${timeout.code} to be a ${entry.category}, as the ${tableLabels[table.id].toLowerCase()} say at ${tablePlace}, found ${timeout.category} here; both are kept as written`,
      [about.code(timeout.code)],
    );
  }
}
