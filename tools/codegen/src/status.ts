/**
 * HTTP status cells: `Bad Request (400)`, `BadRequest (400)`, `Request Entity Too Large (413)`.
 * The number is the data; the phrase must belong to it. Phrases come from the
 * `statuses` registry (pinned in the lockfile, so every machine generates the
 * same bytes, whatever its Node version).
 */
import statuses from 'statuses';

/**
 * Reason phrases of RFC 2616 and RFC 9110 that differ from the registry's
 * current one; the docs were written against RFC 2616.
 */
const historicReasonPhrases: Readonly<Record<number, readonly string[]>> = {
  408: ['Request Time-out'],
  413: ['Request Entity Too Large', 'Content Too Large'],
  414: ['Request-URI Too Long', 'Request-URI Too Large'],
  416: ['Requested Range Not Satisfiable'],
  422: ['Unprocessable Content'],
  504: ['Gateway Time-out'],
  505: ['HTTP Version not supported'],
};

export type StatusCellResult =
  | { ok: true; status: number; statusText: string; spelling: 'standard' | 'compact' | 'historic' }
  | { ok: false; problem: 'missing-number' | 'unknown-number' | 'phrase-mismatch'; detail: string };

const statusCellPattern = /^(?<phrase>.*?)\s*\(\s*(?<number>\d+)\s*\)$/u;

/** The standard reason phrase of a status, or undefined when the registry does not know it. */
export function standardReasonPhrase(status: number): string | undefined {
  return statuses.message[status];
}

/** Every status the registry has a reason phrase for, in numeric order: what `reasonPhrase` of the http package answers. */
export function registeredStatuses(): number[] {
  return statuses.codes.filter((status) => standardReasonPhrase(status) !== undefined).sort((left, right) => left - right);
}

/** Reads a status cell's plain text. */
export function parseStatusCell(text: string): StatusCellResult {
  const match = statusCellPattern.exec(text) ?? (/^\d+$/u.test(text) ? { groups: { phrase: '', number: text } } : undefined);
  const numberText = match?.groups?.['number'];
  if (!match || numberText === undefined) {
    const guess = statusesByPhrase(text);
    const hint = guess === undefined ? '' : ` (did you mean "${text} (${guess})"?)`;
    return { ok: false, problem: 'missing-number', detail: `Expected "Reason Phrase (NNN)", found no status number${hint}` };
  }
  const status = Number(numberText);
  const standard = standardReasonPhrase(status);
  if (standard === undefined || status < 100 || status > 599) {
    return { ok: false, problem: 'unknown-number', detail: `Expected an HTTP status number, found ${numberText}, which is not a registered status` };
  }
  const statusText = (match.groups?.['phrase'] ?? '').trim();
  if (statusText === '' || compact(statusText) === compact(standard)) {
    const spelling = statusText === '' || statusText === standard ? 'standard' : 'compact';
    return { ok: true, status, statusText, spelling };
  }
  if ((historicReasonPhrases[status] ?? []).some((phrase) => compact(phrase) === compact(statusText))) {
    return { ok: true, status, statusText, spelling: 'historic' };
  }
  const owner = statusesByPhrase(statusText);
  const belongsTo = owner === undefined ? 'which is no phrase of it' : `which is the phrase of ${owner}`;
  return {
    ok: false,
    problem: 'phrase-mismatch',
    detail: `Expected the phrase of ${status} ("${standard}"), found "${statusText}", ${belongsTo}`,
  };
}

/** Phrase spellings differ in spaces, hyphens and case only: `BadRequest`, `Bad Request`. */
function compact(phrase: string): string {
  return phrase.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function statusesByPhrase(phrase: string): number | undefined {
  const wanted = compact(phrase);
  for (const code of statuses.codes) {
    const standard = standardReasonPhrase(code);
    if (standard !== undefined && compact(standard) === wanted) return code;
    if ((historicReasonPhrases[code] ?? []).some((historic) => compact(historic) === wanted)) return code;
  }
  return undefined;
}
