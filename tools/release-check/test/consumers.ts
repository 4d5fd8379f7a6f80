/**
 * Small programs that use one package the way its users do: an ES module, a
 * CommonJS script, and TypeScript files type-checked under node16 and bundler
 * module resolution. Each asserts real values, so a broken build fails them.
 *
 * The values come from the docs (`consumerExpectations`), never from today's
 * page: the JavaScript programs read them from `expected.json`, written next
 * to them; the TypeScript programs, which check that a documented code is
 * accepted as a literal type, get that literal written into their text.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { type BatchErrorModel, codeRows, type SourceText, sourceTexts, type TableId, translatedTextOf } from '@batch-errors/codegen';
import statuses from 'statuses';

export interface Consumer {
  /** Runs as an ES module (`node check.mjs`), next to `expected.json`. */
  esm: string;
  /** Runs as CommonJS (`node check.cjs`), next to `expected.json`. */
  cjs: string;
  /** Type-checked as check.mts (ESM) and check.cts (CommonJS); `@ts-expect-error` lines must fail. */
  typescript: string;
}

/** A row's message as the packages give it in a locale. */
interface LocalizedRow {
  code: string;
  table: TableId;
  status: number | null;
  message: string;
}

/** What the consumer programs assert, read from the docs. */
export interface ConsumerExpectations {
  /** How many distinct codes the docs list. */
  codeCount: number;
  /** A REST code documented with one status, its status, its first row's English, German and Japanese messages, and its docs address. */
  restCode: string;
  restStatus: number;
  restStatuses: number[];
  restReasonPhrase: string;
  englishMessage: string;
  germanMessage: string;
  /** The Japanese translation of its first row, null when the Japanese page lacks it. */
  japaneseMessage: string | null;
  docUrl: string;
  /** What `formatBatchError` makes of the code with one detail, `QueryParameterName: state`. */
  formattedWithDetail: string;
  /** A second code, read through German with English fallback. */
  otherCode: string;
  otherGermanMessage: string;
  /** A scheduling code and its category (the first scheduling row's). */
  schedulingCode: string;
  schedulingCategory: string;
  /** The description of UserError. */
  userErrorDescription: string;
  /** A status some code has, and every code documented with it, in document order. */
  sharedStatus: number;
  codesForSharedStatus: string[];
  /** A later status row of a code with several, null when no code has several. */
  statusRow: LocalizedRow | null;
  /** The write status of a code documented with 304 and another, null when none is. */
  readWrite: { code: string; write: number } | null;
  /** The scheduling row of a code a REST table lists first, null when none is. */
  tableRow: LocalizedRow | null;
  /** For diagnose: the German message a job scheduling error shows, and the Japanese one of BlobNotFound (null: none documented). */
  jobSchedulingGerman: string | null;
  blobNotFoundJapanese: string | null;
}

/** The code diagnose's job test fails with: one its own tests know. */
const diagnoseJobCode = 'AutoPoolCreationFailedWithQuotaReached';

export function consumerExpectations(model: BatchErrorModel): ConsumerExpectations {
  const rows = codeRows(model);
  const texts = sourceTexts(model);
  const translatedTexts = new Map(model.translations.map((translation) => [translation.document.locale, translatedTextOf(translation)]));
  const textOf = (row: { table: TableId; code: string; status?: number | undefined }) =>
    texts.find(({ id, status }) => 'table' in id && id.table === row.table && id.code === row.code && (row.status === undefined || status === row.status));
  /** As getMessage: the translation of the row, else its English. */
  const messageIn = (text: SourceText | undefined, locale: string): string | undefined =>
    text && (locale === 'en-us' ? text.text : (translatedTexts.get(locale)?.(text.id)?.text ?? text.text));
  const firstRowOf = (code: string) => rows.find((row) => row.code === code);
  const localized = (row: (typeof rows)[number]): LocalizedRow => ({ code: row.code, table: row.table, status: row.status ?? null, message: row.message });
  const statusesOf = (code: string) => [...new Set(rows.flatMap((row) => (row.code === code && row.status !== undefined ? [row.status] : [])))];

  const codes = [...new Set(rows.map((row) => row.code))];
  const rest = rows.find((row) => row.status !== undefined && statusesOf(row.code).length === 1) ?? rows.find((row) => row.status !== undefined);
  const scheduling = rows.find((row) => row.category !== undefined);
  const other = codes.find((code) => code !== rest?.code);
  if (!rest || rest.status === undefined || !scheduling?.category || !other) throw new Error('Expected REST and scheduling codes in the docs, found too few');
  const first = textOf(firstRowOf(rest.code) ?? rest);
  const english = messageIn(first, 'en-us') ?? '';
  const stop = /[.。．]$/u.exec(english)?.[0] ?? '.';
  const statusRow = rows.find((row) => row.status !== undefined && row.status !== statusesOf(row.code)[0]);
  const readWrite = codes.find((code) => statusesOf(code).includes(304) && statusesOf(code).length > 1);
  const tableRow = rows.find((row) => row.status === undefined && firstRowOf(row.code)?.status !== undefined);
  const sharedStatus = rest.status;
  /** As diagnose: the row of the table asked for, else the code's first row, in a locale. */
  const diagnoseMessage = (code: string, table: TableId, locale: string) =>
    messageIn(textOf({ table, code }) ?? textOf(firstRowOf(code) ?? { table, code }), locale) ?? null;

  return {
    codeCount: codes.length,
    restCode: rest.code,
    restStatus: rest.status,
    restStatuses: statusesOf(rest.code),
    restReasonPhrase: statuses.message[rest.status] ?? '',
    englishMessage: english,
    germanMessage: messageIn(first, 'de-de') ?? '',
    japaneseMessage: (first && translatedTexts.get('ja-jp')?.(first.id)?.text) ?? null,
    docUrl: (() => {
      const anchor = model.tables.find((table) => table.id === firstRowOf(rest.code)?.table)?.anchor;
      return anchor === undefined ? model.document.url : `${model.document.url}#${anchor}`;
    })(),
    formattedWithDetail: `${english.replace(/[.。．]$/u, '')} (QueryParameterName: state)${stop}`,
    otherCode: other,
    otherGermanMessage: messageIn(textOf(firstRowOf(other) ?? rest), 'de-de') ?? '',
    schedulingCode: scheduling.code,
    schedulingCategory: scheduling.category,
    userErrorDescription: model.categories.find((entry) => entry.category === 'UserError')?.description ?? '',
    sharedStatus,
    codesForSharedStatus: [...new Set(rows.filter((row) => row.status === sharedStatus).map((row) => row.code))],
    statusRow: statusRow ? localized(statusRow) : null,
    readWrite: readWrite ? { code: readWrite, write: statusesOf(readWrite).find((status) => status !== 304) ?? 0 } : null,
    tableRow: tableRow ? localized(tableRow) : null,
    jobSchedulingGerman: diagnoseMessage(diagnoseJobCode, 'jobScheduling', 'de-de'),
    blobNotFoundJapanese: diagnoseMessage('BlobNotFound', 'taskScheduling', 'ja-jp'),
  };
}

const readExpected = {
  esm: `import { readFileSync } from 'node:fs';
const expected = JSON.parse(readFileSync(new URL('./expected.json', import.meta.url), 'utf8'));`,
  cjs: `const expected = require('./expected.json');`,
};

/** The programs of each package; the TypeScript ones name `expected.restCode` and `expected.schedulingCode` as literals. */
export function consumerPrograms(expected: ConsumerExpectations): Record<string, Consumer> {
  const code = JSON.stringify(expected.restCode);
  const schedulingCode = JSON.stringify(expected.schedulingCode);
  return {
    '@batch-errors/core': {
      esm: `
import assert from 'node:assert/strict';
${readExpected.esm}
import { categoryOf, docUrlOf, errorCodes, isBatchErrorCode, parseBatchErrorResponse } from '@batch-errors/core';
assert.equal(errorCodes.length, expected.codeCount);
assert.equal(isBatchErrorCode(expected.restCode), true);
assert.equal(isBatchErrorCode('NotADocumentedCode'), false);
assert.equal(categoryOf(expected.schedulingCode), expected.schedulingCategory);
assert.equal(parseBatchErrorResponse('{"odata.error":{"code":"JobNotFound"}}')?.code, 'JobNotFound');
assert.equal(docUrlOf(expected.restCode), expected.docUrl);
console.log('ok');
`,
      cjs: `
const assert = require('node:assert/strict');
${readExpected.cjs}
const { BatchErrorCodes, categoryOf, isBatchErrorCode } = require('@batch-errors/core');
assert.equal(BatchErrorCodes[expected.restCode], expected.restCode);
assert.equal(isBatchErrorCode(expected.schedulingCode), true);
assert.equal(categoryOf(expected.schedulingCode), expected.schedulingCategory);
console.log('ok');
`,
      typescript: `
import { type BatchErrorCode, type ErrorCategory, type OpenBatchErrorCode, categoryOf, isBatchErrorCode, parseBatchErrorResponse } from '@batch-errors/core';
const code: BatchErrorCode = ${code};
// @ts-expect-error: not a documented code
const typo: BatchErrorCode = 'NotADocumentedCode';
const future: OpenBatchErrorCode = 'SomeFutureCode';
const category: ErrorCategory = categoryOf(${schedulingCode});
const value: unknown = code;
if (isBatchErrorCode(value)) {
  const narrowed: BatchErrorCode = value;
  void narrowed;
}
const parsed = parseBatchErrorResponse('{}');
const maybeCode: OpenBatchErrorCode | undefined = parsed?.code;
void [typo, future, category, maybeCode];
`,
    },
    '@batch-errors/messages': {
      esm: `
import assert from 'node:assert/strict';
${readExpected.esm}
import { formatBatchError, getCategoryDescription, getMessage, negotiateLocale } from '@batch-errors/messages';
import { deDeCatalog } from '@batch-errors/messages/de-de';
import { enUsCatalog } from '@batch-errors/messages/en-us';
import { messageIn } from '@batch-errors/messages/lookup';
assert.equal(getMessage(expected.restCode), expected.englishMessage);
assert.equal(getMessage(expected.restCode, { locale: 'de-AT' }), expected.germanMessage);
assert.equal(negotiateLocale('zh-Hans-CN,en;q=0.5'), 'zh-cn');
if (expected.statusRow) assert.equal(getMessage(expected.statusRow.code, { status: expected.statusRow.status }), expected.statusRow.message);
assert.equal(getCategoryDescription('UserError'), expected.userErrorDescription);
assert.equal(messageIn([deDeCatalog, enUsCatalog], expected.otherCode), expected.otherGermanMessage);
assert.equal(formatBatchError({ code: expected.restCode, values: [{ key: 'QueryParameterName', value: 'state' }] }), expected.formattedWithDetail);
console.log('ok');
`,
      cjs: `
const assert = require('node:assert/strict');
${readExpected.cjs}
const { getMessage } = require('@batch-errors/messages');
const { jaJpCatalog } = require('@batch-errors/messages/ja-jp');
const { messageIn } = require('@batch-errors/messages/lookup');
if (expected.tableRow) assert.equal(getMessage(expected.tableRow.code, { table: expected.tableRow.table }), expected.tableRow.message);
assert.equal(getMessage('NotACode'), undefined);
assert.equal(messageIn(jaJpCatalog, expected.restCode) ?? null, expected.japaneseMessage);
console.log('ok');
`,
      typescript: `
import { type GetMessageOptions, type SupportedLocale, formatBatchError, getMessage, negotiateLocale } from '@batch-errors/messages';
import { frFrCatalog } from '@batch-errors/messages/fr-fr';
import { type Catalogs, messageIn } from '@batch-errors/messages/lookup';
const documented: string = getMessage(${code});
const maybe: string | undefined = getMessage('whatever' as string);
const options: GetMessageOptions = { table: 'common', status: 304, locale: ['fr-CA', 'en'] };
// @ts-expect-error: not a table
const wrong: GetMessageOptions = { table: 'nope' };
const locale: SupportedLocale = negotiateLocale('pt');
const catalogs: Catalogs = [frFrCatalog];
const french: string | undefined = messageIn(catalogs, ${code});
const sentence: string | undefined = formatBatchError({ code: ${code} }, { locale });
void [documented, maybe, options, wrong, french, sentence];
`,
    },
    '@batch-errors/http': {
      esm: `
import assert from 'node:assert/strict';
${readExpected.esm}
import { codesForStatus, errorFromResponse, isRetryable, reasonPhrase, statusOf, statusesOf } from '@batch-errors/http';
assert.deepEqual(statusesOf(expected.restCode), expected.restStatuses);
if (expected.readWrite) assert.equal(statusOf(expected.readWrite.code, { operation: 'write' }), expected.readWrite.write);
assert.deepEqual(codesForStatus(expected.sharedStatus), expected.codesForSharedStatus);
assert.equal(reasonPhrase(expected.restStatus), expected.restReasonPhrase);
assert.equal(isRetryable('ServerBusy'), true);
assert.equal(isRetryable('PoolQuotaReached'), false);
const body = JSON.stringify({ code: expected.restCode, message: { lang: 'en-US', value: 'x\\nRequestId:r-1\\nTime:2026-12-01T07:00:00Z' } });
const error = errorFromResponse(expected.restStatus, body);
assert.equal(error.documented, true);
assert.equal(error.statusMatchesDocs, true);
assert.equal(error.message, 'x');
assert.equal(error.requestId, 'r-1');
// The shape of the RestError @azure/batch throws.
const thrown = Object.assign(new Error('x'), { code: expected.restCode, statusCode: expected.restStatus, body: { code: expected.restCode, message: { lang: 'en-US', value: 'x' } } });
assert.deepEqual(errorFromResponse(thrown), errorFromResponse(expected.restStatus, thrown.body));
console.log('ok');
`,
      cjs: `
const assert = require('node:assert/strict');
${readExpected.cjs}
const { isRetryable, statusesOf } = require('@batch-errors/http');
assert.deepEqual(statusesOf(expected.restCode), expected.restStatuses);
assert.equal(isRetryable(503), true);
console.log('ok');
`,
      typescript: `
import { type BatchHttpError, errorFromResponse, isRetryable, statusOf, statusesOf } from '@batch-errors/http';
const statuses: readonly number[] = statusesOf(${code});
const status: number | undefined = statusOf(${code}, { operation: 'read' });
// @ts-expect-error: operations are read or write
statusOf(${code}, { operation: 'delete' });
const retry: boolean = isRetryable('ServerBusy') && isRetryable(503);
const error: BatchHttpError = errorFromResponse(500, '');
// What an Azure SDK client throws, as its types say: the status may be undefined.
declare const restError: { statusCode?: number; body?: unknown };
const fromParts: BatchHttpError = errorFromResponse(restError.statusCode, restError.body);
try {
  JSON.parse('{');
} catch (thrown) {
  const fromThrown: BatchHttpError = errorFromResponse(thrown);
  const requestId: string | undefined = fromThrown.requestId;
  void requestId;
}
void [statuses, status, retry, error, fromParts];
`,
    },
    '@batch-errors/diagnose': {
      esm: `
import assert from 'node:assert/strict';
${readExpected.esm}
import { diagnoseJob, diagnoseTask, formatDiagnosis } from '@batch-errors/diagnose';
const task = { id: 't1', executionInfo: { exitCode: 2, result: 'failure', failureInfo: { category: 'usererror', code: 'FailureExitCode' } }, nodeInfo: { nodeId: 'n1' } };
const diagnosis = diagnoseTask(task);
assert.deepEqual(diagnosis.findings.map((finding) => finding.kind), ['task-exit-code']);
assert.equal(diagnosis.findings[0].effects.dependentTasks, 'block');
assert.match(formatDiagnosis(diagnosis), /exited with code 2/);
const job = { id: 'j1', executionInfo: { schedulingError: { category: 'usererror', code: ${JSON.stringify(diagnoseJobCode)} } } };
assert.equal(diagnoseJob(job, undefined, { locale: 'de' }).findings[0].error.message ?? null, expected.jobSchedulingGerman);
console.log('ok');
`,
      cjs: `
const assert = require('node:assert/strict');
${readExpected.cjs}
const { diagnoseTask } = require('@batch-errors/diagnose');
const findings = diagnoseTask({ executionInfo: { result: 'failure', failureInfo: { category: 'usererror', code: 'BlobNotFound' } } }, { locale: 'ja' }).findings;
assert.equal(findings[0].kind, 'task-resource-file-download-failed');
assert.equal(findings[0].error.message ?? null, expected.blobNotFoundJapanese);
assert.deepEqual(diagnoseTask(null).findings, []);
console.log('ok');
`,
      typescript: `
import { type BatchTask, type Diagnosis, type FindingKind, diagnoseTask, formatDiagnosis } from '@batch-errors/diagnose';
const task: BatchTask = { id: 't1', state: 'completed', executionInfo: { exitCode: 1, result: 'failure' } };
// @ts-expect-error: result is success or failure (or a newer string), not a number
const wrong: BatchTask = { executionInfo: { result: 1 } };
const diagnosis: Diagnosis = diagnoseTask(task, { locale: ['fr-CA', 'en'], job: { onTaskFailure: 'performExitOptionsJobAction' } });
const kinds: FindingKind[] = diagnosis.findings.map((finding) => finding.kind);
const text: string = formatDiagnosis(diagnosis);
void [wrong, kinds, text];
`,
    },
  };
}

/** Writes the programs of `name` and `expected.json` into `project`. */
export async function writeConsumer(project: string, name: string, expected: ConsumerExpectations): Promise<void> {
  const consumer = consumerPrograms(expected)[name];
  if (!consumer) throw new Error(`no consumer program for ${name}`);
  await writeFile(path.join(project, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
  await writeFile(path.join(project, 'check.mjs'), consumer.esm);
  await writeFile(path.join(project, 'check.cjs'), consumer.cjs);
  await writeFile(path.join(project, 'check.mts'), consumer.typescript);
  await writeFile(path.join(project, 'check.cts'), consumer.typescript);
}

/** The compiler options a consumer project is type-checked with, per module resolution. */
export function consumerCompilerOptions(resolution: 'node16' | 'bundler'): Record<string, unknown> {
  return {
    strict: true,
    noEmit: true,
    skipLibCheck: false,
    target: 'es2022',
    types: [],
    module: resolution === 'node16' ? 'node16' : 'preserve',
    moduleResolution: resolution,
  };
}

/**
 * Runs the programs of `name` against the packages `folder` resolves (its
 * workspace links, no registry): type-checks them with node16 resolution,
 * then gives what the ES module and the CommonJS script print.
 */
export async function runConsumerLocally(name: string, model: BatchErrorModel, folder: string): Promise<string[]> {
  const project = await mkdtemp(path.join(folder, '.consumer-'));
  try {
    await writeFile(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }));
    await writeConsumer(project, name, consumerExpectations(model));
    await writeFile(
      path.join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: consumerCompilerOptions('node16'), files: ['check.mts', 'check.cts'] }),
    );
    const run = (file: string, args: string[]) => promisify(execFile)(process.execPath, [file, ...args], { cwd: project });
    const tsc = createRequire(path.join(folder, 'package.json')).resolve('typescript/bin/tsc');
    await run(tsc, ['-p', 'tsconfig.json']).catch((error: { stdout?: string; message: string }) => {
      throw new Error(`${name}: the TypeScript consumer does not type-check:\n${error.stdout ?? error.message}`);
    });
    return [(await run('check.mjs', [])).stdout, (await run('check.cjs', [])).stdout];
  } finally {
    await rm(project, { recursive: true, force: true });
  }
}
