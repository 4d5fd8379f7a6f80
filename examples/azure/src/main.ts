// The core-rest-pipeline policy in front of a pipeline's last step. A real client puts it in its
// pipeline (pipeline.addPolicy(batchErrorPolicy())); here the last step is a plain fetch to a
// stand-in for the Batch service on 127.0.0.1, started here: busy once, then a pool that does not exist.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { batchErrorPolicy } from '@batch-errors/azure';

let calls = 0;
const server = createServer((_request, response) => {
  calls++;
  const [status, code, message] =
    calls === 1 ? [503, 'ServerBusy', 'The server is currently unable to receive requests.'] : [404, 'PoolNotFound', 'The specified pool does not exist.'];
  response.writeHead(status, { 'content-type': 'application/json', 'request-id': `request-${calls}`, ...(calls === 1 ? { 'retry-after-ms': '50' } : {}) });
  response.end(JSON.stringify({ code, message: { lang: 'en-US', value: message } }));
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address() as AddressInfo;

/** The last step of a pipeline: sends the request and reads the whole answer. */
async function send(request: { method: string; url: string }) {
  const response = await fetch(request.url, { method: request.method, signal: AbortSignal.timeout(5_000) });
  console.log(`sent: ${response.status}`);
  return { status: response.status, headers: response.headers, bodyAsText: await response.text() };
}

const policy = batchErrorPolicy({ maxRetries: 2 });
try {
  await policy.sendRequest({ method: 'GET', url: `http://127.0.0.1:${port}/pools/no-such-pool` }, send);
} catch (error) {
  const { name, code, status, requestId, retryable } = error as { name: string; code?: string; status?: number; requestId?: string; retryable: boolean };
  console.log(`${name}: ${code} (${status}), request ${requestId}, retryable: ${retryable}`);
} finally {
  server.close();
}
