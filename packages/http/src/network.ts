/**
 * Failures with no response: what Node.js, undici's `fetch`, node-fetch and
 * the Azure SDK clients throw when a request never reached the service, or
 * its answer never came back, and what they throw when the caller aborted.
 */
import { isKnownNetworkCode } from './retry-policy.js';
import { property, stringProperty } from './read.js';

/** A failure with no response, as classified. */
export interface NoResponseFailure {
  kind: 'network' | 'aborted';
  /** The platform's name for it: `ECONNREFUSED`, `UND_ERR_SOCKET`, `TimeoutError`, `AbortError`. */
  networkCode: string;
}

/** How deep the `cause` chain and how many of an AggregateError's `errors` are looked at. */
const maxCauses = 8;
const maxAggregated = 4;

/** The codes the clients give an abort (ms-rest-js `REQUEST_ABORTED_ERROR`, Node.js `ABORT_ERR`). */
const abortCodes = new Set(['ABORT_ERR', 'REQUEST_ABORTED_ERROR']);

/** The codes of clients that could not send a request, whose message may still name the system's code. */
const sendErrorCodes = new Set(['REQUEST_SEND_ERROR']);

/** A system error code in a message: `connect ECONNREFUSED 127.0.0.1:1`, `getaddrinfo ENOTFOUND host`. */
const codeInMessage = /\b(E[A-Z]{3,}|UND_ERR_[A-Z_]+)\b/g;

/**
 * What a thrown value says about a failure with no response, looking through
 * its `cause` chain (`TypeError: fetch failed` hides undici's error there) and
 * an AggregateError's `errors`; undefined when it is no such failure. Reads
 * each property once, guarded; cycles end the walk.
 */
export function noResponseFailureOf(thrown: unknown): NoResponseFailure | undefined {
  const seen = new Set<unknown>();
  const queue: unknown[] = [thrown];
  let notSent: NoResponseFailure | undefined;
  for (let index = 0; index < queue.length && index < maxCauses + maxAggregated; index++) {
    const candidate = queue[index];
    if ((typeof candidate !== 'object' && typeof candidate !== 'function') || candidate === null || seen.has(candidate)) continue;
    seen.add(candidate);
    const found = classify(candidate);
    if (found && found.networkCode !== 'REQUEST_SEND_ERROR') return found;
    notSent ??= found;
    queue.push(property(candidate, 'cause'));
    const errors = property(candidate, 'errors');
    if (Array.isArray(errors)) {
      try {
        queue.push(...errors.slice(0, maxAggregated));
      } catch {
        // A proxy of an array: its entries are not read.
      }
    }
  }
  return notSent;
}

function classify(candidate: object): NoResponseFailure | undefined {
  const name = stringProperty(candidate, 'name');
  const code = stringProperty(candidate, 'code');
  // node-fetch names the kind of its FetchError in `type`.
  const type = stringProperty(candidate, 'type');
  if (name === 'AbortError' || (code !== undefined && abortCodes.has(code)) || type === 'aborted') {
    return { kind: 'aborted', networkCode: code !== undefined && abortCodes.has(code) ? code : 'AbortError' };
  }
  if (name === 'TimeoutError') return { kind: 'network', networkCode: 'TimeoutError' };
  if (code !== undefined && isKnownNetworkCode(code) && !sendErrorCodes.has(code)) return { kind: 'network', networkCode: code };
  if (type !== undefined && isKnownNetworkCode(type)) return { kind: 'network', networkCode: type };
  if ((code !== undefined && sendErrorCodes.has(code)) || (name === 'FetchError' && type === 'system')) {
    return { kind: 'network', networkCode: codeNamedIn(stringProperty(candidate, 'message')) ?? 'REQUEST_SEND_ERROR' };
  }
  return undefined;
}

/** The first known system code a message names, in its first 2,000 characters. */
function codeNamedIn(message: string | undefined): string | undefined {
  if (message === undefined) return undefined;
  for (const [word] of message.slice(0, 2000).matchAll(codeInMessage)) if (isKnownNetworkCode(word)) return word;
  return undefined;
}
