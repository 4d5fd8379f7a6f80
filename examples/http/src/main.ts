// A client that reads failed responses into typed errors and retries only what is worth
// retrying. It talks to a stand-in for the Batch service on 127.0.0.1, started here.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { errorFromResponse, isRetryable, statusesOf } from '@batch-errors/http';

// The stand-in: busy once, then a pool that does not exist.
let calls = 0;
const server = createServer((_request, response) => {
  calls++;
  const [status, code, message] =
    calls === 1 ? [503, 'ServerBusy', 'The server is currently unable to receive requests.'] : [404, 'PoolNotFound', 'The specified pool does not exist.'];
  response.writeHead(status, { 'content-type': 'application/json', 'request-id': `request-${calls}` });
  response.end(JSON.stringify({ code, message: { lang: 'en-US', value: message } }));
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address() as AddressInfo;

async function getPool(id: string): Promise<unknown> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    const response = await fetch(`http://127.0.0.1:${port}/pools/${id}`, { signal: AbortSignal.timeout(5_000) });
    if (response.ok) return response.json();
    const error = errorFromResponse(response.status, await response.text());
    console.log(`attempt ${attempt}: ${error.status} ${error.code}, retryable: ${error.retryable}`);
    if (!error.retryable) throw error;
    await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt)); // back off before the next attempt
  }
  throw new Error('gave up after 3 attempts');
}

try {
  await getPool('no-such-pool');
} catch (error) {
  console.log(`failed: ${(error as Error).message}`);
} finally {
  server.close();
}

console.log(`PoolNotFound is sent with ${statusesOf('PoolNotFound').join(', ')}; retryable: ${isRetryable('PoolNotFound')}`);
