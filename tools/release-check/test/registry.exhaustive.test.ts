/**
 * End to end through a real registry: the packages are published to a local
 * verdaccio, then each is installed alone, with npm and with pnpm, into a
 * fresh project that type-checks it with node16 and bundler resolution (and
 * with exactOptionalPropertyTypes and noUncheckedIndexedAccess) and
 * runs it as ESM and CommonJS on the machine's Node.js and on Node.js 22 and
 * 24 (see node-versions.ts).
 */
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pnpm, repoRoot, run, workspacePackages } from './commands.js';
import { loadDocs } from '@batch-errors/codegen';
import { type ConsumerExpectations, consumerCompilerOptions, consumerExpectations, writeConsumer } from './consumers.js';
import { environmentFor, isMissing, machineNode, type NodeRuntime, pinnedNode, pinnedNodeVersions } from './node-versions.js';
import { type Registry, startRegistry } from './registry.js';

const tsc = createRequire(path.join(repoRoot, 'package.json')).resolve('typescript/bin/tsc');
const packages = workspacePackages;

/** Our packages in a project's node_modules: hoisted (npm) or in pnpm's virtual store. */
async function installedBatchErrorsPackages(project: string): Promise<string[]> {
  const found = new Set(await readdir(path.join(project, 'node_modules', '@batch-errors')));
  const store = await readdir(path.join(project, 'node_modules', '.pnpm')).catch(() => []);
  for (const entry of store) if (entry.startsWith('@batch-errors+')) found.add(entry.slice('@batch-errors+'.length).split('@')[0] ?? entry);
  return [...found].sort();
}

let registry: Registry | undefined;
let scratch = '';
/** What the consumer programs assert, from the docs. */
let expectations: ConsumerExpectations;

beforeAll(async () => {
  const { model } = await loadDocs(path.join(repoRoot, 'docs-source'));
  if (!model) throw new Error('docs-source did not produce a model');
  expectations = consumerExpectations(model);
  scratch = await mkdtemp(path.join(tmpdir(), 'batch-errors-e2e-'));
  registry = await startRegistry();
  // pnpm hands the upload to npm, which wants a token even where anyone may publish.
  const publishConfig = path.join(scratch, 'publish.npmrc');
  await writeFile(publishConfig, `${registry.url.replace(/^https?:/, '')}:_authToken=e2e-not-a-secret\n`);
  const [command, prefix] = pnpm();
  for (const { folder } of packages) {
    await run(command, [...prefix, 'publish', '--no-git-checks', '--registry', registry.url], folder, {
      npm_config_userconfig: publishConfig,
      npm_config_cache: path.join(scratch, 'npm-cache'),
    });
  }
}, 180_000);

afterAll(async () => {
  await registry?.stop();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

const clients = ['npm', 'pnpm'] as const;

/** A task that ran and succeeded: the command line diagnoses it and exits 0. */
const diagnoseFixture = fileURLToPath(new URL('../../../packages/diagnose/test/fixtures/task-success.json', import.meta.url));

/** A program run in an installed consumer project, on every Node.js version. */
interface ConsumerRun {
  /** What it checks, for the test's name. */
  label: string;
  /** Whether it concerns the package. */
  appliesTo: (packageName: string) => boolean;
  /** The command line, run in the project with the Node.js under test first on PATH (so `node` is that version). */
  command: readonly string[];
  /** What it must print. */
  stdout: string;
}

/** Add a case here to run one more program on each Node.js version. */
const consumerRuns: readonly ConsumerRun[] = [
  { label: 'as an ES module', appliesTo: () => true, command: ['node', 'check.mjs'], stdout: 'ok\n' },
  { label: 'as CommonJS', appliesTo: () => true, command: ['node', 'check.cjs'], stdout: 'ok\n' },
  {
    label: 'the batch-errors-diagnose command line',
    appliesTo: (name) => name === '@batch-errors/diagnose',
    // The installed bin, started through the client's .bin link, diagnoses as the workspace's build does.
    command: ['node_modules/.bin/batch-errors-diagnose', '--json', diagnoseFixture],
    stdout: await run(
      process.execPath,
      [fileURLToPath(new URL('../../../packages/diagnose/dist/cli.js', import.meta.url)), '--json', diagnoseFixture],
      process.cwd(),
    ),
  },
];

const pinnedRuntimes = await Promise.all(pinnedNodeVersions.map(pinnedNode));
/** The machine's Node.js and the pinned ones that could be installed. */
const nodeRuntimes: NodeRuntime[] = [machineNode(), ...pinnedRuntimes.flatMap((runtime) => (isMissing(runtime) ? [] : [runtime]))];
const missingRuntimes = pinnedRuntimes.filter(isMissing);
for (const { version, reason } of missingRuntimes) console.warn(`Not testing on Node.js ${version}: ${reason}`);

/** The consumer project of each package and client, once installed. */
const projects = new Map<string, string>();

describe.each(packages.map(({ manifest }) => manifest.name as string))('%s', (name) => {
  describe.each(clients)('installed with %s', (client) => {
    const key = `${name} ${client}`;

    it('installs alone, with its LICENSE, and type-checks with node16 and bundler resolution, and with the strictest options', async () => {
      const project = path.join(scratch, `${name.replace('/', '-')}-${client}`);
      await mkdir(project, { recursive: true });
      await writeFile(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }));
      // Without the scope line a later install would look for @batch-errors on the public registry.
      await writeFile(path.join(project, '.npmrc'), `@batch-errors:registry=${registry!.url}\n`);

      if (client === 'npm') {
        await run('npm', ['install', name, '--no-audit', '--no-fund', '--cache', path.join(scratch, 'npm-cache')], project);
      } else {
        const [command, prefix] = pnpm();
        await run(command, [...prefix, 'add', name, '--store-dir', path.join(scratch, 'pnpm-store'), '--cache-dir', path.join(scratch, 'pnpm-cache')], project);
      }

      const installed = await installedBatchErrorsPackages(project);
      const dependencies = Object.keys(packages.find(({ manifest }) => manifest.name === name)!.manifest.dependencies ?? {});
      const expected = [name, ...dependencies.filter((dependency) => dependency.startsWith('@batch-errors/'))]
        .map((dependency) => dependency.split('/')[1])
        .sort();
      expect(installed).toEqual(expected);
      // The promise: core and http install alone, with no runtime dependency at all.
      if (name === '@batch-errors/core' || name === '@batch-errors/http') expect(installed).toEqual([name.split('/')[1]]);
      const packageFiles = (await readdir(path.join(project, 'node_modules', name))).sort();
      expect(packageFiles).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'dist', 'package.json']));
      // pnpm links a package's own bin into its node_modules/.bin; a bin outside dist (diagnose's starter) brings its folder.
      const bins = Object.values((packages.find(({ manifest }) => manifest.name === name)?.manifest.bin ?? {}) as Record<string, string>);
      const expectedFiles = [
        'CHANGELOG.md',
        'README.md',
        'LICENSE',
        'dist',
        'package.json',
        ...bins.map((bin) => path.normalize(bin).split(path.sep)[0] ?? ''),
        ...(client === 'pnpm' && bins.length > 0 ? ['node_modules'] : []),
      ];
      expect(packageFiles.filter((file) => !expectedFiles.includes(file))).toEqual([]);

      await writeConsumer(project, name, expectations);
      // Also as a consumer with exactOptionalPropertyTypes and noUncheckedIndexedAccess would.
      const configs = [
        ['node16', 'node16', false],
        ['bundler', 'bundler', false],
        ['strictest', 'node16', true],
      ] as const;
      for (const [config, resolution, strictest] of configs) {
        const compilerOptions = consumerCompilerOptions(resolution, { strictest });
        await writeFile(path.join(project, `tsconfig.${config}.json`), JSON.stringify({ compilerOptions, files: ['check.mts', 'check.cts'] }));
        await run(process.execPath, [tsc, '-p', `tsconfig.${config}.json`], project);
      }
      projects.set(key, project);
    }, 180_000);

    const runs = nodeRuntimes.flatMap((runtime) =>
      consumerRuns
        .filter((consumerRun) => consumerRun.appliesTo(name))
        .map((consumerRun) => [consumerRun.label, runtime.version, runtime, consumerRun] as const),
    );
    it.each(runs)('runs %s on Node.js %s', async (_label, _version, runtime, consumerRun) => {
      const project = projects.get(key);
      if (!project) throw new Error(`${name} did not install with ${client}; see the test before`);
      const environment = environmentFor(runtime);
      // The runtime under test is the `node` the command gets.
      expect(await run('node', ['--version'], project, environment)).toBe(`v${runtime.version}\n`);
      const [command = 'node', ...args] = consumerRun.command;
      expect(await run(command, args, project, environment)).toBe(consumerRun.stdout);
    });

    for (const { version, reason } of missingRuntimes) it.skip(`runs on Node.js ${version}: ${reason}`, () => {});
  });
});
