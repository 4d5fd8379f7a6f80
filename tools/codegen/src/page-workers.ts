/**
 * Parse workers: the pages of a large docs folder parsed on every core at
 * once. Each worker reads one page at a time and sends back its reading
 * (page-reading.ts); its heap is capped, so that several large pages at once
 * stay within memory. A worker that dies (out of memory, or with no worker
 * code beside this module, as when the sources run under a test runner) gives
 * its page back, to be read in this thread: the bytes generated never depend
 * on where a page was read.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PageRole } from './diagnostics.js';
import { isPageReading, type PageReading } from './page-reading.js';
import type { DocsPage } from './read.js';

/** What a worker is sent: one page, by text. */
export interface PageJob {
  id: number;
  path: string;
  text: string;
  fileName: string;
  role: PageRole;
}

/** What a worker sends back. */
export interface PageJobDone {
  id: number;
  reading: PageReading;
}

/** How many workers to start: a count, or `auto` (one per core when the pages to parse are large enough to gain). */
export type WorkerCount = number | 'auto';

/** Below this many characters to parse, starting workers (each loads the parser) costs more than it saves. */
const autoWorkersAbove = 1024 * 1024;

/**
 * Heap of one worker, in MB: parsing a 6.6 MB page in pieces grows an
 * uncapped heap past 500 MB, most of it garbage a smaller heap collects
 * sooner; well above what one page of the real docs needs.
 */
const workerHeapMegabytes = 256;

const workerCode = fileURLToPath(new URL('./page-worker.js', import.meta.url));

interface Waiting {
  job: PageJob;
  resolve: (reading: PageReading | undefined) => void;
}

/** The number of workers to start for pages holding `characters` characters in all; 0 reads them in this thread. */
export function workersFor(count: WorkerCount, pages: number, characters: number): number {
  if (count === 'auto') return pages >= 2 && characters >= autoWorkersAbove ? Math.min(pages, availableParallelism()) : 0;
  return Math.min(count, pages);
}

export class PageWorkers {
  private readonly idle: Worker[] = [];
  private readonly running = new Map<Worker, Waiting>();
  private readonly queue: Waiting[] = [];
  private started = 0;
  private nextId = 0;

  private constructor(
    private readonly size: number,
    private readonly code: string,
  ) {}

  /** Up to `size` workers running `code` (the parse worker), started as pages come; undefined when there are none to start. */
  static create(size: number, code = workerCode): PageWorkers | undefined {
    return size > 0 && existsSync(code) ? new PageWorkers(size, code) : undefined;
  }

  /** The page's reading made by a worker; undefined when no worker could make it. */
  read(page: DocsPage, role: PageRole): Promise<PageReading | undefined> {
    const job: PageJob = { id: this.nextId++, path: page.file.path, text: String(page.file.value), fileName: page.fileName, role };
    return new Promise((resolve) => {
      this.queue.push({ job, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    const workers = [...this.idle, ...this.running.keys()];
    this.idle.length = 0;
    for (const waiting of this.queue.splice(0)) waiting.resolve(undefined);
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const worker = this.idle.pop() ?? (this.started < this.size ? this.startWorker() : undefined);
      if (!worker) return;
      const waiting = this.queue.shift() as Waiting;
      this.running.set(worker, waiting);
      worker.postMessage(waiting.job);
    }
  }

  private startWorker(): Worker {
    this.started++;
    const worker = new Worker(this.code, { resourceLimits: { maxOldGenerationSizeMb: workerHeapMegabytes } });
    worker.on('message', (done: PageJobDone) => {
      const waiting = this.running.get(worker);
      this.running.delete(worker);
      waiting?.resolve(done.id === waiting.job.id && isPageReading(done.reading) ? done.reading : undefined);
      this.idle.push(worker);
      this.dispatch();
    });
    // Out of memory, a crash, or a reading that cannot cross: its page is read in this thread instead, and the worker is not used again.
    const lose = () => {
      const waiting = this.running.get(worker);
      this.running.delete(worker);
      const index = this.idle.indexOf(worker);
      if (index !== -1) this.idle.splice(index, 1);
      waiting?.resolve(undefined);
      void worker.terminate();
      if (this.running.size === 0 && this.idle.length === 0) for (const queued of this.queue.splice(0)) queued.resolve(undefined);
    };
    worker.on('error', lose);
    worker.on('messageerror', lose);
    worker.on('exit', lose);
    return worker;
  }
}
