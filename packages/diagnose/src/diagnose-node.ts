/**
 * What keeps a compute node from running tasks, following "Azure Batch pool
 * and node errors": a failed start task, the errors of an unusable node (by
 * what they are about), and an unusable node Batch cannot reach.
 */
import { nodeErrorPatterns } from './failure-codes.js';
import {
  type DiagnoseNodeOptions,
  type Diagnosis,
  type ErrorFacts,
  type Finding,
  findingError,
  type NodeErrorCause,
  type NodeStartTaskFinding,
  type NodeUnreachableFinding,
  type NodeUnusableFinding,
  readOptions,
  withDefined,
} from './finding.js';
import { failed, type NodeFacts, readNode } from './input.js';
import type { BatchNode } from './input-types.js';
import { type DocsLink, docsUrl, poolNodeSection } from './kinds.js';
import type { Language } from './language.js';
import { negotiateLanguage } from './languages.js';
import { sameValue } from './read.js';
import { type DiagnoseTexts, fill } from './texts/texts.js';

type Advice = keyof DiagnoseTexts['advice'];

/** What the page says about each kind of node error: its section and what to do. */
const nodeErrorRules: { readonly [Cause in NodeErrorCause]: { docs: DocsLink; advice: readonly Advice[] } } = {
  'application-package': {
    docs: poolNodeSection('applicationPackageDownloadFailure'),
    advice: ['checkApplicationPackages', 'noAutomaticRecovery', 'replaceNode', 'uploadAgentLogs'],
  },
  container: { docs: poolNodeSection('containerDownloadFailure'), advice: ['checkContainers', 'noAutomaticRecovery', 'replaceNode', 'uploadAgentLogs'] },
  'disk-full': { docs: poolNodeSection('nodeDiskFull'), advice: ['freeDiskSpace', 'preventDiskFull', 'replaceNode', 'uploadAgentLogs'] },
  other: { docs: poolNodeSection('nodeInUnusableState'), advice: ['serviceMessage', 'uploadAgentLogs', 'replaceNode'] },
};

const unreachableAdvice: readonly Advice[] = ['unreachableRecovery', 'unreachableCauses', 'uploadAgentLogs', 'replaceNode'];
const startTaskAdvice: readonly Advice[] = ['startTaskReentrant', 'rebootNode', 'replaceNode'];

/**
 * The findings of a compute node (`Compute Node - Get`, or the `ComputeNode`
 * of `@azure/batch`): a failed start task (with its exit code, its failure
 * and whether `waitForSuccess` keeps tasks off the node), each error of an
 * unusable node (an application package or a container that did not
 * download, a full disk, anything else), or an unusable node that reports no
 * error (Batch cannot reach it); each with what to do. A healthy node (idle,
 * running) gives none. Never throws.
 */
export function diagnoseNode(node: BatchNode, options: DiagnoseNodeOptions = {}): Diagnosis {
  return diagnoseNodeIn(negotiateLanguage(readOptions(options).locale), node, options);
}

/** `diagnoseNode` in a given language (the per-locale entries bind one); `options.locale` is not read. */
export function diagnoseNodeIn(language: Language, node: BatchNode, options: DiagnoseNodeOptions = {}): Diagnosis {
  const { poolId } = readOptions(options);
  const facts = readNode(node);
  if (facts.poolId === undefined && poolId !== undefined) facts.poolId = poolId;
  return withDefined<Diagnosis>({ subject: 'node', locale: language.locale, findings: nodeFindings(facts, language) }, { id: facts.id, state: facts.state });
}

/** Whether the service schedules no tasks to the node: unusable, its start task failed, or failed while tasks wait for it. */
export function readsAsUnusable(node: NodeFacts): boolean {
  return (
    sameValue(node.state, 'unusable') ||
    sameValue(node.state, 'starttaskfailed') ||
    (node.startTask !== undefined && failed(node.startTask) && node.waitForSuccess === true)
  );
}

export function nodeFindings(node: NodeFacts, language: Language): Finding[] {
  const { texts, locale } = language;
  const findings: Finding[] = [];
  const startTask = startTaskFinding(node, language);
  if (startTask) findings.push(startTask);
  const unusable = sameValue(node.state, 'unusable');
  // A node of unknown state (partial input) is taken at its errors' word.
  if (unusable || node.state === undefined) findings.push(...node.errors.map((error) => nodeErrorFinding(node, error, language)));
  if (unusable && node.errors.length === 0) {
    const finding: NodeUnreachableFinding = {
      kind: 'node-unreachable',
      summary: fill(texts.summaries['node-unreachable'], { node: node.id ?? '?' }),
      impact: texts.impacts.nodeRunsNoTasks,
      lookNext: unreachableAdvice.map((advice) => ({ text: texts.advice[advice] })),
      docsUrl: docsUrl(locale, poolNodeSection('nodeInUnusableState')),
    };
    findings.push(withDefined(finding, { nodeId: node.id, poolId: node.poolId }));
  }
  return findings;
}

function startTaskFinding(node: NodeFacts, language: Language): NodeStartTaskFinding | undefined {
  const { texts, locale } = language;
  const stateSaysSo = sameValue(node.state, 'starttaskfailed');
  if (!stateSaysSo && !(node.startTask !== undefined && failed(node.startTask))) return undefined;
  // The service sets starttaskfailed only for a start task that waits for success.
  const waitForSuccess = node.waitForSuccess ?? (stateSaysSo ? true : undefined);
  const exitCode = node.startTask?.exitCode;
  const failure = node.startTask?.failure;
  const finding: NodeStartTaskFinding = {
    kind: 'node-start-task-failed',
    summary:
      exitCode === undefined
        ? fill(texts.summaries['node-start-task-failed'], { node: node.id ?? '?' })
        : fill(texts.variants.startTaskExitCode, { node: node.id ?? '?', exitCode }),
    impact:
      waitForSuccess === true ? texts.impacts.startTaskWaits : waitForSuccess === false ? texts.impacts.startTaskDoesNotWait : texts.impacts.startTaskMayWait,
    lookNext: [
      ...(exitCode === undefined
        ? []
        : [
            { file: 'stdout.txt' as const, text: texts.logs.stdout },
            { file: 'stderr.txt' as const, text: texts.logs.stderr },
          ]),
      ...startTaskAdvice.map((advice) => ({ text: texts.advice[advice] })),
    ],
    docsUrl: docsUrl(locale, poolNodeSection('startTaskFailures')),
  };
  return withDefined(finding, {
    nodeId: node.id,
    poolId: node.poolId,
    exitCode,
    error: failure?.code === undefined ? undefined : findingError({ ...failure, code: failure.code }, language, 'taskScheduling'),
    waitForSuccess,
  });
}

function nodeErrorFinding(node: NodeFacts, error: ErrorFacts, language: Language): NodeUnusableFinding {
  const { texts, locale } = language;
  const cause = causeOf(error);
  const rule = nodeErrorRules[cause];
  const finding: NodeUnusableFinding = {
    kind: 'node-unusable',
    summary: fill(texts.summaries['node-unusable'], { node: node.id ?? '?', cause: fill(texts.nodeErrorCauses[cause], { code: error.code ?? '?' }) }),
    cause,
    impact: texts.impacts.nodeRunsNoTasks,
    lookNext: rule.advice.map((advice) => ({ text: texts.advice[advice] })),
    docsUrl: docsUrl(locale, rule.docs),
  };
  return withDefined(finding, {
    nodeId: node.id,
    poolId: node.poolId,
    error: error.code === undefined ? undefined : findingError({ ...error, code: error.code }, language),
  });
}

/** What a node error is about: its code decides, else its message, else `other`. */
function causeOf(error: ErrorFacts): NodeErrorCause {
  for (const text of [error.code, error.message?.slice(0, 4096)]) {
    const match = nodeErrorPatterns.find((candidate) => text !== undefined && candidate.pattern.test(text));
    if (match) return match.cause;
  }
  return 'other';
}
