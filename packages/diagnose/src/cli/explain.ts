/**
 * `batch-errors-diagnose explain <code>`: one code, as the docs and this
 * package know it, in the reader's language. Like `rustc --explain`, one
 * command explains one code: its documented message, HTTP statuses, tables,
 * category, whether a retry may succeed, and where to read more. A code the
 * page does not list is explained by what the diagnosis makes of it, or by
 * the SDKs that name it; anything else gets the nearest documented code.
 */
import { categoryOf, type ErrorTable, errorCodes, isBatchErrorCode, sourcesOf } from '@batch-errors/core';
import { isRetryable, reasonPhrase, statusesOf } from '@batch-errors/http';
import type { SupportedLocale } from '@batch-errors/messages';
import { failureExitCode, fileUploadCodes, resizeErrorCodes, resourceFileCodes, taskEndedCode } from '../failure-codes.js';
import { docsUrl, type DocsLink, type FindingKind, jobTaskSection, poolNodeSection } from '../kinds.js';
import type { Language } from '../language.js';
import { explainTexts } from './explain-texts.js';
import type { SdkSourcesOf } from './sdk-codes.js';

/** A code the service sends that the page does not list, as the diagnosis reads it. */
interface DiagnosedCode {
  where: 'failureInfo' | 'resizeErrors';
  findings: readonly FindingKind[];
  docs: DocsLink;
}

/** The failure codes of `failure-codes.ts`, with the findings they give: every code the diagnosis reads by name. */
const diagnosedCodes: ReadonlyMap<string, DiagnosedCode> = new Map<string, DiagnosedCode>([
  ...[...resourceFileCodes].map(
    (code) =>
      [code, { where: 'failureInfo', findings: ['task-resource-file-download-failed'], docs: jobTaskSection('taskFailures') }] as [string, DiagnosedCode],
  ),
  ...[...fileUploadCodes].map(
    (code) => [code, { where: 'failureInfo', findings: ['task-output-file-upload-failed'], docs: jobTaskSection('outputFiles') }] as [string, DiagnosedCode],
  ),
  [failureExitCode, { where: 'failureInfo', findings: ['task-exit-code'], docs: jobTaskSection('taskCommandLines') }],
  [taskEndedCode, { where: 'failureInfo', findings: ['task-max-wall-clock-time-exceeded', 'task-ended'], docs: jobTaskSection('taskFailures') }],
  ...[resizeErrorCodes.accountCoreQuotaReached, resizeErrorCodes.accountLowPriorityCoreQuotaReached, resizeErrorCodes.accountSpotCoreQuotaReached].map(
    (code) =>
      [code, { where: 'resizeErrors', findings: ['pool-resize-quota-reached'], docs: poolNodeSection('resizeTimeoutOrFailure') }] as [string, DiagnosedCode],
  ),
  [resizeErrorCodes.allocationFailed, { where: 'resizeErrors', findings: ['pool-resize-allocation-failed'], docs: poolNodeSection('relayProviderErrors') }],
  [resizeErrorCodes.allocationTimedOut, { where: 'resizeErrors', findings: ['pool-resize-timed-out'], docs: poolNodeSection('resizeTimeoutOrFailure') }],
  [resizeErrorCodes.resizeStopped, { where: 'resizeErrors', findings: ['pool-resize-stopped'], docs: poolNodeSection('resizeTimeoutOrFailure') }],
  [resizeErrorCodes.removeNodesFailed, { where: 'resizeErrors', findings: ['pool-remove-nodes-failed'], docs: poolNodeSection('resizeTimeoutOrFailure') }],
]);

/** One HTTP status of a code, with its message when the docs give one per status. */
export interface ExplainedStatus {
  /** The HTTP status. */
  status: number;
  /** Its standard reason phrase. */
  reasonPhrase?: string;
}

/** What `explain` says about a code it knows. */
export interface Explanation {
  /** The code, as the docs (or the service, or the SDKs) write it. */
  code: string;
  /** The language of the text. */
  locale: SupportedLocale;
  /** Whether "Batch Status and Error Codes" lists it. */
  documented: boolean;
  /** The documented message in the reader's language. */
  message?: string;
  /** The HTTP statuses it is documented with (none for scheduling codes). */
  statuses: ExplainedStatus[];
  /** The tables of the page that list it. */
  tables: ErrorTable[];
  /** `UserError` or `ServerError`, for scheduling codes. */
  category?: string;
  /** What the category means. */
  categoryDescription?: string;
  /** Whether a retry (with backoff) may succeed, by the retry policy of `@batch-errors/http`. */
  retryable: boolean;
  /** For a code the page does not list: where the service sends it. */
  sentIn?: 'failureInfo' | 'resizeErrors';
  /** The finding kinds the diagnosis reports for it. */
  findings: FindingKind[];
  /** For a code only the SDKs name: which lists name it. */
  sdkSources?: string[];
  /** For a code only the SDKs name: a documented code spelled alike (`AutoScalingFormulaTooLong` for `AutoScaleFormulaTooLong`). */
  spelledAlike?: string;
  /** Where to read more, in the reader's language. */
  docsUrl?: string;
}

/** A code `explain` does not know, with the nearest known code when one is close. */
export interface Unknown {
  unknown: string;
  suggestion?: string;
}

/** Explains a code; `sdkSourcesOf` answers for codes only the SDKs name. */
export function explainCode(code: string, language: Language, sdkSourcesOf: SdkSourcesOf): Explanation | Unknown {
  const documented = isBatchErrorCode(code);
  const diagnosed = diagnosedCodes.get(code);
  const sdkSources = documented ? undefined : sdkSourcesOf(code);
  if (!documented && !diagnosed && (sdkSources === undefined || sdkSources.length === 0)) {
    const suggestion = nearestCode(code);
    return suggestion === undefined ? { unknown: code } : { unknown: code, suggestion };
  }
  const explanation: Explanation = { code, locale: language.locale, documented, statuses: [], tables: [], retryable: isRetryable(code), findings: [] };
  if (documented) {
    const message = language.message(code);
    if (message !== undefined) explanation.message = message;
    const sources = sourcesOf(code);
    explanation.tables = sources.map((source) => source.table);
    const first = sources[0];
    if (first) explanation.docsUrl = first.url.replace('/en-us/', `/${language.locale}/`);
    explanation.statuses = statusesOf(code).map((status) => {
      const entry: ExplainedStatus = { status };
      const phrase = reasonPhrase(status);
      if (phrase !== undefined) entry.reasonPhrase = phrase;
      return entry;
    });
    const category = categoryOf(code);
    if (category !== undefined) {
      explanation.category = category;
      const description = language.categoryDescription(category);
      if (description !== undefined) explanation.categoryDescription = description;
    }
  }
  if (diagnosed) {
    explanation.findings = [...diagnosed.findings];
    if (!documented) {
      explanation.sentIn = diagnosed.where;
      explanation.docsUrl = docsUrl(language.locale, diagnosed.docs);
    }
  }
  if (sdkSources !== undefined && sdkSources.length > 0) {
    explanation.sdkSources = [...sdkSources];
    const alike = nearestCode(code);
    if (alike !== undefined && alike !== code && isBatchErrorCode(alike)) explanation.spelledAlike = alike;
  }
  return explanation;
}

/** An explanation as text, one fact a line. */
export function formatExplanation(explanation: Explanation): string {
  const texts = explainTexts[explanation.locale] ?? explainTexts['en-us'];
  const lines = [explanation.code];
  if (explanation.message !== undefined) lines.push(`  ${explanation.message}`);
  if (explanation.sentIn !== undefined) lines.push(`  ${texts.notDocumented.replace('{where}', texts.where[explanation.sentIn])}`);
  if (explanation.sdkSources !== undefined) lines.push(`  ${texts.sdkOnly.replace('{sources}', explanation.sdkSources.join(', '))}`);
  if (explanation.spelledAlike !== undefined) lines.push(`  ${texts.spelledAlike.replace('{code}', explanation.spelledAlike)}`);
  if (explanation.statuses.length > 0)
    lines.push(`${texts.statuses}: ${explanation.statuses.map((entry) => `${entry.status}${entry.reasonPhrase ? ` ${entry.reasonPhrase}` : ''}`).join(', ')}`);
  if (explanation.tables.length > 0) lines.push(`${texts.tables}: ${explanation.tables.map((table) => texts.tableNames[table]).join(', ')}`);
  if (explanation.category !== undefined)
    lines.push(`${texts.category}: ${explanation.category}${explanation.categoryDescription ? ` (${explanation.categoryDescription})` : ''}`);
  if (explanation.documented || explanation.sentIn !== undefined) lines.push(`${texts.retryable}: ${explanation.retryable ? texts.yes : texts.no}`);
  if (explanation.findings.length > 0) lines.push(`${texts.findings}: ${explanation.findings.join(', ')}`);
  if (explanation.docsUrl !== undefined) lines.push(`${texts.docs}: ${explanation.docsUrl}`);
  return `${lines.join('\n')}\n`;
}

/** Every code `explain` knows by itself: the documented ones and those the diagnosis reads. */
const knownCodes: readonly string[] = [...new Set<string>([...errorCodes, ...diagnosedCodes.keys()])];

/**
 * The known code nearest to what was typed: the same letters in another case,
 * else the fewest edits (insertions, deletions, substitutions, swaps of two
 * neighbours), when they are few for the length (at most a sixth, and at
 * least two); undefined when none is that close, or two are equally close.
 */
export function nearestCode(typed: string): string | undefined {
  const lower = typed.toLowerCase();
  const sameLetters = knownCodes.find((code) => code.toLowerCase() === lower);
  if (sameLetters !== undefined) return sameLetters;
  if (typed.length > 200) return undefined;
  const allowed = Math.max(2, Math.floor(typed.length / 6));
  let best: string | undefined;
  let bestDistance = allowed + 1;
  let tied = false;
  for (const code of knownCodes) {
    if (Math.abs(code.length - typed.length) > allowed) continue;
    const distance = editDistance(lower, code.toLowerCase(), allowed);
    if (distance < bestDistance) {
      best = code;
      bestDistance = distance;
      tied = false;
    } else if (distance === bestDistance) tied = true;
  }
  return bestDistance <= allowed && !tied ? best : undefined;
}

/** The optimal string alignment distance of two strings, or `limit + 1` once it must exceed `limit`. */
function editDistance(left: string, right: string, limit: number): number {
  let before: number[] = [];
  let previous = Array.from({ length: right.length + 1 }, (_unused, index) => index);
  for (let row = 1; row <= left.length; row++) {
    const current = [row];
    let smallest = row;
    for (let column = 1; column <= right.length; column++) {
      const cost = left[row - 1] === right[column - 1] ? 0 : 1;
      let value = Math.min((previous[column] ?? 0) + 1, (current[column - 1] ?? 0) + 1, (previous[column - 1] ?? 0) + cost);
      if (row > 1 && column > 1 && left[row - 1] === right[column - 2] && left[row - 2] === right[column - 1])
        value = Math.min(value, (before[column - 2] ?? 0) + 1);
      current[column] = value;
      smallest = Math.min(smallest, value);
    }
    if (smallest > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[right.length] ?? limit + 1;
}
