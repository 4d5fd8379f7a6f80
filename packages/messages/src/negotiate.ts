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

/** The longest language tag read as one; longer ones are malformed here. */
export const maxTagLength = 64;
/** How much of an Accept-Language value is read, and how many of its tags or of a list's. */
const maxHeaderLength = 4096;
const maxTags = 64;

/**
 * Answers already negotiated, for inputs a request header would hold: at most
 * `negotiatedLimit` entries (then it starts over), each keyed on at most
 * `maxCachedKeyLength` characters; longer inputs are negotiated each time.
 * So no input, however long or varied, makes it hold more than about 64 k characters.
 */
const negotiated = new Map<string, SupportedLocale>();
const negotiatedLimit = 256;
const maxCachedKeyLength = 256;

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
          ? preference.slice(0, maxTags).filter((tag): tag is string => typeof tag === 'string')
          : [];
    const length = tags === undefined ? (preference as string).length : tags.reduce((sum, tag) => sum + tag.length + 1, 0);
    if (length > maxCachedKeyLength) return matchLocale(tags ?? acceptLanguageTags(preference as string));
    // Strings and lists are read differently ('fr,de' is two tags, ['fr,de'] one malformed tag): separate keys.
    const key = tags === undefined ? `s:${preference as string}` : `a:${tags.join('\n')}`;
    const known = negotiated.get(key);
    if (known) return known;
    const result = matchLocale(tags ?? acceptLanguageTags(preference as string));
    if (negotiated.size >= negotiatedLimit) negotiated.clear();
    negotiated.set(detached(key), result);
    return result;
  } catch {
    return fallbackLocale;
  }
}

/** A copy of a short key made of its characters: a key sliced from a long string (by `split`, `slice`) would otherwise keep all of that string alive. */
function detached(key: string): string {
  return key.split('').join('');
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
    .slice(0, maxHeaderLength)
    .split(',')
    .slice(0, maxTags)
    .map((part, index) => {
      const [tag = '', ...parameters] = part.split(';').map((piece) => piece.trim());
      const quality = parameters.map((parameter) => /^q=([01](?:\.\d{0,3})?)$/i.exec(parameter)?.[1]).find((value) => value !== undefined);
      return { tag, quality: quality === undefined ? 1 : Number(quality), index };
    })
    .filter((entry) => entry.tag !== '' && entry.tag !== '*' && entry.quality > 0);
  return entries.sort((left, right) => right.quality - left.quality || left.index - right.index).map((entry) => entry.tag);
}

function isWellFormedTag(tag: string): boolean {
  if (tag.length > maxTagLength) return false;
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
