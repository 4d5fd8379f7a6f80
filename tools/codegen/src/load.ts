/**
 * Read, parse, extract, build: the docs folder to a model, with every problem
 * found on the way attached to the file it is in.
 */
import { VFile } from 'vfile';
import { buildModel } from './build-model.js';
import { report } from './diagnostics.js';
import { knownDocuments, sourceLocale, statusCodesDocument } from './documents.js';
import { extractPage } from './extract.js';
import type { BatchErrorModel } from './model.js';
import { parseMarkdown } from './parse.js';
import { docsLabel, readDocs } from './read.js';
import { Timings } from './timings.js';

export interface LoadOptions {
  /** How the docs folder is named in messages and the model (see `readDocs`). */
  label?: string;
  timings?: Timings;
}

export interface LoadResult {
  /** Undefined when the page with the code tables could not be read at all. */
  model: BatchErrorModel | undefined;
  /** Every source file read, carrying its messages; plus a placeholder for a missing page. */
  files: VFile[];
}

export async function loadModel(docsDir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const timings = options.timings ?? new Timings();
  const label = options.label ?? docsLabel(docsDir);
  const pages = await timings.measure('read', () => readDocs(docsDir, { label }));
  const files = pages.map((page) => page.file);
  let model: BatchErrorModel | undefined;

  const sourcePages = pages.filter((page) => page.locale === sourceLocale);
  for (const page of sourcePages) {
    const spec = knownDocuments.find((candidate) => candidate.fileName === page.fileName);
    if (!spec) {
      report(page.file, 'unknown-document', { line: 1, column: 1 }, `Expected one of ${knownDocuments.map((known) => known.fileName).join(', ')}, found ${page.fileName}; it is ignored`);
      continue;
    }
    if (!page.readable) continue;
    const tree = timings.measure('parse', () => parseMarkdown(page.file));
    if (!tree) continue;
    const extracted = timings.measure('model', () => extractPage(tree, page.file, spec));
    if (spec === statusCodesDocument) {
      model = timings.measure('model', () => buildModel({ page: extracted, file: page.file, locale: page.locale, spec }));
    }
  }

  if (!sourcePages.some((page) => page.fileName === statusCodesDocument.fileName)) {
    const missing = new VFile({ path: `${label}/${sourceLocale}/${statusCodesDocument.fileName}` });
    report(missing, 'missing-document', { line: 1, column: 1 }, 'Expected the page "Batch Status and Error Codes" here, found no file');
    files.push(missing);
  }
  return { model, files };
}
