/**
 * `@batch-errors/core`: the codes as data and as types.
 */
import type { StatementStructures, WriterFunction } from 'ts-morph';
import { type BatchErrorModel, type CodeRow, codeRows, distinctCodes, errorCategories, type TableId, tableLabels } from '../model.js';
import { standardReasonPhrase } from '../status.js';
import { constant, stringTuple, typeAlias, typeImport } from './declarations.js';
import { emitKnown, knownSubjects } from './known.js';
import { type PackageSubjects, subject } from './subjects.js';
import {
  docsTextForComment,
  type EmitContext,
  type GeneratedFile,
  generatedFolder,
  type ObjectProperty,
  objectWriter,
  printFile,
  stringLiteral,
} from './typescript.js';

/** Names of the per-table exports, by table id. */
const tableNames: Readonly<Record<TableId, { codes: string; type: string }>> = {
  common: { codes: 'commonErrorCodes', type: 'CommonErrorCode' },
  batchService: { codes: 'batchServiceErrorCodes', type: 'BatchServiceErrorCode' },
  jobScheduling: { codes: 'jobSchedulingErrorCodes', type: 'JobSchedulingErrorCode' },
  taskScheduling: { codes: 'taskSchedulingErrorCodes', type: 'TaskSchedulingErrorCode' },
};

const folder = `core/${generatedFolder}`;

/** What the core package holds per row (its category) and per table (its anchor, the order of its codes); messages and statuses only in comments. */
export function coreSubjects(model: BatchErrorModel): PackageSubjects {
  const subjects: PackageSubjects = new Map();
  for (const table of model.tables) {
    subjects.set(subject.anchor(table.id), table.source.anchor ?? '');
    subjects.set(subject.order(table.id), JSON.stringify(table.entries.map((entry) => entry.code)));
    for (const entry of table.entries) subjects.set(subject.row(table.id, entry.code), 'category' in entry ? entry.category : '');
  }
  knownSubjects(model, subjects);
  return subjects;
}

export function emitCore(model: BatchErrorModel, context: EmitContext): GeneratedFile[] {
  return [
    printFile(context, `${folder}/codes.ts`, model, codesStatements(model)),
    printFile(context, `${folder}/categories.ts`, model, categoriesStatements(model)),
    printFile(context, `${folder}/constants.ts`, model, constantsStatements(model)),
    printFile(context, `${folder}/sources.ts`, model, sourcesStatements(model)),
    ...emitKnown(model, context),
  ];
}

function sourcesStatements(model: BatchErrorModel): (StatementStructures | WriterFunction)[] {
  const { document } = model;
  const described: ObjectProperty[] = [
    { key: 'url', value: stringLiteral(document.url) },
    { key: 'file', value: stringLiteral(document.file) },
  ];
  return [
    typeImport('./codes.js', ['ErrorTable']),
    constant('errorCodesDocument', asConstObject(described), ['The page the codes come from: its public address and its file in the repository.']),
    constant(
      'tableAnchors',
      objectWriter(model.tables.map((table) => ({ key: table.id, value: stringLiteral(table.source.anchor ?? '') }))),
      ["The `<a name>` anchor of each table's section on the page (empty when the page has none)."],
      '{ readonly [Table in ErrorTable]: string }',
    ),
  ];
}

function asConstObject(properties: readonly ObjectProperty[]): WriterFunction {
  return (writer) => {
    objectWriter(properties)(writer);
    writer.write(' as const');
  };
}

function codesStatements(model: BatchErrorModel): (StatementStructures | WriterFunction)[] {
  const statements: (StatementStructures | WriterFunction)[] = [];
  for (const table of model.tables) {
    const names = tableNames[table.id];
    statements.push(
      constant(names.codes, stringTuple(table.entries.map((entry) => entry.code)), [
        `${tableLabels[table.id]} ("${docsTextForComment(table.title)}"), in document order.`,
      ]),
      typeAlias(names.type, `(typeof ${names.codes})[number]`, [`An error code of the table "${tableLabels[table.id]}".`]),
    );
  }
  statements.push(
    constant('errorCodes', stringTuple(distinctCodes(model)), ['Every error code the docs list, once each, in document order.']),
    typeAlias('BatchErrorCode', '(typeof errorCodes)[number]', ['An error code documented for the Azure Batch service.']),
    constant('errorTables', stringTuple(model.tables.map((table) => table.id)), ['The tables of error codes, in document order.']),
    typeAlias('ErrorTable', '(typeof errorTables)[number]', ['A table of error codes in the docs.']),
    constant(
      'codesByTable',
      objectWriter(model.tables.map((table) => ({ key: table.id, value: tableNames[table.id].codes }))),
      ['The codes of each table, in document order.'],
      '{ readonly [Table in ErrorTable]: readonly BatchErrorCode[] }',
    ),
  );
  return statements;
}

function categoriesStatements(model: BatchErrorModel): (StatementStructures | WriterFunction)[] {
  const documented = model.categories.map((entry) => entry.category);
  const categories = [...documented, ...errorCategories.filter((category) => !documented.includes(category))];
  const statements: (StatementStructures | WriterFunction)[] = [
    typeImport(
      './codes.js',
      model.tables.filter((table) => table.kind === 'scheduling').map((table) => tableNames[table.id].type),
    ),
    constant('errorCategories', stringTuple(categories), ['Categories of job and task scheduling errors, in document order.']),
    typeAlias('ErrorCategory', '(typeof errorCategories)[number]', [
      'Who is at fault for a scheduling error: the user (`UserError`) or the service (`ServerError`).',
    ]),
  ];
  for (const table of model.tables) {
    if (table.kind !== 'scheduling') continue;
    const names = tableNames[table.id];
    statements.push(
      constant(
        `${table.id}Categories`,
        objectWriter(table.entries.map((entry) => ({ key: entry.code, value: stringLiteral(entry.category) }))),
        [`The category of each code of the table "${tableLabels[table.id]}".`],
        `{ readonly [Code in ${names.type}]: ErrorCategory }`,
      ),
    );
  }
  return statements;
}

function constantsStatements(model: BatchErrorModel): (StatementStructures | WriterFunction)[] {
  const rowsByCode = new Map<string, CodeRow[]>();
  for (const row of codeRows(model)) {
    const rows = rowsByCode.get(row.code);
    if (rows) rows.push(row);
    else rowsByCode.set(row.code, [row]);
  }
  const properties = [...rowsByCode].map(([code, rows]) => {
    const docs: string[] = [];
    const links = new Set<string>();
    for (const row of rows) {
      if (docs.length > 0) docs.push('');
      docs.push(docsTextForComment(row.message));
      docs.push(`- Table: ${tableLabels[row.table]}`);
      if (row.status !== undefined) docs.push(`- HTTP status: ${row.status} ${standardReasonPhrase(row.status) ?? ''}`.trimEnd());
      if (row.category !== undefined) docs.push(`- Category: ${row.category}`);
      links.add(row.source.anchor === undefined ? model.document.url : `${model.document.url}#${row.source.anchor}`);
    }
    docs.push('');
    for (const link of links) docs.push(`@see {@link ${link}}`);
    return { key: code, value: stringLiteral(code), docs };
  });
  return [
    typeImport('./codes.js', ['BatchErrorCode']),
    // `satisfies` instead of a type annotation: the members keep their doc comments, which a mapped type would drop from hover.
    constant(
      'BatchErrorCodes',
      (writer) => {
        objectWriter(properties)(writer);
        writer.write(' as const satisfies { readonly [Code in BatchErrorCode]: Code }');
      },
      ['Every error code as a named constant; hover one to read its documented message, table and status or category.'],
    ),
  ];
}
