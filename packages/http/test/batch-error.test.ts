/**
 * `BatchError`: an `Error` like the Azure SDK's `RestError`, its brand across
 * two copies of the package, `toJSON`, and `toBatchError` on anything thrown,
 * including real network failures over loopback (refused, reset, timed out,
 * aborted).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BatchError, errorFromResponse, isBatchError, toBatchError } from '../src/index.js';
import { documentedStatuses } from './docs.js';

/** A documented code, from the docs as they are. */
const documentedCode = [...documentedStatuses.keys()][0] ?? 'NoDocumentedCode';

const requestId = '5a0e4bd0-0fde-4f4f-9d64-8a3e4b1c2d3e';
const time = '2026-11-22T10:00:00.0000000Z';
const serviceBody = {
  code: 'ServerBusy',
  message: { lang: 'en-US', value: `The server is currently unable to receive requests. Please retry your request.\nRequestId:${requestId}\nTime:${time}` },
};

/** What @azure/core-rest-pipeline throws for a 503 with Retry-After, built as it builds it. */
function restError503(): Error {
  return Object.assign(new Error(serviceBody.message.value), {
    name: 'RestError',
    code: 'ServerBusy',
    statusCode: 503,
    response: {
      status: 503,
      bodyAsText: JSON.stringify(serviceBody),
      headers: new Headers({ 'retry-after': '7', 'client-request-id': 'c-1' }),
      request: { headers: new Headers() },
    },
  });
}

describe('BatchError', () => {
  it('is an Error with a stack, its name, the fields of errorFromResponse and what was thrown as cause', () => {
    const thrown = restError503();
    const error = toBatchError(thrown);
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(BatchError);
    expect(error.name).toBe('BatchError');
    expect(error.stack).toMatch(/^BatchError: The server is currently unable/);
    expect(error.cause).toBe(thrown);
    expect(error).toMatchObject({
      kind: 'response',
      status: 503,
      reasonPhrase: 'Service Unavailable',
      code: 'ServerBusy',
      message: 'The server is currently unable to receive requests. Please retry your request.',
      requestId,
      clientRequestId: 'c-1',
      time,
      values: [],
      // ServerBusy is named by the retry policy: known, documented or not.
      documented: documentedStatuses.has('ServerBusy'),
      known: true,
      retryable: true,
      retryAfterMs: 7000,
    });
    expect(Object.prototype.toString.call(error)).toBe('[object Error]');
  });

  it('has every field errorFromResponse gives, with the same values (one reader)', () => {
    const thrown = restError503();
    const { body: _body, ...reading } = errorFromResponse(thrown);
    const { name: _name, cause: _cause, ...json } = toBatchError(thrown).toJSON();
    expect(json).toEqual(reading);
  });

  it('gives a message when the service sent none: the status and phrase, or what the network said', () => {
    expect(toBatchError({ statusCode: 502, response: { status: 502, bodyAsText: '<html>Bad gateway</html>' } }).message).toBe('502 Bad Gateway');
    expect(toBatchError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' })).message).toBe(
      'connect ECONNREFUSED 127.0.0.1:9',
    );
    expect(toBatchError(Symbol('x')).message).toBe('The request failed.');
  });

  it('serializes to a plain, stable object: fixed key order, no stack, the cause as name, message and code', () => {
    const error = toBatchError(restError503());
    const json = JSON.parse(JSON.stringify(error));
    expect(Object.keys(json)).toEqual([
      'name',
      'kind',
      'message',
      'values',
      'documented',
      'known',
      'documentedStatuses',
      'statusMatchesDocs',
      'retryable',
      'status',
      'reasonPhrase',
      'code',
      'requestId',
      'clientRequestId',
      'time',
      'retryAfterMs',
      'cause',
    ]);
    expect(json.cause).toEqual({ name: 'RestError', message: serviceBody.message.value, code: 'ServerBusy' });
    expect(JSON.stringify(error)).not.toContain('at ');
    expect(JSON.stringify(error)).toBe(JSON.stringify(toBatchError(restError503())));
  });

  it('serializes a cause that throws, cycles or is a proxy without throwing', () => {
    const cyclic: Record<string, unknown> = { statusCode: 500 };
    cyclic['self'] = cyclic;
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap');
        },
      },
    );
    for (const cause of [
      cyclic,
      hostile,
      Object.defineProperty(new Error('x'), 'message', {
        get: () => {
          throw new Error('no');
        },
      }),
    ]) {
      const error = toBatchError(cause);
      expect(() => JSON.stringify(error)).not.toThrow();
    }
  });

  it('is returned as it is by toBatchError, so converting twice changes nothing', () => {
    const error = toBatchError(restError503());
    expect(toBatchError(error)).toBe(error);
  });

  it('can be made from a reading, and from a hand-made or hostile one, without throwing', () => {
    const error = new BatchError(errorFromResponse(404, { code: documentedCode, message: 'No pool.' }), { cause: 'why' });
    expect(error).toMatchObject({ code: documentedCode, documented: true, message: 'No pool.', cause: 'why' });
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap');
        },
      },
    );
    expect(new BatchError(hostile as never)).toMatchObject({ kind: 'other', status: undefined, retryable: false, values: [] });
    expect(new BatchError({ kind: 'response', status: Number.NaN, values: [{ key: 1 }] } as never)).toMatchObject({ status: undefined, values: [] });
  });

  it('freezes its lists', () => {
    const error = toBatchError({ statusCode: 400, body: { code: 'InvalidQueryParameterValue', values: [{ key: 'Reason', value: 'r' }] } });
    expect(Object.isFrozen(error.values)).toBe(true);
    expect(Object.isFrozen(error.documentedStatuses)).toBe(true);
  });
});

describe('isBatchError across two copies of the package', () => {
  it('recognizes an error of another copy by its brand; instanceof too', async () => {
    vi.resetModules();
    const other = await import('../src/index.js');
    expect(other.BatchError).not.toBe(BatchError);
    const foreign = other.toBatchError(restError503());
    expect(isBatchError(foreign)).toBe(true);
    expect(foreign instanceof BatchError).toBe(true);
    expect(other.isBatchError(toBatchError(restError503()))).toBe(true);
    // Converting a foreign BatchError keeps it as it is.
    expect(toBatchError(foreign)).toBe(foreign);
  });

  it.each<[string, unknown]>([
    ['a RestError', restError503()],
    ['a plain object with the fields', JSON.parse(JSON.stringify(toBatchError(restError503())))],
    ['null', null],
    ['a string', 'BatchError'],
    [
      'a revoked proxy',
      (() => {
        const { proxy, revoke } = Proxy.revocable({}, {});
        revoke();
        return proxy;
      })(),
    ],
    [
      'a proxy whose get throws',
      new Proxy(
        {},
        {
          get: () => {
            throw new Error('trap');
          },
        },
      ),
    ],
  ])('is false, without throwing, for %s', (_name, value) => {
    expect(isBatchError(value)).toBe(false);
    expect(value instanceof BatchError).toBe(false);
  });
});

describe('toBatchError on anything thrown', () => {
  it('never throws, and always gives a well-formed BatchError', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), (thrown) => {
        const error = toBatchError(thrown);
        expect(isBatchError(error)).toBe(true);
        expect(typeof error.message).toBe('string');
        expect(error.status === undefined || Number.isFinite(error.status)).toBe(true);
        expect(() => JSON.stringify(error)).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });
});

describe('real network failures, over loopback', () => {
  let silent: Server;
  let resetting: Server;
  const urlOf = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}/pools/p`;

  beforeAll(async () => {
    // Accepts and never answers.
    silent = createServer(() => {});
    // Accepts and drops the connection.
    resetting = createServer((request) => request.socket.destroy());
    await Promise.all([silent, resetting].map((server) => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))));
  });
  afterAll(async () => {
    for (const server of [silent, resetting]) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  /** What fetch throws for `url`, with a signal. */
  async function thrownBy(url: string, signal?: AbortSignal): Promise<unknown> {
    return fetch(url, { signal: signal ?? AbortSignal.timeout(10_000) }).then(
      () => {
        throw new Error(`${url} answered`);
      },
      (thrown: unknown) => thrown,
    );
  }

  it('a refused connection: no status, kind network, ECONNREFUSED, retryable', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const url = urlOf(closed);
    await new Promise((resolve) => closed.close(resolve));
    const error = toBatchError(await thrownBy(url));
    expect(error).toMatchObject({ kind: 'network', status: undefined, networkCode: 'ECONNREFUSED', retryable: true, documented: false });
    expect(JSON.parse(JSON.stringify(error))).not.toHaveProperty('status');
  });

  it('a connection reset: kind network, retryable', async () => {
    const error = toBatchError(await thrownBy(urlOf(resetting)));
    expect(error).toMatchObject({ kind: 'network', status: undefined, retryable: true });
    expect(['ECONNRESET', 'UND_ERR_SOCKET']).toContain(error.networkCode);
  });

  it('a timeout (AbortSignal.timeout): kind network, TimeoutError, retryable', async () => {
    const error = toBatchError(await thrownBy(urlOf(silent), AbortSignal.timeout(100)));
    expect(error).toMatchObject({ kind: 'network', status: undefined, networkCode: 'TimeoutError', retryable: true });
  });

  it('an abort: kind aborted, not retryable', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = toBatchError(await thrownBy(urlOf(silent), controller.signal));
    expect(error).toMatchObject({ kind: 'aborted', status: undefined, networkCode: 'AbortError', retryable: false });
  });
});
