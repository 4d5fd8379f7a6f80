/**
 * The GitHub workflows as GitHub will read them: each valid by the workflow
 * schema (action-validator, from npm), each following the security rules
 * (pins, least privilege, no privileged triggers, secrets in one job, no
 * expression inside a script), and each calling only commands that exist.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type Io, main } from '../src/cli.js';
import { parseSources, planUpstream } from '../src/upstream.js';
import { permissionsOf, pinnedActions, workflowProblems } from './workflow-rules.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const workflowsFolder = path.join(repoRoot, '.github/workflows');
const workflows = readdirSync(workflowsFolder)
  .filter((file) => /\.ya?ml$/.test(file))
  .sort()
  .map((file) => ({ file, text: readFileSync(path.join(workflowsFolder, file), 'utf8') }));

const validator = path.join(path.dirname(createRequire(import.meta.url).resolve('@action-validator/cli/package.json')), 'cli.mjs');

async function validate(file: string): Promise<{ code: number; output: string }> {
  return promisify(execFile)(process.execPath, [validator, file], { timeout: 30_000, killSignal: 'SIGKILL' }).then(
    ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
    (error: { code?: number; stdout?: string; stderr?: string }) => ({ code: error.code ?? -1, output: (error.stdout ?? '') + (error.stderr ?? '') }),
  );
}

describe('the workflows', () => {
  it('are the four the repository needs', () => {
    expect(workflows.map(({ file }) => file)).toEqual(['ci.yml', 'docs-report.yml', 'release.yml', 'upstream.yml']);
  });

  it.each(workflows.map(({ file }) => [file]))('%s is valid by the workflow schema (action-validator)', async (file) => {
    const result = await validate(path.join(workflowsFolder, file));
    expect(result.output).not.toContain('"errors"');
    expect(result.code, result.output).toBe(0);
  });

  it('action-validator rejects a workflow with a mistake', async () => {
    const broken = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/broken-workflow.yml');
    const result = await validate(broken);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain("Additional property 'ruun' is not allowed");
  });

  it.each(workflows.map(({ file, text }) => [file, text]))('%s follows the security rules', (file, text) => {
    expect(workflowProblems(file, text)).toEqual([]);
  });

  it('give each job only the permissions it needs', () => {
    const permissions = Object.assign({}, ...workflows.map(({ file, text }) => permissionsOf(file, text)));
    expect(permissions).toEqual({
      'ci.yml/test': { contents: 'read' },
      'docs-report.yml/report': { contents: 'read' },
      'docs-report.yml/comment': { 'pull-requests': 'write' },
      'release.yml/release': { contents: 'write', 'pull-requests': 'write', 'id-token': 'write' },
      'release.yml/docs-build': { contents: 'read' },
      'release.yml/docs-deploy': { pages: 'write', 'id-token': 'write' },
      'upstream.yml/update': { contents: 'write', 'pull-requests': 'write' },
    });
  });

  it('use every reviewed action, so the list of pins holds no stale entry', () => {
    const used = new Set(workflows.flatMap(({ text }) => [...text.matchAll(/uses:\s*([\w.-]+\/[\w.-]+)@/g)].map((match) => match[1])));
    expect([...used].sort()).toEqual(Object.keys(pinnedActions).sort());
  });

  it('call only pnpm scripts and commands that exist', async () => {
    const scripts = Object.keys((JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);
    const runs = workflows.flatMap(({ text }) =>
      Object.values((parse(text) as { jobs: Record<string, { steps?: { run?: string }[] }> }).jobs).flatMap((job) =>
        (job.steps ?? []).flatMap((step) => (step.run === undefined ? [] : [step.run])),
      ),
    );
    // `pnpm docs` would run npm's docs command (pnpm hands it to npm), never the script: scripts run as `pnpm run <name>`.
    expect(runs.filter((run) => /\bpnpm docs\b/.test(run))).toEqual([]);
    const pnpmScripts = runs.flatMap((run) => [...run.matchAll(/(?:^|&&\s*)pnpm (?:run )?(?!exec\b|install\b|run\b)([\w:-]+)/g)].map((match) => match[1]));
    expect(pnpmScripts).toContain('docs');
    expect(pnpmScripts.length).toBeGreaterThan(0);
    for (const script of pnpmScripts) expect(scripts, `pnpm ${script}`).toContain(script);

    const out: string[] = [];
    const io: Io = { stdout: (text) => out.push(text), stderr: (text) => out.push(text) };
    expect(await main(['--help'], io)).toBe(0);
    const automationCommands = runs.flatMap((run) => [...run.matchAll(/batch-errors-automation (\S+)/g)].map((match) => match[1] ?? ''));
    expect(new Set(automationCommands)).toEqual(new Set(['comment-body', 'docs-report', 'upstream']));
    for (const command of automationCommands) expect(out.join('\n')).toContain(`${command} [options]`);
  });

  it('pull each upstream docs repository, then the SDKs, then generate (.github/upstream-sources.json)', () => {
    const file = path.join(repoRoot, '.github/upstream-sources.json');
    const sources = parseSources(readFileSync(file, 'utf8'), file);
    const plan = planUpstream(sources, { docs: 'docs-source', packages: 'packages', changesetDir: '.changeset' });
    expect(plan.map((args) => args[0])).toEqual([...sources.docs.map(() => 'pull'), ...sources.sdk.map(() => 'pull-sdk'), 'generate']);
    expect(sources.docs.length).toBeGreaterThan(0);
    expect(sources.sdk.length).toBeGreaterThan(0);
  });
});

describe('the rules', () => {
  const safe = readFileSync(path.join(workflowsFolder, 'ci.yml'), 'utf8');

  it.each([
    ['a tag instead of a SHA', safe.replace(/actions\/checkout@[0-9a-f]{40} # v[\d.]+/, 'actions/checkout@v7'), 'pinned by its full commit SHA'],
    [
      'a SHA without its tag',
      safe.replace(/(actions\/checkout@[0-9a-f]{40}) # v[\d.]+/, '$1'),
      'expected actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1',
    ],
    [
      'a pull request title inside run',
      safe.replace('run: pnpm run docs', 'run: echo "${{ github.event.pull_request.title }}"'),
      'an outsider-controlled expression',
    ],
    ['a branch name inside run', safe.replace('run: pnpm run docs', 'run: echo ${{ github.head_ref }}'), 'an outsider-controlled expression'],
    ['pull_request_target', safe.replace('  pull_request:\n', '  pull_request_target:\n'), 'expected no pull_request_target trigger'],
    ['write-all at the top', safe.replace('permissions: {}', 'permissions: write-all'), 'expected "permissions: {}" at the top'],
    ['a job without permissions', safe.replace('    permissions:\n      contents: read\n', ''), 'expected its own permissions'],
    ['a pull request job that may write', safe.replace('      contents: read\n', '      contents: write\n'), 'to only read, found contents: write'],
    [
      'a secret outside the release job',
      safe.replace('run: pnpm run docs', 'run: pnpm run docs\n        env:\n          TOKEN: ${{ secrets.NPM_TOKEN }}'),
      'expected secrets only',
    ],
    ['a checkout that keeps its token', safe.replace('          persist-credentials: false\n', ''), 'persist-credentials: false'],
  ])('find %s', (_what, text, expected) => {
    expect(text).not.toBe(safe);
    expect(workflowProblems('ci.yml', text).join('\n')).toContain(expected);
  });
});
