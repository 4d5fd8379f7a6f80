/**
 * The generator's cache: `node_modules/.cache/batch-errors-codegen/` under the
 * working directory, the conventional place tools keep what they can always
 * compute again. Each entry is a JSON file named by its key, carrying the key
 * and a digest of its payload: an entry that is truncated, edited, written
 * for another key or of another shape reads as absent, never as data. Every
 * failure to read or write is a miss; nothing here throws.
 *
 * Only node: imports and the guarded file reader, so that a hit costs no
 * parser or emitter to load.
 */
import { createHash, type Hash, randomBytes } from 'node:crypto';
import { type Dirent, existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readRegularFile } from './files.js';

/** The generator's code as it runs: bundle/ for the command line, dist/ for the library, src/ under a test runner; each its own generator to the cache. */
const generatorCode = path.dirname(fileURLToPath(import.meta.url));
const generatorRoot = path.dirname(generatorCode);
const entryFormat = 1;

export type CacheArea = 'up-to-date' | 'pages';

/** The cache folder of one area, when the working directory has a node_modules to hold it. */
export function cacheFolder(area: CacheArea): string | undefined {
  const modules = path.resolve('node_modules');
  return existsSync(modules) ? path.join(modules, '.cache', 'batch-errors-codegen', area) : undefined;
}

/** A file name for a key of any length. */
export function keyName(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 32);
}

let generatorDigestOnce: Promise<string | undefined> | undefined;

/**
 * Digest of the generator: its code as it runs, its package.json, the word
 * list of its prose checks and the installed dependencies (the nearest
 * lockfile). Any change to one of them is a new generator; its cache entries
 * are someone else's.
 */
export function generatorDigest(): Promise<string | undefined> {
  generatorDigestOnce ??= (async () => {
    const hash = createHash('sha256');
    const hashed =
      (await hashTree(hash, generatorCode, (name) => /\.[cm]?[jt]s$/.test(name))) &&
      (await hashFile(hash, path.join(generatorRoot, 'package.json'))) &&
      (await hashFile(hash, path.join(generatorRoot, 'batch-terms.txt'))) &&
      (await hashInstalledDependencies(hash));
    return hashed ? hash.digest('hex') : undefined;
  })();
  return generatorDigestOnce;
}

/**
 * The largest entry read, by area: a page's reading is cached only for pages
 * up to 4 MiB (its JSON is a few times that), a record is a few kilobytes.
 * Anything larger, or not a regular file (a named pipe), is a miss unread.
 */
const maxEntryBytes: Readonly<Record<CacheArea, number>> = { pages: 32 * 1024 * 1024, 'up-to-date': 4 * 1024 * 1024 };

/** The payload stored under `key` in `area`; undefined when there is none we can trust. */
export async function readCacheEntry(area: CacheArea, key: string): Promise<unknown> {
  const folder = cacheFolder(area);
  if (!folder) return undefined;
  try {
    const read = await readRegularFile(path.join(folder, `${keyName(key)}.json`), maxEntryBytes[area]);
    if (read.kind !== 'read') return undefined;
    const entry = JSON.parse(new TextDecoder().decode(read.bytes)) as Record<string, unknown>;
    if (entry['format'] !== entryFormat || entry['key'] !== key || typeof entry['payload'] !== 'string') return undefined;
    if (entry['digest'] !== createHash('sha256').update(entry['payload']).digest('hex')) return undefined;
    return JSON.parse(entry['payload']);
  } catch {
    return undefined;
  }
}

/** Stores `payload` under `key` (atomically: a reader sees the old entry or the new one), keeping the `keep` newest entries of the area. */
export async function writeCacheEntry(area: CacheArea, key: string, payload: unknown, keep: number): Promise<void> {
  const folder = cacheFolder(area);
  if (!folder) return;
  try {
    const text = JSON.stringify(payload);
    const entry = { format: entryFormat, key, digest: createHash('sha256').update(text).digest('hex'), payload: text };
    await mkdir(folder, { recursive: true });
    const file = path.join(folder, `${keyName(key)}.json`);
    const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
    await writeFile(temporary, JSON.stringify(entry));
    await rename(temporary, file);
    await pruneEntries(folder, keep);
  } catch {
    // A cache that cannot be written only costs the next run its shortcut.
  }
}

/** Keeps the most recently written entries. */
async function pruneEntries(folder: string, keep: number): Promise<void> {
  const names = (await readdir(folder)).filter((name) => name.endsWith('.json'));
  if (names.length <= keep) return;
  const written = await Promise.all(names.map(async (name) => ({ name, time: (await stat(path.join(folder, name)).catch(() => undefined))?.mtimeMs ?? 0 })));
  written.sort((left, right) => right.time - left.time);
  await Promise.all(written.slice(keep).map(({ name }) => rm(path.join(folder, name), { force: true })));
}

async function hashInstalledDependencies(hash: Hash): Promise<boolean> {
  for (let folder = generatorRoot; ; folder = path.dirname(folder)) {
    for (const name of ['pnpm-lock.yaml', 'package-lock.json']) {
      const read = await readRegularFile(path.join(folder, name), maxHashedBytes);
      if (read.kind === 'read') {
        hash.update(`${name}\0${read.bytes.length}\0`).update(read.bytes);
        return true;
      }
      // Something else where a lockfile goes (a pipe, a huge file): no digest, so no cache to trust.
      if (read.kind === 'problem') return false;
    }
    if (path.dirname(folder) === folder) return true;
  }
}

/** A generated file at 50,000 codes is 17 MB; nothing the digests cover comes near this. */
const maxHashedBytes = 256 * 1024 * 1024;

export async function hashFile(hash: Hash, file: string): Promise<boolean> {
  const read = await readRegularFile(file, maxHashedBytes);
  if (read.kind !== 'read') return false;
  hash.update(`${read.bytes.length}\0`).update(read.bytes);
  return true;
}

/** Every regular file under `root` whose relative path `include` accepts, by path and bytes, in code point order; false on anything else. */
export async function hashTree(hash: Hash, root: string, include: (relative: string) => boolean): Promise<boolean> {
  const entries = await listEntries(root, true);
  if (!entries) return false;
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.isDirectory()) continue;
    // A symbolic link, pipe or device is something only the full run knows how to report.
    if (!entry.isFile()) return false;
    const relative = path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    if (include(relative)) files.push(relative);
  }
  files.sort((left, right) => (left < right ? -1 : left > right ? 1 : 0));
  hash.update(`tree ${files.length}\0`);
  // Read a few at once (a check's time is mostly waiting on the disk), hash in order.
  for (let start = 0; start < files.length; start += filesReadAtOnce) {
    const batch = files.slice(start, start + filesReadAtOnce);
    const reads = await Promise.all(batch.map((relative) => readRegularFile(path.join(root, relative), maxHashedBytes)));
    for (const [index, read] of reads.entries()) {
      if (read.kind !== 'read') return false;
      hash.update(`${batch[index]}\0${read.bytes.length}\0`).update(read.bytes);
    }
  }
  return true;
}

const filesReadAtOnce = 16;

async function listEntries(folder: string, recursive = false): Promise<Dirent[] | undefined> {
  try {
    return await readdir(folder, { withFileTypes: true, recursive });
  } catch {
    return undefined;
  }
}
