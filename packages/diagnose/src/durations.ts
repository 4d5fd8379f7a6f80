/**
 * Durations as the tools write them: ISO 8601 (`PT1H30M`) in the REST API's
 * JSON and the official client's objects, and Python's `str(timedelta)`
 * (`1:30:00`, `2 days, 0:00:00`, `0:00:03.500000`) in what
 * `az batch … show -o json` prints.
 */

const isoPattern = /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;
const timedeltaPattern = /^(?:(\d+) days?, )?(\d+):([0-5]\d):([0-5]\d(?:\.\d{1,6})?)$/;

/** A duration read: in milliseconds, and written in ISO 8601 (as given, or from `az`'s form). */
export interface ReadDuration {
  milliseconds: number;
  iso: string;
}

/** Reads a duration in either form; undefined for anything else. */
export function readDuration(value: unknown): ReadDuration | undefined {
  if (typeof value !== 'string' || value.length > 64) return undefined;
  const iso = isoPattern.exec(value);
  if (iso && value !== 'P' && !value.endsWith('T')) return { milliseconds: total(iso.slice(1)), iso: value };
  const timedelta = timedeltaPattern.exec(value);
  if (!timedelta) return undefined;
  const [days, hours, minutes, seconds] = timedelta.slice(1).map((part) => (part === undefined ? '0' : part.replace(/^0+(?=\d)/, '')));
  // Written from the digits, not from the sum, so no precision is lost (10675199 days, 2:48:05.477581).
  const secondsShown = seconds?.includes('.') ? seconds.replace(/\.?0+$/, '') : seconds;
  const time = [hours === '0' ? '' : `${hours}H`, minutes === '0' ? '' : `${minutes}M`, secondsShown === '0' ? '' : `${secondsShown}S`].join('');
  const dayPart = days === '0' ? '' : `${days}D`;
  return { milliseconds: total(timedelta.slice(1)), iso: dayPart === '' && time === '' ? 'PT0S' : `P${dayPart}${time === '' ? '' : `T${time}`}` };
}

/** Days, hours, minutes and seconds (each optional) in milliseconds. */
function total(parts: (string | undefined)[]): number {
  const [days = 0, hours = 0, minutes = 0, seconds = 0] = parts.map((part) => Number(part ?? 0));
  return ((days * 24 + hours) * 60 + minutes) * 60_000 + seconds * 1000;
}
