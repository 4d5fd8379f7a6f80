/**
 * Which failures are worth retrying: a policy of reviewed rows, kept apart
 * from the generated tables because the status-codes page does not say it.
 * Each row names what it matches, its answer, why, and where that comes from;
 * test/retry-policy.test.ts holds one case per row (a row without one fails).
 * Change a row here, with a reason and a source.
 *
 * Rows that a statement of "Error handling and detection in Azure Batch"
 * backs match what core's `errorHandling` says when they are read (the
 * throttling statuses, the classes of server and state errors), so a revision
 * of the page reaches the policy without anyone retyping it.
 *
 * Rows are read in order; the first that matches decides:
 *
 * 1. codes (a code the service sent decides before its status),
 * 2. failures with no response (by the code the platform gave them),
 * 3. statuses.
 *
 * The code lists are plain strings, not `BatchErrorCode`: when the docs drop a
 * code, the service may still send it (old API versions, a page that lags the
 * service), and the policy's answer for it stays right. Typed as documented
 * codes, every removal from the docs would break the build until someone
 * edits this file by hand.
 */
import { type ErrorHandlingStatements, errorHandling } from '@batch-errors/core';

/**
 * A statement of "Error handling and detection in Azure Batch" a row relies
 * on: a key of core's `errorHandling`, generated from the page with its place
 * and its section's address. The rows below take the statuses they match from
 * it, so a revision of the page reaches the policy without anyone retyping it.
 */
export type ErrorHandlingStatement = Exclude<keyof ErrorHandlingStatements, 'document'>;

/** Where a row's answer comes from: a statement of the error-handling page, HTTP itself, or this project's judgment (the reason says which). */
export type RetryRuleSource = { kind: 'docs'; statement: ErrorHandlingStatement } | { kind: 'rfc'; reference: string } | { kind: 'project' };

/** What a row matches. */
export type RetryRuleMatch =
  | { codes: readonly string[] }
  | { networkCodes: readonly string[] }
  | { failure: 'aborted' }
  | { statuses: readonly number[] }
  /** The statuses a statement of the error-handling page names (`throttling`: 429 and 503 today). */
  | { statusesOf: 'throttling' }
  /** Every status of the class a statement of the error-handling page names (`serverErrors`: 5xx). */
  | { statusClassOf: 'serverErrors' | 'stateErrors' };

/** One reviewed row of the policy. */
export interface RetryRule {
  /** A stable name, for tests and reviews. */
  id: string;
  match: RetryRuleMatch;
  retryable: boolean;
  /** Why, in this project's words. */
  reason: string;
  source: RetryRuleSource;
}

/** The address of the statement a row cites, when it cites one and the docs have the page. */
export function sourceUrlOf(rule: RetryRule): string | undefined {
  return rule.source.kind === 'docs' ? errorHandling?.[rule.source.statement].url : undefined;
}

/** The policy, in the order it is read. */
export const retryRules: readonly RetryRule[] = [
  {
    id: 'quota-codes',
    match: { codes: ['ActiveJobAndScheduleQuotaReached', 'PoolQuotaReached', 'AutoPoolCreationFailedWithQuotaReached'] },
    retryable: false,
    reason: 'Waiting does not raise a quota, and retrying only adds load; listed first so that no status makes them retryable.',
    source: { kind: 'project' },
  },
  {
    id: 'server-error-codes',
    match: { codes: ['InternalError', 'OperationTimedOut'] },
    retryable: true,
    reason: 'The service failed or ran out of time on its side (500); the same request may succeed.',
    source: { kind: 'docs', statement: 'serverErrors' },
  },
  {
    id: 'throttling-codes',
    match: { codes: ['ServerBusy', 'TooManyEnableAutoScaleRequests'] },
    retryable: true,
    reason: 'The service is busy or rate-limits the call (503): retry after the delay it asks for.',
    source: { kind: 'docs', statement: 'throttling' },
  },
  {
    id: 'resource-in-transition',
    match: {
      codes: [
        'PoolBeingResized',
        'PoolBeingCreated',
        'NodeBeingCreated',
        'NodeBeingStarted',
        'NodeBeingRebooted',
        'NodeBeingReimaged',
        'UpgradePoolVersionConflict',
      ],
    },
    retryable: true,
    reason:
      'A 409 of a resource in a transition that ends by itself (being resized, created, started, rebooted, reimaged, upgraded): the same request succeeds once it settles.',
    source: { kind: 'docs', statement: 'stateErrors' },
  },
  {
    id: 'connection-refused',
    match: { networkCodes: ['ECONNREFUSED'] },
    retryable: true,
    reason: 'Nothing accepted the connection: the request never reached Batch.',
    source: { kind: 'docs', statement: 'networkFailures' },
  },
  {
    id: 'connection-reset',
    match: { networkCodes: ['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'ERR_STREAM_PREMATURE_CLOSE'] },
    retryable: true,
    reason: 'The connection broke before the answer arrived.',
    source: { kind: 'docs', statement: 'networkFailures' },
  },
  {
    id: 'timed-out',
    match: {
      networkCodes: [
        'ETIMEDOUT',
        'ESOCKETTIMEDOUT',
        'UND_ERR_CONNECT_TIMEOUT',
        'UND_ERR_HEADERS_TIMEOUT',
        'UND_ERR_BODY_TIMEOUT',
        'TimeoutError',
        'request-timeout',
      ],
    },
    retryable: true,
    reason: "The answer did not reach the client in time (a socket's timeout, or an AbortSignal.timeout()).",
    source: { kind: 'docs', statement: 'networkFailures' },
  },
  {
    id: 'network-unreachable',
    match: { networkCodes: ['ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN', 'EHOSTDOWN', 'EAI_AGAIN'] },
    retryable: true,
    reason: 'No route to the service for now, or a name lookup that failed for now (EAI_AGAIN).',
    source: { kind: 'docs', statement: 'networkFailures' },
  },
  {
    id: 'request-not-sent',
    match: { networkCodes: ['REQUEST_SEND_ERROR'] },
    retryable: true,
    reason: 'The Azure SDK client could not send the request and kept no more precise cause.',
    source: { kind: 'docs', statement: 'networkFailures' },
  },
  {
    id: 'host-not-found',
    match: { networkCodes: ['ENOTFOUND'] },
    retryable: false,
    reason: 'The account URL names a host that does not exist: a retry asks the same question. (EAI_AGAIN is the lookup that failed for now.)',
    source: { kind: 'project' },
  },
  {
    id: 'certificate-rejected',
    match: {
      networkCodes: [
        'CERT_HAS_EXPIRED',
        'DEPTH_ZERO_SELF_SIGNED_CERT',
        'SELF_SIGNED_CERT_IN_CHAIN',
        'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
        'ERR_TLS_CERT_ALTNAME_INVALID',
      ],
    },
    retryable: false,
    reason: 'The TLS certificate was refused: it will be refused again.',
    source: { kind: 'project' },
  },
  {
    id: 'aborted',
    match: { failure: 'aborted' },
    retryable: false,
    reason: 'The caller aborted the request: retrying would undo that decision.',
    source: { kind: 'project' },
  },
  {
    id: 'throttling-statuses',
    match: { statusesOf: 'throttling' },
    retryable: true,
    reason: 'Throttling: retry after the Retry-After delay.',
    source: { kind: 'docs', statement: 'throttling' },
  },
  {
    id: 'request-timeout',
    match: { statuses: [408] },
    retryable: true,
    reason: 'The server closed a request it waited too long for; the same request may arrive in time.',
    source: { kind: 'rfc', reference: 'RFC 9110, 15.5.9' },
  },
  {
    id: 'not-implemented',
    match: { statuses: [501, 505] },
    retryable: false,
    reason: 'The server does not implement the method or the HTTP version: that will not change on a retry.',
    source: { kind: 'rfc', reference: 'RFC 9110, 15.6.2 and 15.6.6' },
  },
  {
    id: 'server-errors',
    match: { statusClassOf: 'serverErrors' },
    retryable: true,
    reason: 'Internal server errors and failing gateways (502, 504): the same request may succeed.',
    source: { kind: 'docs', statement: 'serverErrors' },
  },
  {
    id: 'client-errors',
    match: { statusClassOf: 'stateErrors' },
    retryable: false,
    reason: 'The request or the state of the resource must change first; the codes of resources in transition are decided above.',
    source: { kind: 'docs', statement: 'stateErrors' },
  },
];

/** What a failure offers the policy to decide on. */
export interface RetryQuestion {
  /** The service's code, when the policy should decide by it (it is documented or the policy names it). */
  code?: string | undefined;
  /** The code the platform gave a failure with no response (`ECONNREFUSED`). */
  networkCode?: string | undefined;
  aborted?: boolean;
  status?: number | undefined;
}

/** The first row that matches, or undefined when none does (then the failure is not retryable). */
export function retryRuleFor(question: RetryQuestion): RetryRule | undefined {
  return retryRules.find((rule) => matches(rule.match, question));
}

function matches(match: RetryRuleMatch, { code, networkCode, aborted, status }: RetryQuestion): boolean {
  if ('codes' in match) return code !== undefined && match.codes.includes(code);
  if ('networkCodes' in match) return networkCode !== undefined && match.networkCodes.includes(networkCode);
  if ('failure' in match) return aborted === true;
  if (status === undefined || !Number.isInteger(status)) return false;
  if ('statuses' in match) return match.statuses.includes(status);
  if ('statusesOf' in match) return errorHandling?.[match.statusesOf].statuses.includes(status) ?? false;
  return Math.floor(status / 100) === errorHandling?.[match.statusClassOf].statusClass;
}

/** Whether a row decides `code` by name, documented or not (a code the docs dropped may still be sent). */
export function isNamedByRetryPolicy(code: string): boolean {
  return retryRules.some((rule) => 'codes' in rule.match && rule.match.codes.includes(code));
}

/** Whether a row knows `code` as the platform's code of a failure with no response (`ECONNREFUSED`). */
export function isKnownNetworkCode(code: string): boolean {
  return retryRules.some((rule) => 'networkCodes' in rule.match && rule.match.networkCodes.includes(code));
}
