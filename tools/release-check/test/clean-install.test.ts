/**
 * A newcomer's first install prints no warning: a fresh `git clone` of this
 * repository (what is committed), then the Quick start's `pnpm install
 * --frozen-lockfile` (offline, from the store this machine's install filled).
 * A bin that points at a file the build makes (`WARN Failed to create bin`)
 * is what this caught.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pnpm, repoRoot } from './commands.js';

const execFileAsync = promisify(execFile);

let folder = '';
let clone = '';
let install: { code: number; output: string } | undefined;
let cannotRun = '';

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'batch-errors-clean-install-'));
  clone = path.join(folder, 'repository');
  try {
    await execFileAsync('git', ['clone', '--quiet', '--no-hardlinks', repoRoot, clone], { timeout: 120_000, killSignal: 'SIGKILL' });
  } catch (error) {
    cannotRun = `git clone of the repository failed: ${(error as Error).message.split('\n')[0]}`;
    return;
  }
  const [command, prefix] = pnpm();
  // A clean environment for pnpm: none of the variables of the pnpm running these tests.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(npm_|PNPM_|NODE_OPTIONS$|VITEST)/i.test(name)));
  install = await execFileAsync(command, [...prefix, 'install', '--frozen-lockfile', '--offline'], {
    cwd: clone,
    env: { ...env, CI: 'true' },
    timeout: 300_000,
    killSignal: 'SIGKILL',
    maxBuffer: 64 * 1024 * 1024,
  }).then(
    ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
    (error: { code?: number; signal?: string; stdout?: string; stderr?: string }) => ({
      code: typeof error.code === 'number' ? error.code : -1,
      output: `${error.signal ? `killed by ${error.signal}\n` : ''}${error.stdout ?? ''}${error.stderr ?? ''}`,
    }),
  );
  // Offline, an install can only fail for a package the store lacks: that is this machine, not the repository.
  if (install.code !== 0 && /ERR_PNPM_NO_OFFLINE|ERR_PNPM_NO_OFFLINE_TARBALL|killed by/.test(install.output)) {
    cannotRun = `the offline install could not run here: ${install.output.trim().split('\n').at(-1)}`;
  }
}, 420_000);

afterAll(() => (folder ? rm(folder, { recursive: true, force: true }) : undefined));

describe('a fresh clone', () => {
  it('installs with the Quick start command and prints no warning', (context) => {
    if (cannotRun) {
      console.warn(`clean-install.test.ts: ${cannotRun}; skipped.`);
      context.skip();
    }
    expect(install?.code, install?.output).toBe(0);
    const warnings = (install?.output ?? '').split('\n').filter((line) => /\bWARN\b/.test(line));
    expect(warnings).toEqual([]);
  });

  it('links the diagnose bin before the build, and it says the build is missing', async (context) => {
    if (cannotRun) context.skip();
    const bin = path.join(clone, 'tools/release-check/node_modules/.bin/batch-errors-diagnose');
    expect(existsSync(bin)).toBe(true);
    const result = await execFileAsync(bin, ['--version'], { cwd: clone, timeout: 30_000, killSignal: 'SIGKILL' }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code?: number; stderr?: string }) => ({ code: error.code, stderr: error.stderr ?? '' }),
    );
    expect(result).toEqual({ code: 1, stderr: 'batch-errors-diagnose: not built yet; run `pnpm build` in the repository first.\n' });
  });
});
