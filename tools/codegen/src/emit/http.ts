/**
 * `@batch-errors/http`: the HTTP statuses of each REST code and the standard
 * reason phrase of each status the docs use.
 */
import type { BatchErrorModel } from '../model.js';
import { standardReasonPhrase } from '../status.js';
import { constant, typeImport } from './declarations.js';
import { type EmitContext, type GeneratedFile, generatedFolder, objectWriter, printFile, stringLiteral } from './typescript.js';

const folder = `http/${generatedFolder}`;

export function emitHttp(model: BatchErrorModel, context: EmitContext): GeneratedFile[] {
  const statusesByCode = new Map<string, number[]>();
  for (const table of model.tables) {
    if (table.kind !== 'rest') continue;
    for (const entry of table.entries) {
      const statuses = statusesByCode.get(entry.code) ?? [];
      for (const variant of entry.variants) if (!statuses.includes(variant.status)) statuses.push(variant.status);
      statusesByCode.set(entry.code, statuses);
    }
  }
  const usedStatuses = [...new Set([...statusesByCode.values()].flat())].sort((left, right) => left - right);

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
        objectWriter(usedStatuses.map((status) => ({ key: String(status), value: stringLiteral(standardReasonPhrase(status) ?? '') }))),
        ['The standard reason phrase of each status the docs use, whatever spelling the docs chose.'],
        '{ readonly [status: number]: string }',
      ),
    ]),
  ];
}

/** A status list on one line: `[304, 412]`. */
function inlineNumbers(values: readonly number[]): string {
  return `[${values.join(', ')}]`;
}
