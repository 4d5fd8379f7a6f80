/**
 * Translated pages against the English one: every English row (and category
 * description) looked up in each translation by table and code (and status,
 * for codes documented with several), gaps and disagreements reported, and a
 * lock file recording which English text each translated row translates, so
 * a changed English message marks its translations stale until they are
 * updated.
 */
import { createHash } from 'node:crypto';
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import { quote, recordProblem } from './diagnostics.js';
import type { BatchErrorModel, ErrorCategory, ErrorTable, SourceLocation, TableId, Translation } from './model.js';

/** One English text a translation should carry: a row's message or a category's description. */
export interface SourceText {
  /** Stable name of the row: `batchService/PoolNotFound`, `common/ConditionNotMet/304`, `categories/UserError`. */
  key: string;
  table?: TableId;
  code?: string;
  status?: number;
  category?: ErrorCategory;
  text: string;
  source: SourceLocation;
}

/** What a translation has for one English text. */
export interface TranslatedText {
  text: string;
  source: SourceLocation;
  /** The status or category the translated row gives, where it disagrees with English. */
  disagreement?: string;
}

/** Every English text a translation should carry, in document order. */
export function sourceTexts(model: BatchErrorModel): SourceText[] {
  const texts: SourceText[] = [];
  for (const table of model.tables) {
    if (table.kind === 'rest') {
      for (const entry of table.entries) {
        const several = entry.variants.length > 1;
        for (const variant of entry.variants) {
          texts.push({
            key: several ? `${table.id}/${entry.code}/${variant.status}` : `${table.id}/${entry.code}`,
            table: table.id,
            code: entry.code,
            status: variant.status,
            text: variant.message,
            source: variant.source,
          });
        }
      }
    } else {
      for (const entry of table.entries)
        texts.push({ key: `${table.id}/${entry.code}`, table: table.id, code: entry.code, text: entry.message, source: entry.source });
    }
  }
  for (const entry of model.categories)
    texts.push({ key: `categories/${entry.category}`, category: entry.category, text: entry.description, source: entry.source });
  return texts;
}

/** Finds the translation of an English text; undefined when the translated page lacks it. */
export type TranslationLookup = (wanted: SourceText) => TranslatedText | undefined;

/** Indexes both pages by table and code once, so each lookup is constant time. */
export function translationLookup(english: BatchErrorModel, translation: Translation): TranslationLookup {
  const byCode = (tables: readonly ErrorTable[]) =>
    new Map(tables.map((table) => [table.id, new Map<string, ErrorTable['entries'][number]>(table.entries.map((entry) => [entry.code, entry]))]));
  const translated = byCode(translation.tables);
  const source = byCode(english.tables);
  return (wanted) => {
    if (wanted.category !== undefined) {
      const entry = translation.categories.find((candidate) => candidate.category === wanted.category);
      return entry && { text: entry.description, source: entry.source };
    }
    if (wanted.table === undefined || wanted.code === undefined) return undefined;
    const entry = translated.get(wanted.table)?.get(wanted.code);
    const englishEntry = source.get(wanted.table)?.get(wanted.code);
    if (!entry || !englishEntry) return undefined;
    if ('variants' in entry && 'variants' in englishEntry) {
      const englishIndex = englishEntry.variants.findIndex((variant) => variant.status === wanted.status);
      const variant = entry.variants.find((candidate) => candidate.status === wanted.status) ?? entry.variants[englishIndex];
      if (!variant) return undefined;
      const found: TranslatedText = { text: variant.message, source: variant.source };
      if (variant.status !== wanted.status) found.disagreement = `status ${variant.status} instead of ${wanted.status}`;
      return found;
    }
    if ('variants' in entry || 'variants' in englishEntry) return undefined;
    const found: TranslatedText = { text: entry.message, source: entry.source };
    if (englishEntry.category !== entry.category) found.disagreement = `category ${entry.category} instead of ${englishEntry.category}`;
    return found;
  };
}

/** Reports, on the translated page, the rows it lacks, the rows English lacks, and rows that disagree with English. */
export function alignTranslation(english: BatchErrorModel, translation: Translation, file: VFile): void {
  const texts = sourceTexts(english);
  // A whole table (or the category table) missing is one problem, reported once.
  const missingTables = new Set<string>();
  for (const table of english.tables) {
    if (translation.tables.some((candidate) => candidate.id === table.id)) continue;
    missingTables.add(table.id);
    const rows = texts.filter((text) => text.table === table.id).length;
    recordProblem(
      file,
      'translation-missing-row',
      { line: 1, column: 1 },
      `Expected a translated ${table.id} table, found none; English is used for its ${rows} rows`,
    );
  }
  if (english.categories.length > 0 && translation.categories.length === 0) {
    missingTables.add('categories');
    recordProblem(
      file,
      'translation-missing-row',
      { line: 1, column: 1 },
      'Expected a translated category table, found none; English is used for its descriptions',
    );
  }
  const lookup = translationLookup(english, translation);
  for (const wanted of texts) {
    if (missingTables.has(wanted.table ?? 'categories')) continue;
    const found = lookup(wanted);
    const name = wanted.code ?? wanted.category ?? wanted.key;
    const where = wanted.table ? ` (${wanted.table}${wanted.status !== undefined && wanted.key.split('/').length === 3 ? `, ${wanted.status}` : ''})` : '';
    if (!found) {
      const table = translation.tables.find((candidate) => candidate.id === wanted.table);
      const place = toPoint(table?.source ?? translation.categories[0]?.source);
      recordProblem(
        file,
        'translation-missing-row',
        place,
        `Expected a translation of ${name}${where} as in ${wanted.source.file}:${wanted.source.line}, found none; the English message is used`,
      );
    } else if (found.disagreement) {
      recordProblem(
        file,
        'translation-mismatch',
        toPoint(found.source),
        `Expected ${name} as in ${wanted.source.file}:${wanted.source.line}, found ${found.disagreement}`,
      );
    }
  }
  for (const table of translation.tables) {
    const englishCodes = new Set(english.tables.find((candidate) => candidate.id === table.id)?.entries.map((entry) => entry.code));
    for (const entry of table.entries) {
      if (englishCodes.has(entry.code)) continue;
      const source = 'variants' in entry ? entry.variants[0]?.source : entry.source;
      recordProblem(file, 'translation-extra-row', toPoint(source), `Expected only codes of the English ${table.id} table, found ${entry.code}; it is ignored`);
    }
  }
}

/** What the lock records for one translated row: hashes of the English text it translates and of the translation. */
export interface LockedRow {
  english: string;
  translation: string;
}

/** `docs-source/translations.lock.json`. */
export interface TranslationLock {
  /** The English page every translation follows. */
  source: string;
  /** By locale, by row key. */
  locales: Record<string, Record<string, LockedRow>>;
}

export const lockFileName = 'translations.lock.json';

export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

export type RowState = 'translated' | 'stale' | 'missing';

/**
 * A row is stale when the English text changed since the lock and its
 * translation did not: nobody has looked at it since.
 */
export function rowState(locked: LockedRow | undefined, english: string, translated: TranslatedText | undefined): RowState {
  if (!translated) return 'missing';
  if (locked && locked.english !== textHash(english) && locked.translation === textHash(translated.text)) return 'stale';
  return 'translated';
}

export interface LocaleCoverage {
  locale: string;
  translated: number;
  stale: number;
  missing: number;
  /** Keys of the stale rows. */
  staleRows: string[];
}

/**
 * The lock as it should now read, and each locale's coverage. Rows whose
 * translation was edited (or that are new) record the current English text;
 * untouched rows keep what they recorded, so stale stays stale until the
 * translation changes, or `accept` names the locale.
 */
export function updateLock(
  english: BatchErrorModel,
  previous: TranslationLock | undefined,
  accept: readonly string[] = [],
): { lock: TranslationLock; coverage: LocaleCoverage[] } {
  const lock: TranslationLock = { source: english.document.file.split('/').slice(-2).join('/'), locales: {} };
  const coverage: LocaleCoverage[] = [];
  const texts = sourceTexts(english);
  for (const translation of english.translations) {
    const locale = translation.document.locale;
    const rows: Record<string, LockedRow> = {};
    const counts: LocaleCoverage = { locale, translated: 0, stale: 0, missing: 0, staleRows: [] };
    const lookup = translationLookup(english, translation);
    for (const wanted of texts) {
      const translated = lookup(wanted);
      const locked = previous?.locales[locale]?.[wanted.key];
      const state = accept.includes(locale) && translated ? 'translated' : rowState(locked, wanted.text, translated);
      if (state === 'missing') {
        counts.missing++;
        continue;
      }
      if (state === 'stale' && locked) {
        counts.stale++;
        counts.staleRows.push(wanted.key);
        rows[wanted.key] = locked;
      } else {
        counts.translated++;
        rows[wanted.key] = { english: textHash(wanted.text), translation: textHash(translated?.text ?? '') };
      }
    }
    lock.locales[locale] = rows;
    coverage.push(counts);
  }
  return { lock, coverage };
}

/** Reports every stale row on its translated page. */
export function reportStaleRows(english: BatchErrorModel, lock: TranslationLock, fileOf: (locale: string) => VFile | undefined): void {
  const texts = sourceTexts(english);
  for (const translation of english.translations) {
    const file = fileOf(translation.document.locale);
    if (!file) continue;
    const lookup = translationLookup(english, translation);
    for (const wanted of texts) {
      const translated = lookup(wanted);
      if (rowState(lock.locales[translation.document.locale]?.[wanted.key], wanted.text, translated) !== 'stale' || !translated) continue;
      recordProblem(
        file,
        'translation-stale',
        toPoint(translated.source),
        `Expected the translation of ${wanted.code ?? wanted.category} to follow the English text, found it translating an older one; English now reads ${quote(wanted.text)} (${wanted.source.file}:${wanted.source.line}). Update it, then run \`batch-errors-codegen translations\``,
      );
    }
  }
}

/** The lock file's text: stable key order, one row per line, trailing newline. */
export function formatLock(lock: TranslationLock): string {
  const locales = Object.keys(lock.locales).sort();
  const lines = ['{', `  "source": ${JSON.stringify(lock.source)},`, '  "locales": {'];
  locales.forEach((locale, localeIndex) => {
    const rows = lock.locales[locale] ?? {};
    const keys = Object.keys(rows).sort();
    lines.push(`    ${JSON.stringify(locale)}: {`);
    keys.forEach((key, index) => {
      const row = rows[key];
      lines.push(
        `      ${JSON.stringify(key)}: { "english": ${JSON.stringify(row?.english)}, "translation": ${JSON.stringify(row?.translation)} }${index < keys.length - 1 ? ',' : ''}`,
      );
    });
    lines.push(`    }${localeIndex < locales.length - 1 ? ',' : ''}`);
  });
  lines.push('  }', '}', '');
  return lines.join('\n');
}

/** Reads a lock file's text; undefined (with a reason) when it is not one. */
export function parseLock(text: string): { lock?: TranslationLock; problem?: string } {
  try {
    const data = JSON.parse(text) as Partial<TranslationLock>;
    if (typeof data.source !== 'string' || typeof data.locales !== 'object' || data.locales === null)
      return { problem: 'expected { "source": …, "locales": { … } }' };
    return { lock: data as TranslationLock };
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error) };
  }
}

function toPoint(location: SourceLocation | undefined): Point {
  return { line: location?.line ?? 1, column: location?.column ?? 1 };
}
