/**
 * The page cache: a page whose bytes and generator are unchanged is not parsed
 * again, and what comes from the cache is exactly what parsing gives; an entry
 * that is corrupt or another page's is never trusted.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheFolder, keyName, readCacheEntry, writeCacheEntry } from '../src/cache.js';
import type { PageRole } from '../src/diagnostics.js';
import { type LoadResult, loadDocs } from '../src/load.js';
import { codeRows } from '../src/model.js';
import { pageReadingKey } from '../src/page-cache.js';
import type { PageReading } from '../src/page-reading.js';
import { readDocsFolder } from '../src/docs-folder.js';
import { docsSource, messageLines, temporaryFolder } from './helpers.js';

const statusPage = 'batch-status-and-error-codes.md';

/** A copy of the docs, loaded once so that the cache holds each of its pages. */
async function cachedDocs() {
  const docs = path.join(await temporaryFolder(), 'docs-source');
  await cp(docsSource, docs, { recursive: true });
  await loadDocs(docs);
  const { pages } = await readDocsFolder(docs);
  const keys = new Map<string, string>();
  for (const page of pages) {
    const role: PageRole = page.fileName !== statusPage ? 'linked' : page.locale === 'en-us' ? 'source' : 'translation';
    const key = await pageReadingKey(page, role);
    if (key !== undefined) keys.set(`${page.locale}/${page.fileName}`, key);
  }
  return { docs, keys };
}

/** Everything a load gives that the commands use: the model and each file's problems. */
function comparable(loaded: LoadResult) {
  return { model: loaded.model, problems: loaded.files.map((file) => [file.path, messageLines([file])]) };
}

/** Adds a marker problem to the cached reading of each page, so a test can tell a cached page from a parsed one. */
async function markCachedPages(keys: ReadonlyMap<string, string>): Promise<void> {
  for (const [page, key] of keys) {
    const reading = (await readCacheEntry('pages', key)) as PageReading;
    const marker = { reason: `from the cache: ${page}`, ruleId: 'missing-final-period', place: { line: 1, column: 1 } };
    await writeCacheEntry('pages', key, { ...reading, problems: [...reading.problems, marker] }, 256);
  }
}

function markers(loaded: LoadResult): string[] {
  return loaded.files.flatMap((file) => file.messages.filter((message) => message.reason.startsWith('from the cache')).map((message) => message.reason));
}

describe('the page cache', () => {
  it('holds every page of the docs after one load, and a load from it equals a load without it', async () => {
    const { docs, keys } = await cachedDocs();
    const { pages } = await readDocsFolder(docs);
    expect([...keys.keys()]).toEqual(pages.map((page) => `${page.locale}/${page.fileName}`));
    for (const key of keys.values()) expect(await readCacheEntry('pages', key)).toBeDefined();
    expect(comparable(await loadDocs(docs))).toEqual(comparable(await loadDocs(docs, { cache: false })));
  });

  it('is what a load reads for unchanged pages; a changed page alone is parsed again', async () => {
    const { docs, keys } = await cachedDocs();
    await markCachedPages(keys);
    const all = [...keys.keys()].map((page) => `from the cache: ${page}`);
    expect(markers(await loadDocs(docs))).toEqual(all);
    expect(markers(await loadDocs(docs, { cache: false }))).toEqual([]);

    const edited = path.join(docs, 'de-de', statusPage);
    await writeFile(edited, `${await readFile(edited, 'utf8')}\n`);
    expect(markers(await loadDocs(docs))).toEqual(all.filter((marker) => marker !== `from the cache: de-de/${statusPage}`));
  });

  it('gives the same model and problems for a page whose edit changes its problems', async () => {
    const { docs } = await cachedDocs();
    const english = path.join(docs, 'en-us', statusPage);
    // A misspelling in a message the docs have: the prose checks of the English page must run again.
    const { model } = await loadDocs(docs);
    const row = codeRows(model!).find((candidate) => / the /.test(candidate.message));
    if (!row) throw new Error('Expected a message with "the" in the docs, found none');
    const lines = (await readFile(english, 'utf8')).split('\n');
    const line = lines[row.source.line - 1] ?? '';
    const edited = line.replace(/(\|[^|]*\|[^|]*\|[^|]*?) the /, '$1 teh ');
    expect(edited).not.toBe(line);
    lines[row.source.line - 1] = edited;
    await writeFile(english, lines.join('\n'));
    const fromCache = comparable(await loadDocs(docs));
    const misspelled = fromCache.problems.flatMap(([, found]) => found).filter((found) => String(found).includes('found "teh"'));
    expect(misspelled).toHaveLength(1);
    expect(fromCache).toEqual(comparable(await loadDocs(docs, { cache: false })));
    expect(comparable(await loadDocs(docs))).toEqual(fromCache);
  });

  it.each([
    ['truncated', (text: string) => text.slice(0, text.length >> 1)],
    ['edited', (text: string) => text.replace('"tables', '"tablez')],
    ['not JSON', () => 'garbage'],
  ])('ignores an entry that is %s', async (_, corrupt) => {
    const { docs, keys } = await cachedDocs();
    const reference = comparable(await loadDocs(docs, { cache: false }));
    const folder = cacheFolder('pages') ?? '';
    for (const key of keys.values()) {
      const file = path.join(folder, `${keyName(key)}.json`);
      await writeFile(file, corrupt(await readFile(file, 'utf8')));
    }
    expect(comparable(await loadDocs(docs))).toEqual(reference);
  });

  it("ignores another page's entry in a page's place", async () => {
    const { docs, keys } = await cachedDocs();
    await markCachedPages(keys);
    const folder = cacheFolder('pages') ?? '';
    const entryOf = (page: string) => path.join(folder, `${keyName(keys.get(page) ?? '')}.json`);
    await cp(entryOf(`en-us/${statusPage}`), entryOf(`de-de/${statusPage}`));
    // The German page is parsed again: the entry in its place was written for another key.
    const all = [...keys.keys()].map((page) => `from the cache: ${page}`);
    expect(markers(await loadDocs(docs))).toEqual(all.filter((marker) => marker !== `from the cache: de-de/${statusPage}`));
  });
});
