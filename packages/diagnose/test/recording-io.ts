/**
 * The command's process, stood in for in this one: what it prints is recorded,
 * and it has no files, no standard input, no terminal and no official client
 * unless a test gives it them.
 */
import type { CommandIo } from '../src/cli/main.js';

export type RecordingIo = CommandIo & { out: string[]; err: string[] };

export function recordingIo(overrides: Partial<CommandIo> = {}): RecordingIo {
  const out: string[] = [];
  const err: string[] = [];
  return {
    openFile: () => Promise.reject(new Error('no files here')),
    stdin: () => ({ chunks: [] }),
    stdinIsTerminal: false,
    stdoutIsTerminal: false,
    env: {},
    stdout: (text) => {
      out.push(text);
    },
    stderr: (text) => {
      err.push(text);
    },
    version: '0.0.0',
    importBatchClient: () => Promise.reject(Object.assign(new Error('Cannot find package'), { code: 'ERR_MODULE_NOT_FOUND' })),
    ...overrides,
    out,
    err,
  };
}
