/**
 * `@batch-errors/core`, beyond the docs: the codes the official SDKs know
 * (with the list each comes from), and the statements of "Error handling and
 * detection in Azure Batch" that the other packages cite.
 */
import type { StatementStructures, WriterFunction } from 'ts-morph';
import { driftReport, formatDriftReport } from '../drift.js';
import { type BatchErrorModel, distinctCodes } from '../model.js';
import { compareCodePoints } from '../read.js';
import { constant, stringTuple, typeAlias, typeImport } from './declarations.js';
import { type PackageSubjects, subject } from './subjects.js';
import { arrayWriter, type EmitContext, type GeneratedFile, generatedFolder, markdownHeader, objectWriter, printFile, stringLiteral } from './typescript.js';

const folder = `core/${generatedFolder}`;

/** Every code of the SDKs' lists, with the lists holding it: `[list index, constant name if it differs]`. */
function knownSources(model: BatchErrorModel): Map<string, [number, string | undefined][]> {
  const sources = new Map<string, [number, string | undefined][]>();
  model.knownCodes.lists.forEach((list, index) => {
    for (const code of list.codes) sources.set(code.value, [...(sources.get(code.value) ?? []), [index, code.constant]]);
  });
  return new Map([...sources].sort(([left], [right]) => compareCodePoints(left, right)));
}

/** The codes the SDKs know and the docs do not list; docs win for a code in both. */
export function undocumentedKnownCodes(model: BatchErrorModel): string[] {
  const documented = new Set(distinctCodes(model));
  return [...knownSources(model).keys()].filter((code) => !documented.has(code));
}

/** What core's known codes and statements hold, by subject. */
export function knownSubjects(model: BatchErrorModel, subjects: PackageSubjects): void {
  model.knownCodes.lists.forEach((list, index) => {
    subjects.set(subject.knownList(list.id), JSON.stringify([index, list.kind, list.repository, list.path, list.commit]));
  });
  for (const [code, lists] of knownSources(model)) subjects.set(subject.knownCode(code), JSON.stringify(lists));
  const statements = model.errorHandling;
  if (statements) {
    const { document: _document, ...cited } = statements;
    for (const [name, statement] of Object.entries(cited)) {
      const { source: _source, ...values } = statement;
      subjects.set(subject.statement(name), JSON.stringify(values));
    }
  }
}

export function emitKnown(model: BatchErrorModel, context: EmitContext): GeneratedFile[] {
  const files = [printFile(context, `${folder}/known.ts`, model, knownStatements(model), [model.knownCodes.file])];
  const sources = model.errorHandling ? [model.errorHandling.document.file] : [model.document.file];
  files.push(printFile(context, `${folder}/error-handling.ts`, model, errorHandlingStatements(model), sources));
  files.push({
    path: `${folder}/DRIFT.md`,
    text: `${markdownHeader(context, [model.document.file, model.knownCodes.file])}\n${formatDriftReport(driftReport(model))}`,
  });
  return files;
}

function knownStatements(model: BatchErrorModel): (StatementStructures | WriterFunction)[] {
  const lists = model.knownCodes.lists.map((list) =>
    objectWriter([
      { key: 'id', value: stringLiteral(list.id) },
      { key: 'kind', value: stringLiteral(list.kind) },
      { key: 'repository', value: stringLiteral(list.repository) },
      { key: 'path', value: stringLiteral(list.path) },
      { key: 'commit', value: stringLiteral(list.commit) },
    ]),
  );
  const sources = [...knownSources(model)].map(([code, holders]) => ({
    key: code,
    value: arrayWriter(holders.map(([index, constant]) => (constant === undefined ? String(index) : `[${index}, ${stringLiteral(constant)}]`))),
  }));
  return [
    typeImport('./codes.js', ['BatchErrorCode']),
    constant(
      'knownCodeLists',
      (writer) => {
        writer.write('[').newLine();
        writer.indent(() => {
          for (const list of lists) {
            list(writer);
            writer.write(',').newLine();
          }
        });
        writer.write('] as const');
      },
      [
        "The official SDKs' hand-written lists of error codes, in the order of known-codes.json: each list's id, the docs tables it stands beside (`http`, `jobScheduling`, `taskScheduling`, or `poolResize` for pool resize errors, which the docs have no table of), repository, file and the commit it was read at.",
      ],
    ),
    constant('undocumentedKnownCodes', stringTuple(undocumentedKnownCodes(model)), [
      'Error codes the official SDKs know that the docs do not list, in code-point order.',
    ]),
    ...(['http', 'jobScheduling', 'taskScheduling', 'poolResize'] as const).map((kind) =>
      constant(
        `${kind}KnownCodes`,
        stringTuple(
          [...new Set(model.knownCodes.lists.filter((list) => list.kind === kind).flatMap((list) => list.codes.map((code) => code.value)))].sort(
            compareCodePoints,
          ),
        ),
        [`The codes of the SDKs' ${kind} lists, documented or not, in code-point order (one constant per kind, so a bundle takes only the kinds it reads).`],
      ),
    ),
    typeAlias('UndocumentedKnownCode', '(typeof undocumentedKnownCodes)[number]', ['An error code the official SDKs know that the docs do not list.']),
    typeAlias('KnownBatchErrorCode', 'BatchErrorCode | UndocumentedKnownCode', [
      'An error code the docs list or the official SDKs know (docs win for a code in both).',
    ]),
    constant(
      'knownCodeSources',
      objectWriter(sources),
      [
        'For each code an SDK list holds (documented or not), the lists holding it: an index of `knownCodeLists`, or `[index, constant]` where the constant is named otherwise.',
      ],
      '{ readonly [code: string]: readonly (number | readonly [number, string])[] }',
    ),
  ];
}

/** The names of the statements, as core exports them one by one (`throttlingStatement`). */
const statementNames = ['networkFailures', 'serverErrors', 'throttling', 'stateErrors', 'wallClockTimeout'] as const;

function errorHandlingStatements(model: BatchErrorModel): (StatementStructures | WriterFunction)[] {
  const statements = model.errorHandling;
  const declaration = typeImport('../error-handling.js', ['ErrorHandlingStatements']);
  const docs = [
    'What "Error handling and detection in Azure Batch" states that the packages rely on, each with the address of its section;',
    'undefined when the docs lack the page.',
  ];
  const statementDocs = (name: string, source?: { file: string; line: number; column: number }) => [
    `The statement \`${name}\` of "Error handling and detection in Azure Batch"${source ? `, at ${source.file}:${source.line}:${source.column}` : ''}; undefined when the docs lack the page.`,
    'Imported alone, it leaves the other statements out of a bundle.',
  ];
  if (!statements) {
    return [
      declaration,
      ...statementNames.map((name) =>
        constant(`${name}Statement`, (writer) => void writer.write('undefined'), statementDocs(name), `ErrorHandlingStatements['${name}'] | undefined`),
      ),
      constant('errorHandling', (writer) => void writer.write('undefined'), docs, 'ErrorHandlingStatements | undefined'),
    ];
  }
  const url = (value: string) => ({ key: 'url', value: stringLiteral(value) });
  const values: Record<(typeof statementNames)[number], WriterFunction> = {
    networkFailures: objectWriter([url(statements.networkFailures.url)]),
    serverErrors: objectWriter([{ key: 'statusClass', value: String(statements.serverErrors.statusClass) }, url(statements.serverErrors.url)]),
    throttling: objectWriter([
      { key: 'statuses', value: `[${statements.throttling.statuses.join(', ')}]` },
      { key: 'header', value: stringLiteral(statements.throttling.header) },
      url(statements.throttling.url),
    ]),
    stateErrors: objectWriter([
      { key: 'statusClass', value: String(statements.stateErrors.statusClass) },
      { key: 'codes', value: `[${statements.stateErrors.codes.map(stringLiteral).join(', ')}]` },
      url(statements.stateErrors.url),
    ]),
    wallClockTimeout: objectWriter([
      { key: 'constraint', value: stringLiteral(statements.wallClockTimeout.constraint) },
      { key: 'exitCode', value: `0x${statements.wallClockTimeout.exitCode.toString(16)}` },
      { key: 'category', value: stringLiteral(statements.wallClockTimeout.category) },
      { key: 'code', value: stringLiteral(statements.wallClockTimeout.code) },
      url(statements.wallClockTimeout.url),
    ]),
  };
  const whole = objectWriter([
    {
      key: 'document',
      value: objectWriter([
        { key: 'title', value: stringLiteral(statements.document.title ?? '') },
        { key: 'url', value: stringLiteral(statements.document.url) },
      ]),
    },
    ...statementNames.map((name) => ({ key: name, value: `${name}Statement` })),
  ]);
  return [
    declaration,
    ...statementNames.map((name) =>
      constant(`${name}Statement`, values[name], statementDocs(name, statements[name].source), `ErrorHandlingStatements['${name}'] | undefined`),
    ),
    constant('errorHandling', whole, docs, 'ErrorHandlingStatements | undefined'),
  ];
}
