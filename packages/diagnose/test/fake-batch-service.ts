/**
 * A loopback Batch service (127.0.0.1 only, a free port) that the official
 * client `@azure/batch` talks to as it talks to Azure: a job with many failed
 * tasks served in pages linked by `odata.nextLink`, honouring `$filter`,
 * `$select` and `maxresults`; its preparation and release task status; a pool
 * and its nodes; and, on request, a throttled answer with `Retry-After` or a
 * 500 for one request, and error bodies as the service writes them.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Everything the service knows, as REST JSON. */
export interface FakeBatchData {
  jobs: Record<string, unknown>;
  /** Every task of each job, failed or not: the service filters. */
  tasks: Record<string, readonly Record<string, unknown>[]>;
  statuses: Record<string, readonly unknown[]>;
  pools: Record<string, unknown>;
  nodes: Record<string, readonly Record<string, unknown>[]>;
}

/** A request, as the service saw it. */
export interface SeenRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  /** Milliseconds since the service started. */
  at: number;
  /** The status it was answered with. */
  status: number;
}

export interface FakeBatchService {
  url: string;
  requests: SeenRequest[];
  /** The most requests it was answering at once. */
  readonly maxInFlight: number;
  close(): Promise<void>;
}

/** An answer that replaces the one a request would get: a throttle, a 500, an error body. */
export type Interference = { status: number; headers?: Record<string, string>; body?: unknown };

export interface FakeBatchOptions {
  /** Answers instead of the usual one, by the number of the request (1 = the first). */
  interfere?: (request: { number: number; path: string; query: URLSearchParams }) => Interference | undefined;
  /** The request id the service sends in `request-id` and in error bodies. */
  requestId?: string;
  /** Milliseconds each answer takes, so requests in flight overlap. */
  delay?: number;
}

const metadata = (what: string) => `https://account.region.batch.azure.com/$metadata#${what}`;

/** An error body as the service writes it: the message ends with the request id and the time on lines of their own. */
export function errorBody(code: string, message: string, requestId: string): unknown {
  return {
    'odata.metadata': metadata('Microsoft.Azure.Batch.Protocol.Entities.Container.errors/@Element'),
    code,
    message: { lang: 'en-US', value: `${message}\nRequestId:${requestId}\nTime:2026-12-01T07:00:00.0000000Z` },
  };
}

/** Keeps the top-level fields `$select` names (the service does this). */
function selected(value: Record<string, unknown>, select: string | null): Record<string, unknown> {
  if (!select) return value;
  const names = new Set(select.split(',').map((name) => name.trim()));
  return Object.fromEntries(Object.entries(value).filter(([name]) => names.has(name)));
}

/** `executionInfo/result eq 'failure'`: the one filter the diagnosis asks for. */
function passes(task: Record<string, unknown>, filter: string | null): boolean {
  if (!filter) return true;
  const match = /^executionInfo\/result eq '(\w+)'$/.exec(filter);
  if (!match) throw new Error(`the fake service does not know the filter ${filter}`);
  return (task['executionInfo'] as { result?: string } | undefined)?.result === match[1];
}

export async function startFakeBatchService(data: FakeBatchData, options: FakeBatchOptions = {}): Promise<FakeBatchService> {
  const requests: SeenRequest[] = [];
  const started = Date.now();
  let inFlight = 0;
  let maxInFlight = 0;
  const requestId = options.requestId ?? '7f2c1a9e-0000-4000-8000-000000000001';
  const server = createServer(async (incoming, response) => {
    incoming.resume();
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    response.on('close', () => {
      inFlight -= 1;
    });
    if (options.delay) await new Promise((resolve) => setTimeout(resolve, options.delay));
    const url = new URL(incoming.url ?? '/', 'http://127.0.0.1');
    const seen: SeenRequest = { method: incoming.method ?? 'GET', path: url.pathname, query: url.searchParams, at: Date.now() - started, status: 0 };
    requests.push(seen);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      seen.status = status;
      writeAnswer(response, status, body, { 'request-id': requestId, 'client-request-id': String(incoming.headers['client-request-id'] ?? ''), ...headers });
    };
    const interference = options.interfere?.({ number: requests.length, path: url.pathname, query: url.searchParams });
    if (interference) return send(interference.status, interference.body, interference.headers);
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const notFound = (code: string, message: string) => send(404, errorBody(code, message, requestId));
    const parts = url.pathname
      .split('/')
      .filter((part) => part !== '')
      .map(decodeURIComponent);
    const select = url.searchParams.get('$select');
    const page = (entries: readonly unknown[], what: string) => {
      const size = Math.min(Number(url.searchParams.get('maxresults') ?? 1000) || 1000, 1000);
      const skip = Number(url.searchParams.get('$skiptoken') ?? 0);
      const next = new URL(url.pathname, base);
      for (const [name, value] of url.searchParams) if (name !== '$skiptoken') next.searchParams.set(name, value);
      next.searchParams.set('$skiptoken', String(skip + size));
      send(200, {
        'odata.metadata': metadata(what),
        value: entries.slice(skip, skip + size),
        ...(skip + size < entries.length ? { 'odata.nextLink': next.toString() } : {}),
      });
    };
    if (parts[0] === 'jobs' && parts[1] !== undefined) {
      const job = data.jobs[parts[1]];
      if (job === undefined) return notFound('JobNotFound', 'The specified job does not exist.');
      if (parts.length === 2) return send(200, selected(job as Record<string, unknown>, select));
      if (parts[2] === 'tasks' && parts.length === 3) {
        const filter = url.searchParams.get('$filter');
        const tasks = (data.tasks[parts[1]] ?? []).filter((task) => passes(task, filter)).map((task) => selected(task, select));
        return page(tasks, 'tasks');
      }
      if (parts[2] === 'jobpreparationandreleasetaskstatus') return page(data.statuses[parts[1]] ?? [], 'jobpreparationandreleasetaskstatuslist');
    }
    if (parts[0] === 'pools' && parts[1] !== undefined) {
      const pool = data.pools[parts[1]];
      if (pool === undefined) return notFound('PoolNotFound', 'The specified pool does not exist.');
      if (parts.length === 2) return send(200, selected(pool as Record<string, unknown>, select));
      const nodes = (data.nodes[parts[1]] ?? []).map((node) => selected(node, select));
      if (parts[2] === 'nodes' && parts.length === 3) return page(nodes, 'nodes');
      if (parts[2] === 'nodes' && parts[3] !== undefined) {
        const node = nodes.find((candidate) => candidate['id'] === parts[3]);
        return node === undefined ? notFound('NodeNotFound', 'The specified node does not exist.') : send(200, node);
      }
    }
    notFound('ResourceNotFound', 'The specified resource does not exist.');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    get maxInFlight() {
      return maxInFlight;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function writeAnswer(response: ServerResponse, status: number, body: unknown, headers: Record<string, string>): void {
  if (body === undefined) {
    response.writeHead(status, headers).end();
    return;
  }
  response.writeHead(status, { ...headers, 'content-type': 'application/json;odata=minimalmetadata' }).end(JSON.stringify(body));
}
