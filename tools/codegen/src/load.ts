/**
 * The pipeline from a docs folder read (docs-folder.ts) to a model: each page
 * read (by whichever source the caller chose), extracted, built, translations
 * aligned to English, with every problem found on the way attached to the
 * file it is in. English defines the codes; every other locale folder holds
 * translations. Reads nothing from the disk itself.
 */
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { alignTranslation } from './align.js';
import { docsProblems, knownMessages } from './baseline.js';
import { buildModel } from './build-model.js';
import { about, hasErrors, type PageRole, Reporter, recordProblem } from './diagnostics.js';
import { type DocsFolder, readDocsFolder, sidecarsOf } from './docs-folder.js';
import { knownDocuments, sourceLocale, statusCodesDocument } from './documents.js';
import { knownListsOf } from './known-codes.js';
import type { BatchErrorModel, ErrorHandlingStatements, Translation } from './model.js';
import { recordLateProblems, recordReading } from './page-reading.js';
import { type PageReadingSource, type PageToRead, pageReadingSource, readHere } from './page-sources.js';
import type { WorkerCount } from './page-workers.js';
import { reportContradictions, statementsOf } from './statements.js';
import { Timings } from './timings.js';
import { reportStaleRows, type TranslationLock } from './translations.js';
import { upstreamRecordFileName } from './upstream.js';

export interface LoadOptions {
  timings?: Timings;
  /** Where each page's reading comes from (default: parsed in this thread). */
  source?: PageReadingSource;
  /**
   * Called once the model is whole, when no error has been found so far, before the last prose findings have
   * arrived: a caller may start emitting it. The model does not change after this call.
   */
  modelReady?: (model: BatchErrorModel) => void;
  /** Whether the caller counts the warnings the baseline does not list as errors (`--strict`), as `modelReady` then does. */
  strict?: boolean;
}

export interface LoadResult {
  /** Undefined when the English page with the code tables could not be read at all. */
  model: BatchErrorModel | undefined;
  /** Every source file read, carrying its messages; plus placeholders for a missing page. */
  files: VFile[];
  /** The translations lock as read (undefined when the docs have none). */
  lock: TranslationLock | undefined;
  /** The warnings of `files` that the docs' baseline of known problems lists (`--strict` leaves them warnings). */
  known: Set<VFileMessage>;
}

export async function loadModel(folder: DocsFolder, options: LoadOptions = {}): Promise<LoadResult> {
  const timings = options.timings ?? new Timings();
  const source = options.source ?? readHere(timings);
  const { pages, label } = folder;
  let model: BatchErrorModel | undefined;
  let errorHandling: { statements: ErrorHandlingStatements; reporter: Reporter } | undefined;
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
        [about.file(page.fileName)],
      );
      continue;
    }
    if (!page.readable) continue;
    const role: PageRole = spec !== statusCodesDocument ? 'linked' : page.locale === sourceLocale ? 'source' : 'translation';
    toRead.push({ page, spec, role });
  }

  const files = [...pages.map((page) => page.file), ...folder.problems];
  const sourceFolderUnreadable = folder.problems.some((file) => file.path === label || file.path === `${label}/${sourceLocale}`);
  if (!sourceFolderUnreadable && !pages.some((page) => page.locale === sourceLocale && page.fileName === statusCodesDocument.fileName)) {
    const missing = new VFile({ path: `${label}/${sourceLocale}/${statusCodesDocument.fileName}` });
    recordProblem(missing, 'missing-document', { line: 1, column: 1 }, 'Expected the page "Batch Status and Error Codes" here, found no file');
    files.push(missing);
  }

  const lock = folder.lock.value;
  // Prose findings still on their way: recorded on their page when they arrive, all awaited before the problems are read.
  const arrivals: Promise<void>[] = [];
  await source.start(toRead);
  try {
    for (const entry of toRead) {
      const reading = await source.read(entry);
      recordReading(entry.page.file, reading);
      if (reading.pendingProblems) {
        const file = entry.page.file;
        const place = file.messages.length;
        const arrival = reading.pendingProblems.then((problems) => recordLateProblems(file, problems, place));
        arrival.catch(() => undefined);
        arrivals.push(arrival);
      }
      const extracted = reading.extracted;
      if (!extracted) continue;
      const reporter = new Reporter(entry.page.file, entry.role);
      if (entry.spec.readsStatements && entry.page.locale === sourceLocale) {
        const statements = statementsOf(extracted, entry.page.file.path, entry.page.locale, entry.spec);
        if (statements) errorHandling = { statements, reporter };
      }
      if (entry.spec !== statusCodesDocument) continue;
      const built = timings.measure('model', () => buildModel({ page: extracted, reporter, locale: entry.page.locale, spec: entry.spec }));
      if (entry.role === 'source') model = built;
      else if (model) {
        const english = model;
        translations.push({ translation: timings.measure('model', () => alignTranslation(english, built, entry.page.file)), file: entry.page.file });
      }
    }

    if (model) {
      attachUpstream(model, folder);
      model.knownCodes = { file: folder.knownCodes.file.path, lists: knownListsOf(folder.knownCodes.value, folder.knownCodes.file.path) };
      if (errorHandling) {
        model.errorHandling = errorHandling.statements;
        reportContradictions(model, errorHandling.statements, errorHandling.reporter);
      }
      const english = model;
      timings.measure('model', () => {
        english.translations = translations.map(({ translation }) => translation);
        const fileOf = (locale: string) => translations.find(({ translation }) => translation.document.locale === locale)?.file;
        if (lock) reportStaleRows(english, lock, fileOf);
      });
    }
    if (model && options.modelReady && !hasErrorsSoFar(files, folder, options.strict === true)) options.modelReady(model);
    await Promise.all(arrivals);
  } finally {
    await source.close();
  }
  files.push(...sidecarsOf(folder).flatMap((sidecar) => (sidecar.file.messages.length > 0 ? [sidecar.file] : [])));
  const known = knownMessages(docsProblems(files, label), folder.baseline.value ?? []);
  return { model, files, lock, known };
}

/** Whether the problems found so far already fail the run, as the caller will judge them once all are in. */
function hasErrorsSoFar(files: readonly VFile[], folder: DocsFolder, strict: boolean): boolean {
  const checked = [...files, ...sidecarsOf(folder).map((sidecar) => sidecar.file)];
  return hasErrors(checked, strict, strict ? knownMessages(docsProblems(checked, folder.label), folder.baseline.value ?? []) : undefined);
}

/** Reads the docs folder and loads its model: what a caller that only wants the model needs, with the usual page sources. */
export async function loadDocs(
  docsDir: string,
  options: { label?: string; timings?: Timings; cache?: boolean; workers?: WorkerCount } = {},
): Promise<LoadResult & { folder: DocsFolder }> {
  const timings = options.timings ?? new Timings();
  const folder = await timings.measure('read', () => readDocsFolder(docsDir, options.label === undefined ? {} : { label: options.label }));
  const source = pageReadingSource({
    timings,
    ...(options.cache === undefined ? {} : { cache: options.cache }),
    ...(options.workers === undefined ? {} : { workers: options.workers }),
  });
  return { ...(await loadModel(folder, { timings, source })), folder };
}

/** Names the upstream revision of the English page when `upstream.json` records it and the page is still exactly it. */
function attachUpstream(model: BatchErrorModel, folder: DocsFolder): void {
  const record = folder.upstream.value ?? {};
  for (const page of folder.pages) {
    const revision = record[`${page.locale}/${page.fileName}`];
    if (!revision) continue;
    if (revision.sha256 !== page.sha256) {
      recordProblem(
        page.file,
        'upstream-mismatch',
        { line: 1, column: 1 },
        `Expected the bytes of ${revision.repository} ${revision.path} at ${revision.commit.slice(0, 12)}, as ${upstreamRecordFileName} records, found other bytes; run \`batch-errors-codegen pull\` again, or keep the edit and its warning`,
        [about.upstreamRecord],
      );
      continue;
    }
    if (page.locale === sourceLocale && page.fileName === statusCodesDocument.fileName) {
      model.document.upstream = { repository: revision.repository, path: revision.path, commit: revision.commit, date: revision.date };
    }
  }
}
