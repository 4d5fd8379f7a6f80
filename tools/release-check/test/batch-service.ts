/**
 * A loopback HTTP server that answers like the Azure Batch service, for tests
 * that call it through the official client (`@azure/batch`), as users do.
 * It listens on 127.0.0.1 only, on a free port.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BatchServiceClient, BatchSharedKeyCredentials } from '@azure/batch';

/** What the service sends back for one request. */
export interface BatchServiceAnswer {
  status: number;
  /** Sent as JSON; `undefined` sends no body. */
  body?: unknown;
}

export interface BatchServiceRequest {
  method: string;
  /** The path without the query (`/jobs/job-1/tasks/task-1`). */
  path: string;
  query: URLSearchParams;
}

export interface RunningBatchService {
  /** `http://127.0.0.1:<port>`, the account URL to give the client. */
  url: string;
  /** Every request received, as `METHOD /path`, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** The service's metadata address, as it appears in every error body (`odata.metadata`). */
const errorMetadata = 'https://account.region.batch.azure.com/$metadata#Microsoft.Azure.Batch.Protocol.Entities.Container.errors/@Element';

/**
 * An error body as the service writes it: the message ends with the request
 * id and the time on lines of their own.
 */
export function serviceErrorBody(
  code: string,
  message: string,
  options: { requestId?: string; time?: string; values?: { key: string; value: string }[] } = {},
): unknown {
  const requestId = options.requestId ?? '00000000-0000-0000-0000-000000000000';
  const time = options.time ?? '2026-12-01T07:00:00.0000000Z';
  return {
    'odata.metadata': errorMetadata,
    code,
    message: { lang: 'en-US', value: `${message}\nRequestId:${requestId}\nTime:${time}` },
    ...(options.values ? { values: options.values } : {}),
  };
}

/** Starts the server; `answer` decides each response. Unanswered requests get the service's 404 for an unknown resource. */
export async function startBatchService(answer: (request: BatchServiceRequest) => BatchServiceAnswer | undefined): Promise<RunningBatchService> {
  const requests: string[] = [];
  const server = createServer((incoming: IncomingMessage, response) => {
    const url = new URL(incoming.url ?? '/', 'http://127.0.0.1');
    const method = incoming.method ?? 'GET';
    requests.push(`${method} ${url.pathname}`);
    incoming.resume();
    const answered = answer({ method, path: url.pathname, query: url.searchParams }) ?? {
      status: 404,
      body: serviceErrorBody('ResourceNotFound', 'The specified resource does not exist.'),
    };
    const headers: Record<string, string> = {
      'request-id': '00000000-0000-0000-0000-000000000000',
      'client-request-id': String(incoming.headers['client-request-id'] ?? ''),
    };
    if (answered.body === undefined) {
      response.writeHead(answered.status, headers).end();
      return;
    }
    response.writeHead(answered.status, { ...headers, 'content-type': 'application/json;odata=minimalmetadata' }).end(JSON.stringify(answered.body));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * The official client, pointed at a loopback service with a made-up account
 * and key. Retries are off: the client's default policy retries a 5xx answer
 * with back-off for tens of seconds before it throws.
 */
export function batchClientFor(service: RunningBatchService): BatchServiceClient {
  const key = Buffer.from('loopback test key').toString('base64');
  return new BatchServiceClient(new BatchSharedKeyCredentials('loopbackaccount', key), service.url, { noRetryPolicy: true });
}
