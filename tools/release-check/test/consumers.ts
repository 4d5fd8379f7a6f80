/**
 * Small programs that use one package the way its users do: an ES module, a
 * CommonJS script, and TypeScript files type-checked under node16 and bundler
 * module resolution. Each asserts real values, so a broken build fails them.
 */

export interface Consumer {
  /** Runs as an ES module (`node check.mjs`). */
  esm: string;
  /** Runs as CommonJS (`node check.cjs`). */
  cjs: string;
  /** Type-checked as check.mts (ESM) and check.cts (CommonJS); `@ts-expect-error` lines must fail. */
  typescript: string;
}

export const consumers: Record<string, Consumer> = {
  '@batch-errors/core': {
    esm: `
import assert from 'node:assert/strict';
import { categoryOf, docUrlOf, errorCodes, isBatchErrorCode, parseBatchErrorResponse } from '@batch-errors/core';
assert.equal(errorCodes.length, 121);
assert.equal(isBatchErrorCode('PoolNotFound'), true);
assert.equal(isBatchErrorCode('poolnotfound'), false);
assert.equal(categoryOf('BlobNotFound'), 'UserError');
assert.equal(parseBatchErrorResponse('{"odata.error":{"code":"JobNotFound"}}')?.code, 'JobNotFound');
assert.match(docUrlOf('PoolNotFound') ?? '', /#bk_batchsererrcode$/);
console.log('ok');
`,
    cjs: `
const assert = require('node:assert/strict');
const { BatchErrorCodes, categoryOf, isBatchErrorCode } = require('@batch-errors/core');
assert.equal(BatchErrorCodes.ConditionNotMet, 'ConditionNotMet');
assert.equal(isBatchErrorCode('DiskFull'), true);
assert.equal(categoryOf('DiskFull'), 'ServerError');
console.log('ok');
`,
    typescript: `
import { type BatchErrorCode, type ErrorCategory, type OpenBatchErrorCode, categoryOf, isBatchErrorCode, parseBatchErrorResponse } from '@batch-errors/core';
const code: BatchErrorCode = 'PoolNotFound';
// @ts-expect-error: not a documented code
const typo: BatchErrorCode = 'PoolNotFund';
const future: OpenBatchErrorCode = 'SomeFutureCode';
const category: ErrorCategory = categoryOf('BlobNotFound');
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
import { formatBatchError, getCategoryDescription, getMessage, negotiateLocale } from '@batch-errors/messages';
import { deDeCatalog } from '@batch-errors/messages/de-de';
import { enUsCatalog } from '@batch-errors/messages/en-us';
import { messageIn } from '@batch-errors/messages/lookup';
assert.equal(getMessage('PoolNotFound'), 'The specified pool does not exist.');
assert.equal(getMessage('PoolNotFound', { locale: 'de-AT' }), 'Der angegebene Pool ist nicht vorhanden.');
assert.equal(negotiateLocale('zh-Hans-CN,en;q=0.5'), 'zh-cn');
assert.match(getMessage('ConditionNotMet', { status: 412 }) ?? '', /write operation/);
assert.equal(getCategoryDescription('UserError'), 'Errors in the task specification provided by the user.');
assert.equal(messageIn([deDeCatalog, enUsCatalog], 'JobNotFound'), 'Der angegebene Auftrag ist nicht vorhanden.');
assert.equal(
  formatBatchError({ code: 'InvalidQueryParameterValue', values: [{ key: 'QueryParameterName', value: 'state' }] }),
  'An invalid value was specified for one of the query parameters in the request URI (QueryParameterName: state).',
);
console.log('ok');
`,
    cjs: `
const assert = require('node:assert/strict');
const { getMessage } = require('@batch-errors/messages');
const { jaJpCatalog } = require('@batch-errors/messages/ja-jp');
const { messageIn } = require('@batch-errors/messages/lookup');
assert.equal(getMessage('JobBeingTerminated', { table: 'jobScheduling' }), 'Task cannot be started because the associated job is being terminated.');
assert.equal(getMessage('NotACode'), undefined);
assert.equal(messageIn(jaJpCatalog, 'PoolNotFound'), '指定されたプールは存在しません。');
console.log('ok');
`,
    typescript: `
import { type GetMessageOptions, type SupportedLocale, formatBatchError, getMessage, negotiateLocale } from '@batch-errors/messages';
import { frFrCatalog } from '@batch-errors/messages/fr-fr';
import { type Catalogs, messageIn } from '@batch-errors/messages/lookup';
const documented: string = getMessage('PoolNotFound');
const maybe: string | undefined = getMessage('whatever' as string);
const options: GetMessageOptions = { table: 'common', status: 304, locale: ['fr-CA', 'en'] };
// @ts-expect-error: not a table
const wrong: GetMessageOptions = { table: 'nope' };
const locale: SupportedLocale = negotiateLocale('pt');
const catalogs: Catalogs = [frFrCatalog];
const french: string | undefined = messageIn(catalogs, 'PoolNotFound');
const sentence: string | undefined = formatBatchError({ code: 'PoolNotFound' }, { locale });
void [documented, maybe, options, wrong, french, sentence];
`,
  },
  '@batch-errors/http': {
    esm: `
import assert from 'node:assert/strict';
import { codesForStatus, errorFromResponse, isRetryable, reasonPhrase, statusOf, statusesOf } from '@batch-errors/http';
assert.deepEqual(statusesOf('ConditionNotMet'), [304, 412]);
assert.equal(statusOf('ConditionNotMet', { operation: 'write' }), 412);
assert.deepEqual(codesForStatus(413), ['RequestBodyTooLarge']);
assert.equal(reasonPhrase(404), 'Not Found');
assert.equal(isRetryable('ServerBusy'), true);
assert.equal(isRetryable('PoolQuotaReached'), false);
const error = errorFromResponse(404, '{"code":"PoolNotFound","message":{"lang":"en-US","value":"x\\\\nRequestId:r-1\\\\nTime:2026-12-01T07:00:00Z"}}');
assert.equal(error.documented, true);
assert.equal(error.statusMatchesDocs, true);
assert.equal(error.message, 'x');
assert.equal(error.requestId, 'r-1');
// The shape of the RestError @azure/batch throws.
const thrown = Object.assign(new Error('x'), { code: 'PoolNotFound', statusCode: 404, body: { code: 'PoolNotFound', message: { lang: 'en-US', value: 'x' } } });
assert.deepEqual(errorFromResponse(thrown), errorFromResponse(404, thrown.body));
console.log('ok');
`,
    cjs: `
const assert = require('node:assert/strict');
const { isRetryable, statusesOf } = require('@batch-errors/http');
assert.deepEqual(statusesOf('PoolNotFound'), [404]);
assert.equal(isRetryable(503), true);
console.log('ok');
`,
    typescript: `
import { type BatchHttpError, errorFromResponse, isRetryable, statusOf, statusesOf } from '@batch-errors/http';
const statuses: readonly number[] = statusesOf('ConditionNotMet');
const status: number | undefined = statusOf('ConditionNotMet', { operation: 'read' });
// @ts-expect-error: operations are read or write
statusOf('ConditionNotMet', { operation: 'delete' });
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
import { diagnoseJob, diagnoseTask, formatDiagnosis } from '@batch-errors/diagnose';
const task = { id: 't1', executionInfo: { exitCode: 2, result: 'failure', failureInfo: { category: 'usererror', code: 'FailureExitCode' } }, nodeInfo: { nodeId: 'n1' } };
const diagnosis = diagnoseTask(task);
assert.deepEqual(diagnosis.findings.map((finding) => finding.kind), ['task-exit-code']);
assert.equal(diagnosis.findings[0].effects.dependentTasks, 'block');
assert.match(formatDiagnosis(diagnosis), /exited with code 2/);
const job = { id: 'j1', executionInfo: { schedulingError: { category: 'usererror', code: 'AutoPoolCreationFailedWithQuotaReached' } } };
assert.equal(diagnoseJob(job, undefined, { locale: 'de' }).findings[0].error.message, 'Das Poolkontingent des Kontos wurde erreicht.');
console.log('ok');
`,
    cjs: `
const assert = require('node:assert/strict');
const { diagnoseTask } = require('@batch-errors/diagnose');
const findings = diagnoseTask({ executionInfo: { result: 'failure', failureInfo: { category: 'usererror', code: 'BlobNotFound' } } }, { locale: 'ja' }).findings;
assert.equal(findings[0].kind, 'task-resource-file-download-failed');
assert.equal(findings[0].error.message, '指定された Azure BLOB のいずれかが見つかりません。');
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
