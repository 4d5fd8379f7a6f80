/**
 * A synthetic Batch job, as `az batch task list --job-id <job> -o json`
 * prints its tasks (an array of camelCase objects, two-space indents, `null`
 * for absent fields, `1:00:00` durations), or as the REST API's list pages or
 * JSON Lines: deterministic for a seed, streamed to a file so a million tasks
 * (about 600 MB) never sit in memory. Most tasks succeed; the failures are
 * the kinds a render job meets (nonzero exit codes, a missing input blob, an
 * upload that fails, the wall clock), a few nodes fail more than the others.
 *
 * Run alone (after building): `node tools/bench/dist/synthetic-tasks.js --tasks 3000 --seed 7 > job.json`.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';

export interface SyntheticJobOptions {
  /** How many tasks. */
  tasks: number;
  /** The seed of the pseudo-random choices (same seed, same bytes). */
  seed?: number;
  /** The job's id. */
  jobId?: string;
  /** How many nodes the pool has. */
  nodes?: number;
  /** `az` (one array), `rest` (REST list pages of 1,000 with `odata.nextLink`, one after another) or `jsonl` (one task a line). */
  format?: 'az' | 'rest' | 'jsonl';
}

/** What a synthetic task's failure is, when it failed. */
type Outcome = 'success' | 'exit-1' | 'exit-137' | 'exit-2' | 'blob-not-found' | 'upload-failed' | 'wall-clock';

/** The shares of the outcomes, in thousandths: 86.5 % succeed. */
const outcomeShares: readonly [Outcome, number][] = [
  ['exit-1', 60],
  ['exit-137', 30],
  ['exit-2', 15],
  ['blob-not-found', 15],
  ['upload-failed', 10],
  ['wall-clock', 5],
];

/** A small deterministic generator (mulberry32): the same seed gives the same job everywhere. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const account = 'https://renderacct.westeurope.batch.azure.com';
const start = Date.UTC(2026, 10, 20, 8, 0, 0);

/** `2026-11-20T08:00:03.500000+00:00`, as az prints a time. */
function azTime(milliseconds: number): string {
  return `${new Date(milliseconds).toISOString().slice(0, 23)}000+00:00`;
}

/** One task, as `az batch task list` prints it. */
export function syntheticTask(index: number, next: () => number, jobId: string, nodes: number): Record<string, unknown> {
  const id = `frame-${String(index).padStart(7, '0')}`;
  // Two nodes of the pool fail often: their tasks exit 137 (killed) more than anyone's.
  const badNode = next() < 0.04;
  const node = badNode ? Math.floor(next() * 2) : 2 + Math.floor(next() * Math.max(1, nodes - 2));
  const nodeId = `tvmps_${(0x5c1e0000 + node).toString(16)}_d`;
  let outcome: Outcome = badNode && next() < 0.5 ? 'exit-137' : 'success';
  if (outcome === 'success') {
    let roll = next() * 1000;
    for (const [candidate, share] of outcomeShares) {
      if (roll < share) {
        outcome = candidate;
        break;
      }
      roll -= share;
    }
  }
  const began = start + Math.floor(next() * 6 * 3_600_000);
  const ran = outcome === 'wall-clock' ? 3_600_000 + 3_500 : outcome === 'blob-not-found' ? 0 : 30_000 + Math.floor(next() * 600_000);
  const exitCode = { success: 0, 'exit-1': 1, 'exit-137': 137, 'exit-2': 2, 'blob-not-found': null, 'upload-failed': 0, 'wall-clock': -1073741510 }[outcome];
  const failureInfo =
    outcome === 'success'
      ? null
      : outcome === 'blob-not-found'
        ? {
            category: 'usererror',
            code: 'BlobNotFound',
            details: [{ name: 'FilePath', value: `scenes/frame-${index}.blend` }],
            message: 'One of the specified Azure Blob(s) is not found.',
          }
        : outcome === 'upload-failed'
          ? { category: 'usererror', code: 'FileUploadContainerNotFound', details: null, message: 'The destination container was not found.' }
          : outcome === 'wall-clock'
            ? { category: 'servererror', code: 'TaskEnded', details: null, message: 'The task was terminated.' }
            : { category: 'usererror', code: 'FailureExitCode', details: null, message: 'The task exited with an exit code representing a failure' };
  return {
    commandLine: `/bin/bash -c 'render --frame ${index}'`,
    constraints: { maxTaskRetryCount: 0, maxWallClockTime: '1:00:00' },
    executionInfo: {
      endTime: azTime(began + ran),
      exitCode,
      failureInfo,
      result: outcome === 'success' ? 'success' : 'failure',
      retryCount: 0,
      startTime: outcome === 'blob-not-found' ? null : azTime(began),
    },
    id,
    nodeInfo: { nodeId },
    state: 'completed',
    url: `${account}/jobs/${jobId}/tasks/${id}`,
  };
}

/** Writes the synthetic job to a stream; resolves to the bytes written. */
export async function writeSyntheticJob(output: Writable, options: SyntheticJobOptions): Promise<number> {
  const { tasks, seed = 1, jobId = 'render-job', nodes = 40, format = 'az' } = options;
  const next = random(seed);
  let bytes = 0;
  let buffered: string[] = [];
  let size = 0;
  const emit = async (text: string) => {
    buffered.push(text);
    size += text.length;
    if (size < 1 << 20) return;
    await flush();
  };
  const flush = async () => {
    const text = buffered.join('');
    buffered = [];
    size = 0;
    bytes += Buffer.byteLength(text);
    if (!output.write(text)) await once(output, 'drain');
  };
  const pageSize = 1000;
  if (format === 'az') await emit('[\n');
  for (let index = 0; index < tasks; index++) {
    const task = syntheticTask(index, next, jobId, nodes);
    if (format === 'jsonl') {
      await emit(`${JSON.stringify(task)}\n`);
      continue;
    }
    if (format === 'rest') {
      if (index % pageSize === 0) await emit(`{"odata.metadata":"${account}/$metadata#tasks","value":[`);
      await emit(`${index % pageSize === 0 ? '' : ','}${JSON.stringify(task)}`);
      const lastOfPage = index % pageSize === pageSize - 1 || index === tasks - 1;
      if (lastOfPage)
        await emit(index === tasks - 1 ? ']}\n' : `],"odata.nextLink":"${account}/jobs/${jobId}/tasks?api-version=2024-07-01.20.0&$skiptoken=${index + 1}"}\n`);
      continue;
    }
    const text = JSON.stringify(task, null, 2).replace(/\n/g, '\n  ');
    await emit(`  ${text}${index === tasks - 1 ? '\n' : ',\n'}`);
  }
  if (format === 'az') await emit(']\n');
  await flush();
  return bytes;
}

/** Writes the synthetic job to a file; resolves to its size in bytes. */
export async function writeSyntheticJobFile(path: string, options: SyntheticJobOptions): Promise<number> {
  const file = createWriteStream(path);
  const bytes = await writeSyntheticJob(file, options);
  file.end();
  await once(file, 'close');
  return bytes;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const argument = (name: string) => {
    const at = process.argv.indexOf(`--${name}`);
    return at === -1 ? undefined : process.argv[at + 1];
  };
  const format = argument('format');
  await writeSyntheticJob(process.stdout, {
    tasks: Number(argument('tasks') ?? 1000),
    seed: Number(argument('seed') ?? 1),
    jobId: argument('job-id') ?? 'render-job',
    format: format === 'rest' || format === 'jsonl' ? format : 'az',
  });
}
