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
import { type ExtractedPage, extractPage } from './extract.js';
import { readRegularFile } from './files.js';
import { cachedPageReading, cachePageReading, pageReadingKey } from './page-cache.js';
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
    const isSource = page.locale === sourceLocale;
    const role: PageRole = spec !== statusCodesDocument ? 'linked' : isSource ? 'source' : 'translation';
    const reporter = new Reporter(page.file, role);
    const extracted = await readPage(page, spec, reporter, { timings, cache: options.cache ?? true });
    if (!extracted || spec !== statusCodesDocument) continue;
    const built = timings.measure('model', () => buildModel({ page: extracted, reporter, locale: page.locale, spec }));
    if (isSource) model = built;
    else if (model) {
      const english = model;
      translations.push({ translation: timings.measure('model', () => alignTranslation(english, built, page.file)), file: page.file });
    }
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

/**
 * Parses a page, extracts what its spec expects and checks the prose of the
 * English messages, or takes all of that, with the problems it recorded,
 * from the page cache. Undefined when the parser refused the page.
 */
async function readPage(
  page: DocsPage,
  spec: DocumentSpec,
  reporter: Reporter,
  options: { timings: Timings; cache: boolean },
): Promise<ExtractedPage | undefined> {
  const { timings } = options;
  const key = options.cache ? await pageReadingKey(page, reporter.role) : undefined;
  const cached = key === undefined ? undefined : await timings.measure('read', () => cachedPageReading(key, page.file));
  if (cached) return cached.extracted;
  const firstProblem = page.file.messages.length;
  // Loaded on first use: a run whose pages all come from the cache never loads remark.
  const { parseMarkdown } = await import('./parse.js');
  const tree = timings.measure('parse', () => parseMarkdown(page.file));
  const extracted = tree && timings.measure('model', () => extractPage(tree, reporter, spec));
  if (tree && extracted && reporter.role === 'source') {
    const { checkMessageProse } = await import('./prose.js');
    await timings.measure('model', () => checkMessageProse(tree, reporter.file, messageCellStarts(extracted)));
  }
  if (key !== undefined) await cachePageReading(key, page.file, firstProblem, extracted);
  return extracted;
}

/** `line:column` of every message cell the tables hold. */
function messageCellStarts(page: ExtractedPage): Set<string> {
  return new Set(
    page.tables.flatMap((table) => table.rows.flatMap((row) => (row.cells.text ? [`${row.cells.text.point.line}:${row.cells.text.point.column}`] : []))),
  );
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
