/**
 * Whatever sits where the generator reads (a named pipe, a device, a folder, a
 * symbolic link loop, an unreadable or huge file) is one diagnostic with its
 * place and rule, printed within a second; the run exits 1, writes nothing and
 * shows no stack trace. A symbolic link to a regular file reads like the file.
 */
import { execFile, execFileSync } from 'node:child_process';
import { chmod, cp, mkdir, readdir, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { type Io, main } from '../src/cli.js';
import { maxFileBytes, readRegularFile } from '../src/files.js';
import { maxLockBytes } from '../src/translations.js';
import { docsSource, repoRoot, temporaryFolder } from './helpers.js';

const bin = path.resolve(import.meta.dirname, '../bin/batch-errors-codegen.js');
const page = 'batch-status-and-error-codes.md';
const isRoot = process.getuid?.() === 0;
/** Root ignores file modes; an unprivileged user to run the command as, so that EACCES is real. */
const nobody = 65534;

function mkfifo(target: string): void {
  execFileSync('mkfifo', [target], { timeout: 10_000, killSignal: 'SIGKILL' });
}

/**
 * A workspace (so paths read `docs-source/…` as in the repository) with a copy of the docs
 * and of the committed packages' generated folders, readable by `nobody`.
 */
async function scratch(): Promise<{ docs: string; out: string }> {
  const root = await temporaryFolder();
  await chmod(root, 0o755);
  await writeFile(path.join(root, 'pnpm-workspace.yaml'), '');
  const docs = path.join(root, 'docs-source');
  const out = path.join(root, 'packages');
  await cp(docsSource, docs, { recursive: true });
  for (const name of ['core', 'messages', 'http'])
    await cp(path.join(repoRoot, 'packages', name, 'src/generated'), path.join(out, name, 'src/generated'), { recursive: true });
  return { docs, out };
}

/** Every file under `folder` with its bytes (what "nothing written" is checked against). */
async function snapshot(folder: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name);
    files[path.relative(folder, full)] = entry.isFile() ? await readFile(full, 'utf8') : entry.isDirectory() ? '(folder)' : '(special)';
  }
  return files;
}

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
  milliseconds: number;
}

/** The real command in a child process (a hang would be killed after 20 s and fail the test), optionally as another user. */
async function command(args: string[], uid?: number): Promise<Outcome> {
  const started = performance.now();
  const options = { timeout: 20_000, killSignal: 'SIGKILL' as const, maxBuffer: 16 * 1024 * 1024, ...(uid === undefined ? {} : { uid, gid: uid }) };
  try {
    // bounded: `options` holds a 20 s timeout and SIGKILL.
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args], options);
    return { code: 0, stdout, stderr, milliseconds: performance.now() - started };
  } catch (error) {
    const failed = error as { code: number | null; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr, milliseconds: performance.now() - started };
  }
}

/** The diagnostic lines of a run, without the warnings the real docs carry. */
function errorLines(stderr: string): string[] {
  return stderr.split('\n').filter((line) => line.includes(': error: '));
}

interface Case {
  name: string;
  /** Makes the bad thing in a scratch copy; returns the path the message must name, relative to the scratch root. */
  make: (where: { docs: string; out: string }) => Promise<string>;
  expected: RegExp;
  /** The docs are read the same way by every command; the output folder only by generate and check. */
  commands?: string[];
}

const cases: Case[] = [
  {
    name: 'the lock as a named pipe',
    make: async ({ docs }) => {
      await rm(path.join(docs, 'translations.lock.json'));
      mkfifo(path.join(docs, 'translations.lock.json'));
      return 'docs-source/translations.lock.json';
    },
    expected: /:1:1: error: Expected the translations lock \(a JSON file\), found a named pipe \(FIFO\) \[wrong-file-type\]$/,
  },
  {
    name: 'the lock as a symbolic link loop',
    make: async ({ docs }) => {
      await rm(path.join(docs, 'translations.lock.json'));
      await symlink('translations.lock.json', path.join(docs, 'translations.lock.json'));
      return 'docs-source/translations.lock.json';
    },
    expected: /:1:1: error: Expected the translations lock \(a JSON file\), found a symbolic link loop \(ELOOP\) \[unreadable\]$/,
  },
  {
    name: 'the lock as a folder',
    make: async ({ docs }) => {
      await rm(path.join(docs, 'translations.lock.json'));
      await mkdir(path.join(docs, 'translations.lock.json'));
      return 'docs-source/translations.lock.json';
    },
    expected: /:1:1: error: Expected the translations lock \(a JSON file\), found a folder \[wrong-file-type\]$/,
  },
  {
    name: 'the lock as a symbolic link to /dev/zero',
    make: async ({ docs }) => {
      await rm(path.join(docs, 'translations.lock.json'));
      await symlink('/dev/zero', path.join(docs, 'translations.lock.json'));
      return 'docs-source/translations.lock.json';
    },
    expected: /:1:1: error: Expected the translations lock \(a JSON file\), found a character device \[wrong-file-type\]$/,
  },
  {
    name: 'a lock larger than the limit',
    make: async ({ docs }) => {
      await truncate(path.join(docs, 'translations.lock.json'), maxLockBytes + 1);
      return 'docs-source/translations.lock.json';
    },
    expected: new RegExp(
      `:1:1: error: Expected the translations lock \\(a JSON file\\), found ${maxLockBytes + 1} bytes, more than the limit of ${maxLockBytes} \\[file-too-large\\]$`,
    ),
  },
  {
    name: 'a translated page as a named pipe',
    make: async ({ docs }) => {
      await rm(path.join(docs, 'de-de', page));
      mkfifo(path.join(docs, 'de-de', page));
      return `docs-source/de-de/${page}`;
    },
    expected: /:1:1: error: Expected a Markdown file, found a named pipe \(FIFO\) \[wrong-file-type\]$/,
  },
  {
    name: 'a page as a folder',
    make: async ({ docs }) => {
      await mkdir(path.join(docs, 'en-us', 'notes.md'));
      return 'docs-source/en-us/notes.md';
    },
    expected: /:1:1: error: Expected a Markdown file, found a folder \[wrong-file-type\]$/,
  },
  {
    name: 'a page as a symbolic link loop',
    make: async ({ docs }) => {
      await rm(path.join(docs, 'fr-fr', page));
      await symlink(page, path.join(docs, 'fr-fr', page));
      return `docs-source/fr-fr/${page}`;
    },
    expected: /:1:1: error: Expected a Markdown file, found a symbolic link loop \(ELOOP\) \[unreadable\]$/,
  },
  {
    name: 'a page as a symbolic link to /dev/zero',
    make: async ({ docs }) => {
      await rm(path.join(docs, 'ja-jp', page));
      await symlink('/dev/zero', path.join(docs, 'ja-jp', page));
      return `docs-source/ja-jp/${page}`;
    },
    expected: /:1:1: error: Expected a Markdown file, found a character device \[wrong-file-type\]$/,
  },
  {
    name: 'a page larger than the limit',
    make: async ({ docs }) => {
      await truncate(path.join(docs, 'en-us', page), maxFileBytes + 100);
      return `docs-source/en-us/${page}`;
    },
    expected: new RegExp(
      `:1:1: error: Expected a Markdown file, found ${maxFileBytes + 100} bytes, more than the limit of ${maxFileBytes} \\[file-too-large\\]$`,
    ),
  },
  {
    name: 'a locale folder as a symbolic link loop',
    make: async ({ docs }) => {
      await symlink('xx-yy', path.join(docs, 'xx-yy'));
      return 'docs-source/xx-yy';
    },
    expected: /:1:1: error: Expected a locale folder, found a symbolic link loop \(ELOOP\) \[unreadable\]$/,
  },
  {
    name: 'a locale folder as a named pipe',
    make: async ({ docs }) => {
      mkfifo(path.join(docs, 'it-it'));
      return 'docs-source/it-it';
    },
    expected: /:1:1: error: Expected a locale folder, found a named pipe \(FIFO\) \[wrong-file-type\]$/,
  },
  {
    name: 'a generated file as a named pipe',
    make: async ({ out }) => {
      await rm(path.join(out, 'core/src/generated/codes.ts'));
      mkfifo(path.join(out, 'core/src/generated/codes.ts'));
      return 'packages/core/src/generated/codes.ts';
    },
    expected: /:1:1: error: Expected a generated file the generator may replace, found a named pipe \(FIFO\) \[wrong-file-type\]$/,
    commands: ['generate', 'check'],
  },
  {
    name: 'a generated file as a symbolic link loop',
    make: async ({ out }) => {
      await rm(path.join(out, 'http/src/generated/statuses.ts'));
      await symlink('statuses.ts', path.join(out, 'http/src/generated/statuses.ts'));
      return 'packages/http/src/generated/statuses.ts';
    },
    expected: /:1:1: error: Expected a generated file the generator may replace, found a symbolic link loop \(ELOOP\) \[unreadable\]$/,
  },
];

describe('a file that is not one', () => {
  it.each(cases.map((testCase) => [testCase.name, testCase] as const))('%s is one diagnostic at its place, and nothing is written', async (_name, testCase) => {
    for (const name of testCase.commands ?? ['generate']) {
      const where = await scratch();
      const named = await testCase.make(where);
      const before = await snapshot(path.dirname(where.docs));
      const result = await runInProcess(where, name);
      expect(result.code, result.stderr).toBe(1);
      const errors = errorLines(result.stderr);
      expect(errors).toHaveLength(1);
      expect(errors[0]?.startsWith(`${named}:1:1: error: `), errors[0]).toBe(true);
      expect(errors[0]).toMatch(testCase.expected);
      expect(result.stderr).toMatch(/nothing was written\.\n$/);
      expect(await snapshot(path.dirname(where.docs))).toEqual(before);
    }
  });

  it.each(
    cases.filter((testCase) =>
      ['the lock as a named pipe', 'the lock as a symbolic link to /dev/zero', 'a translated page as a named pipe'].includes(testCase.name),
    ),
  )('the command itself, given $name, prints the line and exits 1 within seconds, no stack trace', async (testCase) => {
    const where = await scratch();
    const named = await testCase.make(where);
    const result = await command(['generate', '--docs', where.docs, '--packages', where.out]);
    expect(result.code).toBe(1);
    expect(errorLines(result.stderr)).toEqual([expect.stringMatching(testCase.expected)]);
    expect(errorLines(result.stderr)[0]).toContain(named);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    // Node.js start, the model and the report take a few seconds on a busy machine; a hang or a 677 MB read would not end.
    expect(result.milliseconds).toBeLessThan(15_000);
  });

  it.each([
    ['a named pipe', (target: string) => mkfifo(target)],
    ['a folder', (target: string) => execFileSync('mkdir', [target], { timeout: 10_000, killSignal: 'SIGKILL' })],
  ])('reads %s in well under a second, whatever is (not) writing to it', async (_name, make) => {
    const target = path.join(await temporaryFolder(), 'x.md');
    make(target);
    const started = performance.now();
    const read = await readRegularFile(target);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(read).toMatchObject({ kind: 'problem', problem: { rule: 'wrong-file-type' } });
  });

  it('reports a missing docs folder instead of crashing', async () => {
    const root = await temporaryFolder();
    const result = await command(['generate', '--docs', path.join(root, 'nowhere'), '--packages', path.join(root, 'out')]);
    expect(result.code).toBe(1);
    expect(errorLines(result.stderr)).toEqual([
      expect.stringMatching(/nowhere:1:1: error: Expected a docs folder with one folder per locale, found nothing there \[unreadable\]$/),
    ]);
    expect(await readdir(root)).toEqual([]);
  });
});

/**
 * Permission denied: root reads anything, so as root the command runs as `nobody`
 * (uid 65534) on files it may not read; as any other user, in this process.
 */
describe('a file or folder the user may not read', () => {
  const canDrop =
    isRoot &&
    execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.getuid()))'], {
      uid: nobody,
      gid: nobody,
      timeout: 10_000,
      killSignal: 'SIGKILL',
    }).toString() === String(nobody);
  if (isRoot && !canDrop) console.warn('files.test.ts: running as root and cannot run a command as uid 65534: the EACCES cases are skipped.');

  it.skipIf(isRoot && !canDrop).each([
    ['a translated page', 'de-de/batch-status-and-error-codes.md', 'a Markdown file'],
    ['a locale folder', 'es-es', 'a locale folder it can list'],
  ])('%s is reported with EACCES and its place', async (_name, relative, expected) => {
    const where = await scratch();
    const target = path.join(where.docs, relative);
    await chmod(target, 0o000);
    const before = await snapshot(where.out);
    const result = isRoot ? await command(['check', '--docs', where.docs, '--packages', where.out], nobody) : await runInProcess(where);
    await chmod(target, 0o755);
    expect(result.code).toBe(1);
    expect(errorLines(result.stderr)).toEqual([`docs-source/${relative}:1:1: error: Expected ${expected}, found permission denied (EACCES) [unreadable]`]);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(await snapshot(where.out)).toEqual(before);
  });
});

async function runInProcess(where: { docs: string; out: string }, name = 'check'): Promise<Outcome> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: Io = { stdout: (text) => stdout.push(text), stderr: (text) => stderr.push(text) };
  const started = performance.now();
  const code = await main([name, '--docs', where.docs, '--packages', where.out], io);
  return { code, stdout: stdout.join('\n'), stderr: `${stderr.join('\n')}\n`, milliseconds: performance.now() - started };
}

describe('symbolic links to regular files', () => {
  it.each([
    ['a translated page', `de-de/${page}`],
    ['a locale folder', 'de-de'],
    ['the lock', 'translations.lock.json'],
  ])('%s as a symbolic link reads like the file: German stays in the packages', async (_name, relative) => {
    const where = await scratch();
    const elsewhere = path.join(path.dirname(where.docs), 'elsewhere', path.basename(relative));
    await mkdir(path.dirname(elsewhere), { recursive: true });
    await cp(path.join(where.docs, relative), elsewhere, { recursive: true });
    await rm(path.join(where.docs, relative), { recursive: true });
    await symlink(elsewhere, path.join(where.docs, relative));
    // The generated files are the committed ones, German included: nothing to write.
    const result = await runInProcess(where);
    expect(result).toMatchObject({ code: 0, stdout: expect.stringMatching(/^batch-errors-codegen: \d+ generated files up to date\.$/) });
    expect(errorLines(result.stderr)).toEqual([]);
    expect(await readFile(path.join(where.out, 'messages/src/generated/locales.ts'), 'utf8')).toContain('"de-de"');
  });
});
