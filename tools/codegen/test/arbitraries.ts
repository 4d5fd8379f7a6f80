/**
 * fast-check arbitraries for models: random tables of valid codes with
 * hostile messages.
 */
import fc from 'fast-check';
import statuses from 'statuses';
import {
  type BatchErrorModel,
  type CategoryEntry,
  type ErrorCategory,
  modelVersion,
  type RestErrorEntry,
  type RestErrorTable,
  type SchedulingErrorEntry,
  type SchedulingErrorTable,
  type SourceLocation,
} from '../src/model.js';

const source: SourceLocation = { file: 'docs-source/en-us/batch-status-and-error-codes.md', line: 1, column: 1 };

/** Text that has broken code generators and Markdown printers before. */
const hostilePieces = [
  '"',
  "'",
  '`',
  '\\',
  '*/',
  '/*',
  '${x}',
  '</script>',
  '<!--',
  '-->',
  '<b>',
  '&amp;',
  '&#x41;',
  '|',
  '\\|',
  '*',
  '_',
  '~',
  '#',
  '[a](b)',
  '![i](j)',
  '\u2028',
  '\u2029',
  '\u00a0',
  '\u0085',
  '\u200b',
  '\ufeff',
  '😀',
  'é',
  '中文',
  'ﷺ',
  '\ud800',
  '\udc00',
  '\u0000',
  '\u001b',
  '\u007f',
  '\u202e',
  '\u2066',
];

/** Any text: hostile pieces mixed with random code points, lone surrogates and controls included. */
export const anyText = fc
  .array(fc.oneof(fc.constantFrom(...hostilePieces), fc.string({ unit: 'binary', minLength: 1, maxLength: 4 })), { minLength: 1, maxLength: 12 })
  .map((pieces) => pieces.join(''));

/** What the parser reads a cell as: whitespace collapsed, trimmed. */
function normalizeCellText(text: string): string {
  return text.replace(/[\t\n\r ]+/g, ' ').trim();
}

/**
 * Text a UTF-8 Markdown page can carry and the parser accepts: no lone
 * surrogates (not encodable), no control or bidi characters (rejected, tested
 * on their own), already normalized.
 */
export const documentText = anyText
  .map((text) =>
    normalizeCellText(
      text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, ''),
    ),
  )
  .filter((text) => text !== '');

export const code = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,11}$/);

const knownStatuses = [304, 400, 403, 404, 405, 409, 411, 412, 413, 416, 500, 503];
const status = fc.constantFrom(...knownStatuses);
const category = fc.constantFrom<ErrorCategory>('UserError', 'ServerError');

/** A status with one of its accepted spellings. */
function spelledStatus(value: number) {
  const standard = statuses.message[value] ?? '';
  return fc.constantFrom(standard, standard.replace(/ /g, '')).map((statusText) => ({ status: value, statusText }));
}

function restEntries(text: fc.Arbitrary<string>): fc.Arbitrary<RestErrorEntry[]> {
  return fc.uniqueArray(
    fc.record({
      code,
      variants: fc
        .uniqueArray(status, { minLength: 1, maxLength: 2 })
        .chain((values) =>
          fc
            .tuple(...values.map((value) => fc.tuple(spelledStatus(value), text)))
            .map((pairs) => pairs.map(([spelled, message]) => ({ ...spelled, message, source, duplicates: [] }))),
        ),
    }),
    { minLength: 1, maxLength: 6, selector: (entry) => entry.code },
  );
}

function schedulingEntries(text: fc.Arbitrary<string>): fc.Arbitrary<SchedulingErrorEntry[]> {
  return fc.uniqueArray(
    fc.record({ code, category, message: text }).map((entry) => ({ ...entry, source, duplicates: [] })),
    { minLength: 1, maxLength: 6, selector: (entry) => entry.code },
  );
}

/** A whole model whose messages come from `text`. */
export function modelOf(text: fc.Arbitrary<string>, titleText: fc.Arbitrary<string> = text): fc.Arbitrary<BatchErrorModel> {
  return fc
    .record({
      common: restEntries(text),
      batchService: restEntries(text),
      jobScheduling: schedulingEntries(text),
      taskScheduling: schedulingEntries(text),
      userError: text,
      serverError: text,
      title: titleText,
      msDate: fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
    })
    .map((parts) => {
      const rest = (id: 'common' | 'batchService', title: string, anchor: string): RestErrorTable => ({
        id,
        kind: 'rest',
        title,
        anchor,
        source,
        rowCount: parts[id].reduce((count, entry) => count + entry.variants.length, 0),
        entries: parts[id],
      });
      const scheduling = (id: 'jobScheduling' | 'taskScheduling'): SchedulingErrorTable => ({
        id,
        kind: 'scheduling',
        title: 'Job/Task Scheduling Error Codes',
        anchor: 'BKMK_JobTaskError',
        source,
        rowCount: parts[id].length,
        entries: parts[id],
      });
      const categories: CategoryEntry[] = [
        { category: 'UserError', description: parts.userError, source },
        { category: 'ServerError', description: parts.serverError, source },
      ];
      return {
        version: modelVersion,
        document: {
          file: source.file,
          locale: 'en-us',
          title: parts.title,
          msDate: parts.msDate,
          url: 'https://learn.microsoft.com/en-us/rest/api/batchservice/batch-status-and-error-codes',
        },
        tables: [
          rest('common', 'Common REST API Error Codes', 'bk_ComRESTAPIErrCodes'),
          rest('batchService', 'Batch Service Error Codes', 'bk_batchsererrcode'),
          scheduling('jobScheduling'),
          scheduling('taskScheduling'),
        ],
        categories,
        samples: [],
        translations: [],
        knownCodes: { file: 'docs-source/known-codes.json', lists: [] },
      } satisfies BatchErrorModel;
    });
}
