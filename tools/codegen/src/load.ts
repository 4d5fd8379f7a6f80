/**
 * Read, parse, extract, build: the docs folder to a model, with every problem
 * found on the way attached to the file it is in. English defines the codes;
 * every other locale folder holds translations, aligned to English here.
 */
import path from 'node:path';
import { VFile } from 'vfile';
import { buildModel } from './build-model.js';
import { report } from './diagnostics.js';
import { knownDocuments, sourceLocale, statusCodesDocument } from './documents.js';
import { extractPage } from './extract.js';
import { readRegularFile } from './files.js';
import type { BatchErrorModel, Translation } from './model.js';
import { parseMarkdown } from './parse.js';
import { docsLabel, readDocs } from './read.js';
import { Timings } from './timings.js';
import { alignTranslation, lockFileName, parseLock, reportStaleRows, type TranslationLock } from './translations.js';

export interface LoadOptions {
  /** How the docs folder is named in messages and the model (see `readDocs`). */
  label?: string;
  timings?: Timings;
}

export interface LoadResult {
  /** Undefined when the English page with the code tables could not be read at all. */
  model: BatchErrorModel | undefined;
  /** Every source file read, carrying its messages; plus placeholders for a missing page and the lock file. */
  files: VFile[];
  /** The translations lock as read (undefined when the docs have none). */
  lock: TranslationLock | undefined;
}

export async function loadModel(docsDir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const timings = options.timings ?? new Timings();
  const label = options.label ?? docsLabel(docsDir);
  const { pages, problems } = await timings.measure('read', () => readDocs(docsDir, { label }));
  const files = [...pages.map((page) => page.file), ...problems];
  let model: BatchErrorModel | undefined;
  const translations: { translation: Translation; file: VFile }[] = [];

  for (const page of pages) {
    const spec = knownDocuments.find((candidate) => candidate.fileName === page.fileName);
    if (!spec) {
      report(
        page.file,
        'unknown-document',
        { line: 1, column: 1 },
        `Expected one of ${knownDocuments.map((known) => known.fileName).join(', ')}, found ${page.fileName}; it is ignored`,
      );
      continue;
    }
    if (!page.readable) continue;
    const tree = timings.measure('parse', () => parseMarkdown(page.file));
    if (!tree) continue;
    const extracted = timings.measure('model', () => extractPage(tree, page.file, spec));
    if (spec !== statusCodesDocument) continue;
    const isSource = page.locale === sourceLocale;
    const built = timings.measure('model', () => buildModel({ page: extracted, file: page.file, locale: page.locale, spec, translation: !isSource }));
    if (isSource) model = built;
    else translations.push({ translation: { document: built.document, tables: built.tables, categories: built.categories }, file: page.file });
  }

  const sourceFolderUnreadable = problems.some((file) => file.path === label || file.path === `${label}/${sourceLocale}`);
  if (!sourceFolderUnreadable && !pages.some((page) => page.locale === sourceLocale && page.fileName === statusCodesDocument.fileName)) {
    const missing = new VFile({ path: `${label}/${sourceLocale}/${statusCodesDocument.fileName}` });
    report(missing, 'missing-document', { line: 1, column: 1 }, 'Expected the page "Batch Status and Error Codes" here, found no file');
    files.push(missing);
  }

  const lockFile = new VFile({ path: `${label}/${lockFileName}` });
  const lock = await readLock(path.join(docsDir, lockFileName), lockFile);
  if (lockFile.messages.length > 0) files.push(lockFile);
  if (model) {
    const english = model;
    timings.measure('model', () => {
      english.translations = translations.map((entry) => entry.translation);
      for (const { translation, file } of translations) alignTranslation(english, translation, file);
      if (lock) reportStaleRows(english, lock, (locale) => translations.find((entry) => entry.translation.document.locale === locale)?.file);
    });
  }
  return { model, files, lock };
}

/** The lock as written by `translations`; undefined when there is none. Anything else at its path is reported on `file`. */
async function readLock(filePath: string, file: VFile): Promise<TranslationLock | undefined> {
  const read = await readRegularFile(filePath);
  if (read.kind === 'missing') return undefined;
  if (read.kind === 'problem') {
    report(file, read.problem.rule, { line: 1, column: 1 }, `Expected the translations lock (a JSON file), found ${read.problem.found}`);
    return undefined;
  }
  const { lock, problem } = parseLock(new TextDecoder().decode(read.bytes));
  if (problem)
    report(
      file,
      'invalid-lock',
      { line: 1, column: 1 },
      `Expected the translations lock written by \`batch-errors-codegen translations\`, found a file JSON cannot read as one: ${problem}`,
    );
  return lock;
}
