/**
 * A parse worker (page-workers.ts): reads each page it is sent, one at a time,
 * and sends back the page's reading.
 */
import { parentPort } from 'node:worker_threads';
import { VFile } from 'vfile';
import { Reporter } from './diagnostics.js';
import { knownDocuments } from './documents.js';
import { readingOf, readPageText } from './page-reading.js';
import type { PageJob, PageJobDone } from './page-workers.js';

const port = parentPort;
port?.on('message', async (job: PageJob) => {
  const spec = knownDocuments.find((candidate) => candidate.fileName === job.fileName);
  const file = new VFile({ path: job.path, value: job.text });
  const extracted = spec && (await readPageText(spec, new Reporter(file, job.role)));
  const done: PageJobDone = { id: job.id, reading: readingOf(file, 0, extracted) };
  port.postMessage(done);
});
