/**
 * Each page's reading, cached (page-reading.ts), keyed by the generator, the
 * page's place and role, and its bytes. Changing one page of seven re-reads
 * that page alone; the model, the alignment of translations and everything
 * after run every time.
 */
import { generatorDigest, readCacheEntry, writeCacheEntry } from './cache.js';
import type { PageRole } from './diagnostics.js';
import { isPageReading, type PageReading } from './page-reading.js';
import type { DocsPage } from './read.js';

/** Pages kept: seven locales of a few pages, with room for the pages of other docs folders and of tests. */
const pagesKept = 256;
/** Larger pages are not cached: their JSON would cost a good part of what a parse costs, and memory besides. */
const maxCachedPageBytes = 4 * 1024 * 1024;

/** The cache key of a page's reading; undefined when the page is not cached. */
export async function pageReadingKey(page: DocsPage, role: PageRole): Promise<string | undefined> {
  const generator = await generatorDigest();
  if (generator === undefined || String(page.file.value).length > maxCachedPageBytes) return undefined;
  return `page\0${generator}\0${role}\0${page.file.path}\0${page.sha256}`;
}

/** The cached reading of the page; undefined on a miss. */
export async function cachedPageReading(key: string): Promise<PageReading | undefined> {
  const reading = await readCacheEntry('pages', key);
  return isPageReading(reading) ? reading : undefined;
}

/** Stores a page's reading under its key. */
export async function cachePageReading(key: string, reading: PageReading): Promise<void> {
  await writeCacheEntry('pages', key, reading, pagesKept);
}
