/**
 * A fault-injection seam for tests: `BATCH_ERRORS_CODEGEN_FAULT=SIGKILL@7`
 * makes the process send itself SIGKILL at the 7th step that changes the
 * disk (a file written, a rename, a removal, the lock taken or given back),
 * `SIGSTOP@7` stops it there until it gets SIGCONT. A real signal, so no
 * `finally` block runs: the disk is left exactly as a crash would leave it.
 * Unset (always, outside tests), every step is a no-op.
 */

/** Called before each step that changes the disk, with a short name of the step. */
export type Step = (name: string) => void;

/** The environment variable read, once, at the start of a write. */
export const faultVariable = 'BATCH_ERRORS_CODEGEN_FAULT';

const faultPattern = /^(SIGKILL|SIGSTOP)@([1-9][0-9]{0,5})$/;

/** The step function for `env`: counts steps and sends the configured signal at the configured one. */
export function faultInjector(env: NodeJS.ProcessEnv): Step {
  const match = faultPattern.exec(env[faultVariable] ?? '');
  if (!match) return () => undefined;
  const signal = match[1] as NodeJS.Signals;
  const at = Number(match[2]);
  let count = 0;
  return () => {
    count++;
    if (count === at) process.kill(process.pid, signal);
  };
}
