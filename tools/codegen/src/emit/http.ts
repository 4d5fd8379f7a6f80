/**
 * `@batch-errors/http`: the HTTP statuses of each REST code, and the standard
 * reason phrase of every registered status (what a gateway or the client may
 * answer, beyond the statuses the docs use: 429, 502, 504).
 */
import { type BatchErrorModel, distinctCodes } from '../model.js';
import { registeredStatuses, standardReasonPhrase } from '../status.js';
import { constant, typeImport } from './declarations.js';
import { knownSubjects } from './known.js';
import { type PackageSubjects, subject } from './subjects.js';
import { type EmitContext, type GeneratedFile, generatedFolder, objectWriter, printFile, stringLiteral } from './typescript.js';

const folder = `http/${generatedFolder}`;

/** Each REST code's statuses, the union over the REST tables, codes and statuses in document order. */
function statusesByCodeOf(model: BatchErrorModel): Map<string, number[]> {
  const statusesByCode = new Map<string, number[]>();
  for (const table of model.tables) {
    if (table.kind !== 'rest') continue;
    for (const entry of table.entries) {
      const statuses = statusesByCode.get(entry.code) ?? [];
      for (const variant of entry.variants) if (!statuses.includes(variant.status)) statuses.push(variant.status);
      statusesByCode.set(entry.code, statuses);
    }
  }
  return statusesByCode;
}

/**
 * What the http package holds per code: its statuses, and, for every code,
 * that it is one: http bundles core's list of codes (isBatchErrorCode), so a
 * new or removed scheduling code changes http as well. Per table, the order
 * its codes take in the table of statuses.
 */
export function httpSubjects(model: BatchErrorModel): PackageSubjects {
  const statusesByCode = statusesByCodeOf(model);
  const subjects: PackageSubjects = new Map(distinctCodes(model).map((code) => [subject.code(code), JSON.stringify(statusesByCode.get(code) ?? [])]));
  const statusOrder = [...statusesByCode.keys()];
  for (const table of model.tables) {
    const codes = new Set(table.entries.map((entry) => entry.code));
    subjects.set(subject.order(table.id), JSON.stringify(statusOrder.filter((code) => codes.has(code))));
  }
  // http's build carries core's code list, known codes and statements (tsdown bundles them): they are its subjects too.
  knownSubjects(model, subjects);
  return subjects;
}

export function emitHttp(model: BatchErrorModel, context: EmitContext): GeneratedFile[] {
  const statusesByCode = statusesByCodeOf(model);

  return [
    printFile(context, `${folder}/statuses.ts`, model, [
      typeImport('@batch-errors/core', ['BatchErrorCode']),
      constant(
        'statusesByCode',
        objectWriter([...statusesByCode].map(([code, statuses]) => ({ key: code, value: inlineNumbers(statuses) }))),
        ['The HTTP statuses each REST error code is documented with, in document order.'],
        '{ readonly [Code in BatchErrorCode]?: readonly number[] }',
      ),
      constant(
        'reasonPhrases',
        objectWriter(registeredStatuses().map((status) => ({ key: String(status), value: stringLiteral(standardReasonPhrase(status) ?? '') }))),
        [
          'The standard reason phrase of every registered status, in numeric order: the IANA HTTP Status Code Registry as the `statuses` package has it.',
          'A status the docs use has this phrase whatever spelling the docs chose.',
        ],
        '{ readonly [status: number]: string }',
      ),
    ]),
  ];
}

/** A status list on one line: `[304, 412]`. */
function inlineNumbers(values: readonly number[]): string {
  return `[${values.join(', ')}]`;
}
