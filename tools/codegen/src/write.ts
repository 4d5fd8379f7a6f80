/**
 * Stage 6, the only one that touches the output folder. The generator owns
 * `<package>/src/generated/` and nothing else; files elsewhere are never read
 * or written.
 *
 * The generated folders change as one tree, whatever the moment the process
 * dies (see the README, "How it works"):
 *
 * 1. Take `<out>/.codegen-lock` (created exclusively; a lock whose process is
 *    gone is taken over), so two generators never switch at once.
 * 2. Finish what an interrupted run left: a staging folder with a journal is
 *    rolled forward, one without is removed.
 * 3. Write each changed package's whole new folder into
 *    `<out>/.codegen-staging-<id>/<package>.new`, every file and folder fsynced.
 * 4. Write the journal (`journal.json`: the packages to switch) atomically:
 *    a temporary file, fsync, rename, fsync of the folder. The rename is the
 *    commit point: before it the old tree stands, after it the new one does.
 * 5. Switch each package with two renames (`generated` → `<package>.old`,
 *    `<package>.new` → `generated`), then remove the journal and the staging
 *    folder. Step 2 of the next run repeats whatever of this did not happen.
 */
import { randomBytes } from 'node:crypto';
import { lstat, mkdir, open, readdir, readFile, rename, rm, stat, unlink, link } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { recordProblem } from './diagnostics.js';
import type { GeneratedFile } from './emit/typescript.js';
import { describeError, errorCode, listFolder, maxFileBytes, readRegularFile } from './files.js';
import { generatedFolder, lockName, stagingPrefix } from './layout.js';
import { compareCodePoints, docsLabel } from './read.js';

export interface OutputPlan {
  /** Files whose bytes differ from what is on disk. */
  stale: GeneratedFile[];
  /** Files not on disk yet. */
  missing: GeneratedFile[];
  /** Files in a generated folder that the generator no longer produces (paths relative to the output folder). */
  orphaned: string[];
  unchanged: number;
  /** Every file the generator produces: the whole new tree. */
  files: GeneratedFile[];
  /** Leftovers of an interrupted or running generate (staging folders, the lock), relative to the output folder. */
  debris: string[];
  /** Output paths that cannot be read as files, each a file carrying its diagnostic. */
  problems: VFile[];
}

export { lockName, stagingPrefix } from './layout.js';
const journalName = 'journal.json';

/** Compares generated files with the output folder; reads only, never waits for the lock, never repairs. */
export async function planOutput(outDir: string, packages: readonly string[], files: readonly GeneratedFile[]): Promise<OutputPlan> {
  const plan: OutputPlan = { stale: [], missing: [], orphaned: [], unchanged: 0, files: [...files], debris: [], problems: [] };
  const label = docsLabel(outDir);
  const problemAt = (relative: string, expected: string, found: string, rule: 'unreadable' | 'wrong-file-type' | 'file-too-large') => {
    const file = new VFile({ path: `${label}/${relative}` });
    recordProblem(file, rule, { line: 1, column: 1 }, `Expected ${expected}, found ${found}`);
    plan.problems.push(file);
  };
  const produced = new Set(files.map((file) => file.path));
  for (const file of files) {
    const existing = await readGeneratedFile(outDir, file);
    if (existing.kind === 'problem' && existing.problem.rule === 'file-too-large') plan.stale.push(file);
    else if (existing.kind === 'problem') problemAt(file.path, 'a generated file the generator may replace', existing.problem.found, existing.problem.rule);
    else if (existing.kind === 'missing') plan.missing.push(file);
    else if (existing.bytes.toString('utf8') !== file.text) plan.stale.push(file);
    else plan.unchanged++;
  }
  for (const packageName of packages) {
    const folder = `${packageName}/${generatedFolder}`;
    const listed = await listFiles(outDir, folder);
    if ('problem' in listed) problemAt(listed.at, 'a generated folder it can list', listed.problem, 'unreadable');
    else for (const owned of listed.files) if (!produced.has(owned)) plan.orphaned.push(owned);
  }
  plan.debris = await findDebris(outDir);
  return plan;
}

export function isUpToDate(plan: OutputPlan): boolean {
  return plan.stale.length === 0 && plan.missing.length === 0 && plan.orphaned.length === 0 && plan.debris.length === 0;
}

export interface ApplyOptions {
  /** How long to wait for another generator's lock before giving up, in milliseconds. */
  lockTimeout?: number;
  /** Called before each step that changes the disk (tests kill the process there); nothing by default. */
  step?: Step;
}

/** Called before each step that changes the disk, with a short name of the step. */
export type Step = (name: string) => void;

const noStep: Step = () => undefined;

/**
 * Makes the generated folders hold exactly `plan.files`, as one switch (see
 * the top of this file), after finishing any interrupted one. Resolves to the
 * problems that stopped it (a lock held too long, a disk error), each a file
 * carrying its diagnostic; an empty list when the tree is written.
 */
export async function applyPlan(outDir: string, plan: OutputPlan, options: ApplyOptions = {}): Promise<VFile[]> {
  if (isUpToDate(plan)) return [];
  const step = options.step ?? noStep;
  const label = docsLabel(outDir);
  let lock: Awaited<ReturnType<typeof acquireLock>> | undefined;
  let failure: unknown;
  try {
    lock = await acquireLock(outDir, options.lockTimeout ?? 60_000, step);
    if (typeof lock === 'string') return [problemFile(`${label}/${lockName}`, 'output-locked', lock)];
    await recover(outDir, step);
    const byPackage = groupByPackage(plan.files);
    const changed: string[] = [];
    for (const [packageName, files] of byPackage) if (!(await folderHolds(outDir, packageName, files))) changed.push(packageName);
    if (changed.length > 0) await switchPackages(outDir, changed, byPackage, step);
  } catch (error) {
    failure = error;
  }
  if (typeof lock === 'object') await lock.release();
  if (failure === undefined) return [];
  const where = docsLabel(errorPath(failure) ?? outDir);
  const found = failure instanceof WriteProblem ? failure.found : describeError(failure);
  return [
    problemFile(
      where,
      'write-failed',
      `Expected to write the generated folders, found ${found}; the packages hold the old tree whole, or the new one once the next generate completes the switch`,
    ),
  ];
}

/** A problem found while writing, with the path it concerns and the "found …" half of its message. */
class WriteProblem extends Error {
  constructor(
    readonly path: string,
    readonly found: string,
  ) {
    super(found);
  }
}

/**
 * Finishes or undoes what an interrupted generate left in `outDir`: a staging
 * folder with a journal is switched in (the journal is the commit point), one
 * without is removed. Needs the lock; `applyPlan` calls it.
 */
export async function recover(outDir: string, step: Step = noStep): Promise<void> {
  const entries = await readdir(outDir).catch((error: unknown) => {
    if (errorCode(error) === 'ENOENT') return [];
    throw error;
  });
  for (const name of entries.filter((entry) => entry.startsWith(`${lockName}.`) && entry.endsWith('.stale'))) {
    const pid = Number(name.split('.')[2]);
    if (!isAlive(pid)) await unlink(path.join(outDir, name)).catch(() => undefined);
  }
  for (const name of entries.filter((entry) => entry.startsWith(stagingPrefix)).sort(compareCodePoints)) {
    const staging = path.join(outDir, name);
    const journal = await readJournal(staging);
    if (journal) await rollForward(outDir, staging, journal, step);
    else {
      step(`remove ${name}`);
      await rm(staging, { recursive: true, force: true });
    }
  }
}

/**
 * Writes `text` to `target` so that a reader (or a crash) sees the old bytes
 * or the new ones, never a part: a temporary file beside it, fsync, rename,
 * fsync of the folder. With `exclusive`, an existing `target` is kept and the
 * result is false. Temporary files left by processes that are gone are removed.
 */
export async function writeFileAtomic(target: string, text: string | Uint8Array, options: { exclusive?: boolean; step?: Step } = {}): Promise<boolean> {
  const step = options.step ?? noStep;
  const folder = path.dirname(target);
  const base = path.basename(target);
  await removeAbandonedTemporaries(folder, base);
  const temporary = path.join(folder, `.${base}.${process.pid}.${randomBytes(4).toString('hex')}.codegen-tmp`);
  step(`write ${path.basename(temporary)}`);
  await writeDurably(temporary, text);
  if (options.exclusive) {
    step(`link ${base}`);
    const linked = await link(temporary, target).then(
      () => true,
      (error: unknown) => {
        if (errorCode(error) === 'EEXIST') return false;
        throw error;
      },
    );
    step(`remove ${path.basename(temporary)}`);
    await unlink(temporary);
    await syncFolder(folder);
    return linked;
  }
  step(`rename ${base}`);
  await rename(temporary, target);
  await syncFolder(folder);
  return true;
}

/** Staging folders and the lock left in `outDir`, relative to it, sorted. */
async function findDebris(outDir: string): Promise<string[]> {
  const entries = await readdir(outDir).catch(() => []);
  return entries.filter((name) => name.startsWith(stagingPrefix) || name.startsWith(lockName)).sort(compareCodePoints);
}

/** Writes each package's new folder, commits the journal, then switches. */
async function switchPackages(outDir: string, packages: readonly string[], byPackage: ReadonlyMap<string, GeneratedFile[]>, step: Step): Promise<void> {
  const staging = path.join(outDir, `${stagingPrefix}${randomBytes(6).toString('hex')}`);
  step('create staging folder');
  await mkdir(staging);
  // Before the journal is committed, a failure leaves the old tree: the staging folder goes, as the next run would remove it.
  await stagePackages(outDir, staging, packages, byPackage, step).catch(async (error: unknown) => {
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  });
  const journal: Journal = { version: 1, packages: [...packages] };
  await writeFileAtomic(path.join(staging, journalName), `${JSON.stringify(journal)}\n`, { step });
  await rollForward(outDir, staging, journal, step);
}

async function stagePackages(outDir: string, staging: string, packages: readonly string[], byPackage: ReadonlyMap<string, GeneratedFile[]>, step: Step) {
  const writes = packages.flatMap((packageName) => {
    const prefix = `${packageName}/${generatedFolder}/`;
    return (byPackage.get(packageName) ?? []).map((file) => ({ file, target: path.join(staging, `${packageName}.new`, file.path.slice(prefix.length)) }));
  });
  for (const folder of new Set(writes.map(({ target }) => path.dirname(target)))) await mkdir(folder, { recursive: true });
  // Every file at once: each waits for its own fsync, and the disk takes them together. Steps are still taken in file order.
  const started: Promise<void>[] = [];
  let failure: { reason: unknown } | undefined;
  for (const { file, target } of writes) {
    try {
      step(`write ${file.path}`);
    } catch (reason) {
      failure = { reason };
      break;
    }
    started.push(writeDurably(target, file.text));
  }
  // Only once none is still being written may a failure remove the staging folder.
  for (const result of await Promise.allSettled(started)) if (result.status === 'rejected') failure ??= { reason: result.reason };
  if (failure) throw failure.reason;
  for (const packageName of packages) {
    const folder = path.join(staging, `${packageName}.new`);
    await mkdir(folder, { recursive: true }); // a package with no files still gets its (empty) folder
    await syncTree(folder);
    // The switch renames across these folders: they must be on one file system, checked before the commit.
    const parent = path.join(outDir, packageName, path.dirname(generatedFolder));
    await mkdir(parent, { recursive: true });
    if ((await stat(parent)).dev !== (await stat(staging)).dev) throw new WriteProblem(parent, 'a folder on another file system than the output folder');
  }
  await syncFolder(staging);
}

interface Journal {
  version: 1;
  /** Packages whose `<package>.new` folder replaces `<package>/src/generated`. */
  packages: string[];
}

/** The committed journal of a staging folder; undefined when there is none (the run never committed). */
async function readJournal(staging: string): Promise<Journal | undefined> {
  const read = await readRegularFile(path.join(staging, journalName));
  if (read.kind === 'missing') return undefined;
  const invalid = (found: string) =>
    new WriteProblem(path.join(staging, journalName), `a journal of an interrupted generate that cannot be read (${found}); inspect or delete that folder`);
  if (read.kind === 'problem') throw invalid(read.problem.found);
  let data: unknown;
  try {
    data = JSON.parse(read.bytes.toString('utf8'));
  } catch (error) {
    throw invalid(error instanceof Error ? error.message : String(error));
  }
  const packages = (data as Partial<Journal> | null)?.packages;
  if ((data as Partial<Journal> | null)?.version !== 1 || !Array.isArray(packages) || !packages.every((name) => /^[a-z0-9-]+$/.test(String(name))))
    throw invalid('unexpected content');
  return { version: 1, packages: packages.map(String) };
}

/**
 * Switches every package of a committed journal, from wherever an earlier
 * attempt stopped: each package is either not started (`.new` there, the old
 * folder in place), half done (`.new` there, the old folder moved aside) or
 * done (no `.new`). Then the journal and the staging folder go.
 */
async function rollForward(outDir: string, staging: string, journal: Journal, step: Step): Promise<void> {
  for (const packageName of journal.packages) {
    const next = path.join(staging, `${packageName}.new`);
    if (!(await exists(next))) continue;
    const current = path.join(outDir, packageName, generatedFolder);
    if (await exists(current)) {
      step(`move ${packageName} aside`);
      await rename(current, path.join(staging, `${packageName}.old`));
    }
    await mkdir(path.dirname(current), { recursive: true });
    step(`switch ${packageName}`);
    await rename(next, current);
    await syncFolder(path.dirname(current));
  }
  await syncFolder(staging);
  step('remove journal');
  await unlink(path.join(staging, journalName));
  step(`remove ${path.basename(staging)}`);
  await rm(staging, { recursive: true, force: true });
  await syncFolder(outDir);
}

/** True when `<package>/src/generated` holds exactly `files` (no more, no other bytes). */
async function folderHolds(outDir: string, packageName: string, files: readonly GeneratedFile[]): Promise<boolean> {
  const listed = await listFiles(outDir, `${packageName}/${generatedFolder}`);
  if ('problem' in listed) return false;
  if (listed.files.join('\n') !== files.map((file) => file.path).join('\n')) return false;
  for (const file of files) {
    const existing = await readGeneratedFile(outDir, file);
    if (existing.kind !== 'read' || existing.bytes.toString('utf8') !== file.text) return false;
  }
  return true;
}

/**
 * What is on disk where `file` goes, read up to its new size (or the usual limit, if more):
 * the generator's own output may be larger than a docs page may be, and a file larger than
 * what replaces it is stale without reading it.
 */
function readGeneratedFile(outDir: string, file: GeneratedFile) {
  return readRegularFile(path.join(outDir, file.path), Math.max(maxFileBytes, Buffer.byteLength(file.text)));
}

function groupByPackage(files: readonly GeneratedFile[]): Map<string, GeneratedFile[]> {
  const byPackage = new Map<string, GeneratedFile[]>();
  for (const file of [...files].sort((left, right) => compareCodePoints(left.path, right.path))) {
    const packageName = file.path.split('/')[0] ?? '';
    byPackage.set(packageName, [...(byPackage.get(packageName) ?? []), file]);
  }
  return byPackage;
}

/**
 * Takes the output folder's lock: creates it exclusively with this process's
 * id. A lock whose process is gone is moved away atomically and deleted; a
 * live one is waited for, up to `timeout`. Resolves to the release function,
 * or to the reason it could not be taken.
 */
async function acquireLock(outDir: string, timeout: number, step: Step): Promise<{ release: () => Promise<void> } | string> {
  const lockPath = path.join(outDir, lockName);
  const started = Date.now();
  await mkdir(outDir, { recursive: true });
  step('take lock');
  for (;;) {
    const created = await open(lockPath, 'wx').then(
      async (handle) => {
        await handle.writeFile(`${process.pid}\n`);
        await handle.sync();
        await handle.close();
        return true;
      },
      (error: unknown) => {
        if (errorCode(error) === 'EEXIST') return false;
        throw error;
      },
    );
    if (created)
      return {
        release: async () => {
          step('release lock');
          await unlink(lockPath).catch(() => undefined);
        },
      };
    const owner = await lockOwner(lockPath);
    if (owner !== undefined && isAlive(owner)) {
      if (Date.now() - started > timeout)
        return `Expected to take the lock of the output folder, found it held by process ${owner} for ${Math.round(timeout / 100) / 10} s (another generate is running; if not, delete the lock)`;
      await new Promise((resolve) => setTimeout(resolve, 50));
      continue;
    }
    // Nobody holds it: move it aside atomically, so that of several processes finding it stale only one removes it.
    const aside = `${lockPath}.${process.pid}.stale`;
    const moved = await rename(lockPath, aside).then(
      () => true,
      () => false,
    );
    if (!moved) continue;
    const movedOwner = await lockOwner(aside);
    // Someone took the lock between our read and our rename: give it back (link never overwrites a newer lock).
    if (movedOwner !== owner && movedOwner !== undefined && isAlive(movedOwner)) await link(aside, lockPath).catch(() => undefined);
    await unlink(aside).catch(() => undefined);
  }
}

async function lockOwner(lockPath: string): Promise<number | undefined> {
  const text = await readFile(lockPath, { encoding: 'utf8', flag: 'r' }).catch(() => undefined);
  const pid = Number(text?.trim());
  return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}

async function removeAbandonedTemporaries(folder: string, base: string): Promise<void> {
  const prefix = `.${base}.`;
  const entries = await readdir(folder).catch(() => []);
  for (const name of entries) {
    if (!name.startsWith(prefix) || !name.endsWith('.codegen-tmp')) continue;
    const pid = Number(name.slice(prefix.length).split('.')[0]);
    if (Number.isSafeInteger(pid) && pid > 0 && !isAlive(pid)) await unlink(path.join(folder, name)).catch(() => undefined);
  }
}

/** Creates `filePath` (which must not exist) with `text` and flushes it to the disk. */
async function writeDurably(filePath: string, text: string | Uint8Array): Promise<void> {
  const handle = await open(filePath, 'wx');
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Flushes a folder's entries (renames, new files) to the disk; a no-op where folders cannot be opened (Windows). */
async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r').catch(() => undefined);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close();
}

async function syncTree(folder: string): Promise<void> {
  for (const entry of await readdir(folder, { withFileTypes: true })) if (entry.isDirectory()) await syncTree(path.join(folder, entry.name));
  await syncFolder(folder);
}

async function exists(filePath: string): Promise<boolean> {
  return lstat(filePath).then(
    () => true,
    (error: unknown) => {
      if (errorCode(error) === 'ENOENT') return false;
      throw error;
    },
  );
}

function errorPath(error: unknown): string | undefined {
  const where = typeof error === 'object' && error !== null ? (error as { path?: unknown }).path : undefined;
  return typeof where === 'string' ? where : undefined;
}

function problemFile(where: string, rule: 'output-locked' | 'write-failed', reason: string): VFile {
  const file = new VFile({ path: where });
  recordProblem(file, rule, { line: 1, column: 1 }, reason);
  return file;
}

/** Files under `outDir/folder`, recursively, as paths relative to `outDir`, sorted; or why the folder cannot be listed. */
async function listFiles(outDir: string, folder: string): Promise<{ files: string[] } | { problem: string; at: string }> {
  const listed = await listFolder(path.join(outDir, folder));
  if (listed.kind === 'missing') return { files: [] };
  if (listed.kind === 'problem') return { problem: listed.problem.found, at: folder };
  const files: string[] = [];
  for (const entry of listed.entries) {
    const relative = `${folder}/${entry.name}`;
    if (!entry.isDirectory()) {
      files.push(relative);
      continue;
    }
    const nested = await listFiles(outDir, relative);
    if ('problem' in nested) return nested;
    files.push(...nested.files);
  }
  return { files: files.sort(compareCodePoints) };
}
