/**
 * A translated page aligned to the English one, once, while loading: every
 * English row (and category description) looked up in the translation by
 * table and code (and status, for codes documented with several); gaps,
 * extra rows and disagreements reported on the translated page. What comes
 * out is the model's {@link Translation}: the texts under English ids, so no
 * later stage matches rows again.
 */
import type { VFile } from 'vfile';
import { placeOf, recordProblem } from './diagnostics.js';
import { type BatchErrorModel, type ErrorTable, type SourceText, sourceTexts, type TranslatedText, type Translation } from './model.js';

/** A translated page as read, before alignment: the same shape as the English model's tables. */
export interface TranslatedPage extends Pick<BatchErrorModel, 'document' | 'tables' | 'categories'> {}

/** The translation's text for each English text it has, reporting on `file` what it lacks, adds or contradicts. */
export function alignTranslation(english: BatchErrorModel, page: TranslatedPage, file: VFile): Translation {
  const texts = sourceTexts(english);
  const missingGroups = reportMissingTables(english, page, texts, file);
  const translatedRowOf = rowFinder(english, page);
  const aligned: TranslatedText[] = [];
  for (const wanted of texts) {
    const group = 'category' in wanted.id ? 'categories' : wanted.id.table;
    if (missingGroups.has(group)) continue;
    const found = translatedRowOf(wanted);
    const name = 'category' in wanted.id ? wanted.id.category : wanted.id.code;
    if (!found) {
      const table = 'category' in wanted.id ? undefined : page.tables.find((candidate) => candidate.id === group);
      const where = 'category' in wanted.id ? '' : ` (${wanted.id.table}${wanted.id.status === undefined ? '' : `, ${wanted.id.status}`})`;
      recordProblem(
        file,
        'translation-missing-row',
        placeOf(table?.source ?? page.categories[0]?.source),
        `Expected a translation of ${name}${where} as in ${wanted.source.file}:${wanted.source.line}, found none; the English message is used`,
      );
      continue;
    }
    if (found.disagreement) {
      recordProblem(
        file,
        'translation-mismatch',
        placeOf(found.text.source),
        `Expected ${name} as in ${wanted.source.file}:${wanted.source.line}, found ${found.disagreement}`,
      );
    }
    aligned.push(found.text);
  }
  reportExtraRows(english, page, file);
  return { document: page.document, texts: aligned };
}

/** A whole table (or the category table) missing is one problem, reported once; returns the groups missing. */
function reportMissingTables(english: BatchErrorModel, page: TranslatedPage, texts: readonly SourceText[], file: VFile): Set<string> {
  const missing = new Set<string>();
  for (const table of english.tables) {
    if (page.tables.some((candidate) => candidate.id === table.id)) continue;
    missing.add(table.id);
    const rows = texts.filter((text) => !('category' in text.id) && text.id.table === table.id).length;
    recordProblem(
      file,
      'translation-missing-row',
      placeOf(undefined),
      `Expected a translated ${table.id} table, found none; English is used for its ${rows} rows`,
    );
  }
  if (english.categories.length > 0 && page.categories.length === 0) {
    missing.add('categories');
    recordProblem(
      file,
      'translation-missing-row',
      placeOf(undefined),
      'Expected a translated category table, found none; English is used for its descriptions',
    );
  }
  return missing;
}

/** A translated row, and the status or category it gives where it disagrees with English. */
interface FoundRow {
  text: TranslatedText;
  disagreement?: string;
}

/** Indexes both pages by table and code once, so each lookup is constant time. */
function rowFinder(english: BatchErrorModel, page: TranslatedPage): (wanted: SourceText) => FoundRow | undefined {
  const byCode = (tables: readonly ErrorTable[]) =>
    new Map(tables.map((table) => [table.id, new Map<string, ErrorTable['entries'][number]>(table.entries.map((entry) => [entry.code, entry]))]));
  const translated = byCode(page.tables);
  const source = byCode(english.tables);
  return (wanted) => {
    const { id } = wanted;
    if ('category' in id) {
      const entry = page.categories.find((candidate) => candidate.category === id.category);
      return entry && { text: { id, text: entry.description, source: entry.source } };
    }
    const entry = translated.get(id.table)?.get(id.code);
    const englishEntry = source.get(id.table)?.get(id.code);
    if (!entry || !englishEntry) return undefined;
    if ('variants' in entry && 'variants' in englishEntry) {
      // By status first; a translated row whose status disagrees still translates the English row at its place.
      const englishIndex = englishEntry.variants.findIndex((variant) => variant.status === wanted.status);
      const variant = entry.variants.find((candidate) => candidate.status === wanted.status) ?? entry.variants[englishIndex];
      if (!variant) return undefined;
      const text = { id, text: variant.message, source: variant.source };
      return variant.status === wanted.status ? { text } : { text, disagreement: `status ${variant.status} instead of ${wanted.status}` };
    }
    if ('variants' in entry || 'variants' in englishEntry) return undefined;
    const text = { id, text: entry.message, source: entry.source };
    return englishEntry.category === entry.category ? { text } : { text, disagreement: `category ${entry.category} instead of ${englishEntry.category}` };
  };
}

/** Rows of codes the English table does not have: ignored, and said so. */
function reportExtraRows(english: BatchErrorModel, page: TranslatedPage, file: VFile): void {
  for (const table of page.tables) {
    const englishCodes = new Set(english.tables.find((candidate) => candidate.id === table.id)?.entries.map((entry) => entry.code));
    for (const entry of table.entries) {
      if (englishCodes.has(entry.code)) continue;
      const source = 'variants' in entry ? entry.variants[0]?.source : entry.source;
      recordProblem(file, 'translation-extra-row', placeOf(source), `Expected only codes of the English ${table.id} table, found ${entry.code}; it is ignored`);
    }
  }
}
