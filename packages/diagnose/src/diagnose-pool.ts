/**
 * What went wrong with a pool, following "Azure Batch pool and node errors":
 * each resize error by its code, a failed automatic scaling evaluation, and a
 * deletion that takes too long.
 */
import { providerErrorValueNames, resizeErrorCodes, scopeLockedCode } from './failure-codes.js';
import {
  type CoreQuota,
  type Deleting,
  type DiagnosePoolOptions,
  type Diagnosis,
  type ErrorFacts,
  type Finding,
  findingError,
  type PoolAllocationFinding,
  type PoolAutoScaleFinding,
  type PoolDeletionFinding,
  type PoolQuotaFinding,
  type PoolResizeFinding,
  type ProviderError,
  readOptions,
  readPoolOptions,
  withDefined,
} from './finding.js';
import { type PoolFacts, readPool } from './input.js';
import type { BatchPool } from './input-types.js';
import { type DocsLink, docsUrl, type PoolFindingKind, poolNodeSection } from './kinds.js';
import type { Language } from './language.js';
import { negotiateLanguage } from './languages.js';
import { flag, sameValue } from './read.js';
import { type DiagnoseTexts, fill } from './texts/texts.js';

type Advice = keyof DiagnoseTexts['advice'];

/** What a resize error's code means: the first rule that matches names its finding; a quota rule says which quota. */
type ResizeErrorRule = {
  matches(code: string | undefined): boolean;
  advice(pool: PoolFacts, providerError: ProviderError | undefined): Advice[];
  docs: DocsLink;
} & (
  | { kind: 'pool-resize-quota-reached'; quota: CoreQuota }
  | { kind: Exclude<PoolFindingKind, 'pool-autoscale-failed' | 'pool-deletion-slow' | 'pool-resize-quota-reached'>; quota?: undefined }
);

const inVirtualNetwork = (pool: PoolFacts): Advice[] => (pool.inVirtualNetwork ? ['subnetAddresses', 'networkQuotas'] : []);
/** A quota's rule, by the name of its code in `resizeErrorCodes` (literal arguments keep the table droppable by bundlers). */
const quotaRule = (code: keyof typeof resizeErrorCodes, quota: CoreQuota): ResizeErrorRule => ({
  kind: 'pool-resize-quota-reached',
  matches: (candidate) => sameValue(candidate, resizeErrorCodes[code]),
  quota,
  advice: () => ['raiseQuota'],
  docs: /* @__PURE__ */ poolNodeSection('resizeTimeoutOrFailure'),
});

const resizeErrorRules: readonly ResizeErrorRule[] = [
  /* @__PURE__ */ quotaRule('accountCoreQuotaReached', 'dedicated'),
  /* @__PURE__ */ quotaRule('accountLowPriorityCoreQuotaReached', 'lowPriority'),
  /* @__PURE__ */ quotaRule('accountSpotCoreQuotaReached', 'spot'),
  {
    kind: 'pool-resize-allocation-failed',
    matches: (code) => sameValue(code, resizeErrorCodes.allocationFailed),
    advice: (pool, providerError) => [
      providerError === undefined ? 'resizeCauses' : sameValue(providerError.code, scopeLockedCode) ? 'removeLock' : 'relayedProviderError',
      ...inVirtualNetwork(pool),
    ],
    docs: /* @__PURE__ */ poolNodeSection('relayProviderErrors'),
  },
  {
    kind: 'pool-resize-timed-out',
    matches: (code) => sameValue(code, resizeErrorCodes.allocationTimedOut),
    advice: (pool) => ['lengthenResizeTimeout', 'customImages', ...inVirtualNetwork(pool)],
    docs: /* @__PURE__ */ poolNodeSection('resizeTimeoutOrFailure'),
  },
  {
    kind: 'pool-resize-stopped',
    matches: (code) => sameValue(code, resizeErrorCodes.resizeStopped),
    advice: () => ['resizeAgain'],
    docs: /* @__PURE__ */ poolNodeSection('resizeTimeoutOrFailure'),
  },
  {
    kind: 'pool-remove-nodes-failed',
    matches: (code) => sameValue(code, resizeErrorCodes.removeNodesFailed),
    advice: () => ['removeNodesAgain'],
    docs: /* @__PURE__ */ poolNodeSection('resizeTimeoutOrFailure'),
  },
  {
    kind: 'pool-resize-error',
    matches: () => true,
    advice: (pool) => ['resizeCauses', ...inVirtualNetwork(pool)],
    docs: /* @__PURE__ */ poolNodeSection('resizeTimeoutOrFailure'),
  },
];

const deletionAdvice: readonly Advice[] = ['deletionRetries', 'deletionLocks', 'deletionDependents', 'deletionProvider', 'deletionRole'];

/**
 * The findings of a pool (`Pool - Get`, or the `CloudPool` of
 * `@azure/batch`): one per entry of `resizeErrors` (a core quota reached, an
 * allocation failure with the provider error Batch relays, a resize timeout,
 * a resize stopped, nodes that could not be removed, any other code), a
 * failed automatic scaling evaluation, and a pool `deleting` for longer than
 * `options.deletionThreshold` (default 30 minutes) before `options.now`
 * (default now). Each says what to do. Never throws.
 */
export function diagnosePool(pool: BatchPool, options: DiagnosePoolOptions = {}): Diagnosis {
  return diagnosePoolIn(negotiateLanguage(readOptions(options).locale), pool, options);
}

/** `diagnosePool` in a given language (the per-locale entries bind one); `options.locale` is not read. */
export function diagnosePoolIn(language: Language, pool: BatchPool, options: DiagnosePoolOptions = {}): Diagnosis {
  const { texts, locale } = language;
  const facts = readPool(pool);
  const findings: Finding[] = facts.resizeErrors.map((error) => resizeFinding(facts, error, language));
  if (facts.autoScaleError) findings.push(autoScaleFinding(facts, facts.autoScaleError, language));
  // Only a pool that is deleting needs the time.
  const deleting = sameValue(facts.state, 'deleting') ? slowDeletion(facts, readPoolOptions(options)) : undefined;
  if (deleting) {
    const finding: PoolDeletionFinding = {
      kind: 'pool-deletion-slow',
      summary: fill(texts.summaries['pool-deletion-slow'], {
        pool: facts.id ?? '?',
        minutes: Math.floor(deleting.milliseconds / 60_000),
        since: deleting.since,
      }),
      deleting,
      lookNext: deletionAdvice.map((advice) => ({ text: texts.advice[advice] })),
      docsUrl: docsUrl(locale, poolNodeSection('poolDeletionFailures')),
    };
    findings.push(withDefined(finding, { poolId: facts.id }));
  }
  return withDefined<Diagnosis>({ subject: 'pool', locale, findings }, { id: facts.id, state: facts.state });
}

function resizeFinding(pool: PoolFacts, error: ErrorFacts, language: Language): PoolQuotaFinding | PoolAllocationFinding | PoolResizeFinding {
  const { texts, locale } = language;
  const rule = resizeErrorRules.find((candidate) => candidate.matches(error.code)) ?? (resizeErrorRules.at(-1) as ResizeErrorRule);
  const providerError = rule.kind === 'pool-resize-allocation-failed' ? providerErrorOf(error) : undefined;
  const base = {
    summary: fill(texts.summaries[rule.kind], {
      pool: pool.id ?? '?',
      quota: rule.quota === undefined ? undefined : texts.quotas[rule.quota],
      timeout: pool.resizeTimeout?.text ?? '?',
      code: error.code ?? '?',
    }),
    lookNext: rule.advice(pool, providerError).map((advice) => ({ text: texts.advice[advice] })),
    docsUrl: docsUrl(locale, rule.docs),
  };
  const common = { poolId: pool.id, error: error.code === undefined ? undefined : findingError({ ...error, code: error.code }, language) };
  if (rule.kind === 'pool-resize-quota-reached') return withDefined<PoolQuotaFinding>({ kind: rule.kind, quota: rule.quota, ...base }, common);
  if (rule.kind === 'pool-resize-allocation-failed') return withDefined<PoolAllocationFinding>({ kind: rule.kind, ...base }, { ...common, providerError });
  return withDefined<PoolResizeFinding>({ kind: rule.kind, ...base }, common);
}

function autoScaleFinding(pool: PoolFacts, error: ErrorFacts, language: Language): PoolAutoScaleFinding {
  const { texts, locale } = language;
  const finding: PoolAutoScaleFinding = {
    kind: 'pool-autoscale-failed',
    summary: fill(texts.summaries['pool-autoscale-failed'], { pool: pool.id ?? '?' }),
    lookNext: (['evaluateAutoScale', 'autoScaleEvents'] as const).map((advice) => ({ text: texts.advice[advice] })),
    docsUrl: docsUrl(locale, poolNodeSection('automaticScalingFailures')),
  };
  return withDefined(finding, { poolId: pool.id, error: error.code === undefined ? undefined : findingError({ ...error, code: error.code }, language) });
}

/** Since when and for how long the pool has been deleting, when that is at least the threshold. */
function slowDeletion(pool: PoolFacts, { now, deletionThreshold: threshold }: { now: number; deletionThreshold: number }): Deleting | undefined {
  if (!sameValue(pool.state, 'deleting') || pool.stateTransitionTime === undefined) return undefined;
  const milliseconds = now - pool.stateTransitionTime;
  if (!(milliseconds >= threshold)) return undefined;
  return { since: new Date(pool.stateTransitionTime).toISOString(), milliseconds, thresholdMilliseconds: threshold };
}

/** The provider's error relayed in a resize error's values, with its code and message when the JSON can be read. */
function providerErrorOf(error: ErrorFacts): ProviderError | undefined {
  const valueNamed = (names: readonly string[]) => error.details.find((detail) => names.includes(detail.key.replace(/[^A-Za-z]/g, '').toLowerCase()))?.value;
  const json = valueNamed(providerErrorValueNames.json);
  if (json === undefined) return undefined;
  const relayed = parseJson(json);
  const body = typeof relayed === 'object' && relayed !== null && 'error' in relayed ? (relayed as { error: unknown }).error : relayed;
  const code = typeof body === 'object' && body !== null && 'code' in body ? (body as { code: unknown }).code : undefined;
  const message = typeof body === 'object' && body !== null && 'message' in body ? (body as { message: unknown }).message : undefined;
  return withDefined<ProviderError>(
    { json },
    {
      code: typeof code === 'string' ? code : undefined,
      message: typeof message === 'string' ? message : undefined,
      truncated: flag(valueNamed(providerErrorValueNames.truncated)),
    },
  );
}

/** JSON text to a value; undefined when it is not JSON (a provider error cut short, say). */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.slice(0, 1_000_000));
  } catch {
    return undefined;
  }
}
