/**
 * Stage 6, the only one that touches the output folder. The generator owns
 * `<package>/src/generated/` and nothing else: files there that are no longer
 * produced are removed; files elsewhere are never read or written.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { compareCodePoints } from './read.js';
import { generatedFolder, type GeneratedFile } from './emit/typescript.js';

export interface OutputPlan {
  /** Files whose bytes differ from what is on disk. */
  stale: GeneratedFile[];
  /** Files not on disk yet. */
  missing: GeneratedFile[];
  /** Files in a generated folder that the generator no longer produces (paths relative to the output folder). */
  orphaned: string[];
  unchanged: number;
}

/** Compares generated files with the output folder; reads only. */
export async function planOutput(outDir: string, packages: readonly string[], files: readonly GeneratedFile[]): Promise<OutputPlan> {
  const plan: OutputPlan = { stale: [], missing: [], orphaned: [], unchanged: 0 };
  const produced = new Set(files.map((file) => file.path));
  for (const file of files) {
    const existing = await readFile(path.join(outDir, file.path), 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    if (existing === undefined) plan.missing.push(file);
    else if (existing !== file.text) plan.stale.push(file);
    else plan.unchanged++;
  }
  for (const packageName of packages) {
    for (const owned of await listFiles(outDir, `${packageName}/${generatedFolder}`)) {
      if (!produced.has(owned)) plan.orphaned.push(owned);
    }
  }
  return plan;
}

export function isUpToDate(plan: OutputPlan): boolean {
  return plan.stale.length === 0 && plan.missing.length === 0 && plan.orphaned.length === 0;
}

/**
 * Writes every new or changed file into a staging folder inside `outDir`
 * first, then moves them into place and removes orphans: a failure while
 * writing leaves the packages as they were.
 */
export async function applyPlan(outDir: string, plan: OutputPlan): Promise<void> {
  const toWrite = [...plan.stale, ...plan.missing];
  if (toWrite.length === 0 && plan.orphaned.length === 0) return;
  const staging = path.join(outDir, `.codegen-staging-${randomBytes(6).toString('hex')}`);
  try {
    await mkdir(staging, { recursive: true });
    for (const [index, file] of toWrite.entries()) await writeFile(path.join(staging, String(index)), file.text, { flag: 'wx' });
    for (const [index, file] of toWrite.entries()) {
      const target = path.join(outDir, file.path);
      await mkdir(path.dirname(target), { recursive: true });
      await rename(path.join(staging, String(index)), target);
    }
    for (const orphan of plan.orphaned) await rm(path.join(outDir, orphan), { force: true });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** Files under `outDir/folder`, recursively, as paths relative to `outDir`, sorted. */
async function listFiles(outDir: string, folder: string): Promise<string[]> {
  const entries = await readdir(path.join(outDir, folder), { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const files: string[] = [];
  for (const entry of entries) {
    const relative = `${folder}/${entry.name}`;
    if (entry.isDirectory()) files.push(...(await listFiles(outDir, relative)));
    else files.push(relative);
  }
  return files.sort(compareCodePoints);
}
