/**
 * Codes known beyond the docs: those the official SDKs keep in hand-written
 * lists, and where each list is.
 */
import { type BatchErrorCode, batchServiceErrorCodes, commonErrorCodes, jobSchedulingErrorCodes, taskSchedulingErrorCodes } from './generated/codes.js';
import {
  httpKnownCodes,
  jobSchedulingKnownCodes,
  type KnownBatchErrorCode,
  knownCodeLists,
  knownCodeSources,
  poolResizeKnownCodes,
  taskSchedulingKnownCodes,
  undocumentedKnownCodes,
} from './generated/known.js';
import { isBatchErrorCode } from './guards.js';

const undocumented: ReadonlySet<unknown> = /* @__PURE__ */ new Set(undocumentedKnownCodes);

/**
 * True when `value` is an error code the docs list or an official SDK knows.
 * Case-sensitive: `AllocationTimedOut` and `AllocationTimedout` are two
 * spellings, each known only if a list has it.
 */
export function isKnownBatchErrorCode(value: unknown): value is KnownBatchErrorCode {
  return isBatchErrorCode(value) || undocumented.has(value);
}

/** True when `value` is known to the official SDKs but not listed by the docs. */
export function isUndocumentedKnownCode(value: unknown): value is Exclude<KnownBatchErrorCode, BatchErrorCode> {
  return undocumented.has(value);
}

/** An SDK list that holds a code. */
export interface KnownCodeSource {
  /** The list: `<language>.<namespace>.<type>`, such as `dotnet.Microsoft.Azure.Batch.PoolResizeErrorCodes`. */
  list: string;
  /** The repository (`https://github.com/Azure/azure-sdk-for-net`). */
  repository: string;
  /** The file in the repository. */
  path: string;
  /** The commit the list was read at. */
  commit: string;
  /** The constant's name in the SDK, when it is not the code itself. */
  constant?: string;
}

/** Every SDK list holding `code` (documented or not), in the order of the lists; empty when none does. */
export function knownSourcesOf(code: string): readonly KnownCodeSource[] {
  if (typeof code !== 'string' || !Object.hasOwn(knownCodeSources, code)) return [];
  return (knownCodeSources[code] ?? []).flatMap((holder) => {
    const [index, constant] = typeof holder === 'number' ? [holder, undefined] : holder;
    const list = knownCodeLists[index];
    if (!list) return [];
    const source: KnownCodeSource = { list: list.id, repository: list.repository, path: list.path, commit: list.commit };
    if (constant !== undefined) source.constant = constant;
    return [source];
  });
}

/** Which docs tables an SDK list stands beside: the REST tables, a scheduling table, or none (a pool's resize errors). */
export type KnownListKind = (typeof knownCodeLists)[number]['kind'];

/**
 * Every code of one kind, documented or known: for `taskScheduling`, the
 * docs' task scheduling table and every SDK list of task failure codes; for
 * `poolResize`, the SDKs' resize error codes. Docs order, then code-point order.
 */
export function knownCodesOf(kind: KnownListKind): readonly string[] {
  switch (kind) {
    case 'http':
      return [...new Set([...commonErrorCodes, ...batchServiceErrorCodes, ...httpKnownCodes])];
    case 'jobScheduling':
      return [...new Set([...jobSchedulingErrorCodes, ...jobSchedulingKnownCodes])];
    case 'taskScheduling':
      return [...new Set([...taskSchedulingErrorCodes, ...taskSchedulingKnownCodes])];
    case 'poolResize':
      return [...poolResizeKnownCodes];
    default:
      return [];
  }
}
