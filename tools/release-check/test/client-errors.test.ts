/**
 * Every documented REST error, answered by the loopback service with its
 * documented status and message, thrown by the official client
 * (`@azure/batch`), then turned into our typed error with one call.
 */
import { codeRows, loadDocs } from '@batch-errors/codegen';
import { type BatchHttpError, errorFromResponse } from '@batch-errors/http';
import { RestError } from '@azure/ms-rest-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchClientFor, type RunningBatchService, serviceErrorBody, startBatchService } from './batch-service.js';

const { model } = await loadDocs(new URL('../../../docs-source', import.meta.url).pathname);
if (!model) throw new Error('docs-source did not produce a model');

/** One answer per documented REST row (a code documented with two statuses gives two), each under its own pool id. */
const answers = codeRows(model).flatMap((row, index) =>
  row.status === undefined
    ? []
    : [
        {
          poolId: `pool-${index}`,
          code: row.code,
          status: row.status,
          message: row.message,
          requestId: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
          time: `2026-12-01T07:${String(index % 60).padStart(2, '0')}:00.0000000Z`,
        },
      ],
);

/** What the service puts on the wire; HTTP gives a 304 no body (RFC 9110, 15.4.5), whatever the server writes. */
function sentBody(answer: (typeof answers)[number]): unknown {
  return answer.status === 304 ? '' : serviceErrorBody(answer.code, answer.message, { requestId: answer.requestId, time: answer.time });
}

let service: RunningBatchService;

beforeAll(async () => {
  service = await startBatchService(({ method, path }) => {
    const answer = answers.find((candidate) => method === 'GET' && path === `/pools/${candidate.poolId}`);
    return answer && { status: answer.status, body: serviceErrorBody(answer.code, answer.message, { requestId: answer.requestId, time: answer.time }) };
  });
});
afterAll(() => service.close());

/** What a user writes: call the client, catch what it throws, read it with one call. */
async function failedCall(poolId: string): Promise<{ thrown: unknown; batchError: BatchHttpError }> {
  try {
    await batchClientFor(service).pool.get(poolId);
  } catch (error) {
    const batchError = errorFromResponse(error);
    return { thrown: error, batchError };
  }
  throw new Error(`the client did not throw for ${poolId}`);
}

describe('errorFromResponse(error) on what @azure/batch throws', () => {
  it('has every REST row of the docs to try', () => {
    expect(answers.length).toBe(codeRows(model).filter((row) => row.status !== undefined).length);
    expect(answers.length).toBeGreaterThan(0);
  });

  it.each(answers.filter((answer) => answer.status !== 304).map((answer) => [answer.code, answer.status, answer] as const))(
    '%s (%i): the same error as from the status and body, with the request id and time',
    async (_code, _status, answer) => {
      const { thrown, batchError } = await failedCall(answer.poolId);
      expect(thrown).toBeInstanceOf(RestError);
      const restError = thrown as RestError;
      // The same status, body and response headers; and the client request id the client sent, from its request.
      const { clientRequestId, ...fromResponse } = batchError;
      expect(fromResponse).toEqual(errorFromResponse(answer.status, sentBody(answer), restError.response?.headers));
      expect(clientRequestId).toMatch(/^[0-9a-f-]{36}$/);
      // ms-rest-azure-js names it x-ms-client-request-id.
      expect(clientRequestId).toBe(restError.request?.headers.get('x-ms-client-request-id'));
      expect(batchError).toMatchObject({
        status: answer.status,
        code: answer.code,
        documented: true,
        statusMatchesDocs: true,
        message: answer.message,
        requestId: answer.requestId,
        time: answer.time,
      });
      // The three-argument form type-checks on the client's own types, too.
      expect(errorFromResponse(restError.statusCode, restError.body, restError.response?.headers)).toEqual(fromResponse);
    },
  );

  it.each(answers.filter((answer) => answer.status === 304).map((answer) => [answer.code, answer] as const))(
    '%s (304): the status, since a 304 carries no body',
    async (_code, answer) => {
      const { thrown, batchError } = await failedCall(answer.poolId);
      const { clientRequestId: _sent, ...fromResponse } = batchError;
      expect(fromResponse).toEqual(errorFromResponse(304, sentBody(answer), (thrown as RestError).response?.headers));
      expect(batchError).toMatchObject({ status: 304, reasonPhrase: 'Not Modified', documented: false });
    },
  );

  it('gives no status and no code, and a retryable network failure, when nothing answers', async () => {
    const closed = await startBatchService(() => undefined);
    await closed.close();
    const error = await batchClientFor(closed)
      .pool.get('any')
      .then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
    // The client's fetch fails (ECONNREFUSED) before any RestError is made.
    expect(error).toBeInstanceOf(Error);
    const batchError = errorFromResponse(error);
    // No response: no status (never NaN), a network failure, worth a retry.
    expect(batchError).toMatchObject({ kind: 'network', status: undefined, networkCode: 'ECONNREFUSED', documented: false, retryable: true });
    expect(batchError.code).toBeUndefined();
  });
});
