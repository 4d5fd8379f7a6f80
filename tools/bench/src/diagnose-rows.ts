/**
 * The rows of `pnpm bench` for `batch-errors-diagnose` on whole jobs: a job
 * of 1,000,000 tasks as `az` prints it (about 630 MB, more than one
 * JavaScript string holds) within 256 MB; 200,000 tasks at least half as
 * fast as a bare `JSON.parse` of the same file, measured in the same run; one
 * task document no slower than a plain Node start allows. Every time is a
 * whole process measured from outside; peak memory is the process's own.
 * Run alone (after building): `node tools/bench/dist/diagnose-rows.js [--quick]`.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { repeat, runProcess, type Series, summarize } from './measure.js';
import { writeSyntheticJobFile } from './synthetic-tasks.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const cli = path.join(repoRoot, 'packages/diagnose/dist/cli.js');
const bareParse = path.join(repoRoot, 'tools/bench/dist/json-parse.js');

/** Issue 24: a million tasks within 256 MB. */
export const millionTasksPeakTarget = 256;
/** Issue 24: at least half the throughput of a bare JSON.parse. */
export const throughputRatioTarget = 0.5;

export interface DiagnoseRow {
  area: string;
  measure: string;
  result: string;
  target?: string;
  holds?: boolean;
}

const seconds = (milliseconds: number) => `${(milliseconds / 1000).toFixed(milliseconds < 10_000 ? 2 : 1)} s`;
const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;

/** The peak memory of a process, printed as the `timings (ms)` line `runProcess` reads. */
async function peakPreload(folder: string): Promise<string> {
  const file = path.join(folder, 'peak.cjs');
  await writeFile(
    file,
    "process.on('exit', () => process.stderr.write('\\ntimings (ms): ' + JSON.stringify({ peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }) + '\\n'));\n",
  );
  return file;
}

/** The rows, and their data for results.json. */
export async function diagnoseRows(options: { quick?: boolean; runs?: number } = {}): Promise<{ rows: DiagnoseRow[]; data: Record<string, unknown> }> {
  const runs = options.runs ?? (options.quick ? 3 : 5);
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'batch-errors-bench-diagnose-'));
  const rows: DiagnoseRow[] = [];
  const data: Record<string, unknown> = {};
  try {
    const preload = await peakPreload(scratch);

    // 200,000 tasks: the command against a bare JSON.parse of the same file, run by run, alternating.
    const mid = path.join(scratch, 'tasks-200k.json');
    const midBytes = await writeSyntheticJobFile(mid, { tasks: 200_000, seed: 24 });
    const parseTimes: number[] = [];
    const command = await repeat(runs, 1, async () => {
      parseTimes.push((await runProcess([bareParse, mid], repoRoot)).milliseconds);
      const run = await runProcess(['--require', preload, cli, mid], repoRoot);
      if (run.exitCode !== 1) throw new Error(`the command exited ${run.exitCode} on the 200,000-task job`);
      return run.milliseconds;
    });
    const parse = summarize(parseTimes.slice(1));
    const ratio = parse.median / command.median;
    rows.push(
      { area: 'diagnose, whole jobs', measure: `bare \`JSON.parse\` of 200,000 tasks (${megabytes(midBytes)}, az JSON), whole process`, result: series(parse) },
      {
        area: 'diagnose, whole jobs',
        measure: `\`batch-errors-diagnose\` on the same file (streamed, diagnosed, grouped)`,
        result: `${series(command)}; ${(midBytes / 1e6 / (command.median / 1000)).toFixed(0)} MB/s`,
      },
      {
        area: 'diagnose, whole jobs',
        measure: 'throughput of the command over that of the bare JSON.parse',
        result: `${ratio.toFixed(2)}×`,
        target: `≥ ${throughputRatioTarget}×`,
        holds: ratio >= throughputRatioTarget,
      },
    );
    data['tasks200k'] = { bytes: midBytes, parse, command, ratio };
    await rm(mid, { force: true });

    // A million tasks: more than one string can hold; the command streams it within its memory target.
    const big = path.join(scratch, 'tasks-1m.json');
    const bigBytes = await writeSyntheticJobFile(big, { tasks: 1_000_000, seed: 24 });
    const parseBig = await runProcess([bareParse, big], repoRoot);
    const bigRun = await runProcess(['--require', preload, cli, big], repoRoot);
    const peak = bigRun.timings['peakRssMb'] ?? Number.NaN;
    rows.push(
      {
        area: 'diagnose, whole jobs',
        measure: `bare \`JSON.parse\` of 1,000,000 tasks (${megabytes(bigBytes)})`,
        result: parseBig.exitCode === 0 ? `read it (${seconds(parseBig.milliseconds)})` : 'cannot: the text is longer than a JavaScript string may be',
      },
      {
        area: 'diagnose, whole jobs',
        measure: '`batch-errors-diagnose` on 1,000,000 tasks, peak memory',
        result: `${peak} MB, ${seconds(bigRun.milliseconds)} (${(bigBytes / 1e6 / (bigRun.milliseconds / 1000)).toFixed(0)} MB/s), exit ${bigRun.exitCode}`,
        target: `< ${millionTasksPeakTarget} MB`,
        holds: bigRun.exitCode === 1 && peak < millionTasksPeakTarget,
      },
    );
    data['tasks1m'] = { bytes: bigBytes, bareParseExit: parseBig.exitCode, milliseconds: bigRun.milliseconds, peakRssMb: peak, exitCode: bigRun.exitCode };
    await rm(big, { force: true });

    // One task document: the command's whole process against a bare Node start, pair by pair.
    const single = path.join(repoRoot, 'packages/diagnose/test/fixtures/task-exit-code.json');
    const bare: number[] = [];
    const document = await repeat(runs * 2, 1, async () => {
      bare.push((await runProcess(['-e', '0'], repoRoot)).milliseconds);
      return (await runProcess([cli, single], repoRoot)).milliseconds;
    });
    const node = summarize(bare.slice(1));
    rows.push(
      { area: 'diagnose, whole jobs', measure: 'one task document, whole process', result: series(document) },
      {
        area: 'diagnose, whole jobs',
        measure: 'one task document over a bare Node start',
        result: `${(document.median / node.median).toFixed(2)}× (node ${series(node)})`,
      },
    );
    data['singleDocument'] = { document, node };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  return { rows, data };
}

function series(values: Series): string {
  return `${seconds(values.median)} (${seconds(values.min)}–${seconds(values.max)}, ${values.runs} runs)`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { rows } = await diagnoseRows({ quick: process.argv.includes('--quick') });
  for (const row of rows)
    process.stdout.write(
      `| ${row.area} | ${row.measure} | ${row.result} | ${row.target ?? ''} | ${row.holds === undefined ? '' : row.holds ? 'yes' : '**no**'} |\n`,
    );
}
