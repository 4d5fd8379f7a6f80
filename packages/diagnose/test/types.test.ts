/**
 * Types that narrow, and that compile where consumers are strict. This file
 * is type-checked by `tsc -p tsconfig.json` under the workspace's settings,
 * which include exactOptionalPropertyTypes and noUncheckedIndexedAccess; the
 * last test compiles consumer files against the built declarations (ES
 * module and CommonJS), with the official client's types, under those flags.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as germanEntry from '../src/locales/de-de.js';
import {
  type BatchJob,
  type BatchNode,
  type BatchTask,
  type CoreQuota,
  type Deleting,
  type Diagnosis,
  diagnoseTask,
  type Finding,
  type FindingEffects,
  type FindingKind,
  type FindingOf,
  type NodeErrorCause,
  type ProviderError,
  type Summary,
  summarize,
} from '../src/index.js';
import { packageFolder } from './run.js';

/** Each kind narrows to its own fields; a kind the union does not handle is a compile error at `never`. */
function describeFinding(finding: Finding): string {
  switch (finding.kind) {
    case 'task-exit-code':
    case 'task-resource-file-download-failed':
    case 'task-output-file-upload-failed':
    case 'task-max-wall-clock-time-exceeded':
    case 'task-pre-processing-error':
    case 'task-ended':
      expectTypeOf(finding.effects).toEqualTypeOf<FindingEffects>();
      return finding.effects.jobAction;
    case 'task-node-unusable':
      expectTypeOf(finding.effects).toEqualTypeOf<undefined>();
      return finding.summary;
    case 'job-max-wall-clock-time-expired':
    case 'job-terminated-by-task-failure':
    case 'job-scheduling-error':
    case 'job-preparation-task-failed':
    case 'job-release-task-failed':
      return finding.jobId ?? '';
    case 'pool-resize-quota-reached':
      expectTypeOf(finding.quota).toEqualTypeOf<CoreQuota>();
      return finding.quota;
    case 'pool-resize-allocation-failed':
      expectTypeOf(finding.providerError).toEqualTypeOf<ProviderError | undefined>();
      return finding.providerError?.code ?? '';
    case 'pool-resize-timed-out':
    case 'pool-resize-stopped':
    case 'pool-remove-nodes-failed':
    case 'pool-resize-error':
    case 'pool-autoscale-failed':
      return finding.error?.code ?? '';
    case 'pool-deletion-slow':
      expectTypeOf(finding.deleting).toEqualTypeOf<Deleting>();
      return finding.deleting.since;
    case 'node-start-task-failed':
    case 'node-unreachable':
      expectTypeOf(finding.impact).toEqualTypeOf<string>();
      return finding.impact;
    case 'node-unusable':
      expectTypeOf(finding.cause).toEqualTypeOf<NodeErrorCause>();
      return finding.cause;
    default: {
      const unhandled: never = finding;
      return unhandled;
    }
  }
}

describe('Finding, a union by kind', () => {
  it('narrows each case to its kind’s fields, and fails to compile on a kind left out', () => {
    const findings = diagnoseTask({ id: 't', executionInfo: { exitCode: 2, result: 'failure' } }).findings;
    expect(findings.map(describeFinding)).toEqual(['terminate']);
    expectTypeOf<Finding['kind']>().toEqualTypeOf<FindingKind>();
  });

  it('reads any kind’s field before the kind is checked, as undefined where the kind has none', () => {
    expectTypeOf<Finding['quota']>().toEqualTypeOf<CoreQuota | undefined>();
    expectTypeOf<Finding['effects']>().toEqualTypeOf<FindingEffects | undefined>();
  });

  it('names one kind’s finding with FindingOf', () => {
    expectTypeOf<FindingOf<'pool-deletion-slow'>['deleting']>().toEqualTypeOf<Deleting>();
    expectTypeOf<FindingOf<'task-exit-code'>['effects']>().toEqualTypeOf<FindingEffects>();
    expectTypeOf<FindingOf<'task-exit-code'>['kind']>().toEqualTypeOf<'task-exit-code'>();
  });
});

describe('options under exactOptionalPropertyTypes', () => {
  it('takes options whose values may be undefined, as a consumer’s variables are', () => {
    const nodes: BatchNode[] = [];
    // noUncheckedIndexedAccess: the first node may be missing.
    const node = nodes[0];
    expectTypeOf(node).toEqualTypeOf<BatchNode | undefined>();
    const job: BatchJob | undefined = undefined;
    const task: BatchTask = { id: 't' };
    expectTypeOf(diagnoseTask(task, { node, job, locale: undefined, jobId: undefined })).toEqualTypeOf<Diagnosis>();
    expectTypeOf(summarize([task], { examples: undefined, jobId: undefined })).toEqualTypeOf<Summary>();
    expectTypeOf(summarize((async function* () {})(), {})).toEqualTypeOf<Promise<Summary>>();
  });

  it('gives each locale entry the root entry’s signatures', () => {
    expectTypeOf<typeof germanEntry.diagnoseTask>().toEqualTypeOf<typeof diagnoseTask>();
    expectTypeOf<typeof germanEntry.summarize>().toEqualTypeOf<typeof summarize>();
  });
});

describe('a strict consumer, against the built declarations', () => {
  it('compiles, as ES module and as CommonJS, with @azure/batch objects and optional values', { timeout: 60_000 }, () => {
    const source = (entry: string) => `
import { diagnoseTask, summarize } from '${entry}';
// Types come from the root entry, whichever entry the functions come from: they cost no bytes.
import type { Finding } from '@batch-errors/diagnose';
import type { CloudJob, CloudTask, ComputeNode } from '@azure/batch';
declare const tasks: CloudTask[];
declare const nodes: ComputeNode[];
declare const job: CloudJob | undefined;
const task = tasks[0];
const node = nodes[0];
if (task) {
  const diagnosis = diagnoseTask(task, { node, job });
  const first: Finding | undefined = diagnosis.findings[0];
  if (first?.kind === 'pool-resize-quota-reached') { const quota: 'dedicated' | 'lowPriority' | 'spot' = first.quota; void quota; }
  void summarize(tasks, { jobId: task.id }).groups[0]?.finding.summary;
}
`;
    // Inside the package, so its own name resolves to its exports (self-reference), as a consumer's would to the installed copy.
    const folder = mkdtempSync(path.join(packageFolder, '.types-consumer-'));
    try {
      const files: string[] = [];
      for (const entry of ['@batch-errors/diagnose', '@batch-errors/diagnose/de-de']) {
        const name = entry.replace(/\W/g, '-');
        files.push(path.join(folder, `${name}.mts`), path.join(folder, `${name}.cts`));
        writeFileSync(path.join(folder, `${name}.mts`), source(entry));
        writeFileSync(path.join(folder, `${name}.cts`), source(entry));
      }
      const program = ts.createProgram(files, {
        strict: true,
        exactOptionalPropertyTypes: true,
        noUncheckedIndexedAccess: true,
        module: ts.ModuleKind.NodeNext,
        moduleResolution: ts.ModuleResolutionKind.NodeNext,
        target: ts.ScriptTarget.ES2022,
        noEmit: true,
        skipLibCheck: true,
        types: [],
      });
      const problems = ts
        .getPreEmitDiagnostics(program)
        .map(
          (diagnostic) => `${diagnostic.file ? path.basename(diagnostic.file.fileName) : ''}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`,
        );
      expect(problems).toEqual([]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
