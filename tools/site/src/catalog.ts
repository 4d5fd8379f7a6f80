/**
 * The error catalog's data: one entry per code and table, read from the
 * generator's model (codes, tables, statuses, categories, the docs link and
 * the message in every locale), with the retry decision of
 * `@batch-errors/http`. Pure: the model in, plain data out.
 */
import { type BatchErrorModel, type ErrorCategory, sourceLocale, type TableId, type TextId, translatedTextOf } from '@batch-errors/codegen';

/** Where the catalog knows a code from. */
export type CodeOrigin = 'documented' | 'sdk';

/**
 * A code the SDKs name that the docs do not list. The catalog shows it as
 * "known only to the SDKs", with no table, status or message.
 */
export interface KnownCode {
  code: string;
  /** Which SDKs name it, in words (`.NET`, `Java`). */
  sdks: readonly string[];
}

/** One message of an entry in one locale: one per documented status, or one for a scheduling code. */
export interface CatalogMessage {
  /** The status the message is given for, when the code is documented with several. */
  status?: number;
  text: string;
  /** The locale the text is in: the requested one, or English where its page lacks the row. */
  locale: string;
}

/** One code in one table (or, for a code known only to the SDKs, in none). */
export interface CatalogEntry {
  code: string;
  /** The table listing it; absent for a code known only to the SDKs. */
  table?: TableId;
  /** HTTP statuses, in document order (REST tables). */
  statuses: number[];
  /** Who is at fault (scheduling tables). */
  category?: ErrorCategory;
  /** What `isRetryable(code)` of `@batch-errors/http` answers. */
  retryable: boolean;
  /** The docs' section listing the code. */
  docsUrl?: string;
  origin: CodeOrigin;
  /** By locale (`en-us`, `de-de`, …), every locale of the catalog. */
  messages: Record<string, CatalogMessage[]>;
  /** For a code known only to the SDKs: which name it. */
  sdks?: readonly string[];
}

/** Everything the page shows. */
export interface Catalog {
  /** English first, then the translations in the model's order. */
  locales: string[];
  /** Tables in the docs' order, with their headings. */
  tables: { id: TableId; title: string }[];
  categories: ErrorCategory[];
  /** Every status any entry has, ascending. */
  statuses: number[];
  entries: CatalogEntry[];
  /** The page the codes come from. */
  document: { title: string; url: string };
}

export interface CatalogOptions {
  /** The retry decision for a code (`isRetryable` of `@batch-errors/http`). */
  isRetryable: (code: string) => boolean;
  /** Codes known only to the SDKs; none today. */
  known?: readonly KnownCode[];
}

/** The catalog of `model`. */
export function catalogOf(model: BatchErrorModel, options: CatalogOptions): Catalog {
  const lookups = model.translations.map((translation) => ({ locale: translation.document.locale, find: translatedTextOf(translation) }));
  const locales = [sourceLocale, ...lookups.map(({ locale }) => locale)];
  const urlOf = (anchor: string | undefined) => (anchor === undefined ? model.document.url : `${model.document.url}#${anchor}`);

  const messagesOf = (texts: { id: TextId; status?: number; english: string }[]): Record<string, CatalogMessage[]> => {
    const byLocale: Record<string, CatalogMessage[]> = {};
    byLocale[sourceLocale] = texts.map(({ status, english }) => withStatus({ text: english, locale: sourceLocale }, status));
    for (const { locale, find } of lookups) {
      byLocale[locale] = texts.map(({ id, status, english }) => {
        const translated = find(id);
        return withStatus(translated ? { text: translated.text, locale } : { text: english, locale: sourceLocale }, status);
      });
    }
    return byLocale;
  };

  const entries: CatalogEntry[] = [];
  for (const table of model.tables) {
    const docsUrl = urlOf(table.anchor);
    if (table.kind === 'rest') {
      for (const entry of table.entries) {
        const several = entry.variants.length > 1;
        entries.push({
          code: entry.code,
          table: table.id,
          statuses: entry.variants.map((variant) => variant.status),
          retryable: options.isRetryable(entry.code),
          docsUrl,
          origin: 'documented',
          messages: messagesOf(
            entry.variants.map((variant) => ({
              id: several ? { table: table.id, code: entry.code, status: variant.status } : { table: table.id, code: entry.code },
              ...(several ? { status: variant.status } : {}),
              english: variant.message,
            })),
          ),
        });
      }
    } else {
      for (const entry of table.entries) {
        entries.push({
          code: entry.code,
          table: table.id,
          statuses: [],
          category: entry.category,
          retryable: options.isRetryable(entry.code),
          docsUrl,
          origin: 'documented',
          messages: messagesOf([{ id: { table: table.id, code: entry.code }, english: entry.message }]),
        });
      }
    }
  }
  const documented = new Set(entries.map((entry) => entry.code));
  for (const known of options.known ?? []) {
    if (documented.has(known.code)) continue;
    entries.push({
      code: known.code,
      statuses: [],
      retryable: options.isRetryable(known.code),
      origin: 'sdk',
      messages: Object.fromEntries(locales.map((locale) => [locale, []])),
      sdks: known.sdks,
    });
  }

  return {
    locales,
    tables: model.tables.map((table) => ({ id: table.id, title: table.title })),
    categories: [...new Set(model.categories.map((entry) => entry.category))],
    statuses: [...new Set(entries.flatMap((entry) => entry.statuses))].sort((left, right) => left - right),
    entries,
    document: { title: model.document.title ?? 'Batch Status and Error Codes', url: model.document.url },
  };
}

function withStatus(message: CatalogMessage, status: number | undefined): CatalogMessage {
  return status === undefined ? message : { status, ...message };
}
