/**
 * Running the generator's command line (`batch-errors-codegen`, as this
 * workspace installed it) as a child process with a bound that really ends it.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/** How a run of the generator ended. */
export interface CodegenResult {
  /** The exit code; -1 when it was killed. */
  code: number;
  /** The signal that killed it (at its time limit), if one did. */
  signal?: string;
  stdout: string;
  stderr: string;
}

/** The generator's command line file. */
export function codegenBin(): string {
  const entry = createRequire(import.meta.url).resolve('@batch-errors/codegen');
  return path.join(path.dirname(entry), '..', 'bin', 'batch-errors-codegen.js');
}

/** Runs `batch-errors-codegen <args>` in `cwd`; never throws for the command's own failure. */
export async function runCodegen(args: readonly string[], options: { cwd: string; timeout: number }): Promise<CodegenResult> {
  return execFileAsync(process.execPath, [codegenBin(), ...args], {
    cwd: options.cwd,
    timeout: options.timeout,
    killSignal: 'SIGKILL',
    maxBuffer: 256 * 1024 * 1024,
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code?: number | string; signal?: string | null; stdout?: string; stderr?: string }) => ({
      code: typeof error.code === 'number' ? error.code : -1,
      ...(error.signal ? { signal: error.signal } : {}),
      stdout: error.stdout ?? '',
      stderr: error.stderr ?? '',
    }),
  );
}
