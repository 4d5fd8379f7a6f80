/**
 * The loopback service answers in a way the official client reads as the
 * Batch service's own answers; the client tests of the packages rely on it.
 */
import { RestError } from '@azure/ms-rest-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchClientFor, type RunningBatchService, serviceErrorBody, startBatchService } from './batch-service.js';

let service: RunningBatchService;

beforeAll(async () => {
  service = await startBatchService(({ method, path }) => {
    if (method === 'GET' && path === '/pools/busy-pool')
      return { status: 503, body: serviceErrorBody('ServerBusy', 'The server is busy.', { requestId: 'req-1' }) };
    if (method === 'GET' && path === '/jobs/job-1/tasks/task-1')
      return { status: 200, body: { id: 'task-1', state: 'completed', creationTime: '2026-12-01T07:00:00.000Z' } };
    return undefined;
  });
});
afterAll(() => service.close());

describe('the loopback Batch service, through @azure/batch', () => {
  it('makes the client throw its RestError with the code, the status and the parsed body', async () => {
    const thrown = await batchClientFor(service)
      .pool.get('busy-pool')
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(thrown).toBeInstanceOf(RestError);
    expect(thrown).toMatchObject({ code: 'ServerBusy', statusCode: 503 });
    expect((thrown as { body: { message: { value: string } } }).body.message.value).toBe(
      'The server is busy.\nRequestId:req-1\nTime:2026-12-01T07:00:00.0000000Z',
    );
  });

  it("gives the client's model objects, with Date timestamps", async () => {
    const task = await batchClientFor(service).task.get('job-1', 'task-1');
    expect(task.creationTime).toEqual(new Date('2026-12-01T07:00:00.000Z'));
    expect(service.requests).toContain('GET /jobs/job-1/tasks/task-1');
  });

  it("answers what no test expects with the service's 404", async () => {
    await expect(batchClientFor(service).job.get('nowhere')).rejects.toMatchObject({ code: 'ResourceNotFound', statusCode: 404 });
  });
});
