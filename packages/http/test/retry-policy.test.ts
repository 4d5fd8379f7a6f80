/**
 * The retry policy, row by row: each reviewed row has a case here that only
 * it decides, and a row without one fails the first test. The cases go
 * through what users call (`isRetryable`, `errorFromResponse`), not only the
 * table.
 */
import { describe, expect, it } from 'vitest';
import { errorFromResponse, isRetryable } from '../src/index.js';
import { type RetryQuestion, retryRuleFor, retryRules, sourceUrlOf } from '../src/retry-policy.js';
import { docsModel } from './docs.js';

/** One failure per row that the row decides, and what a user sees of it. */
const cases: Record<string, { question: RetryQuestion; thrown: unknown }> = {
  'quota-codes': { question: { code: 'PoolQuotaReached', status: 503 }, thrown: { statusCode: 503, body: { code: 'PoolQuotaReached' } } },
  'server-error-codes': { question: { code: 'OperationTimedOut', status: 409 }, thrown: { statusCode: 409, body: { code: 'OperationTimedOut' } } },
  'throttling-codes': { question: { code: 'ServerBusy', status: 400 }, thrown: { statusCode: 400, body: { code: 'ServerBusy' } } },
  'resource-in-transition': { question: { code: 'PoolBeingResized', status: 409 }, thrown: { statusCode: 409, body: { code: 'PoolBeingResized' } } },
  'connection-refused': {
    question: { networkCode: 'ECONNREFUSED' },
    thrown: Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }) }),
  },
  'connection-reset': { question: { networkCode: 'ECONNRESET' }, thrown: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }) },
  'timed-out': { question: { networkCode: 'TimeoutError' }, thrown: new DOMException('The operation was aborted due to timeout', 'TimeoutError') },
  'network-unreachable': {
    question: { networkCode: 'EAI_AGAIN' },
    thrown: Object.assign(new Error('getaddrinfo EAI_AGAIN account.batch.azure.com'), { code: 'EAI_AGAIN' }),
  },
  'request-not-sent': {
    question: { networkCode: 'REQUEST_SEND_ERROR' },
    thrown: Object.assign(new Error('Failed to send the request.'), { name: 'RestError', code: 'REQUEST_SEND_ERROR' }),
  },
  'host-not-found': {
    question: { networkCode: 'ENOTFOUND' },
    thrown: Object.assign(new Error('getaddrinfo ENOTFOUND nowhere.invalid'), { code: 'REQUEST_SEND_ERROR' }),
  },
  'certificate-rejected': {
    question: { networkCode: 'CERT_HAS_EXPIRED' },
    thrown: Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('certificate has expired'), { code: 'CERT_HAS_EXPIRED' }) }),
  },
  aborted: { question: { aborted: true }, thrown: new DOMException('This operation was aborted', 'AbortError') },
  'throttling-statuses': { question: { status: 429 }, thrown: { statusCode: 429, response: { status: 429, bodyAsText: '' } } },
  'request-timeout': { question: { status: 408 }, thrown: { statusCode: 408 } },
  'not-implemented': { question: { status: 501 }, thrown: { statusCode: 501 } },
  'server-errors': { question: { status: 502 }, thrown: { statusCode: 502, response: { status: 502, bodyAsText: '<html>502 Bad Gateway</html>' } } },
  'client-errors': { question: { status: 400 }, thrown: { statusCode: 400, body: { code: 'SomeFutureCode' } } },
};

describe('the retry policy', () => {
  it('has exactly one case for each row, and no row twice', () => {
    expect(Object.keys(cases).sort()).toEqual(retryRules.map((rule) => rule.id).sort());
    expect(new Set(retryRules.map((rule) => rule.id)).size).toBe(retryRules.length);
  });

  it.each(retryRules.map((rule) => [rule.id, rule] as const))('%s decides its case, and users see its answer', (id, rule) => {
    const { question, thrown } = cases[id] ?? { question: {}, thrown: undefined };
    expect(retryRuleFor(question)?.id).toBe(id);
    expect(errorFromResponse(thrown).retryable).toBe(rule.retryable);
    if (question.code !== undefined) expect(isRetryable(question.code)).toBe(rule.retryable);
    if (question.status !== undefined && question.code === undefined) expect(isRetryable(question.status)).toBe(rule.retryable);
  });

  it.each(retryRules.map((rule) => [rule.id, rule] as const))('%s says why and cites where it comes from', (_id, rule) => {
    expect(rule.reason).toMatch(/^\S.{10,}[.)]$/);
    if (rule.source.kind === 'rfc') expect(rule.source.reference).toMatch(/^RFC \d+, /);
    if (rule.source.kind === 'docs') {
      const statement = docsModel.errorHandling?.[rule.source.statement];
      expect(statement, `${rule.id} cites a statement of the error-handling page`).toBeDefined();
      expect(sourceUrlOf(rule)).toBe(statement?.url);
    }
  });

  it('decides the statuses a statement backs as the page states them, not by its own words', () => {
    const statements = docsModel.errorHandling;
    if (!statements) return;
    for (const status of statements.throttling.statuses) expect(retryRuleFor({ status })?.id, String(status)).toBe('throttling-statuses');
    const ofClass = (digit: number) => Array.from({ length: 100 }, (_, index) => digit * 100 + index);
    const serverRows = new Set(ofClass(statements.serverErrors.statusClass).map((status) => retryRuleFor({ status })?.id));
    expect([...serverRows].every((id) => ['server-errors', 'not-implemented', 'throttling-statuses', 'request-timeout'].includes(id ?? ''))).toBe(true);
    expect(serverRows.has('server-errors')).toBe(true);
    const clientRows = new Set(ofClass(statements.stateErrors.statusClass).map((status) => retryRuleFor({ status })?.id));
    expect(clientRows.has('client-errors')).toBe(true);
  });

  it('decides every status from 100 to 599 by exactly one status row or none, 4xx and 5xx always by one', () => {
    for (let status = 100; status <= 599; status++) {
      const deciding = retryRules.filter(
        (rule) => ('statuses' in rule.match || 'statusesOf' in rule.match || 'statusClassOf' in rule.match) && retryRuleFor({ status })?.id === rule.id,
      );
      expect(deciding.length, String(status)).toBe(status >= 400 ? 1 : 0);
    }
  });

  it('names no code, network code or status in two rows', () => {
    const listed = retryRules.flatMap((rule) => [
      ...('codes' in rule.match ? rule.match.codes.map((code) => `code ${code}`) : []),
      ...('networkCodes' in rule.match ? rule.match.networkCodes.map((code) => `network ${code}`) : []),
      ...('statuses' in rule.match ? rule.match.statuses.map((status) => `status ${status}`) : []),
    ]);
    expect(listed.filter((entry, index) => listed.indexOf(entry) !== index)).toEqual([]);
  });

  it('lets the docs decide a code the rows do not name, by its documented statuses', () => {
    expect(retryRuleFor({ code: 'PoolNotFound' })).toBeUndefined();
    expect(isRetryable('PoolNotFound')).toBe(false);
    expect(errorFromResponse(404, { code: 'PoolNotFound' }).retryable).toBe(false);
  });
});
