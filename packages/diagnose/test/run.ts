/**
 * The built command line (`dist/cli.js`, `dist/cli.cjs`) as a child process,
 * in a clean environment, ended by SIGKILL when it runs past its time.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const packageFolder = fileURLToPath(new URL('../', import.meta.url));
export const builds = ['dist/cli.js', 'dist/cli.cjs'];

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  /** True when it ran past its time and was killed. */
  killed: boolean;
}

export interface RunOptions {
  /** Written to standard input (a stream is piped); else standard input is closed empty. */
  input?: string | Uint8Array | Readable;
  /** Variables beside PATH (no locale or colour settings of the machine running the tests). */
  env?: Record<string, string>;
  /** Which build (default the ES module one). */
  build?: string;
  /** Milliseconds before it is killed (default 30 s). */
  timeout?: number;
  /** Where standard output goes: a file descriptor (such as that of /dev/full) instead of a pipe. */
  stdoutFd?: number;
  /** Node.js options before the script (`--require`, say). */
  nodeOptions?: string[];
}

/** Runs a build of the command with `args`. */
export function run(args: string[], options: RunOptions = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    // bounded: the timer below kills it with SIGKILL after options.timeout (30 s by default), and says so.
    const child = spawn(process.execPath, [...(options.nodeOptions ?? []), path.join(packageFolder, options.build ?? builds[0] ?? ''), ...args], {
      cwd: packageFolder,
      env: { PATH: process.env['PATH'] ?? '', ...options.env },
      stdio: ['pipe', options.stdoutFd ?? 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, options.timeout ?? 30_000);
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, killed });
    });
    const stdin = child.stdin;
    if (!stdin) return;
    // A command that stops reading early closes its standard input: that is its right.
    stdin.on('error', () => {});
    const input = options.input ?? '';
    if (typeof input === 'string' || input instanceof Uint8Array) stdin.end(input);
    else input.on('error', () => {}).pipe(stdin);
  });
}

/** One line on stderr saying what was expected and what was found, exit 2, nothing on stdout. */
export function expectOneLineProblem(result: Run, found: RegExp): void {
  expect(result.killed).toBe(false);
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expectOneLine(result.stderr, found);
}

/** One line, `batch-errors-diagnose: expected …, found …`, with no stack trace and no raw control character. */
export function expectOneLine(stderr: string, found: RegExp): void {
  expect(stderr).toMatch(/^batch-errors-diagnose: expected .+, found .+\n$/);
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
  expect(stderr.trimEnd()).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  expect(stderr.trimEnd()).toMatch(found);
}
