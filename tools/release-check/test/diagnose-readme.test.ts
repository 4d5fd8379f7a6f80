/**
 * The summary in packages/diagnose/README.md is real: the commands it shows
 * (the synthetic job of tools/bench, then the built command line) are run as
 * written, and what the command prints must be the text the README shows.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const readme = readFileSync(path.join(repoRoot, 'packages/diagnose/README.md'), 'utf8');
let folder = '';

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'batch-errors-diagnose-readme-'));
});
afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

/** Runs node with `args` in the repository, bounded, killed by SIGKILL past its time. */
function node(args: string[]): Promise<{ stdout: string; code: number }> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { cwd: repoRoot, timeout: 60_000, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 * 1024 }, (error, stdout) => {
      const code = error && typeof error.code === 'number' ? error.code : error ? -1 : 0;
      if (error && code === -1) reject(error);
      else resolve({ stdout, code });
    });
  });
}

it('shows what the command prints for the generated job, from the commands it shows', async () => {
  const block =
    /```sh\n(node tools\/bench\/dist\/synthetic-tasks\.js [^\n]*) > job\.json\nnpx batch-errors-diagnose ([^\n]*) job\.json\n```\n\n```text\n([\s\S]*?)```/.exec(
      readme,
    );
  expect(block, 'the README shows the generated job and its summary').not.toBeNull();
  const [, generate = '', options = '', shown = ''] = block ?? [];
  const job = path.join(folder, 'job.json');
  const generated = await node([...generate.replace(/^node /, '').split(' ')]);
  expect(generated.code).toBe(0);
  await writeFile(job, generated.stdout);
  const result = await node([path.join(repoRoot, 'packages/diagnose/dist/cli.js'), ...options.split(' '), job]);
  expect(result.code).toBe(1);
  expect(result.stdout).toBe(shown);
  // A few thousand tasks, as the issue asks, and more than one kind of failure.
  expect(shown).toMatch(/^Job render-job\nTasks: 3,000 read, /);
  expect(shown.match(/^\d+\. /gm)?.length ?? 0).toBeGreaterThan(3);
});
