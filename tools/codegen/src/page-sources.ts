/**
 * Where a page's reading comes from: parsed in this thread, taken from the
 * page cache, or made by a parse worker. Each source gives the same plain
 * reading (page-reading.ts) for the same page, so the caller picks them and
 * stacks them (the cache in front of the workers in front of this thread)
 * and the model never knows which one answered.
 */
import { VFile } from 'vfile';
import type { PageRole } from './diagnostics.js';
import { Reporter } from './diagnostics.js';
import type { DocumentSpec } from './documents.js';
import { cachePageReading, cachedPageReading, pageReadingKey } from './page-cache.js';
import { type ArrivingReading, extractPageText, type PageReading, type RecordedProblem, readingOf } from './page-reading.js';
import { PageWorkers, type WorkerCount, workersFor } from './page-workers.js';
import { startSpeller } from './speller-thread.js';
import type { DocsPage } from './read.js';
import { Timings } from './timings.js';

/** A page of a known document, and the part it plays. */
export interface PageToRead {
  page: DocsPage;
  spec: DocumentSpec;
  role: PageRole;
}

export interface PageReadingSource {
  /** The pages that will be asked for, in order: a source that reads ahead starts on them now. */
  start(pages: readonly PageToRead[]): Promise<void>;
  /** The page's reading; an English page's prose findings may still be pending. */
  read(entry: PageToRead): Promise<ArrivingReading>;
  /** Releases what the source holds (workers); pages not read yet are not read. */
  close(): Promise<void>;
}

/** Characters of pages parsed ahead of being asked for: the real docs are well within; larger pages are read one at a time, to hold one at a time. */
const readAheadCharacters = 1024 * 1024;

/**
 * Parses the pages in this thread, those within `readAheadCharacters` started
 * at once: while the English page waits for its speller (its dictionary built
 * in a worker, started here), the other pages parse.
 */
export function readHere(timings = new Timings()): PageReadingSource {
  const ahead = new Map<PageToRead, Promise<ArrivingReading>>();
  const readNow = async ({ page, spec, role }: PageToRead): Promise<ArrivingReading> => {
    const scratch = new VFile({ path: page.file.path, value: page.file.value });
    const { extracted, checked } = await extractPageText(spec, new Reporter(scratch, role), timings);
    const reading = readingOf(scratch, 0, extracted);
    if (role !== 'source') return reading;
    const pendingProblems = checked.then(() => readingOf(scratch, reading.problems.length, extracted).problems);
    // A failure is the caller's when it waits for them; until then it is not unhandled.
    pendingProblems.catch(() => undefined);
    return { ...reading, pendingProblems };
  };
  return {
    async start(pages) {
      if (pages.some((entry) => entry.role === 'source')) startSpeller();
      let characters = 0;
      // The page that needs the speller first, so that its question is asked while the others parse.
      for (const entry of [...pages].sort((left, right) => Number(right.role === 'source') - Number(left.role === 'source'))) {
        characters += String(entry.page.file.value).length;
        if (characters > readAheadCharacters) break;
        const reading = readNow(entry);
        // A failure is the caller's when it asks for that page; until then it is not unhandled.
        reading.catch(() => undefined);
        ahead.set(entry, reading);
      }
    },
    read(entry) {
      const reading = ahead.get(entry) ?? readNow(entry);
      ahead.delete(entry);
      return reading;
    },
    close: async () => {
      ahead.clear();
    },
  };
}

/**
 * Sends every page to parse workers at once (they take one each at a time);
 * a page no worker could read goes to `fallback`. `count` decides how many
 * workers start (`auto`: one per core when the pages are large enough to gain).
 */
export function readWithWorkers(count: WorkerCount, fallback: PageReadingSource, timings = new Timings()): PageReadingSource {
  let workers: PageWorkers | undefined;
  const pending = new Map<PageToRead, Promise<PageReading | undefined>>();
  return {
    async start(pages) {
      const characters = pages.reduce((sum, { page }) => sum + String(page.file.value).length, 0);
      workers = PageWorkers.create(workersFor(count, pages.length, characters));
      for (const entry of pages) if (workers) pending.set(entry, workers.read(entry.page, entry.role));
      await fallback.start(pages.filter((entry) => !pending.has(entry)));
    },
    async read(entry) {
      const fromWorker = await timings.measure('parse', async () => pending.get(entry));
      if (!fromWorker) return fallback.read(entry);
      timings.pagesFromWorkers++;
      return fromWorker;
    },
    async close() {
      await Promise.all([workers?.close(), fallback.close()]);
    },
  };
}

/**
 * Answers from the page cache when the generator and the page's bytes are unchanged; asks `inner` otherwise, and
 * caches its answer once its pending problems have arrived (`close` waits for that): the cache holds whole readings.
 */
export function readThroughCache(inner: PageReadingSource, timings = new Timings()): PageReadingSource {
  const known = new Map<PageToRead, { key: string | undefined; cached: PageReading | undefined }>();
  const storing: Promise<void>[] = [];
  return {
    async start(pages) {
      for (const entry of pages) {
        const key = await pageReadingKey(entry.page, entry.role);
        const cached = key === undefined ? undefined : await timings.measure('read', () => cachedPageReading(key));
        known.set(entry, { key, cached });
      }
      await inner.start(pages.filter((entry) => !known.get(entry)?.cached));
    },
    async read(entry) {
      const { key, cached } = known.get(entry) ?? { key: undefined, cached: undefined };
      if (cached) return cached;
      const reading = await inner.read(entry);
      if (key !== undefined) storing.push(cacheWhole(key, reading));
      return reading;
    },
    async close() {
      await Promise.all(storing);
      await inner.close();
    },
  };
}

/** Caches `reading` with its pending problems; one whose checks failed is not cached (the run reports the failure). */
async function cacheWhole(key: string, reading: ArrivingReading): Promise<void> {
  let pending: RecordedProblem[];
  try {
    pending = (await reading.pendingProblems) ?? [];
  } catch {
    return;
  }
  await cachePageReading(key, { extracted: reading.extracted, problems: [...reading.problems, ...pending] });
}

/** The sources a command stacks: the page cache (unless turned off) in front of the workers in front of this thread. */
export function pageReadingSource(options: { cache?: boolean; workers?: WorkerCount; timings?: Timings } = {}): PageReadingSource {
  const timings = options.timings ?? new Timings();
  const parsed = readWithWorkers(options.workers ?? 'auto', readHere(timings), timings);
  return options.cache === false ? parsed : readThroughCache(parsed, timings);
}
