/**
 * Locale negotiation: a BCP 47 tag, a list of them, or an Accept-Language
 * header, matched against the shipped locales with @formatjs/intl-localematcher
 * ("best fit": de-AT finds de-de, pt finds pt-br, zh-Hans-CN finds zh-cn).
 * Anything unmatched, malformed or hostile gives English.
 */
import { match } from '@formatjs/intl-localematcher';
import { type SupportedLocale, supportedLocales } from './generated/locales.js';

/** A BCP 47 tag (`de-AT`), a list in order of preference, or an Accept-Language value (`de-AT,de;q=0.9,en;q=0.5`). */
export type LocalePreference = string | readonly string[];

const fallbackLocale: SupportedLocale = 'en-us';
const canonicalSupported = /* @__PURE__ */ supportedLocales.map(canonicalTag);
const negotiated = new Map<string, SupportedLocale>();
const negotiatedLimit = 256;

/** The shipped locale that best serves `preference`; `en-us` when none does. Never throws. */
export function negotiateLocale(preference?: LocalePreference): SupportedLocale {
  if (preference === undefined) return fallbackLocale;
  if (typeof preference === 'string' && (supportedLocales as readonly string[]).includes(preference)) return preference as SupportedLocale;
  try {
    // A list may hold anything (symbols, proxies): only its strings are tags.
    const tags =
      typeof preference === 'string'
        ? undefined
        : Array.isArray(preference)
          ? preference.slice(0, 64).filter((tag): tag is string => typeof tag === 'string')
          : [];
    // Strings and lists are read differently ('fr,de' is two tags, ['fr,de'] one malformed tag): separate keys.
    const key = tags === undefined ? `s:${preference as string}` : `a:${tags.join('\n')}`;
    const known = negotiated.get(key);
    if (known) return known;
    const result = matchLocale(tags ?? acceptLanguageTags(preference as string));
    if (negotiated.size >= negotiatedLimit) negotiated.clear();
    negotiated.set(key, result);
    return result;
  } catch {
    return fallbackLocale;
  }
}

function matchLocale(tags: readonly string[]): SupportedLocale {
  const valid = tags.filter(isWellFormedTag);
  if (valid.length === 0) return fallbackLocale;
  try {
    const matched = match(valid, canonicalSupported, canonicalTag(fallbackLocale), { algorithm: 'best fit' });
    return supportedLocales[canonicalSupported.indexOf(matched)] ?? fallbackLocale;
  } catch {
    return fallbackLocale;
  }
}

/** The tags of an Accept-Language value (or a single tag), most preferred first; `*` and q=0 dropped. Empty for anything but a string. */
export function acceptLanguageTags(header: string): string[] {
  if (typeof header !== 'string') return [];
  const entries = header
    .slice(0, 4096)
    .split(',')
    .slice(0, 64)
    .map((part, index) => {
      const [tag = '', ...parameters] = part.split(';').map((piece) => piece.trim());
      const quality = parameters.map((parameter) => /^q=([01](?:\.\d{0,3})?)$/i.exec(parameter)?.[1]).find((value) => value !== undefined);
      return { tag, quality: quality === undefined ? 1 : Number(quality), index };
    })
    .filter((entry) => entry.tag !== '' && entry.tag !== '*' && entry.quality > 0);
  return entries.sort((left, right) => right.quality - left.quality || left.index - right.index).map((entry) => entry.tag);
}

function isWellFormedTag(tag: string): boolean {
  if (tag.length > 64) return false;
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** `de-de` to `de-DE`, the form the matcher compares. */
function canonicalTag(locale: string): string {
  return Intl.getCanonicalLocales(locale)[0] ?? locale;
}
