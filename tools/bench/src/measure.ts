/**
 * Timing whole processes: wall time measured from outside, the process's own
 * `timings (ms): {...}` line (stages, peak memory) read from its stderr.
 */
import { spawn } from 'node:child_process';

export interface ProcessRun {
  milliseconds: number;
  /** The `timings (ms): {...}` the process printed, if any. */
  timings: Record<string, number>;
  exitCode: number;
}

export async function runProcess(args: readonly string[], cwd: string): Promise<ProcessRun> {
  const start = process.hrtime.bigint();
  // A bound that really ends a run gone wrong: no single run of the bench takes half an hour.
  const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], timeout: 30 * 60_000, killSignal: 'SIGKILL' });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exitCode = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)));
  const milliseconds = Number(process.hrtime.bigint() - start) / 1e6;
  const line = /^timings \(ms\): (\{.*\})$/m.exec(stderr)?.[1];
  return { milliseconds, timings: line ? (JSON.parse(line) as Record<string, number>) : {}, exitCode };
}

export interface Series {
  median: number;
  min: number;
  max: number;
  runs: number;
}

/** Median and spread of `runs` measured runs, after `warmups` discarded ones. */
export async function repeat(runs: number, warmups: number, once: () => Promise<number>): Promise<Series> {
  for (let index = 0; index < warmups; index++) await once();
  const values: number[] = [];
  for (let index = 0; index < runs; index++) values.push(await once());
  return summarize(values);
}

export function summarize(values: readonly number[]): Series {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return { median, min: sorted[0] ?? 0, max: sorted.at(-1) ?? 0, runs: sorted.length };
}
