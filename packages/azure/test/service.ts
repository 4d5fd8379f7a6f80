/**
 * A loopback service on 127.0.0.1 that answers like Azure Batch, from a script
 * of answers, and records when each request came: what the retry tests measure.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type BatchError, isBatchError } from '@batch-errors/http';
import { afterEach } from 'vitest';

/** One scripted answer. */
export interface Answer {
  status: number;
  headers?: Record<string, string>;
  /** Sent as JSON; none for undefined. */
  body?: unknown;
}

export interface Service {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  /** Each request as `METHOD /path`, with the milliseconds since the service started. */
  requests: { line: string; at: number }[];
  close(): Promise<void>;
}

/** An error body as the service writes it, request id and time last. */
export function errorBody(code: string, message: string, requestId = '00000000-0000-4000-8000-000000000001'): unknown {
  return { code, message: { lang: 'en-US', value: `${message}\nRequestId:${requestId}\nTime:2026-12-01T07:00:00.0000000Z` } };
}

/** A pool as the service returns it. */
export const pool = { id: 'pool-1', state: 'active', vmSize: 'standard_d2s_v3' };

/** Starts a service that answers each request with `answer(line, index)`, `index` counting requests from 0. */
export async function startService(answer: (line: string, index: number) => Answer): Promise<Service> {
  const started = performance.now();
  const requests: Service['requests'] = [];
  const server: Server = createServer((request, response) => {
    request.resume();
    const line = `${request.method} ${new URL(request.url ?? '/', 'http://127.0.0.1').pathname}`;
    const index = requests.push({ line, at: performance.now() - started }) - 1;
    const { status, headers = {}, body } = answer(line, index);
    const all = { 'request-id': `service-request-${index}`, ...headers };
    if (body === undefined) response.writeHead(status, all).end();
    else response.writeHead(status, { ...all, 'content-type': 'application/json;odata=minimalmetadata' }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A URL on 127.0.0.1 where nothing listens: a service started and closed. */
export async function refusingUrl(): Promise<string> {
  const service = await startService(() => ({ status: 200 }));
  await service.close();
  return service.url;
}

/** What the call threw, or a failure when it did not throw. */
export async function rejection(call: Promise<unknown>): Promise<BatchError> {
  const thrown = await call.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!isBatchError(thrown)) throw new Error(`expected a BatchError, got ${String(thrown)}`);
  return thrown;
}

/** `startService` for the tests of one file: each service is closed after its test. */
export function servicePerTest(): (answer: (line: string, index: number) => Answer) => Promise<Service> {
  let service: Service | undefined;
  afterEach(async () => {
    await service?.close();
    service = undefined;
  });
  return async (answer) => {
    service = await startService(answer);
    return service;
  };
}
