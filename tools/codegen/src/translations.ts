/**
 * The translations lock: a file recording which English text each translated
 * row translates, so a changed English message marks its translations stale
 * until they are updated. Its row names are the only string keys of texts;
 * everywhere else texts are named by the model's structured {@link TextId}.
 */
import { createHash } from 'node:crypto';
import type { VFile } from 'vfile';
import { placeOf, quote, recordProblem } from './diagnostics.js';
import { type BatchErrorModel, sourceTexts, type TextId, translatedTextOf } from './model.js';

/** A row's name in the lock: `batchService/PoolNotFound`, `common/ConditionNotMet/304`, `categories/UserError`. */
export function lockKey(id: TextId): string {
  if ('category' in id) return `categories/${id.category}`;
  return id.status === undefined ? `${id.table}/${id.code}` : `${id.table}/${id.code}/${id.status}`;
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

/**
 * The lock grows with rows times locales (about 100 bytes a row per locale): seven
 * locales of 50,000 codes write 33 MB. This bound holds the lock of pages at the page
 * limit in eight locales, and still stops a device or a runaway file.
 */
export const maxLockBytes = 128 * 1024 * 1024;

export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

export type RowState = 'translated' | 'stale' | 'missing';

/**
 * A row is stale when the English text changed since the lock and its
 * translation did not: nobody has looked at it since.
 */
export function rowState(locked: LockedRow | undefined, english: string, translated: { text: string } | undefined): RowState {
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
    const translatedText = translatedTextOf(translation);
    for (const wanted of texts) {
      const key = lockKey(wanted.id);
      const translated = translatedText(wanted.id);
      const locked = previous?.locales[locale]?.[key];
      const state = accept.includes(locale) && translated ? 'translated' : rowState(locked, wanted.text, translated);
      if (state === 'missing') {
        counts.missing++;
        continue;
      }
      if (state === 'stale' && locked) {
        counts.stale++;
        counts.staleRows.push(key);
        rows[key] = locked;
      } else {
        counts.translated++;
        rows[key] = { english: textHash(wanted.text), translation: textHash(translated?.text ?? '') };
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
    const translatedText = translatedTextOf(translation);
    for (const wanted of texts) {
      const translated = translatedText(wanted.id);
      if (rowState(lock.locales[translation.document.locale]?.[lockKey(wanted.id)], wanted.text, translated) !== 'stale' || !translated) continue;
      recordProblem(
        file,
        'translation-stale',
        placeOf(translated.source),
        `Expected the translation of ${'category' in wanted.id ? wanted.id.category : wanted.id.code} to follow the English text, found it translating an older one; English now reads ${quote(wanted.text)} (${wanted.source.file}:${wanted.source.line}). Update it, then run \`batch-errors-codegen translations\``,
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
