/**
 * What the official client, `@azure/batch` 10.2, does on its own when the
 * service fails: measured against a loopback service, with the client built
 * as its README builds it (default options). This is where the README's
 * "Retries" section takes its numbers; run it with
 * `pnpm exec vitest run test/official-client-retries.exhaustive.test.ts` in
 * packages/azure (about two and a half minutes: the client's own back-off).
 *
 * ms-rest-js's exponential retry policy waits 3 s + (2^n − 1) × 24…36 s
 * (capped at 90 s) and stops when its count reaches 3, counting the first
 * failure: so a 503 is sent 3 times, over about 100 to 130 s, whatever
 * Retry-After says. Its throttling policy would honour Retry-After on a 429,
 * but sits behind the deserialization policy, which has already turned the
 * 429 into a RestError: a 429 is sent once.
 */
import { BatchServiceClient, BatchSharedKeyCredentials } from '@azure/batch';
import { afterAll, describe, it } from 'vitest';
import { errorBody, refusingUrl, type Service, startService } from './service.js';

const key = Buffer.from('loopback test key').toString('base64');
const services: Service[] = [];
afterAll(async () => {
  await Promise.all(services.map((service) => service.close()));
});

interface Measured {
  requests: number;
  /** Seconds between consecutive requests. */
  gaps: number[];
  /** Seconds from the call to its rejection. */
  total: number;
}

/** Calls `pool.get` once with the client's defaults (or `options`), and measures what the client sent until it threw. */
async function measure(url: string, service: Service | undefined, options?: { noRetryPolicy: boolean }): Promise<Measured> {
  const client = new BatchServiceClient(new BatchSharedKeyCredentials('loopbackaccount', key), url, options);
  const started = performance.now();
  const thrown = await client.pool.get('pool-1').then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!(thrown instanceof Error)) throw new Error('expected the client to throw');
  const total = (performance.now() - started) / 1000;
  const at = (service?.requests ?? []).map((request) => request.at / 1000);
  const measured = {
    requests: at.length,
    gaps: at.slice(1).map((time, index) => Math.round((time - (at[index] ?? 0)) * 10) / 10),
    total: Math.round(total * 10) / 10,
  };
  return measured;
}

async function serveAlways(status: number, headers: Record<string, string>, code: string): Promise<Service> {
  const service = await startService(() => ({ status, headers, body: errorBody(code, 'The service says no.') }));
  services.push(service);
  return service;
}

describe.concurrent('@azure/batch 10.2 with its default options', () => {
  it('sends a 503 three times over about 100 to 130 s, ignoring Retry-After: 1', { timeout: 200_000 }, async ({ expect }) => {
    const service = await serveAlways(503, { 'retry-after': '1' }, 'ServerBusy');
    const measured = await measure(service.url, service);
    console.info(`503 with Retry-After: 1, default options: ${JSON.stringify(measured)}`);
    expect(measured.requests).toBe(3);
    expect(measured.gaps[0]).toBeGreaterThanOrEqual(26);
    expect(measured.gaps[0]).toBeLessThanOrEqual(40);
    expect(measured.gaps[1]).toBeGreaterThanOrEqual(74);
    expect(measured.gaps[1]).toBeLessThanOrEqual(91);
    expect(measured.total).toBeGreaterThanOrEqual(100);
  });

  it('sends a 429 with Retry-After: 1 once: its throttling policy never sees it', { timeout: 200_000 }, async ({ expect }) => {
    const service = await serveAlways(429, { 'retry-after': '1' }, 'TooManyRequests');
    const measured = await measure(service.url, service);
    console.info(`429 with Retry-After: 1, default options: ${JSON.stringify(measured)}`);
    expect(measured.requests).toBe(1);
    expect(measured.total).toBeLessThan(5);
  });

  it('retries a refused connection for half a minute and more, before throwing', { timeout: 200_000 }, async ({ expect }) => {
    const started = performance.now();
    const client = new BatchServiceClient(new BatchSharedKeyCredentials('loopbackaccount', key), await refusingUrl());
    const thrown = await client.pool.get('pool-1').then(
      () => undefined,
      (error: unknown) => error,
    );
    const total = Math.round((performance.now() - started) / 100) / 10;
    console.info(`refused connection, default options: threw after ${total} s: ${String((thrown as Error | undefined)?.message)}`);
    expect(thrown).toBeInstanceOf(Error);
    expect(total).toBeGreaterThanOrEqual(20);
  });

  it('with noRetryPolicy: true, sends a 503 once', { timeout: 200_000 }, async ({ expect }) => {
    const service = await serveAlways(503, { 'retry-after': '1' }, 'ServerBusy');
    const measured = await measure(service.url, service, { noRetryPolicy: true });
    console.info(`503, noRetryPolicy: true: ${JSON.stringify(measured)}`);
    expect(measured.requests).toBe(1);
    expect(measured.total).toBeLessThan(5);
  });
});
