/**
 * Stage 1: the docs folder, read once into one value. Every page of every
 * locale, and the files the tools keep beside them (the translations lock,
 * the baseline of known problems, the upstream record, the known-codes
 * lists), each read once and guarded: a file that cannot be used carries its
 * problem and gives no value. Nothing after this stage reads the docs folder.
 *
 * Only light imports, so that a command answered from the up-to-date record
 * (which needs this value's digest) never loads the parser.
 */
import { createHash, type Hash } from 'node:crypto';
import path from 'node:path';
import { VFile } from 'vfile';
import { baselineFileName, type KnownProblem, parseBaseline } from './baseline.js';
import { recordProblem } from './diagnostics.js';
import { readRegularFile } from './files.js';
import { type KnownCodesFile, knownCodesFileName, maxKnownCodesBytes, parseKnownCodes } from './known-codes.js';
import { translationsLockFileName } from './layout.js';
import { type DocsPage, docsLabel, readPages } from './read.js';
import { maxLockBytes, parseLock, type TranslationLock } from './translations.js';
import { parseUpstreamRecord, type UpstreamRecord, upstreamRecordFileName } from './upstream.js';

/** A file the tools keep beside the pages, as read. */
export interface SidecarFile<T> {
  /** `<label>/<name>`, carrying the problems found reading it. */
  file: VFile;
  /** The file's bytes; undefined when there is none, or it could not be read. */
  bytes: Uint8Array | undefined;
  /** What it holds; undefined when absent or unusable (its problems say why). */
  value: T | undefined;
}

/** Everything the generator reads from a docs folder. */
export interface DocsFolder {
  /** The folder, absolute. */
  dir: string;
  /** How the folder is named in messages, the model and generated headers (see `docsLabel`). */
  label: string;
  /** Every `<locale>/*.md`, by locale then name (code-point order). */
  pages: DocsPage[];
  /** Folders that could not be read, each a file carrying its message. */
  problems: VFile[];
  lock: SidecarFile<TranslationLock>;
  baseline: SidecarFile<KnownProblem[]>;
  upstream: SidecarFile<UpstreamRecord>;
  knownCodes: SidecarFile<KnownCodesFile>;
}

export interface ReadDocsFolderOptions {
  /** How the folder is named in messages; defaults to `docsLabel(dir)`. */
  label?: string;
}

interface SidecarSpec<T> {
  name: string;
  /** The "expected …" of a message about a file that is not one. */
  expected: string;
  maxBytes?: number;
  /** What the text holds, with what it cannot use reported on `file`. */
  parse(text: string, file: VFile): T | undefined;
}

const lockSpec: SidecarSpec<TranslationLock> = {
  name: translationsLockFileName,
  expected: 'the translations lock (a JSON file)',
  maxBytes: maxLockBytes,
  parse(text, file) {
    const { lock, problem } = parseLock(text);
    if (problem)
      recordProblem(
        file,
        'invalid-lock',
        { line: 1, column: 1 },
        `Expected the translations lock written by \`batch-errors-codegen translations\`, found a file JSON cannot read as one: ${problem}`,
      );
    return lock;
  },
};

const baselineSpec: SidecarSpec<KnownProblem[]> = {
  name: baselineFileName,
  expected: 'the baseline of known problems (a JSON file)',
  parse: parseBaseline,
};

const upstreamSpec: SidecarSpec<UpstreamRecord> = {
  name: upstreamRecordFileName,
  expected: 'the upstream record (a JSON file)',
  parse: parseUpstreamRecord,
};

const knownCodesSpec: SidecarSpec<KnownCodesFile> = {
  name: knownCodesFileName,
  expected: 'the known-codes lists (a JSON file)',
  maxBytes: maxKnownCodesBytes,
  parse: parseKnownCodes,
};

/** The names of the files the tools keep beside the pages. */
export const sidecarFileNames: readonly string[] = [lockSpec.name, baselineSpec.name, upstreamSpec.name, knownCodesSpec.name];

/** Reads the docs folder: its pages and the tools' files, each once. */
export async function readDocsFolder(dir: string, options: ReadDocsFolderOptions = {}): Promise<DocsFolder> {
  const absolute = path.resolve(dir);
  const label = options.label ?? docsLabel(absolute);
  const [{ pages, problems }, lock, baseline, upstream, knownCodes] = await Promise.all([
    readPages(absolute, label),
    readSidecar(absolute, label, lockSpec),
    readSidecar(absolute, label, baselineSpec),
    readSidecar(absolute, label, upstreamSpec),
    readSidecar(absolute, label, knownCodesSpec),
  ]);
  return { dir: absolute, label, pages, problems, lock, baseline, upstream, knownCodes };
}

async function readSidecar<T>(dir: string, label: string, spec: SidecarSpec<T>): Promise<SidecarFile<T>> {
  const file = new VFile({ path: `${label}/${spec.name}` });
  const read = await readRegularFile(path.join(dir, spec.name), spec.maxBytes);
  if (read.kind === 'missing') return { file, bytes: undefined, value: undefined };
  if (read.kind === 'problem') {
    recordProblem(file, read.problem.rule, { line: 1, column: 1 }, `Expected ${spec.expected}, found ${read.problem.found}`);
    return { file, bytes: undefined, value: undefined };
  }
  file.value = new TextDecoder().decode(read.bytes);
  return { file, bytes: read.bytes, value: spec.parse(String(file.value), file) };
}

/** The tools' files of a folder, in a fixed order. */
export function sidecarsOf(folder: DocsFolder): SidecarFile<unknown>[] {
  return [folder.upstream, folder.lock, folder.baseline, folder.knownCodes];
}

/**
 * Digest of what a generation reads from the folder, as `docs:lock`: the
 * first half covers the pages and the tools' files but the translations lock,
 * the second the lock, which `generate` itself rewrites. What could not be
 * read counts by its problem, so a broken file hashes apart from a good one.
 */
export function docsFolderDigest(folder: DocsFolder): { docs: string; lock: string } {
  const docs = createHash('sha256').update(`pages ${folder.pages.length}\0`);
  for (const page of folder.pages) docs.update(`${page.file.path}\0${page.sha256}\0${page.readable}\0`);
  for (const file of folder.problems) docs.update(`problem ${file.path}\0${file.messages.map((message) => message.reason).join('\0')}\0`);
  for (const sidecar of [folder.baseline, folder.upstream, folder.knownCodes]) hashSidecar(docs, sidecar);
  return { docs: docs.digest('hex'), lock: lockDigest(folder.lock) };
}

/** Whether the translations lock as read holds exactly `text`. */
export function isLockText(folder: DocsFolder, text: string): boolean {
  return folder.lock.bytes !== undefined && Buffer.from(folder.lock.bytes).equals(Buffer.from(text));
}

/** Digest of the translations lock as read, or of the text `generate` writes in its place: the same bytes give the same digest. */
export function lockDigest(lock: SidecarFile<unknown> | string): string {
  const hash = createHash('sha256');
  if (typeof lock === 'string') hash.update('lock\0').update(lock);
  else if (lock.bytes) hash.update('lock\0').update(lock.bytes);
  else hashSidecar(hash, lock);
  return hash.digest('hex');
}

function hashSidecar(hash: Hash, sidecar: SidecarFile<unknown>): void {
  if (sidecar.bytes) hash.update(`${sidecar.file.path}\0${sidecar.bytes.length}\0`).update(sidecar.bytes);
  else hash.update(`${sidecar.file.path} ${sidecar.file.messages.map((message) => message.reason).join('\0') || 'absent'}\0`);
}
