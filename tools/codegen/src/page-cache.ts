/**
 * Each page's reading, cached: what parsing, extracting and the prose checks
 * made of a page (the extracted page, or none when the parser refused it) and
 * the problems they recorded on it, keyed by the generator, the page's place
 * and its bytes. Changing one page of seven re-reads that page alone; the
 * model, the alignment of translations and everything after run every time.
 */
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import { generatorDigest, readCacheEntry, writeCacheEntry } from './cache.js';
import { type PageRole, type RuleId, recordProblem, rules } from './diagnostics.js';
import type { ExtractedPage } from './extract.js';
import type { DocsPage } from './read.js';

/** Pages kept: seven locales of a few pages, with room for the pages of other docs folders and of tests. */
const pagesKept = 256;
/** Larger pages are not cached: their JSON would cost a good part of what a parse costs, and memory besides. */
const maxCachedPageBytes = 4 * 1024 * 1024;

/** A problem as recorded on the page; its severity follows from its rule. */
interface RecordedProblem {
  reason: string;
  ruleId: RuleId;
  place: Position | { line: number; column: number } | undefined;
}

export interface PageReading {
  /** Undefined when the parser refused the page (its problems say why). */
  extracted: ExtractedPage | undefined;
  problems: RecordedProblem[];
}

/** The cache key of a page's reading; undefined when the page is not cached. */
export async function pageReadingKey(page: DocsPage, role: PageRole): Promise<string | undefined> {
  const generator = await generatorDigest();
  if (generator === undefined || String(page.file.value).length > maxCachedPageBytes) return undefined;
  return `page\0${generator}\0${role}\0${page.file.path}\0${page.sha256}`;
}

/** The cached reading of the page, its problems recorded on the page again; undefined on a miss. */
export async function cachedPageReading(key: string, file: VFile): Promise<PageReading | undefined> {
  const reading = await readCacheEntry('pages', key);
  if (!isPageReading(reading)) return undefined;
  for (const problem of reading.problems) recordProblem(file, problem.ruleId, problem.place, problem.reason);
  return reading;
}

/** Caches the reading of a page: `extracted`, and the problems recorded on `file` since `firstProblem`. */
export async function cachePageReading(key: string, file: VFile, firstProblem: number, extracted: ExtractedPage | undefined): Promise<void> {
  const problems: RecordedProblem[] = file.messages.slice(firstProblem).map((message) => ({
    reason: message.reason,
    ruleId: message.ruleId as RuleId,
    place: message.place ?? undefined,
  }));
  await writeCacheEntry('pages', key, { extracted, problems }, pagesKept);
}

/** A light check of the shape; the entry's digest already vouches for its bytes. */
function isPageReading(value: unknown): value is PageReading {
  if (typeof value !== 'object' || value === null) return false;
  const reading = value as Partial<Record<keyof PageReading, unknown>>;
  const extracted = reading.extracted as Partial<Record<keyof ExtractedPage, unknown>> | undefined;
  return (
    Array.isArray(reading.problems) &&
    reading.problems.every(
      (problem: Partial<RecordedProblem>) => typeof problem?.reason === 'string' && typeof problem.ruleId === 'string' && problem.ruleId in rules,
    ) &&
    (extracted === undefined ||
      (typeof extracted === 'object' && Array.isArray(extracted.tables) && Array.isArray(extracted.sections) && Array.isArray(extracted.samples)))
  );
}
