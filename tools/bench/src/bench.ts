/**
 * `pnpm bench`: how fast the generator is and how its cost grows, against the
 * floor of parsing alone; what Nx's cache saves; what the packages cost
 * their users; how `batch-errors-diagnose` reads whole jobs. Prints one Markdown table, writes the same data as JSON to
 * tools/bench/results.json. `--quick` skips the 50,000-code sizes.
 */
import { spawn } from 'node:child_process';
import { appendFile, cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { compareModels, stages as generatorStages, loadDocs, proposeRelease, writeSyntheticDocs } from '@batch-errors/codegen';
import { diagnoseRows } from './diagnose-rows.js';
import { repeat, runProcess, type Series, summarize } from './measure.js';
import { bundle, sizeTarget, typicalImports } from './sizes.js';
import { lookupThroughput } from './throughput.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const generator = path.join(repoRoot, 'tools/codegen/bin/batch-errors-codegen.js');
const floor = path.join(repoRoot, 'tools/bench/dist/floor.js');
const nx = path.join(repoRoot, 'node_modules/nx/dist/bin/nx.js');
const quick = process.argv.includes('--quick');
const runs = quick ? 3 : 5;
const allLocales = ['en-us', 'de-de', 'es-es', 'fr-fr', 'ja-jp', 'pt-br', 'zh-cn'];

interface Row {
  area: string;
  measure: string;
  result: string;
  target?: string;
  holds?: boolean;
}

const rows: Row[] = [];
const data: Record<string, unknown> = {};
const scratch = await mkdtemp(path.join(os.tmpdir(), 'batch-errors-bench-'));

const seconds = (milliseconds: number) => `${(milliseconds / 1000).toFixed(milliseconds < 10_000 ? 2 : 1)} s`;
const series = (values: Series) => `${seconds(values.median)} (${seconds(values.min)}–${seconds(values.max)}, ${values.runs} runs)`;

async function freshFolder(name: string): Promise<string> {
  return mkdtemp(path.join(scratch, `${name}-`));
}

try {
  // The real docs: a full generate into an empty folder, a check of the committed packages, and the floor.
  const stageRuns: Record<string, number>[] = [];
  const generate = await repeat(runs, 1, async () => {
    const run = await runProcess([generator, 'generate', '--packages', await freshFolder('out'), '--timings', '--no-cache'], repoRoot);
    stageRuns.push(run.timings);
    return run.milliseconds;
  });
  const check = await repeat(runs, 1, async () => (await runProcess([generator, 'check', '--no-cache'], repoRoot)).milliseconds);
  // The no-op as CI and pre-commit hooks meet it: the up-to-date record answers; against a bare Node start, pair by pair.
  const nodeStart: number[] = [];
  const recordedCheck = await repeat(runs * 2, 1, async () => {
    nodeStart.push((await runProcess(['-e', '0'], repoRoot)).milliseconds);
    return (await runProcess([generator, 'check'], repoRoot)).milliseconds;
  });
  const bareNode = summarize(nodeStart.slice(1));
  const noOpRatio = recordedCheck.median / bareNode.median;
  const parseOnly = await repeat(runs, 1, async () => (await runProcess([floor, 'docs-source'], repoRoot)).milliseconds);
  // The command line runs from a bundle (tools/codegen/bundle/): the same floor bundled into one file shows what that alone saves.
  const bundledFloor = path.join(scratch, 'floor-bundled.mjs');
  await build({ entryPoints: [floor], bundle: true, platform: 'node', format: 'esm', outfile: bundledFloor, logLevel: 'warning' });
  const parseOnlyBundled = await repeat(runs, 1, async () => (await runProcess([bundledFloor, 'docs-source'], repoRoot)).milliseconds);
  const stages = Object.fromEntries(generatorStages.map((stage) => [stage, summarize(stageRuns.slice(1).map((timings) => timings[stage] ?? 0)).median]));
  const ratio = generate.median / parseOnly.median;
  rows.push(
    {
      area: 'generator, real docs',
      measure: '`generate`, cold process, into an empty folder',
      result: series(generate),
      target: 'well under 2 s',
      holds: generate.median < 2000,
    },
    {
      area: 'generator, real docs',
      measure: '`check --no-cache`, nothing changed (reads and emits all)',
      result: series(check),
      target: '< 1.5 s',
      holds: check.median < 1500,
    },
    { area: 'generator, real docs', measure: '`check`, nothing changed (the up-to-date record answers)', result: series(recordedCheck) },
    { area: 'generator, real docs', measure: 'bare Node start, `node -e 0`', result: series(bareNode) },
    {
      area: 'generator, real docs',
      measure: '`check`, nothing changed, over a bare Node start',
      result: `${noOpRatio.toFixed(2)}×`,
      target: '≤ 3×',
      holds: noOpRatio <= 3,
    },
    {
      area: 'generator, real docs',
      measure: 'stages of `generate` (median, `--timings`)',
      result: Object.entries(stages)
        .map(([stage, milliseconds]) => `${stage} ${Math.round(milliseconds)} ms`)
        .join(', '),
    },
    { area: 'generator, real docs', measure: 'floor: read and parse with remark only', result: series(parseOnly) },
    { area: 'generator, real docs', measure: 'overhead over the floor (whole process)', result: `${ratio.toFixed(2)}×`, target: '≤ 2×', holds: ratio <= 2 },
    { area: 'generator, real docs', measure: 'floor bundled into one file by esbuild, as the command line is bundled', result: series(parseOnlyBundled) },
    {
      area: 'generator, real docs',
      measure: 'overhead over the bundled floor (whole process)',
      result: `${(generate.median / parseOnlyBundled.median).toFixed(2)}×`,
    },
  );
  data['realDocs'] = { generate, check, recordedCheck, bareNode, noOpRatio, floor: parseOnly, bundledFloor: parseOnlyBundled, stages, ratio };

  // One page of seven edited (a translated page, as translators do, and the English page): the page cache re-reads only it.
  const editedDocs = await freshFolder('edited-docs');
  await cp(path.join(repoRoot, 'docs-source'), editedDocs, { recursive: true });
  const editedOut = await freshFolder('edited-out');
  const generateEdited = (...options: string[]) => runProcess([generator, 'generate', '--docs', editedDocs, '--packages', editedOut, ...options], repoRoot);
  await generateEdited(); // fills the page cache
  let edits = 0;
  const editPage = (locale: string) => appendFile(path.join(editedDocs, locale, 'batch-status-and-error-codes.md'), `\n<!-- edit ${++edits} -->\n`);
  const onePageChanged: Record<string, Series> = {};
  for (const locale of ['de-de', 'en-us']) {
    const cached: number[] = [];
    const full = await repeat(runs, 1, async () => {
      await editPage(locale);
      cached.push((await generateEdited()).milliseconds);
      await editPage(locale);
      return (await generateEdited('--no-cache')).milliseconds;
    });
    // repeat() drops its warm-up run from `full`; the cached run of that same round goes too.
    const fromCache = summarize(cached.slice(1));
    onePageChanged[locale] = fromCache;
    const name = locale === 'en-us' ? 'the English page' : 'one translated page';
    rows.push(
      { area: 'generator, real docs', measure: `\`generate\` after ${name} changed, page cache`, result: series(fromCache) },
      { area: 'generator, real docs', measure: `\`generate --no-cache\` after ${name} changed`, result: series(full) },
    );
  }
  data['onePageChanged'] = onePageChanged;

  // The diff's own work on the real docs (the models loaded before): compare, and plan the release from the packages' subjects.
  const rewordedDocs = await freshFolder('reworded-docs');
  await cp(path.join(repoRoot, 'docs-source'), rewordedDocs, { recursive: true });
  const englishPage = path.join(rewordedDocs, 'en-us', 'batch-status-and-error-codes.md');
  await writeFile(englishPage, (await readFile(englishPage, 'utf8')).replace(/^(\|[A-Za-z]+\|[^|\n]*\(\d{3}\)\|[^|\n]*?)\.?\|$/m, '$1, reworded.|'));
  const [{ model: before }, { model: after }] = [await loadDocs(path.join(repoRoot, 'docs-source')), await loadDocs(rewordedDocs)];
  if (before && after) {
    const diffWork = await repeat(runs * 4, 2, async () => {
      const started = performance.now();
      proposeRelease(compareModels(before, after), before, after);
      return performance.now() - started;
    });
    rows.push({
      area: 'generator, real docs',
      measure: '`diff` of one reworded message: compare the models and plan the release (in process, models loaded)',
      result: `${Math.round(diffWork.median)} ms (${Math.round(diffWork.min)}–${Math.round(diffWork.max)} ms, ${diffWork.runs} runs)`,
      target: '< 200 ms',
      holds: diffWork.median < 200,
    });
    data['diffWork'] = diffWork;
  }

  // Scale: synthetic docs, English only and with every locale of docs-source, one run each.
  const sizes = quick ? [1000, 10_000] : [1000, 10_000, 50_000];
  const scale: Record<string, unknown>[] = [];
  for (const locales of [['en-us'], allLocales]) {
    const label = locales.length === 1 ? 'English only' : `${locales.length} locales`;
    const times: number[] = [];
    for (const codes of sizes) {
      const docs = await freshFolder(`docs-${codes}`);
      const bytes = await writeSyntheticDocs(docs, codes, locales);
      const run = await runProcess([generator, 'generate', '--docs', docs, '--packages', await freshFolder('out'), '--timings', '--no-cache'], repoRoot);
      const floorRun = await runProcess([floor, docs], repoRoot);
      // What the parse workers gain: the same docs in one thread.
      const oneThread =
        locales.length > 1 && codes === 10_000
          ? await runProcess(
              [generator, 'generate', '--docs', docs, '--packages', await freshFolder('out'), '--timings', '--no-cache', '--workers', '0'],
              repoRoot,
            )
          : undefined;
      await rm(docs, { recursive: true, force: true });
      times.push(run.milliseconds);
      const peak = run.timings['peakRssMb'] ?? 0;
      const measure = `${codes.toLocaleString('en-US')} codes, ${label} (${((bytes * locales.length) / 1e6).toFixed(1)} MB)`;
      // The whole process, parse workers included, against the floor's single thread.
      const bounded = codes === 50_000 ? { target: '< 1 GiB, faster than the floor', holds: peak < 1024 && run.milliseconds < floorRun.milliseconds } : {};
      const inWorkers = run.timings['pagesFromWorkers'] ? `, ${run.timings['pagesFromWorkers']} pages parsed in workers` : '';
      rows.push({
        area: 'generator, scale',
        measure,
        result: `${seconds(run.milliseconds)}, peak ${peak} MB${inWorkers}; floor ${seconds(floorRun.milliseconds)} (${(run.milliseconds / floorRun.milliseconds).toFixed(2)}×)${run.exitCode === 0 ? '' : `, exit ${run.exitCode}`}`,
        ...bounded,
      });
      if (oneThread)
        rows.push({
          area: 'generator, scale',
          measure: `${measure}, in one thread (\`--workers 0\`)`,
          result: `${seconds(oneThread.milliseconds)}, peak ${oneThread.timings['peakRssMb'] ?? 0} MB; the workers take ${(run.milliseconds / oneThread.milliseconds).toFixed(2)}× its time`,
        });
      scale.push({
        codes,
        locales: locales.length,
        bytes,
        milliseconds: run.milliseconds,
        peakRssMb: peak,
        stages: run.timings,
        floorMilliseconds: floorRun.milliseconds,
        floorPeakRssMb: floorRun.timings['peakRssMb'],
      });
    }
    for (let index = 1; index < sizes.length; index++) {
      const growth = (times[index] ?? 0) / (times[index - 1] ?? 1);
      const factor = (sizes[index] ?? 0) / (sizes[index - 1] ?? 1);
      const target = sizes[index] === 50_000 ? { target: '≤ 6×', holds: growth <= 6 } : {};
      rows.push({
        area: 'generator, scale',
        measure: `growth ${sizes[index - 1]?.toLocaleString('en-US')} → ${sizes[index]?.toLocaleString('en-US')} codes (${factor}× rows), ${label}`,
        result: `${growth.toFixed(2)}×`,
        ...target,
      });
    }
  }
  data['scale'] = scale;

  // Nx: the second run of generate and build with nothing changed.
  const nxRun = () => runNx(['run-many', '-t', 'generate', 'build', '--output-style=static']);
  await nxRun();
  const cached = await nxRun();
  const fromCache = /read the output from the cache instead of running the command for (\d+) out of (\d+) tasks/.exec(cached.output);
  const allCached = fromCache !== null && fromCache[1] === fromCache[2];
  rows.push({
    area: 'Nx',
    measure: 'second `nx run-many -t generate build`, nothing changed',
    result: `${seconds(cached.milliseconds)}, ${fromCache ? `${fromCache[1]} of ${fromCache[2]} tasks from the cache` : 'no cache report'}`,
    target: 'all from the cache',
    holds: allCached,
  });
  data['nx'] = { milliseconds: cached.milliseconds, allCached };

  // The packages: bytes of typical imports, lookups per second.
  const sizesByImport: Record<string, { minified: number; gzipped: number }> = {};
  for (const [name, source] of Object.entries(typicalImports)) {
    const { minified, gzipped } = await bundle(source);
    const size = { minified, gzipped };
    sizesByImport[name] = size;
    rows.push({
      area: 'packages, size',
      measure: name,
      result: `${size.gzipped.toLocaleString('en-US')} B gzipped (${size.minified.toLocaleString('en-US')} B minified)`,
      ...sizeTarget(name, size.gzipped),
    });
  }
  data['sizes'] = sizesByImport;
  const throughput = await lookupThroughput();
  for (const [name, perSecond] of Object.entries(throughput))
    rows.push({ area: 'packages, speed', measure: name, result: `${(perSecond / 1e6).toFixed(1)} M ops/s` });
  data['throughput'] = throughput;

  // batch-errors-diagnose on whole jobs: a million tasks in bounded memory, against JSON.parse.
  const diagnose = await diagnoseRows({ quick, runs });
  rows.push(...diagnose.rows);
  data['diagnose'] = diagnose.data;
} finally {
  await rm(scratch, { recursive: true, force: true });
}

const machine = {
  cpus: os.cpus().length,
  cpu: os.cpus()[0]?.model ?? 'unknown',
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  platform: `${os.platform()} ${os.release()}`,
};
const table = [
  `Measured ${new Date().toISOString().slice(0, 10)} on ${machine.cpus} × ${machine.cpu}, ${machine.memoryGiB} GiB, Node ${machine.node}${quick ? ' (--quick)' : ''}.`,
  '',
  '| area | measure | result | target | holds |',
  '|---|---|---|---|---|',
  ...rows.map(
    (row) => `| ${row.area} | ${row.measure} | ${row.result} | ${row.target ?? ''} | ${row.holds === undefined ? '' : row.holds ? 'yes' : '**no**'} |`,
  ),
].join('\n');
process.stdout.write(`${table}\n`);
await writeFile(
  path.join(repoRoot, 'tools/bench/results.json'),
  `${JSON.stringify({ date: new Date().toISOString(), machine, quick, rows, data }, null, 2)}\n`,
);

async function runNx(args: string[]): Promise<{ milliseconds: number; output: string }> {
  const start = process.hrtime.bigint();
  const child = spawn(process.execPath, [nx, ...args], {
    cwd: repoRoot,
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 30 * 60_000,
    killSignal: 'SIGKILL',
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise((resolve) => child.on('close', resolve));
  return { milliseconds: Number(process.hrtime.bigint() - start) / 1e6, output };
}
