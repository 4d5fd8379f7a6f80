/**
 * The record of the last run that left the generated files up to date, so that
 * `check` and `generate` on an unchanged tree answer from hashes of bytes
 * instead of parsing the docs and emitting the packages again.
 *
 * A record holds a digest of everything a generation depends on (the
 * generator's built code and installed dependencies, every file of the docs
 * folder including the lock, where the command runs) and a digest of what it
 * left (every file of the generated folders, and that no staging folder or
 * lock was there), with the problems it printed. It lives in the conventional
 * cache folder, `node_modules/.cache/batch-errors-codegen/`, one file per docs
 * and packages folder. A record that is unreadable, of another shape or whose
 * digests differ is ignored: the command then does the full run, whose answer
 * is always the reference. Nothing here throws.
 *
 * This module imports nothing heavier than node: itself, so that a hit never
 * loads remark or ts-morph.
 */
import { createHash, type Hash, randomBytes } from 'node:crypto';
import { type Dirent, existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedFolder, generatedPackages, lockName, stagingPrefix } from './layout.js';

const recordVersion = 1;
/** The generator's code as it runs (dist/, or src/ under a test runner): part of every digest. */
const generatorCode = path.dirname(fileURLToPath(import.meta.url));
const generatorRoot = path.dirname(generatorCode);
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

/**
 * Digest of everything a generation reads, as `docs:lock`: the first half
 * covers the generator and every docs file but the translations lock, the
 * second the lock, which `generate` itself rewrites. Undefined when something
 * could not be read.
 */
export async function inputsDigest(folders: Folders): Promise<string | undefined> {
  const docs = createHash('sha256');
  docs.update(`batch-errors-codegen record ${recordVersion}\0${process.cwd()}\0${folders.docsDir}\0${folders.packagesDir}\0`);
  const hashed =
    (await hashTree(docs, generatorCode, (name) => /\.[cm]?[jt]s$/.test(name))) &&
    (await hashFile(docs, path.join(generatorRoot, 'package.json'))) &&
    (await hashInstalledDependencies(docs)) &&
    (await hashTree(docs, folders.docsDir, (name) => name !== lockFileName));
  if (!hashed) return undefined;
  const lock = createHash('sha256');
  const lockBytes = await readFile(path.join(folders.docsDir, lockFileName)).catch(() => Buffer.from('no lock'));
  return `${docs.digest('hex')}:${lock.update(lockBytes).digest('hex')}`;
}

/** Digest of the generated folders and of what else lies in the packages folder's top level that a run cares about. */
export async function outputsDigest(packagesDir: string): Promise<string | undefined> {
  const hash = createHash('sha256');
  const top = await listed(packagesDir);
  if (!top) return undefined;
  const debris = top.filter((entry) => entry.name.startsWith(stagingPrefix) || entry.name.startsWith(lockName));
  hash.update(`debris ${debris.map((entry) => entry.name).join('\0')}\0`);
  for (const packageName of generatedPackages) {
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
 * recorded. `inputs` is the digest taken before the run read the docs; when
 * the docs changed during the run, nothing is recorded.
 */
export async function recordUpToDate(
  folders: Folders,
  inputsBefore: string | undefined,
  run: { generatedFiles: number; problemCount: string; presentation: string; printed: string },
): Promise<void> {
  const cacheDir = cacheFolder();
  if (!cacheDir || inputsBefore === undefined) return;
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
  try {
    await mkdir(cacheDir, { recursive: true });
    const file = recordPath(cacheDir, folders);
    const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
    await writeFile(temporary, `${JSON.stringify(record)}\n`);
    await rename(temporary, file);
    await pruneRecords(cacheDir);
  } catch {
    // A cache that cannot be written only costs the next run its shortcut.
  }
}

/** Where the lock lies in the docs folder (translations.ts owns the name; this module stays light). */
const lockFileName = 'translations.lock.json';

/** The cache folder, when the working directory has a node_modules to hold it. */
function cacheFolder(): string | undefined {
  const modules = path.resolve('node_modules');
  return existsSync(modules) ? path.join(modules, '.cache', 'batch-errors-codegen') : undefined;
}

/** The file of the record for these folders, where the working directory keeps one. */
export function recordFile(folders: Folders): string | undefined {
  const cacheDir = cacheFolder();
  return cacheDir && recordPath(cacheDir, folders);
}

function recordPath(cacheDir: string, folders: Folders): string {
  const name = createHash('sha256').update(`${process.cwd()}\0${folders.docsDir}\0${folders.packagesDir}`).digest('hex').slice(0, 16);
  return path.join(cacheDir, `${name}.json`);
}

/** Keeps the most recently written records. */
async function pruneRecords(cacheDir: string): Promise<void> {
  const names = (await readdir(cacheDir)).filter((name) => name.endsWith('.json'));
  if (names.length <= recordsKept) return;
  const written = await Promise.all(names.map(async (name) => ({ name, time: (await stat(path.join(cacheDir, name)).catch(() => undefined))?.mtimeMs ?? 0 })));
  written.sort((left, right) => right.time - left.time);
  await Promise.all(written.slice(recordsKept).map(({ name }) => rm(path.join(cacheDir, name), { force: true })));
}

async function readRecord(folders: Folders): Promise<UpToDateRecord | undefined> {
  const cacheDir = cacheFolder();
  if (!cacheDir) return undefined;
  try {
    const parsed = JSON.parse(await readFile(recordPath(cacheDir, folders), 'utf8')) as unknown;
    return isRecord(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
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

/** The installed dependencies, as the nearest lockfile above the generator describes them. */
async function hashInstalledDependencies(hash: Hash): Promise<boolean> {
  for (let folder = generatorRoot; ; folder = path.dirname(folder)) {
    for (const name of ['pnpm-lock.yaml', 'package-lock.json']) {
      const bytes = await readFile(path.join(folder, name)).catch(() => undefined);
      if (bytes) {
        hash.update(`${name}\0${bytes.length}\0`).update(bytes);
        return true;
      }
    }
    if (path.dirname(folder) === folder) return true;
  }
}

async function hashFile(hash: Hash, file: string): Promise<boolean> {
  const bytes = await readFile(file).catch(() => undefined);
  if (!bytes) return false;
  hash.update(`${bytes.length}\0`).update(bytes);
  return true;
}

/** Every regular file under `root` that `include` accepts, by relative path and bytes, in code point order; false on anything else. */
async function hashTree(hash: Hash, root: string, include: (name: string) => boolean): Promise<boolean> {
  const entries = await listed(root, true);
  if (!entries) return false;
  const files: string[] = [];
  for (const entry of entries) {
    const relative = path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    if (entry.isDirectory()) continue;
    // A symbolic link, pipe or device is something only the full run knows how to report.
    if (!entry.isFile()) return false;
    if (include(relative)) files.push(relative);
  }
  files.sort((left, right) => (left < right ? -1 : left > right ? 1 : 0));
  hash.update(`tree ${files.length}\0`);
  for (const relative of files) {
    hash.update(`${relative}\0`);
    if (!(await hashFile(hash, path.join(root, relative)))) return false;
  }
  return true;
}

async function listed(folder: string, recursive = false): Promise<Dirent[] | undefined> {
  try {
    return await readdir(folder, { withFileTypes: true, recursive });
  } catch {
    return undefined;
  }
}
