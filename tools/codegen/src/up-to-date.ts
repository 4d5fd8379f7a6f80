/**
 * The record of the last run that left the generated files up to date, so that
 * `check` and `generate` on an unchanged tree answer from hashes of bytes
 * instead of parsing the docs and emitting the packages again.
 *
 * A record holds a digest of everything a generation depends on (the
 * generator, the docs folder as read including the lock, where the command
 * runs) and a digest of what it left (every file of the generated
 * folders, and that no staging folder or lock was there), with the problems
 * it printed. It is a cache entry (cache.ts), one per docs and packages
 * folder. A record that cannot be trusted or whose digests differ is ignored:
 * the command then does the full run, whose answer is always the reference.
 */
import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { cacheFolder, generatorDigest, hashTree, keyName, readCacheEntry, writeCacheEntry } from './cache.js';
import { type DocsFolder, docsFolderDigest, lockDigest } from './docs-folder.js';
import { generatedFolder, generatedPackages, lockName, stagingPrefix } from './layout.js';

const recordVersion = 2;
/** Records kept; the oldest go beyond it (each test's temporary folders make one). */
const recordsKept = 64;

export interface UpToDateRecord {
  version: typeof recordVersion;
  inputs: string;
  outputs: string;
  generatedFiles: number;
  /** `countProblems` of the docs, as `generate` prints it. */
  problemCount: string;
  /** The problems as printed, by presentation (see `presentationOf`); a run adds its own. */
  printed: Record<string, string>;
}

/** How problems were printed: the same docs print differently with --strict, another reporter or color. */
export function presentationOf(options: { strict: boolean; reporter: string; color: boolean; quiet?: boolean }): string {
  return `${options.strict ? 'strict' : 'lenient'} ${options.reporter}${options.color ? ' color' : ''}${options.quiet ? ' quiet' : ''}`;
}

export interface Folders {
  docsDir: string;
  packagesDir: string;
}

/** The cache key of the record for these folders, run from here. */
export function recordKey(folders: Folders): string {
  return `up-to-date\0${process.cwd()}\0${folders.docsDir}\0${folders.packagesDir}`;
}

/** The file of the record for these folders, where the working directory keeps a cache. */
export function recordFile(folders: Folders): string | undefined {
  const folder = cacheFolder('up-to-date');
  return folder && path.join(folder, `${keyName(recordKey(folders))}.json`);
}

/**
 * Digest of everything a generation reads, as `docs:lock`: the first half
 * covers the generator, where the command runs and the docs folder as read
 * but for the translations lock, the second the lock, which `generate` itself
 * rewrites (`lockAfter`: the text it wrote). Undefined when the generator's
 * own files could not be read.
 */
export async function inputsDigest(folders: Folders, folder: DocsFolder, lockAfter?: string): Promise<string | undefined> {
  const generator = await generatorDigest();
  if (generator === undefined) return undefined;
  const { docs } = docsFolderDigest(folder);
  const keyed = createHash('sha256')
    .update(`${recordKey(folders)}\0${generator}\0${docs}`)
    .digest('hex');
  return `${keyed}:${lockAfter === undefined ? lockDigest(folder.lock) : lockDigest(lockAfter)}`;
}

/** Digest of the generated folders; undefined while an interrupted or running generate left something there. */
export async function outputsDigest(packagesDir: string): Promise<string | undefined> {
  const hash = createHash('sha256');
  let debris: string[];
  try {
    debris = (await readdir(packagesDir)).filter((name) => name.startsWith(stagingPrefix) || name.startsWith(lockName));
  } catch {
    return undefined;
  }
  // What a run left (a staging folder, a lock, a lock's backup) is for the full run to report: no record covers it.
  if (debris.length > 0) return undefined;
  for (const packageName of generatedPackages) {
    hash.update(`${packageName}\0`);
    if (!(await hashTree(hash, path.join(packagesDir, packageName, generatedFolder), () => true))) return undefined;
  }
  return hash.digest('hex');
}

/** The record for these folders when its digests match the docs as read and the generated folders as they are now. */
export async function readMatchingRecord(folders: Folders, folder: DocsFolder): Promise<UpToDateRecord | undefined> {
  const record = await readRecord(folders);
  if (!record) return undefined;
  const [inputs, outputs] = await Promise.all([inputsDigest(folders, folder), outputsDigest(folders.packagesDir)]);
  return inputs === record.inputs && outputs === record.outputs ? record : undefined;
}

/**
 * Records that the generated folders are up to date for the docs as read
 * (`folder`, with the lock `generate` wrote, if it wrote one), adding one
 * presentation of the problems to what an earlier run with the same digests
 * recorded. The record names what was read, not what is on disk now: docs
 * edited during the run send the next run back to the full run.
 */
export async function recordUpToDate(
  folders: Folders,
  folder: DocsFolder,
  run: { generatedFiles: number; problemCount: string; presentation: string; printed: string; lockWritten?: string },
): Promise<void> {
  const [inputs, outputs] = await Promise.all([inputsDigest(folders, folder, run.lockWritten), outputsDigest(folders.packagesDir)]);
  if (inputs === undefined || outputs === undefined) return;
  const earlier = await readRecord(folders);
  const printed = earlier && earlier.inputs === inputs && earlier.outputs === outputs ? earlier.printed : {};
  const record: UpToDateRecord = {
    version: recordVersion,
    inputs,
    outputs,
    generatedFiles: run.generatedFiles,
    problemCount: run.problemCount,
    printed: { ...printed, [run.presentation]: run.printed },
  };
  await writeCacheEntry('up-to-date', recordKey(folders), record, recordsKept);
}

async function readRecord(folders: Folders): Promise<UpToDateRecord | undefined> {
  const record = await readCacheEntry('up-to-date', recordKey(folders));
  return isRecord(record) ? record : undefined;
}

function isRecord(value: unknown): value is UpToDateRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  const printed = record['printed'];
  return (
    record['version'] === recordVersion &&
    typeof record['inputs'] === 'string' &&
    typeof record['outputs'] === 'string' &&
    Number.isSafeInteger(record['generatedFiles']) &&
    typeof record['problemCount'] === 'string' &&
    typeof printed === 'object' &&
    printed !== null &&
    Object.values(printed).every((text) => typeof text === 'string')
  );
}
