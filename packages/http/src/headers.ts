/**
 * Response headers, wherever the transport put them: a WHATWG `Headers`, the
 * `HttpHeaders` of `@azure/core-rest-pipeline` or of `@azure/ms-rest-js`, a
 * `Map`, or a plain object such as Node.js's `IncomingHttpHeaders`, in any
 * letter case. Every read is guarded: a throwing getter, a proxy or a `get`
 * that returns something odd gives no value, never an exception.
 */
import { property } from './read.js';

/** How many keys of a plain object or `Map` are compared with a header name at most. */
const maxScannedKeys = 1000;

/**
 * The value of one header, or undefined when there is none or it cannot be
 * read. A header repeated with different values (an array, as Node.js gives
 * some) has none; repeated with one value, that value.
 */
export function headerValue(headers: unknown, name: string): string | undefined {
  if ((typeof headers !== 'object' && typeof headers !== 'function') || headers === null) return undefined;
  const lowerName = name.toLowerCase();
  const map = isMap(headers);
  const get = property(headers, 'get');
  if (typeof get === 'function' && !map) {
    // Headers, HttpHeaders (both SDKs) and axios' AxiosHeaders: get() ignores letter case.
    try {
      return headerText(Reflect.apply(get, headers, [lowerName]));
    } catch {
      return undefined;
    }
  }
  if (map)
    return headerText(
      findIgnoringCase(
        () => headers.keys(),
        lowerName,
        (key) => headers.get(key),
      ),
    );
  const exact = headerText(property(headers, lowerName));
  if (exact !== undefined) return exact;
  return headerText(
    findIgnoringCase(
      () => Object.keys(headers),
      lowerName,
      (key) => property(headers, key),
    ),
  );
}

/** Whether it is a `Map`, whose `get` minds letter case; a revoked proxy is none. */
function isMap(value: object): value is Map<unknown, unknown> {
  try {
    return value instanceof Map;
  } catch {
    return false;
  }
}

/** The value under the first key that matches `lowerName` in any letter case, among the first keys. */
function findIgnoringCase(keys: () => Iterable<unknown>, lowerName: string, valueUnder: (key: string) => unknown): unknown {
  try {
    let scanned = 0;
    for (const key of keys()) {
      if (++scanned > maxScannedKeys) return undefined;
      if (typeof key === 'string' && key.length === lowerName.length && key.toLowerCase() === lowerName) return valueUnder(key);
    }
  } catch {
    // A proxy whose ownKeys trap throws, a Map changed under us: no value.
  }
  return undefined;
}

/** A header's text: a string, a number (some clients parse), or a list of one repeated value. */
function headerText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (!Array.isArray(value)) return undefined;
  try {
    const [first] = value;
    if (typeof first !== 'string' || value.length > maxScannedKeys) return undefined;
    for (let index = 1; index < value.length; index++) if (value[index] !== first) return undefined;
    return first;
  } catch {
    return undefined;
  }
}

/**
 * The longest delay `retryAfterMs` reports: one day. A server that asks for
 * more (or an absurd `Retry-After: 99999999999`) gets this; a timer given more
 * than 2³¹−1 ms would fire at once instead.
 */
export const maxRetryAfterMs = 86_400_000;

/** Longer values are no delay: `Sun, 06 Nov 1994 08:49:37 GMT` has 29 characters. */
const maxDelayLength = 64;

/**
 * How long the server asks to wait before retrying, in milliseconds, from
 * `retry-after-ms`, then `x-ms-retry-after-ms` (milliseconds), then
 * `retry-after` (seconds or an HTTP date), as the Azure SDKs read them: the
 * first that holds a well-formed value. Clamped to 0 … `maxRetryAfterMs`
 * (a date in the past is 0); malformed and negative values are ignored.
 */
export function retryAfterMsOf(headers: unknown, now: number = Date.now()): number | undefined {
  return (
    parseDelayMs(headerValue(headers, 'retry-after-ms')) ??
    parseDelayMs(headerValue(headers, 'x-ms-retry-after-ms')) ??
    parseRetryAfter(headerValue(headers, 'retry-after'), now)
  );
}

/** A millisecond delay: digits with an optional fraction, rounded up and clamped; anything else is none. */
export function parseDelayMs(value: string | undefined): number | undefined {
  if (value === undefined || value.length > maxDelayLength) return undefined;
  const match = /^\s*(\d+(?:\.\d+)?)\s*$/.exec(value);
  return match?.[1] === undefined ? undefined : clampDelay(Math.ceil(Number(match[1])));
}

/**
 * A `Retry-After` value (RFC 9110, 10.2.3): `delay-seconds` (digits) or an
 * HTTP date, as milliseconds from `now`, clamped; anything else is none.
 */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined || value.length > maxDelayLength) return undefined;
  const seconds = /^\s*(\d+)\s*$/.exec(value)?.[1];
  if (seconds !== undefined) return clampDelay(Number(seconds) * 1000);
  const date = parseHttpDate(value.trim());
  return date === undefined ? undefined : clampDelay(date - now);
}

function clampDelay(milliseconds: number): number | undefined {
  if (Number.isNaN(milliseconds)) return undefined;
  return Math.min(Math.max(milliseconds, 0), maxRetryAfterMs);
}

const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Literals, not RegExp objects built at load: a bundle that does not read dates drops them.
/** `Sun, 06 Nov 1994 08:49:37 GMT` (IMF-fixdate, what servers send). */
const imfFixdate = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$/;
/** `Sunday, 06-Nov-94 08:49:37 GMT` (obsolete RFC 850 format). */
const rfc850Date =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\d{2}) (\d{2}):(\d{2}):(\d{2}) GMT$/;
/** `Sun Nov  6 08:49:37 1994` (obsolete asctime format). */
const asctimeDate = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ([ \d]\d) (\d{2}):(\d{2}):(\d{2}) (\d{4})$/;

/**
 * The three formats of an HTTP date (RFC 9110, 5.6.7), as milliseconds since
 * the epoch; undefined for anything else, or a date that does not exist (30
 * February). Not `Date.parse`, which reads `1.5` as a date in 2001.
 */
export function parseHttpDate(text: string): number | undefined {
  const imf = imfFixdate.exec(text);
  if (imf) return utc(Number(imf[3]), imf[2], Number(imf[1]), imf[4], imf[5], imf[6]);
  const rfc850 = rfc850Date.exec(text);
  if (rfc850) return utc(fullYear(Number(rfc850[3])), rfc850[2], Number(rfc850[1]), rfc850[4], rfc850[5], rfc850[6]);
  const asctime = asctimeDate.exec(text);
  if (asctime) return utc(Number(asctime[6]), asctime[1], Number(asctime[2]), asctime[3], asctime[4], asctime[5]);
  return undefined;
}

/** A two-digit year more than 50 years ahead is the last such year in the past (RFC 9110, 5.6.7). */
function fullYear(twoDigits: number): number {
  const thisYear = new Date().getUTCFullYear();
  const candidate = thisYear - (thisYear % 100) + twoDigits;
  return candidate > thisYear + 50 ? candidate - 100 : candidate;
}

function utc(year: number, monthName: string | undefined, day: number, hour?: string, minute?: string, second?: string): number | undefined {
  const monthIndex = monthNames.indexOf(monthName ?? '');
  const [h, m, s] = [Number(hour), Number(minute), Number(second)];
  if (monthIndex < 0 || day < 1 || h > 23 || m > 59 || s > 60) return undefined;
  // Date.UTC rolls 30 February over into March: such a date does not exist.
  if (new Date(Date.UTC(year, monthIndex, day)).getUTCDate() !== day) return undefined;
  return Date.UTC(year, monthIndex, day, h, m, s);
}

/** At most this many characters, printable ASCII without spaces: what a request id is (a GUID has 36). */
const requestIdPattern = /^[\x21-\x7e]{1,256}$/;

/** An id from a header: trimmed, printable ASCII, at most 256 characters; anything else (a flood, control characters, a merged repeat) is none. */
export function requestIdText(value: string | undefined): string | undefined {
  if (value === undefined || value.length > 1024) return undefined;
  const trimmed = value.trim();
  return requestIdPattern.test(trimmed) ? trimmed : undefined;
}
