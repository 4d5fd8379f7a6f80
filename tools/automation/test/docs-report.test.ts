/**
 * `batch-errors-automation docs-report`, as docs-report.yml runs it on a pull
 * request: in a scratch git repository holding this repository's docs, a
 * reworded message gives diff's own report; a docs error gives a report that
 * quotes it with its place, so the comment says what to fix.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorReport } from '../src/docs-report.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const automationBin = fileURLToPath(new URL('../bin/batch-errors-automation.js', import.meta.url));
const page = 'docs-source/en-us/batch-status-and-error-codes.md';

async function run(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return promisify(execFile)(process.execPath, [automationBin, ...args], { cwd, timeout: 120_000, killSignal: 'SIGKILL' }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code?: number; stdout?: string; stderr?: string }) => ({ code: error.code ?? -1, stdout: error.stdout ?? '', stderr: error.stderr ?? '' }),
  );
}

async function git(cwd: string, ...args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.invalid', ...args], {
    cwd,
    timeout: 60_000,
    killSignal: 'SIGKILL',
  });
  return stdout.trim();
}

let scratch = '';
let base = '';
let original = '';

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'batch-errors-docs-report-'));
  await cp(path.join(repoRoot, 'docs-source'), path.join(scratch, 'docs-source'), { recursive: true });
  await git(scratch, 'init', '--quiet', '--initial-branch=main');
  await git(scratch, 'add', '--all');
  await git(scratch, 'commit', '--quiet', '--message', 'base');
  base = await git(scratch, 'rev-parse', 'HEAD');
  original = await readFile(path.join(scratch, page), 'utf8');
});

afterAll(() => (scratch ? rm(scratch, { recursive: true, force: true }) : undefined));

describe('batch-errors-automation docs-report', () => {
  it("writes diff's report for a reworded message", async () => {
    const row = original.split('\n').find((line) => line.startsWith('|PoolNotFound|'));
    expect(row).toBeDefined();
    await writeFile(path.join(scratch, page), original.replace(row ?? '', (row ?? '').replace('does not exist.', 'cannot be found.')));
    const report = path.join(scratch, 'report.md');
    const result = await run(['docs-report', '--base', base, '--report', report, '--link-base', 'https://github.com/o/r/blob/abc/'], scratch);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe(`batch-errors-automation: wrote the report to ${report}.\n`);
    const text = await readFile(report, 'utf8');
    expect(text).toContain('PoolNotFound');
    expect(text).toContain('**reworded** `PoolNotFound`');
    expect(text).toContain('**cannot be found**');
    expect(text).toContain('https://github.com/o/r/blob/abc/docs-source/en-us/batch-status-and-error-codes.md');
    expect(text).not.toContain('The docs have errors');
  }, 120_000);

  it('writes a report quoting the errors, with their places, when the docs have errors', async () => {
    await writeFile(path.join(scratch, page), original.replace('|PoolNotFound|', '|Pool Not Found!|'));
    const report = path.join(scratch, 'report-errors.md');
    const result = await run(['docs-report', '--base', base, '--report', report], scratch);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('the docs have errors');
    const text = await readFile(report, 'utf8');
    expect(text.startsWith('**The docs have errors**')).toBe(true);
    expect(text).toContain(base.slice(0, 12));
    expect(text).toMatch(/docs-source\/en-us\/batch-status-and-error-codes\.md:\d+:\d+: error: .*"Pool Not Found!".*\[invalid-code\]/);
  }, 120_000);

  it('refuses a base that reads as an option, in one line, exit 2', async () => {
    const result = await run(['docs-report', '--base=--output=/tmp/x', '--report', 'r.md'], scratch);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('batch-errors-automation: expected a git ref for --base, found "--output=/tmp/x"\n');
  });
});

describe('errorReport', () => {
  it('fences the errors so that no text of theirs can close the fence', () => {
    const text = errorReport('0123456789abcdef', 'page.md:1:1: error: found "````" here');
    expect(text).toContain('\n`````text\npage.md:1:1: error: found "````" here\n`````\n');
  });
});
