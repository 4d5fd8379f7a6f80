/**
 * `batch-errors-automation upstream`, as upstream.yml runs it, against a real
 * git repository of the upstream docs built here from a real revision in
 * ../shared/docs-history (one that documents InvalidApplicationPackageReferences
 * as 400 where today's page says 409), in a scratch repository holding this
 * repository's docs and generated packages. The pull request body is then made
 * from its report by `comment-body`, as the workflow does.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const docsHistory = path.resolve(repoRoot, '../shared/docs-history');
const historyPresent = existsSync(path.join(docsHistory, 'manifest.json'));
if (!historyPresent) console.warn(`upstream.exhaustive.test.ts: ${docsHistory} is absent; the upstream update over a local upstream repository is skipped.`);

const automationBin = fileURLToPath(new URL('../bin/batch-errors-automation.js', import.meta.url));
const codegenBin = path.join(repoRoot, 'tools/codegen/bin/batch-errors-codegen.js');
/** A revision whose status of InvalidApplicationPackageReferences differs from today's page. */
const revisionFile = '2017-03-29_a38a079_en-us.md';

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Result> {
  return promisify(execFile)(command, args, {
    cwd,
    env: { ...process.env, ...env },
    timeout: 120_000,
    killSignal: 'SIGKILL',
    maxBuffer: 64 * 1024 * 1024,
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code?: number; stdout?: string; stderr?: string }) => ({
      code: typeof error.code === 'number' ? error.code : -1,
      stdout: error.stdout ?? '',
      stderr: error.stderr ?? '',
    }),
  );
}

async function git(cwd: string, ...args: string[]): Promise<string> {
  const result = await run('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.invalid', ...args], cwd);
  if (result.code !== 0) throw new Error(`git ${args.join(' ')} failed in ${cwd}: ${result.stderr}`);
  return result.stdout.trim();
}

let folder = '';
let upstream = '';
let scratch = '';
let upstreamCommit = '';

beforeAll(async () => {
  if (!historyPresent) return;
  folder = await mkdtemp(path.join(tmpdir(), 'batch-errors-upstream-update-'));
  // The upstream docs repository: the revision at its real path, committed at its real date.
  upstream = path.join(folder, 'upstream');
  const manifest = JSON.parse(await readFile(path.join(docsHistory, 'manifest.json'), 'utf8')) as {
    files: { file: string; path: string; commit_date_iso?: string }[];
  };
  const revision = manifest.files.find((entry) => entry.file === revisionFile);
  if (!revision) throw new Error(`${revisionFile} is not in the docs-history manifest`);
  await mkdir(path.join(upstream, path.dirname(revision.path)), { recursive: true });
  await git(upstream, 'init', '--quiet', '--initial-branch=main');
  await cp(path.join(docsHistory, 'status-codes', revisionFile), path.join(upstream, revision.path));
  await git(upstream, 'add', '--all');
  await run('git', ['-c', 'user.name=upstream', '-c', 'user.email=upstream@example.invalid', 'commit', '--quiet', '--message', revisionFile], upstream, {
    GIT_AUTHOR_DATE: revision.commit_date_iso ?? '2017-03-29T12:00:00+00:00',
    GIT_COMMITTER_DATE: revision.commit_date_iso ?? '2017-03-29T12:00:00+00:00',
  });
  upstreamCommit = await git(upstream, 'rev-parse', 'HEAD');

  // This repository as the workflow finds it: the docs and the generated packages, committed.
  scratch = path.join(folder, 'repository');
  await mkdir(path.join(scratch, '.changeset'), { recursive: true });
  await cp(path.join(repoRoot, 'docs-source'), path.join(scratch, 'docs-source'), { recursive: true });
  const generated = await run(process.execPath, [codegenBin, 'generate', '--no-cache'], scratch);
  if (generated.code !== 0) throw new Error(`generate failed: ${generated.stderr}`);
  await writeFile(path.join(scratch, '.changeset/README.md'), 'Changesets.\n');
  await writeFile(path.join(scratch, 'sources.json'), JSON.stringify({ docs: [{ repository: upstream }], sdk: [] }));
  await git(scratch, 'init', '--quiet', '--initial-branch=main');
  await git(scratch, 'add', '--all');
  await git(scratch, 'commit', '--quiet', '--message', 'today');
}, 120_000);

afterAll(() => (folder ? rm(folder, { recursive: true, force: true }) : undefined));

describe.skipIf(!historyPresent)('batch-errors-automation upstream, over a local upstream repository', () => {
  it('pulls, generates, writes the changesets and a report, and says changed=true; the pull request body is that report', async () => {
    const output = path.join(folder, 'github-output-1');
    const report = path.join(folder, 'report.md');
    const result = await run(
      process.execPath,
      [automationBin, 'upstream', '--sources', 'sources.json', '--report', report, '--github-output', output],
      scratch,
    );
    expect(result.code, result.stderr).toBe(0);
    expect(await readFile(output, 'utf8')).toBe('changed=true\n');
    expect(result.stdout).toContain('Upstream changed the docs or the packages');
    // The steps it ran, in order.
    expect([...result.stderr.matchAll(/^\$ batch-errors-codegen (\S+)/gm)].map((match) => match[1])).toEqual(['pull', 'generate', 'diff']);

    const text = await readFile(report, 'utf8');
    expect(text).toContain('## Upstream');
    expect(text).toContain(upstreamCommit.slice(0, 12));
    expect(text).toMatch(/InvalidApplicationPackageReferences[^\n]*409[^\n]*400/);
    const record = JSON.parse(await readFile(path.join(scratch, 'docs-source/upstream.json'), 'utf8'));
    expect(record.pages['en-us/batch-status-and-error-codes.md'].commit).toBe(upstreamCommit);
    // A status change is a major release of the packages that carry statuses, with a changeset each.
    const changesets = (await readdir(path.join(scratch, '.changeset'))).filter((file) => file.startsWith('docs-'));
    const texts = await Promise.all(changesets.map((file) => readFile(path.join(scratch, '.changeset', file), 'utf8')));
    expect(texts.join('\n')).toMatch(/"@batch-errors\/http": major/);
    expect(await readFile(path.join(scratch, 'packages/http/src/generated/statuses.ts'), 'utf8').catch(() => '')).not.toBe('');

    const body = path.join(folder, 'body.md');
    const fitted = await run(
      process.execPath,
      [
        automationBin,
        'comment-body',
        '--report',
        report,
        '--full-report-url',
        'https://github.com/o/r/actions/runs/1/artifacts/2',
        '--title',
        'Upstream docs changed.',
        '--out',
        body,
      ],
      scratch,
    );
    expect(fitted.code, fitted.stderr).toBe(0);
    expect(await readFile(body, 'utf8')).toBe(`Upstream docs changed.\n\n${text}`);
  }, 120_000);

  it('does nothing and says changed=false when upstream has nothing new', async () => {
    await git(scratch, 'add', '--all');
    await git(scratch, 'commit', '--quiet', '--message', 'the upstream update merged');
    const output = path.join(folder, 'github-output-2');
    const report = path.join(folder, 'report-2.md');
    const result = await run(
      process.execPath,
      [automationBin, 'upstream', '--sources', 'sources.json', '--report', report, '--github-output', output],
      scratch,
    );
    expect(result.code, result.stderr).toBe(0);
    expect(await readFile(output, 'utf8')).toBe('changed=false\n');
    expect(result.stdout).toContain('Nothing changed upstream');
    expect(existsSync(report)).toBe(false);
    expect(await git(scratch, 'status', '--porcelain')).toBe('');
  }, 120_000);

  it('stops at a pull that fails, in one line', async () => {
    await writeFile(path.join(folder, 'missing.json'), JSON.stringify({ docs: [{ repository: path.join(folder, 'no-such-repository') }] }));
    const result = await run(
      process.execPath,
      [automationBin, 'upstream', '--sources', path.join(folder, 'missing.json'), '--report', path.join(folder, 'r.md')],
      scratch,
    );
    expect(result.code).toBe(1);
    expect(result.stderr.trimEnd().split('\n').at(-1)).toBe('batch-errors-automation: batch-errors-codegen pull exited 1; stopped there.');
  }, 60_000);
});

describe('batch-errors-automation upstream, with a sources file it cannot use', () => {
  it.each([
    ['not JSON', '{', 'expected JSON'],
    ['no docs list', '{"sdk": []}', 'expected { "docs": [ … ], "sdk": [ … ] }'],
    ['a repository that reads as an option', '{"docs": [{"repository": "--upload-pack=touch /tmp/x"}]}', 'docs[0]: expected "repository"'],
    ['a ref that reads as an option', '{"docs": [{"repository": "r", "ref": "-x"}]}', 'docs[0]: expected "ref"'],
  ])('exits 2 in one line for %s', async (_what, text, expected) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'batch-errors-sources-'));
    try {
      await writeFile(path.join(dir, 'sources.json'), text);
      const result = await run(process.execPath, [automationBin, 'upstream', '--sources', 'sources.json', '--report', 'r.md'], dir);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(expected);
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
