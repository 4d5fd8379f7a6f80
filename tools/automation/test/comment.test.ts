/**
 * The sticky comment's text (`comment-body`): a report that fits is kept
 * whole; a longer one is cut at a line, within what GitHub takes, with a
 * link to the full report, and a code block it cuts is closed.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Io, main } from '../src/cli.js';
import { fitReport, githubTextLimit, markerAllowance } from '../src/comment.js';

const url = 'https://github.com/batch-errors/batch-errors/actions/runs/1/artifacts/2';

/** A report shaped like `diff`'s: headings, tables of changes, a JSON sample in a fence. */
function reportOf(rows: number): string {
  const lines = [
    '## Upstream',
    '',
    '- `en-us/batch-status-and-error-codes.md`: now `0123456789ab`',
    '',
    '## batchService',
    '',
    '| code | change |',
    '|---|---|',
  ];
  for (let row = 0; row < rows; row++)
    lines.push(`| Code${row} | status 400 (Bad Request) → 409 (Conflict), in [line ${row}](docs-source/en-us/page.md#L${row}) |`);
  lines.push(
    '',
    '```json',
    ...Array.from({ length: rows }, (_, row) => `  { "code": "Code${row}", "status": 409 },`),
    '```',
    '',
    '## Proposed release',
    '',
    '- core: major',
  );
  return `${lines.join('\n')}\n`;
}

describe('fitReport', () => {
  it('keeps a report that fits, under its title', () => {
    const report = reportOf(10);
    expect(fitReport(report, { fullReportUrl: url, title: '## Docs report' })).toEqual({ text: `## Docs report\n\n${report}`, cut: false });
  });

  it('cuts a report longer than a comment allows at a line, with a link to the full report', () => {
    const report = reportOf(2_000);
    expect(report.length).toBeGreaterThan(githubTextLimit);
    const { text, cut } = fitReport(report, { fullReportUrl: url, title: '## Docs report' });
    expect(cut).toBe(true);
    expect(text.length).toBeLessThanOrEqual(githubTextLimit - markerAllowance);
    expect(text.length).toBeGreaterThan(githubTextLimit - markerAllowance - 1_000);
    expect(text).toContain(`[the full report](${url})`);
    expect(text).toContain(`It has ${report.length.toLocaleString('en-US')} characters`);
    const kept = text.slice('## Docs report\n\n'.length, text.indexOf('\n---\n'));
    // Whole lines of the report, in order, from its start.
    expect(report.startsWith(kept.replace(/```\n$/, ''))).toBe(true);
    expect(kept.endsWith('\n')).toBe(true);
  });

  it('closes a code block it cuts, so the note is not swallowed by it', () => {
    const report = reportOf(1_400);
    const fenceAt = report.indexOf('```json');
    const { text } = fitReport(report, { fullReportUrl: url, limit: fenceAt + 3_000 });
    const fences = text.split('\n').filter((line) => line.startsWith('```'));
    expect(fences).toEqual(['```json', '```']);
    expect(text.indexOf('```\n')).toBeLessThan(text.indexOf('**The report is cut here.**'));
  });

  it('never splits a character: a single line of emoji is cut between two', () => {
    const report = '😀'.repeat(40_000);
    const { text } = fitReport(report, { fullReportUrl: url });
    const kept = text.slice(0, text.indexOf('\n'));
    expect(kept.length % 2).toBe(0);
    expect([...kept].every((character) => character === '😀')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(githubTextLimit - markerAllowance);
  });

  it('refuses a limit with no room for the note', () => {
    expect(() => fitReport(reportOf(10), { fullReportUrl: url, limit: 300 })).toThrow(RangeError);
  });
});

describe('batch-errors-automation comment-body', () => {
  let folder = '';
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'batch-errors-comment-'));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  async function run(...argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const io: Io = { stdout: (text) => out.push(text), stderr: (text) => err.push(text) };
    return { code: await main(argv, io), stdout: out.join('\n'), stderr: err.join('\n') };
  }

  it('writes the fitted text and says it cut', async () => {
    const report = path.join(folder, 'report.md');
    const out = path.join(folder, 'comment.md');
    await writeFile(report, reportOf(2_000));
    const result = await run('comment-body', '--report', report, '--full-report-url', url, '--title', '## Docs report', '--out', out);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^batch-errors-automation: the report has \d+ characters; cut to \d+, linking to the full report\.$/);
    const text = await readFile(out, 'utf8');
    expect(text).toBe(fitReport(reportOf(2_000), { fullReportUrl: url, title: '## Docs report' }).text);
  });

  it.each([
    ['a link that is not https', ['--full-report-url', 'javascript:alert(1)'], 'expected an https:// address'],
    ['no report', ['--report', '/nonexistent/report.md'], 'cannot open /nonexistent/report.md: ENOENT'],
  ])('fails in one line for %s', async (_what, override, expected) => {
    const args: Record<string, string> = { '--report': path.join(folder, 'report.md'), '--full-report-url': url, '--out': path.join(folder, 'x.md') };
    for (let index = 0; index < override.length; index += 2) args[override[index] ?? ''] = override[index + 1] ?? '';
    const result = await run('comment-body', ...Object.entries(args).flat());
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(expected);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
