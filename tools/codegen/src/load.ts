/**
 * Read, parse, extract, build: the docs folder to a model, with every problem
 * found on the way attached to the file it is in. English defines the codes;
 * every other locale folder holds translations, aligned to English here.
 */
import path from 'node:path';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { alignTranslation } from './align.js';
import { baselineFileName, docsProblems, knownMessages, parseBaseline } from './baseline.js';
import { buildModel } from './build-model.js';
import { type PageRole, Reporter, recordProblem } from './diagnostics.js';
import { type DocumentSpec, knownDocuments, sourceLocale, statusCodesDocument } from './documents.js';
import type { ExtractedPage } from './extract.js';
import { readRegularFile } from './files.js';
import { cachedPageReading, cachePageReading, pageReadingKey } from './page-cache.js';
import { type PageReading, readingOf, readPageText, recordReading } from './page-reading.js';
import { PageWorkers, type WorkerCount, workersFor } from './page-workers.js';
import type { BatchErrorModel, Translation } from './model.js';
import { translationsLockFileName } from './layout.js';
import { type DocsPage, docsLabel, readDocs } from './read.js';
import { Timings } from './timings.js';
import { parseUpstreamRecord, upstreamRecordFileName } from './upstream.js';
import { maxLockBytes, parseLock, reportStaleRows, type TranslationLock } from './translations.js';

export interface LoadOptions {
  /** How the docs folder is named in messages and the model (see `readDocs`). */
  label?: string;
  timings?: Timings;
  /** Take each page's reading from the page cache when its bytes and the generator are unchanged (default true). */
  cache?: boolean;
  /** Parse workers: a count (0 parses in this thread), or `auto` (the default: one per core for large pages). */
  workers?: WorkerCount;
}

export interface LoadResult {
  /** Undefined when the English page with the code tables could not be read at all. */
  model: BatchErrorModel | undefined;
  /** Every source file read, carrying its messages; plus placeholders for a missing page and the lock file. */
  files: VFile[];
  /** The translations lock as read (undefined when the docs have none). */
  lock: TranslationLock | undefined;
  /** The warnings of `files` that the docs' baseline of known problems lists (`--strict` leaves them warnings). */
  known: Set<VFileMessage>;
}

export async function loadModel(docsDir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const timings = options.timings ?? new Timings();
  const label = options.label ?? docsLabel(docsDir);
  const { pages, problems } = await timings.measure('read', () => readDocs(docsDir, { label }));
  const files = [...pages.map((page) => page.file), ...problems];
  let model: BatchErrorModel | undefined;
  const translations: { translation: Translation; file: VFile }[] = [];

  // English first, so each translation is aligned as soon as it is read and only its texts are kept.
  const inReadingOrder = [...pages].sort((left, right) => Number(right.locale === sourceLocale) - Number(left.locale === sourceLocale));
  const toRead: PageToRead[] = [];
  for (const page of inReadingOrder) {
    const spec = knownDocuments.find((candidate) => candidate.fileName === page.fileName);
    if (!spec) {
      recordProblem(
        page.file,
        'unknown-document',
        { line: 1, column: 1 },
        `Expected one of ${knownDocuments.map((known) => known.fileName).join(', ')}, found ${page.fileName}; it is ignored`,
      );
      continue;
    }
    if (!page.readable) continue;
    const role: PageRole = spec !== statusCodesDocument ? 'linked' : page.locale === sourceLocale ? 'source' : 'translation';
    const key = options.cache === false ? undefined : await pageReadingKey(page, role);
    const cached = key === undefined ? undefined : await timings.measure('read', () => cachedPageReading(key, page.file));
    toRead.push({ page, spec, reporter: new Reporter(page.file, role), key, cached });
  }

  const unread = toRead.filter((entry) => !entry.cached);
  const characters = unread.reduce((sum, { page }) => sum + String(page.file.value).length, 0);
  const workers = PageWorkers.create(workersFor(options.workers ?? 'auto', unread.length, characters));
  // Every page goes to the workers at once (they take one each at a time); without them, each is read when its turn comes.
  for (const entry of unread) if (workers) entry.fromWorker = workers.read(entry.page, entry.reporter.role);
  try {
    for (const entry of toRead) {
      const extracted = await readPage(entry, timings);
      if (!extracted || entry.spec !== statusCodesDocument) continue;
      const built = timings.measure('model', () => buildModel({ page: extracted, reporter: entry.reporter, locale: entry.page.locale, spec: entry.spec }));
      if (entry.reporter.role === 'source') model = built;
      else if (model) {
        const english = model;
        translations.push({ translation: timings.measure('model', () => alignTranslation(english, built, entry.page.file)), file: entry.page.file });
      }
    }
  } finally {
    await workers?.close();
  }

  const sourceFolderUnreadable = problems.some((file) => file.path === label || file.path === `${label}/${sourceLocale}`);
  if (!sourceFolderUnreadable && !pages.some((page) => page.locale === sourceLocale && page.fileName === statusCodesDocument.fileName)) {
    const missing = new VFile({ path: `${label}/${sourceLocale}/${statusCodesDocument.fileName}` });
    recordProblem(missing, 'missing-document', { line: 1, column: 1 }, 'Expected the page "Batch Status and Error Codes" here, found no file');
    files.push(missing);
  }

  if (model) await attachUpstream(model, pages, docsDir, label, files);

  const lockFile = new VFile({ path: `${label}/${translationsLockFileName}` });
  const lock = await readLock(path.join(docsDir, translationsLockFileName), lockFile);
  if (lockFile.messages.length > 0) files.push(lockFile);
  if (model) {
    const english = model;
    timings.measure('model', () => {
      english.translations = translations.map(({ translation }) => translation);
      const fileOf = (locale: string) => translations.find(({ translation }) => translation.document.locale === locale)?.file;
      if (lock) reportStaleRows(english, lock, fileOf);
    });
  }
  const baselineFile = new VFile({ path: `${label}/${baselineFileName}` });
  const baselineText = await readToolFile(path.join(docsDir, baselineFileName), baselineFile, 'the baseline of known problems (a JSON file)');
  const baseline = baselineText === undefined ? [] : parseBaseline(baselineText, baselineFile);
  if (baselineFile.messages.length > 0) files.push(baselineFile);
  const known = knownMessages(docsProblems(files, label), baseline);
  return { model, files, lock, known };
}

/** The lock as written by `translations`; undefined when there is none. Anything else at its path is reported on `file`. */
async function readLock(filePath: string, file: VFile): Promise<TranslationLock | undefined> {
  const read = await readRegularFile(filePath, maxLockBytes);
  if (read.kind === 'missing') return undefined;
  if (read.kind === 'problem') {
    recordProblem(file, read.problem.rule, { line: 1, column: 1 }, `Expected the translations lock (a JSON file), found ${read.problem.found}`);
    return undefined;
  }
  const { lock, problem } = parseLock(new TextDecoder().decode(read.bytes));
  if (problem)
    recordProblem(
      file,
      'invalid-lock',
      { line: 1, column: 1 },
      `Expected the translations lock written by \`batch-errors-codegen translations\`, found a file JSON cannot read as one: ${problem}`,
    );
  return lock;
}

/** Names the upstream revision of the English page when `upstream.json` records it and the page is still exactly it. */
async function attachUpstream(model: BatchErrorModel, pages: readonly DocsPage[], docsDir: string, label: string, files: VFile[]): Promise<void> {
  const recordFile = new VFile({ path: `${label}/${upstreamRecordFileName}` });
  const text = await readToolFile(path.join(docsDir, upstreamRecordFileName), recordFile, 'the upstream record (a JSON file)');
  const record = text === undefined ? {} : parseUpstreamRecord(text, recordFile);
  if (recordFile.messages.length > 0) files.push(recordFile);
  for (const page of pages) {
    const revision = record[`${page.locale}/${page.fileName}`];
    if (!revision) continue;
    if (revision.sha256 !== page.sha256) {
      recordProblem(
        page.file,
        'upstream-mismatch',
        { line: 1, column: 1 },
        `Expected the bytes of ${revision.repository} ${revision.path} at ${revision.commit.slice(0, 12)}, as ${upstreamRecordFileName} records, found other bytes; run \`batch-errors-codegen pull\` again, or keep the edit and its warning`,
      );
      continue;
    }
    if (page.locale === sourceLocale && page.fileName === statusCodesDocument.fileName) {
      model.document.upstream = { repository: revision.repository, path: revision.path, commit: revision.commit, date: revision.date };
    }
  }
}

/** A page of a known document, with what is known of its reading before it is read. */
interface PageToRead {
  page: DocsPage;
  spec: DocumentSpec;
  reporter: Reporter;
  /** Its page cache key; undefined when it is not cached. */
  key: string | undefined;
  /** Its reading from the page cache, already recorded on the page. */
  cached: PageReading | undefined;
  /** Its reading by a parse worker; undefined when no worker could make it. */
  fromWorker?: Promise<PageReading | undefined>;
}

/**
 * What the page holds for its spec, with its problems recorded on it: from
 * the page cache, from a parse worker, or parsed here; undefined when the
 * parser refused the page. A page parsed goes into the cache.
 */
async function readPage(entry: PageToRead, timings: Timings): Promise<ExtractedPage | undefined> {
  if (entry.cached) return entry.cached.extracted;
  const file = entry.page.file;
  const firstProblem = file.messages.length;
  const fromWorker = entry.fromWorker && (await timings.measure('parse', () => entry.fromWorker));
  if (fromWorker) {
    recordReading(file, fromWorker);
    timings.pagesFromWorkers++;
  }
  const extracted = fromWorker ? fromWorker.extracted : await readPageText(entry.spec, entry.reporter, timings);
  if (entry.key !== undefined) await cachePageReading(entry.key, readingOf(file, firstProblem, extracted));
  return extracted;
}

/** A file the tools keep beside the docs, as text; undefined when absent, or when it is no regular file (reported on `file`). */
async function readToolFile(filePath: string, file: VFile, expected: string): Promise<string | undefined> {
  const read = await readRegularFile(filePath);
  if (read.kind === 'missing') return undefined;
  if (read.kind === 'problem') {
    recordProblem(file, read.problem.rule, { line: 1, column: 1 }, `Expected ${expected}, found ${read.problem.found}`);
    return undefined;
  }
  return new TextDecoder().decode(read.bytes);
}
