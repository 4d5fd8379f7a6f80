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
  /** Every distinct code, in document order: the cases of an exhaustive switch. */
  codes: string[];
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
    codes,
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
import { createServer } from 'node:http';
${readExpected.esm}
import { BatchError, codesForStatus, errorFromResponse, fromFetchResponse, isBatchError, isRetryable, reasonPhrase, spanAttributesOf, statusOf, statusesOf, toBatchError } from '@batch-errors/http';
// Every wait below has its own bound; this one ends the program should one not hold.
setTimeout(() => {
  console.error('the http consumer timed out');
  process.exit(3);
}, 30_000).unref();
assert.deepEqual(statusesOf(expected.restCode), expected.restStatuses);
if (expected.readWrite) assert.equal(statusOf(expected.readWrite.code, { operation: 'write' }), expected.readWrite.write);
assert.deepEqual(codesForStatus(expected.sharedStatus), expected.codesForSharedStatus);
assert.equal(reasonPhrase(expected.restStatus), expected.restReasonPhrase);
assert.equal(reasonPhrase(429), 'Too Many Requests');
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
const batchError = toBatchError(thrown);
assert.ok(batchError instanceof Error && batchError instanceof BatchError && isBatchError(batchError));
assert.equal(batchError.name, 'BatchError');
assert.equal(batchError.cause, thrown);
assert.equal(batchError.code, expected.restCode);
assert.equal(JSON.parse(JSON.stringify(batchError)).cause.message, 'x');

// A Batch-like service on 127.0.0.1: throttling with Retry-After, a gateway's HTML page, a request that never gets an answer.
const retryAt = new Date(Math.ceil(Date.now() / 1000) * 1000 + 60_000);
const service = createServer((request, response) => {
  request.resume();
  if (request.url === '/throttled') {
    response.writeHead(429, { 'retry-after': '7' }).end(JSON.stringify({ code: 'TooManyRequests', message: { lang: 'en-US', value: 'Slow down.\\nRequestId:r-429' } }));
  } else if (request.url === '/busy') {
    response.writeHead(503, { 'retry-after': retryAt.toUTCString(), 'x-ms-request-id': 'r-503' }).end(JSON.stringify({ code: 'ServerBusy', message: 'Busy.' }));
  } else if (request.url === '/gateway') {
    response.writeHead(502, { 'request-id': 'gateway-7', 'content-type': 'text/html' }).end('<html><body>502 Bad Gateway</body></html>');
  }
  // Anything else: no answer, ever.
});
await new Promise((resolve) => service.listen(0, '127.0.0.1', resolve));
const base = \`http://127.0.0.1:\${service.address().port}\`;
const get = (path, signal = AbortSignal.timeout(10_000)) => fetch(base + path, { signal });
const fieldsOf = (failure, ...keys) => Object.fromEntries(keys.map((key) => [key, failure[key]]));
try {
  const throttled = await fromFetchResponse(await get('/throttled'));
  assert.ok(isBatchError(throttled));
  assert.deepEqual(fieldsOf(throttled, 'kind', 'status', 'reasonPhrase', 'code', 'requestId', 'retryable', 'retryAfterMs'), {
    kind: 'response', status: 429, reasonPhrase: 'Too Many Requests', code: 'TooManyRequests', requestId: 'r-429', retryable: true, retryAfterMs: 7000,
  });
  const busy = await fromFetchResponse(await get('/busy'), { maxBytes: 4096 });
  assert.deepEqual(fieldsOf(busy, 'status', 'code', 'message', 'requestId', 'retryable'), { status: 503, code: 'ServerBusy', message: 'Busy.', requestId: 'r-503', retryable: true });
  assert.ok(busy.retryAfterMs > 50_000 && busy.retryAfterMs <= 61_000, String(busy.retryAfterMs));
  const gateway = await fromFetchResponse(await get('/gateway'));
  assert.deepEqual(fieldsOf(gateway, 'status', 'reasonPhrase', 'code', 'message', 'requestId', 'retryable'), {
    status: 502, reasonPhrase: 'Bad Gateway', code: undefined, message: '502 Bad Gateway', requestId: 'gateway-7', retryable: true,
  });
  assert.deepEqual(spanAttributesOf(gateway), { 'error.type': '502', 'http.response.status_code': 502, 'azure.service.request.id': 'gateway-7', 'batch_errors.retryable': true });

  // A connection refused: no status (never NaN), kind network, retryable.
  const closed = createServer();
  await new Promise((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const closedUrl = \`http://127.0.0.1:\${closed.address().port}/pools\`;
  await new Promise((resolve) => closed.close(resolve));
  const refused = toBatchError(await fetch(closedUrl, { signal: AbortSignal.timeout(10_000) }).catch((failure) => failure));
  assert.deepEqual(fieldsOf(refused, 'kind', 'status', 'networkCode', 'retryable', 'documented'), { kind: 'network', status: undefined, networkCode: 'ECONNREFUSED', retryable: true, documented: false });
  assert.equal('status' in JSON.parse(JSON.stringify(refused)), false);

  // An abort: kind aborted, not retryable.
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 50);
  const aborted = toBatchError(await get('/silent', controller.signal).catch((failure) => failure));
  assert.deepEqual(fieldsOf(aborted, 'kind', 'status', 'retryable'), { kind: 'aborted', status: undefined, retryable: false });

  // A body that never ends: the read stops at its bound.
  const stalled = await fromFetchResponse(new Response(new ReadableStream({ pull: () => new Promise(() => {}) }), { status: 500 }), { timeoutMs: 50 });
  assert.equal(stalled.status, 500);
} finally {
  service.closeAllConnections();
  service.close();
}
console.log('ok');
`,
      cjs: `
const assert = require('node:assert/strict');
${readExpected.cjs}
const http = require('@batch-errors/http');
assert.deepEqual(http.statusesOf(expected.restCode), expected.restStatuses);
assert.equal(http.isRetryable(503), true);
// What @azure/ms-rest-js throws for a 503 behind a gateway: headers in its HttpHeaders-like object, an HTML body.
const thrown = Object.assign(new Error('<html></html>'), {
  statusCode: 503,
  response: { status: 503, headers: { get: (name) => ({ 'retry-after': '7', 'request-id': 'r-1' })[name] }, bodyAsText: '<html></html>' },
});
const error = http.toBatchError(thrown);
assert.equal(error.retryAfterMs, 7000);
assert.equal(error.requestId, 'r-1');
assert.equal(error.cause, thrown);
// Two copies of the package in one program: the ES module build is another copy of the class.
import('@batch-errors/http').then((esm) => {
  assert.notEqual(esm.BatchError, http.BatchError);
  const foreign = esm.toBatchError(thrown);
  assert.equal(http.isBatchError(foreign), true);
  assert.equal(foreign instanceof http.BatchError, true);
  assert.equal(http.toBatchError(foreign), foreign);
  assert.equal(esm.isBatchError(error), true);
  console.log('ok');
});
`,
      typescript: `
import { type BatchError, type BatchErrorCode, type BatchHttpError, type FromFetchResponseOptions, errorFromResponse, fromFetchResponse, isRetryable, statusOf, statusesOf, toBatchError } from '@batch-errors/http';
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
  const fromThrown: BatchError = toBatchError(thrown);
  const requestId: string | undefined = fromThrown.requestId;
  void requestId;
}
/** An exhaustive switch over every documented code: a code the docs add makes the default fail to compile. */
function codeOf(failure: BatchError | BatchHttpError): string {
  if (failure.documented) {
    const documented: BatchErrorCode = failure.code;
    switch (documented) {
${expected.codes.map((each) => `      case ${JSON.stringify(each)}:`).join('\n')}
        return documented;
      default: {
        const unhandled: never = documented;
        return unhandled;
      }
    }
  }
  switch (failure.kind) {
    case 'response':
      return String(failure.status);
    case 'network':
    case 'aborted':
    case 'other': {
      const none: undefined = failure.status;
      return String(none);
    }
  }
}
// @ts-expect-error: a code is a BatchErrorCode only once documented is checked
const unchecked: BatchErrorCode = toBatchError(1).code;
const options: FromFetchResponseOptions = { maxBytes: 1024, timeoutMs: 100 };
declare const response: { status: number; headers: unknown; body: unknown };
const pending: Promise<BatchError> = fromFetchResponse(response, options);
const first = toBatchError(1).values[0];
const key: string | undefined = first?.key;
void [statuses, status, retry, error, fromParts, codeOf, unchecked, pending, key];
`,
    },
    '@batch-errors/azure': {
      esm: `
import assert from 'node:assert/strict';
${readExpected.esm}
import { batchErrorPolicy, batchErrorPolicyName, batchErrorRequestPolicyFactory } from '@batch-errors/azure';
const brand = Symbol.for('@batch-errors/http.BatchError');
// core-rest-pipeline's shape: next() answers a 503 with retry-after-ms, then 200; the policy waits and retries.
const policy = batchErrorPolicy({ retryDelayMs: 1 });
assert.equal(policy.name, batchErrorPolicyName);
let sent = 0;
const started = Date.now();
const response = await policy.sendRequest({ method: 'GET' }, async () => (++sent === 1 ? { status: 503, headers: { 'retry-after-ms': '30' } } : { status: 200, headers: {} }));
assert.equal(response.status, 200);
assert.equal(sent, 2);
assert.ok(Date.now() - started >= 25);
// ms-rest-js's shape: a 404 of the documented code the operation does not expect becomes a BatchError, not retried.
const body = { code: expected.restCode, message: { lang: 'en-US', value: 'Not there.\\nRequestId:r-404' } };
let tries = 0;
const next = { sendRequest: async () => (tries++, { status: 404, headers: { get: () => undefined }, parsedBody: body }) };
const failing = batchErrorRequestPolicyFactory().create(next, {});
const error = await failing.sendRequest({ method: 'GET', operationSpec: { responses: { 200: {} } } }).catch((thrown) => thrown);
assert.equal(error[brand], true);
assert.equal(error.name, 'BatchError');
assert.equal(error.code, expected.restCode);
assert.equal(error.requestId, 'r-404');
assert.equal(error.documented, true);
assert.equal(tries, 1);
console.log('ok');
`,
      cjs: `
const assert = require('node:assert/strict');
const { batchErrorPolicy, batchErrorRequestPolicyFactory } = require('@batch-errors/azure');
// A HEAD answered with 404 is an answer ("it does not exist"), left alone by both.
const head = { method: 'HEAD' };
const notFound = { status: 404, headers: {} };
Promise.all([
  batchErrorPolicy().sendRequest(head, async () => notFound),
  batchErrorRequestPolicyFactory().create({ sendRequest: async () => notFound }).sendRequest(head),
]).then(([fromPipeline, fromFactory]) => {
  assert.equal(fromPipeline, notFound);
  assert.equal(fromFactory, notFound);
  console.log('ok');
});
`,
      typescript: `
import { type BatchErrorPolicyOptions, batchErrorPolicy, batchErrorRequestPolicyFactory } from '@batch-errors/azure';
// The SDKs' own interfaces, as they declare them (the consumer installs neither): the policies assign to them.
interface AbortSignalLike {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: (this: AbortSignalLike, event: unknown) => unknown, options?: unknown): void;
  removeEventListener(type: 'abort', listener: (this: AbortSignalLike, event: unknown) => unknown, options?: unknown): void;
}
interface PipelineRequest { url: string; method: string; abortSignal?: AbortSignalLike; timeout: number }
interface PipelineResponse { request: PipelineRequest; status: number; headers: { get(name: string): string | undefined }; bodyAsText?: string | null }
interface PipelinePolicy { name: string; sendRequest(request: PipelineRequest, next: (request: PipelineRequest) => Promise<PipelineResponse>): Promise<PipelineResponse> }
interface WebResourceLike { url: string; method: string; clone(): WebResourceLike }
interface HttpOperationResponse { status: number; request: WebResourceLike }
interface RequestPolicy { sendRequest(httpRequest: WebResourceLike): Promise<HttpOperationResponse> }
interface RequestPolicyFactory { create(nextPolicy: RequestPolicy, options: unknown): RequestPolicy }
const options: BatchErrorPolicyOptions = { maxRetries: 2, retryDelayMs: 500, maxRetryDelayMs: 10_000, maxRetryAfterMs: 30_000 };
const policy: PipelinePolicy = batchErrorPolicy(options);
const factory: RequestPolicyFactory = batchErrorRequestPolicyFactory(options);
const factories: RequestPolicyFactory[] = [factory];
// @ts-expect-error: maxRetries is a number
const wrong: BatchErrorPolicyOptions = { maxRetries: '3' };
void [policy, factories, wrong];
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

/**
 * The compiler options a consumer project is type-checked with, per module
 * resolution; `strictest` adds `exactOptionalPropertyTypes` and
 * `noUncheckedIndexedAccess`, which some consumers use.
 */
export function consumerCompilerOptions(resolution: 'node16' | 'bundler', { strictest = false }: { strictest?: boolean } = {}): Record<string, unknown> {
  return {
    strict: true,
    ...(strictest ? { exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true } : {}),
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
    const run = (file: string, args: string[]) =>
      promisify(execFile)(process.execPath, [file, ...args], { cwd: project, timeout: 120_000, killSignal: 'SIGKILL' });
    const tsc = createRequire(path.join(folder, 'package.json')).resolve('typescript/bin/tsc');
    for (const strictest of [false, true]) {
      const config = `tsconfig.${strictest ? 'strictest' : 'node16'}.json`;
      await writeFile(
        path.join(project, config),
        JSON.stringify({ compilerOptions: consumerCompilerOptions('node16', { strictest }), files: ['check.mts', 'check.cts'] }),
      );
      await run(tsc, ['-p', config]).catch((error: { stdout?: string; message: string }) => {
        throw new Error(`${name}: the TypeScript consumer does not type-check with ${config}:\n${error.stdout ?? error.message}`);
      });
    }
    return [(await run('check.mjs', [])).stdout, (await run('check.cjs', [])).stdout];
  } finally {
    await rm(project, { recursive: true, force: true });
  }
}
