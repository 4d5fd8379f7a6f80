/**
 * Every shipped language, negotiated from a preference: what the root entry
 * (`@batch-errors/diagnose`) uses. It carries all seven locales and the locale
 * matcher; the per-locale entries do not.
 */
import { getCategoryDescription, getMessage, type LocalePreference, negotiateLocale, type SupportedLocale } from '@batch-errors/messages';
import { type Language, withRememberedLookups } from './language.js';
import { textsFor } from './texts/index.js';

/** The language of a locale the messages package supports (English for anything else). */
export function languageOfLocale(locale: SupportedLocale): Language {
  return withRememberedLookups({
    locale,
    texts: textsFor(locale),
    message: (code, table) => (table === undefined ? getMessage(code, { locale }) : getMessage(code, { locale, table })),
    categoryDescription: (category) => getCategoryDescription(category, { locale }),
  });
}

/** The language that best fits a preference (a BCP 47 tag, a list, an Accept-Language value, or anything: English then). */
export function negotiateLanguage(preference: unknown): Language {
  return languageOfLocale(negotiateLocale(preference as LocalePreference | undefined));
}
