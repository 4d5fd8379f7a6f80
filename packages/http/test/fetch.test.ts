/**
 * `fromFetchResponse` on platform `Response`s: from a loopback service through
 * the real `fetch`, and built by hand where the body must misbehave (never
 * ends, errors, floods). Each gives a result, and none waits without bound.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorFromResponse, fromFetchResponse, isBatchError } from '../src/index.js';
import { documentedStatuses } from './docs.js';

const requestId = '00000000-0000-4000-8000-000000000429';
const serviceBody = (code: string, text: string) =>
  JSON.stringify({ code, message: { lang: 'en-US', value: `${text}\nRequestId:${requestId}\nTime:2026-12-01T07:00:00.0000000Z` } });
const gatewayPage = `<html><head><title>502 Bad Gateway</title></head><body>${'<p>upstream failed</p>'.repeat(100)}</body></html>`;
const retryAt = new Date(Math.ceil((Date.now() + 60_000) / 1000) * 1000);

let service: Server;
let base = '';

beforeAll(async () => {
  service = createServer((request, response) => {
    request.resume();
    switch (request.url) {
      case '/throttled':
        response.writeHead(429, { 'retry-after': '7', 'content-type': 'application/json' }).end(serviceBody('TooManyRequests', 'Slow down.'));
        return;
      case '/busy':
        response
          .writeHead(503, { 'retry-after': retryAt.toUTCString(), 'content-type': 'application/json' })
          .end(serviceBody('ServerBusy', 'The server is busy.'));
        return;
      case '/gateway':
        response.writeHead(502, { 'request-id': 'gateway-request-7', 'content-type': 'text/html' }).end(gatewayPage);
        return;
      case '/trickle': {
        // A body that never ends: a byte every few milliseconds, forever (until the client goes).
        response.writeHead(500, { 'content-type': 'application/json' });
        const timer = setInterval(() => response.write('['), 2);
        response.on('close', () => clearInterval(timer));
        return;
      }
      case '/stall':
        // Headers, then nothing.
        response.writeHead(500, { 'content-type': 'application/json' });
        response.flushHeaders();
        return;
      default:
        response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => service.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(service.address() as AddressInfo).port}`;
});
afterAll(async () => {
  service.closeAllConnections();
  await new Promise((resolve) => service.close(resolve));
});

const get = (path: string) => fetch(`${base}${path}`, { signal: AbortSignal.timeout(10_000) });

describe('fromFetchResponse, through the real fetch', () => {
  it('a 429 with Retry-After in seconds', async () => {
    const error = await fromFetchResponse(await get('/throttled'));
    expect(isBatchError(error)).toBe(true);
    expect(error).toMatchObject({
      kind: 'response',
      status: 429,
      reasonPhrase: 'Too Many Requests',
      code: 'TooManyRequests',
      message: 'Slow down.',
      requestId,
      retryable: true,
      retryAfterMs: 7000,
    });
  });

  it('a 503 with Retry-After as an HTTP date', async () => {
    const error = await fromFetchResponse(await get('/busy'));
    expect(error).toMatchObject({ status: 503, code: 'ServerBusy', documented: documentedStatuses.has('ServerBusy'), retryable: true });
    expect(error.retryAfterMs).toBeGreaterThan(50_000);
    expect(error.retryAfterMs).toBeLessThanOrEqual(61_000);
  });

  it('a 502 HTML page from a gateway: its request id from the header, no code', async () => {
    const error = await fromFetchResponse(await get('/gateway'));
    expect(error).toMatchObject({ status: 502, reasonPhrase: 'Bad Gateway', message: '502 Bad Gateway', requestId: 'gateway-request-7', retryable: true });
    expect(error.code).toBeUndefined();
  });

  it('a body that never ends stops at maxBytes', async () => {
    const started = performance.now();
    const error = await fromFetchResponse(await get('/trickle'), { maxBytes: 64 });
    expect(error).toMatchObject({ status: 500, retryable: true });
    expect(error.code).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('a body that stalls stops at the signal, and at the timeout', async () => {
    let started = performance.now();
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    expect(await fromFetchResponse(await get('/stall'), { signal: controller.signal, timeoutMs: Number.POSITIVE_INFINITY })).toMatchObject({ status: 500 });
    expect(performance.now() - started).toBeLessThan(5000);
    started = performance.now();
    expect(await fromFetchResponse(await get('/stall'), { timeoutMs: 100 })).toMatchObject({ status: 500 });
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('reads what errorFromResponse reads from the same status, body and headers', async () => {
    const response = await get('/throttled');
    const headers = response.headers;
    const text = await response.clone().text();
    const { body: _body, ...reading } = errorFromResponse(response.status, text, headers);
    const { name: _name, ...json } = (await fromFetchResponse(response)).toJSON();
    expect(json).toEqual(reading);
  });
});

describe('fromFetchResponse on bodies that misbehave', () => {
  /** A stream that never gives a chunk, and notes when it is cancelled. */
  function neverEnding(): { stream: ReadableStream<Uint8Array>; cancelled: () => boolean } {
    let cancelled = false;
    const stream = new ReadableStream<Uint8Array>({
      pull: () => new Promise(() => {}),
      cancel: () => {
        cancelled = true;
      },
    });
    return { stream, cancelled: () => cancelled };
  }

  it('a body that never ends: the timeout ends the read and cancels the stream', async () => {
    const { stream, cancelled } = neverEnding();
    const error = await fromFetchResponse(new Response(stream, { status: 503, headers: { 'retry-after': '3' } }), { timeoutMs: 50 });
    expect(error).toMatchObject({ status: 503, retryAfterMs: 3000, retryable: true });
    expect(cancelled()).toBe(true);
  });

  it('a body that never ends, and a signal already aborted', async () => {
    const error = await fromFetchResponse(new Response(neverEnding().stream, { status: 500 }), {
      signal: AbortSignal.abort(),
      timeoutMs: Number.POSITIVE_INFINITY,
    });
    expect(error).toMatchObject({ status: 500 });
  });

  it('a body whose stream errors: what was read by then', async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"code":"Server'));
        controller.error(new Error('connection lost'));
      },
    });
    const error = await fromFetchResponse(new Response(stream, { status: 500 }));
    expect(error).toMatchObject({ status: 500 });
    expect(error.code).toBeUndefined();
  });

  it('a body larger than maxBytes is cut, and a whole error body under it is read', async () => {
    const body = serviceBody('ServerBusy', 'The server is busy.');
    expect((await fromFetchResponse(new Response(body, { status: 503 }), { maxBytes: body.length - 1 })).code).toBeUndefined();
    expect(await fromFetchResponse(new Response(body, { status: 503 }), { maxBytes: body.length })).toMatchObject({ code: 'ServerBusy' });
    expect(await fromFetchResponse(new Response(body, { status: 503 }))).toMatchObject({ code: 'ServerBusy' });
  });

  it('a body already read gives the status and headers', async () => {
    const response = new Response(serviceBody('ServerBusy', 'x'), { status: 503, headers: { 'x-ms-request-id': 'header-id' } });
    await response.text();
    const error = await fromFetchResponse(response);
    expect(error).toMatchObject({ status: 503, requestId: 'header-id' });
    expect(error.code).toBeUndefined();
  });

  it('a stream that yields what is not bytes, or throws on read', async () => {
    const odd = new ReadableStream({
      start(controller) {
        controller.enqueue('{"code":"ServerBusy"}');
        controller.close();
      },
    });
    const error = await fromFetchResponse({ status: 503, headers: {}, body: odd });
    expect(error).toMatchObject({ status: 503 });
    expect(error.code).toBeUndefined();
    const throwing = {
      getReader: () => ({
        read: () => {
          throw new Error('no');
        },
        cancel: () => {
          throw new Error('no');
        },
        releaseLock: () => {
          throw new Error('no');
        },
      }),
    };
    expect(await fromFetchResponse({ status: 500, body: throwing })).toMatchObject({ status: 500 });
  });

  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['a string', 'response'],
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
    ['options whose getters throw', new Response('', { status: 500 })],
  ])('gives a BatchError for %s', async (_name, response) => {
    const options = Object.defineProperty({}, 'maxBytes', {
      get: () => {
        throw new Error('no');
      },
    });
    const error = await fromFetchResponse(response, options);
    expect(isBatchError(error)).toBe(true);
  });
});

describe('errorFromResponse with a fetch Response', () => {
  it('reads the status and headers, since it cannot read the body', () => {
    // The deprecated overload: the body is a stream a synchronous call cannot read.
    const error = errorFromResponse(new Response(serviceBody('ServerBusy', 'x'), { status: 503, headers: { 'request-id': 'h-1', 'retry-after': '2' } }));
    expect(error).toMatchObject({ kind: 'response', status: 503, requestId: 'h-1', retryAfterMs: 2000, retryable: true });
    expect(error.code).toBeUndefined();
  });
});
