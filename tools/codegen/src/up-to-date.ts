/**
 * The record of the last run that left the generated files up to date, so that
 * `check` and `generate` on an unchanged tree answer from hashes of bytes
 * instead of parsing the docs and emitting the packages again.
 *
 * A record holds a digest of everything a generation depends on (the
 * generator, every file of the docs folder including the lock, where the
 * command runs) and a digest of what it left (every file of the generated
 * folders, and that no staging folder or lock was there), with the problems
 * it printed. It is a cache entry (cache.ts), one per docs and packages
 * folder. A record that cannot be trusted or whose digests differ is ignored:
 * the command then does the full run, whose answer is always the reference.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { cacheFolder, generatorDigest, hashTree, keyName, readCacheEntry, writeCacheEntry } from './cache.js';
import { generatedFolder, generatedPackages, lockName, stagingPrefix, translationsLockFileName } from './layout.js';

const recordVersion = 1;
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
export function presentationOf(options: { strict: boolean; reporter: string; color: boolean }): string {
  return `${options.strict ? 'strict' : 'lenient'} ${options.reporter}${options.color ? ' color' : ''}`;
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
 * covers the generator and every docs file but the translations lock, the
 * second the lock, which `generate` itself rewrites. Undefined when something
 * could not be read.
 */
export async function inputsDigest(folders: Folders): Promise<string | undefined> {
  const generator = await generatorDigest();
  if (generator === undefined) return undefined;
  const docs = createHash('sha256').update(`${recordKey(folders)}\0${generator}\0`);
  if (!(await hashTree(docs, folders.docsDir, (relative) => relative !== translationsLockFileName))) return undefined;
  const lockBytes = await readFile(path.join(folders.docsDir, translationsLockFileName)).catch(() => Buffer.from('no lock'));
  return `${docs.digest('hex')}:${createHash('sha256').update(lockBytes).digest('hex')}`;
}

/** Digest of the generated folders, and of the staging folders or lock an interrupted or running generate left. */
export async function outputsDigest(packagesDir: string): Promise<string | undefined> {
  const hash = createHash('sha256');
  let debris: string[];
  try {
    debris = (await readdir(packagesDir)).filter((name) => name.startsWith(stagingPrefix) || name.startsWith(lockName));
  } catch {
    return undefined;
  }
  hash.update(`debris ${debris.sort().join('\0')}\0`);
  for (const packageName of generatedPackages) {
    hash.update(`${packageName}\0`);
    if (!(await hashTree(hash, path.join(packagesDir, packageName, generatedFolder), () => true))) return undefined;
  }
  return hash.digest('hex');
}

/** The record for these folders when its digests match the tree as it is now. */
export async function readMatchingRecord(folders: Folders): Promise<UpToDateRecord | undefined> {
  const record = await readRecord(folders);
  if (!record) return undefined;
  const [inputs, outputs] = await Promise.all([inputsDigest(folders), outputsDigest(folders.packagesDir)]);
  return inputs === record.inputs && outputs === record.outputs ? record : undefined;
}

/**
 * Records that the tree is up to date for these inputs, adding one
 * presentation of the problems to what an earlier run with the same digests
 * recorded. `inputsBefore` is the digest taken before the run read the docs;
 * when the docs changed during the run, nothing is recorded.
 */
export async function recordUpToDate(
  folders: Folders,
  inputsBefore: string | undefined,
  run: { generatedFiles: number; problemCount: string; presentation: string; printed: string },
): Promise<void> {
  if (inputsBefore === undefined) return;
  const [inputs, outputs] = await Promise.all([inputsDigest(folders), outputsDigest(folders.packagesDir)]);
  if (inputs === undefined || outputs === undefined) return;
  // generate may have rewritten the lock, which is one of the inputs: the docs themselves must not have moved.
  if (inputs.split(':')[0] !== inputsBefore.split(':')[0]) return;
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
