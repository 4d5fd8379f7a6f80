/**
 * The command line on many items: lists as `az … list -o json` prints them,
 * REST list pages, JSON Lines; the grouped summary as text, `--json`
 * (`--items`) and `--ndjson`; and what it does with input it cannot read to
 * its end, or at all, and output it cannot write. The built command runs as a
 * child process, with files, pipes and standard input.
 */
import { existsSync, openSync, closeSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BatchTask, type Diagnosis, diagnoseNode, diagnoseTask, type Finding, formatSummary, summarize } from '../src/index.js';
import { fixture } from './fixture.js';
import { builds, expectOneLine, expectOneLineProblem, run } from './run.js';

let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'batch-errors-diagnose-lists-'));
});
afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const target = path.join(folder, name);
  await writeFile(target, content);
  return target;
}

/** A job's tasks as az prints them: some failed with exit code 1 on two nodes, one with a missing blob, the rest succeeded. */
const tasks: BatchTask[] = Array.from({ length: 40 }, (_unused, index) => {
  const id = `frame-${index}`;
  const url = `https://acct.westeurope.batch.azure.com/jobs/render/tasks/${id}`;
  if (index % 10 === 3)
    return {
      id,
      url,
      state: 'completed',
      executionInfo: {
        result: 'failure',
        exitCode: 1,
        endTime: `2026-11-20T08:${String(index).padStart(2, '0')}:00+00:00`,
        failureInfo: { category: 'usererror', code: 'FailureExitCode' },
      },
      nodeInfo: { nodeId: index < 20 ? 'tvm-a' : 'tvm-b' },
    };
  if (index === 17)
    return {
      id,
      url,
      state: 'completed',
      executionInfo: { result: 'failure', failureInfo: { category: 'usererror', code: 'BlobNotFound' } },
      nodeInfo: { nodeId: 'tvm-a' },
    };
  return { id, url, state: 'completed', executionInfo: { result: 'success', exitCode: 0 } };
});
const azList = JSON.stringify(tasks, null, 2);
const findingsOf = (items: readonly unknown[]) => items.flatMap((item) => diagnoseTask(item as BatchTask).findings);

describe.each(builds)('%s', (build) => {
  it('summarizes a list as az prints it: grouped, exit 1 for failures', async () => {
    const result = await run(['--examples', '2', await file(`az-${build.replace(/\W/g, '')}.json`, azList)], { build });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(formatSummary(summarize(tasks, { examples: 2 })));
    expect(result.stdout).toMatch(
      /^Job render\nTasks: 40 read, 5 with a failure \(12\.5%\)\n\n1\. task-exit-code · FailureExitCode · exit code 1 · Tasks: 4 \(10%\)\n/,
    );
    expect(result.code).toBe(1);
  });

  it('prints the summary as JSON, with each failed item’s diagnosis behind --items', async () => {
    const plain = await run(['--json'], { input: azList, build });
    expect(JSON.parse(plain.stdout)).toEqual(JSON.parse(JSON.stringify(summarize(tasks))));
    const withItems = await run(['--json', '--items'], { input: azList, build });
    const parsed = JSON.parse(withItems.stdout) as { items: Diagnosis[]; schemaVersion: number };
    expect(parsed.schemaVersion).toBe(1);
    expect(parsed.items).toEqual(JSON.parse(JSON.stringify(tasks.map((task) => diagnoseTask(task)).filter((diagnosis) => diagnosis.findings.length > 0))));
    const { items: _items, ...rest } = parsed;
    expect(rest).toEqual(JSON.parse(plain.stdout));
  });

  it('streams one finding a line with --ndjson', async () => {
    const result = await run(['--ndjson'], { input: azList, build });
    expect(
      result.stdout
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as Finding),
    ).toEqual(JSON.parse(JSON.stringify(findingsOf(tasks))));
    expect(result.code).toBe(1);
  });
});

describe('shapes', () => {
  it('reads REST list pages one after another, and JSON Lines, as the same list', async () => {
    const pages = [tasks.slice(0, 15), tasks.slice(15)]
      .map((value, index) => JSON.stringify({ 'odata.metadata': 'm', value, ...(index === 0 ? { 'odata.nextLink': 'n' } : {}) }))
      .join('\n');
    const lines = tasks.map((task) => JSON.stringify(task)).join('\n');
    const expected = formatSummary(summarize(tasks));
    for (const input of [pages, lines]) expect((await run([], { input })).stdout).toBe(expected);
  });

  it('says "no tasks" for an empty list, exit 0; a list with no failure, exit 0', async () => {
    expect(await run([], { input: '[]' })).toMatchObject({ code: 0, stdout: 'No tasks, jobs, pools or nodes in the input.\n', stderr: '' });
    expect(await run([], { input: '{"value": []}' })).toMatchObject({ code: 0, stdout: 'No tasks, jobs, pools or nodes in the input.\n' });
    const fine = await run([], { input: JSON.stringify([tasks[0], tasks[1]]) });
    // The job is named by failed tasks (or --job-id): here none failed.
    expect(fine).toMatchObject({ code: 0, stdout: 'Tasks: 2 read, 0 with a failure (0%)\nNo failure found.\n' });
  });

  it('gives preparation and release statuses their job (--job-id) and nodes their pool (--pool-id)', async () => {
    const statuses = (fixture('job-preparation-failed.status') as { value: unknown[] }).value;
    const byJob = await run(['--job-id', 'stuck-job'], { input: JSON.stringify(statuses) });
    expect(byJob.stdout).toContain('Job stuck-job\n');
    expect(byJob.stdout).toContain('The job preparation task of job stuck-job failed on node');
    expect(byJob.stdout).not.toContain('job ?');
    const { url: _url, ...node } = fixture('node-disk-full') as Record<string, unknown>;
    const byPool = await run(['--json', '--pool-id', 'render-pool'], { input: JSON.stringify([node, node]) });
    const summary = JSON.parse(byPool.stdout) as { poolId: string; groups: { finding: Finding }[] };
    expect(summary.poolId).toBe('render-pool');
    expect(summary.groups[0]?.finding).toEqual(JSON.parse(JSON.stringify(diagnoseNode(node as never, { poolId: 'render-pool' }).findings[0])));
  });

  it('reads a file PowerShell wrote without a byte order mark (UTF-16)', async () => {
    const result = await run([await file('utf16.json', Buffer.from(azList, 'utf16le'))]);
    expect(result.stdout).toBe(formatSummary(summarize(tasks)));
  });
});

describe('input it cannot read to its end, or at all', () => {
  it('prints what it read of a truncated file, marked partial, and exits 2 with one line', async () => {
    const cut = azList.slice(0, azList.indexOf('"frame-20"'));
    for (const json of [false, true]) {
      const result = await run([...(json ? ['--json'] : []), await file('cut.json', cut)]);
      expect(result.code).toBe(2);
      expectOneLine(
        result.stderr,
        /expected the rest of the JSON in ".*cut\.json", found the end of the input inside a value at byte \d+, line \d+; the summary covers the 20 items read before$/,
      );
      if (json) expect(JSON.parse(result.stdout)).toMatchObject({ partial: true, counts: [{ kind: 'task', read: 20 }] });
      else expect(result.stdout).toMatch(/^Partial: the input could not be read to its end, so only what was read is counted\.\nJob render\nTasks: 20 read/);
    }
  });

  it('names the byte offset and line of garbage in the middle of a list', async () => {
    const at = azList.indexOf('  {', azList.indexOf('"frame-30"') - 40);
    const broken = `${azList.slice(0, at)}  garbage,\n${azList.slice(at)}`;
    const result = await run([await file('garbage.json', broken)]);
    expect(result.code).toBe(2);
    const line = broken.slice(0, at).split('\n').length;
    expectOneLine(
      result.stderr,
      new RegExp(`found "g", which JSON does not allow there at byte ${at + 2}, line ${line}; the summary covers the 30 items read before$`),
    );
    expect(result.stdout).toMatch(/^Partial: /);
  });

  it.each<[string, () => Promise<{ args: string[]; input?: string | Uint8Array | Readable }>, RegExp]>([
    [
      '100,000-deep nesting',
      async () => ({ args: [], input: '['.repeat(100_000) }),
      /found values nested more than 64 deep \(the most a Batch document needs is about 10\) at byte 64, line 1$/,
    ],
    [
      'a 2 GB file of one string (it stops at the item limit)',
      async () => {
        let sent = 0;
        const chunk = Buffer.alloc(1 << 20, 0x61);
        const stream = new Readable({
          read() {
            if (sent === 0) this.push('"');
            sent += 1;
            this.push(sent > 2048 ? null : chunk);
          },
        });
        return { args: [], input: stream };
      },
      /found a value of more than 64 MiB from byte 0 \(one item may be at most that\) at byte \d+, line 1$/,
    ],
    ['a directory', async () => ({ args: [folder] }), /found a directory$/],
    [
      'raw control characters in a string',
      async () => ({ args: [], input: '{"id": "\u001b]0;title\u0007"}' }),
      /found the control character "\\u001b", which JSON does not allow there at byte 8, line 1$/,
    ],
  ])('%s: one line, exit 2', async (_name, prepare, found) => {
    const { args, input } = await prepare();
    expectOneLineProblem(await run(args, input === undefined ? {} : { input }), found);
  });

  it('reads a named pipe as it is written, and one no program writes to as empty, without hanging', async () => {
    const fifo = path.join(folder, 'pipe');
    try {
      execFileSync('mkfifo', [fifo], { timeout: 5000, killSignal: 'SIGKILL' });
    } catch {
      console.warn('skipped: mkfifo is not available here');
      return;
    }
    const started = Date.now();
    expectOneLineProblem(await run([fifo], { timeout: 15_000 }), /expected a JSON document in ".*pipe", found a named pipe that no program wrote to$/);
    expect(Date.now() - started).toBeLessThan(10_000);
    const reading = run([fifo], { timeout: 15_000 });
    // A writer that comes a moment later, as a program started beside it does.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await writeFile(fifo, JSON.stringify(tasks.slice(0, 4)));
    const result = await reading;
    expect(result.stdout).toBe(formatSummary(summarize(tasks.slice(0, 4))));
  });
});

describe('what it prints', () => {
  const hostile = {
    id: 'frame\u001b]0;owned\u0007\n2. FAKE\u009b2J\u202e',
    executionInfo: { result: 'failure', exitCode: 1, failureInfo: { code: 'FailureExitCode', message: 'bad\u0000\u001b[31m' } },
    nodeInfo: { nodeId: 'node\r\u2028x' },
  };

  it('escapes control characters from the input in text, in a summary and alone', async () => {
    for (const input of [JSON.stringify(hostile), JSON.stringify([hostile, hostile])]) {
      const result = await run([], { input });
      expect(result.code).toBe(1);
      expect(result.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e]/);
      expect(result.stdout).toContain('frame\\u001b]0;owned\\u0007\\n2. FAKE\\u009b2J\\u202e');
      expect(result.stdout).not.toMatch(/^2\. FAKE/m);
    }
  });

  it('escapes them in JSON too, which still reads as the same values', async () => {
    for (const args of [['--json'], ['--ndjson']]) {
      const result = await run(args, { input: JSON.stringify([hostile]) });
      expect(result.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e]/);
      expect(result.stdout).toContain('\\u009b2J\\u202e');
    }
    const summary = JSON.parse((await run(['--json'], { input: JSON.stringify([hostile]) })).stdout) as { groups: { examples: string[] }[] };
    expect(summary.groups[0]?.examples).toEqual([hostile.id]);
  });

  it('fails with one line when standard output cannot be written (a full disk)', async () => {
    if (!existsSync('/dev/full')) {
      console.warn('skipped: no /dev/full here');
      return;
    }
    const full = openSync('/dev/full', 'w');
    try {
      for (const args of [[], ['--json'], ['--ndjson']]) {
        const result = await run(args, { input: azList, stdoutFd: full });
        expect(result.code).toBe(2);
        expectOneLine(result.stderr, /^batch-errors-diagnose: expected to write to standard output, found no space left on the device \(ENOSPC\)$/);
      }
    } finally {
      closeSync(full);
    }
  });
});
