/**
 * A worker thread asked questions one at a time, for work that can start on
 * another core while this thread parses (the speller's dictionary, loading the
 * emitters' TypeScript). It keeps the process alive only while a question
 * waits. Where no worker code lies beside this module (the sources run under
 * a test runner) there is no worker, and a lost worker rejects every question
 * with `WorkerLost`: the caller then does the work in this thread, so no
 * output depends on where it was made.
 */
import { existsSync } from 'node:fs';
import { parentPort, Worker } from 'node:worker_threads';

/** The worker gave no answer: it died, or its work failed there. */
export class WorkerLost extends Error {}

interface Envelope<Body> {
  id: number;
  body: Body;
}

interface Reply<Answer> {
  id: number;
  answer?: Answer;
  failure?: string;
}

/** Asks the worker a question; `stop` ends the worker, rejecting what still waits with `WorkerLost`. */
export type Ask<Question, Answer> = ((question: Question) => Promise<Answer>) & { stop(): void };

/** The asking side of a worker running `code`; undefined when there is no such code. */
export function startQuestionWorker<Question, Answer>(code: string): Ask<Question, Answer> | undefined {
  if (!existsSync(code)) return undefined;
  let worker: Worker;
  try {
    worker = new Worker(code);
  } catch {
    // No thread to be had (out of resources): this thread does the work.
    return undefined;
  }
  const waiting = new Map<number, { resolve: (answer: Answer) => void; reject: (error: Error) => void }>();
  let lost: WorkerLost | undefined;
  let nextId = 0;
  const loseAll = (why: string) => {
    lost ??= new WorkerLost(why);
    for (const question of waiting.values()) question.reject(lost);
    waiting.clear();
    // A worker that lost a message may still be running: it must neither hold the process open nor answer again.
    worker.unref();
    void worker.terminate();
  };
  worker.on('message', (reply: Reply<Answer>) => {
    const question = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (waiting.size === 0) worker.unref();
    if (reply.failure !== undefined || !('answer' in reply)) question?.reject(new WorkerLost(reply.failure ?? 'no answer'));
    else question?.resolve(reply.answer as Answer);
  });
  worker.on('error', (error) => loseAll(error.message));
  worker.on('messageerror', (error) => loseAll(error.message));
  worker.on('exit', () => loseAll('the worker exited'));
  // After the listeners: adding a 'message' listener refs the worker again.
  worker.unref();
  const ask = (question: Question) =>
    new Promise<Answer>((resolve, reject) => {
      if (lost) return reject(lost);
      const envelope: Envelope<Question> = { id: nextId++, body: question };
      waiting.set(envelope.id, { resolve, reject });
      worker.ref();
      try {
        worker.postMessage(envelope);
      } catch (error) {
        // A question that cannot cross (a value structured clone refuses): this thread does that work.
        waiting.delete(envelope.id);
        if (waiting.size === 0) worker.unref();
        reject(new WorkerLost(error instanceof Error ? error.message : String(error)));
      }
    });
  return Object.assign(ask, { stop: () => loseAll('stopped') });
}

/** The answering side, in the worker: one question at a time, in the order sent. */
export function answerQuestions<Question, Answer>(answer: (question: Question) => Promise<Answer> | Answer): void {
  const port = parentPort;
  let previous = Promise.resolve();
  port?.on('message', ({ id, body }: Envelope<Question>) => {
    previous = previous.then(async () => {
      let reply: Reply<Answer>;
      try {
        reply = { id, answer: await answer(body) };
      } catch (error) {
        reply = { id, failure: error instanceof Error ? error.message : String(error) };
      }
      port.postMessage(reply);
    });
  });
}
