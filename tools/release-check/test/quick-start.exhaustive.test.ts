/**
 * A newcomer's first Quick start line prints no warning, the build included:
 * a fresh `git clone` of what is committed, then the README's install-and-build
 * line exactly as written, in a terminal's environment rather than the test
 * runner's. The docs' known defects are reviewed (the build regenerates with
 * `--quiet`), and no tool warns about its own settings.
 * Exhaustive: a whole install and build, run by `test:exhaustive`.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from './commands.js';
import { newcomerEnvironment, quickStartLines, shell } from './scratch-workspace.js';

let folder = '';
afterAll(() => (folder ? rm(folder, { recursive: true, force: true }) : undefined));

/** A line that warns: npm's and pnpm's `WARN`, a diagnostic's `warning:`, a tool's `Warning:` or deprecation notice. */
const warningLine = /\bWARN\b|: warning: |\bWarning: |\bdeprecated\b/i;

describe("a fresh clone's first Quick start line", () => {
  it('installs, regenerates and builds without a warning', async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'batch-errors-quick-start-'));
    const clone = path.join(folder, 'repository');
    await promisify(execFile)('git', ['clone', '--quiet', '--no-hardlinks', repoRoot, clone], { timeout: 120_000, killSignal: 'SIGKILL' });
    const { build } = await quickStartLines();
    const { stdout, stderr } = await shell(clone, build, 900_000, newcomerEnvironment());
    const warnings = `${stdout}\n${stderr}`.split('\n').filter((line) => warningLine.test(line));
    expect(warnings).toEqual([]);
  }, 1_000_000);
});
