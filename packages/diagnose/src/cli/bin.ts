#!/usr/bin/env node
/**
 * The `batch-errors-diagnose` executable: the command wired to this process.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import packageJson from '../../package.json' with { type: 'json' };
import { commandName, InputTooLarge, runCommand } from './main.js';

/** Reads a stream to its end, failing once it passes `limit` bytes. */
async function readAll(stream: Readable, limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      stream.destroy();
      throw new InputTooLarge();
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

// A reader that stops early (`| head`) closes the pipe: that is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

runCommand(process.argv.slice(2), {
  async readFile(path, limit) {
    // A directory is named as such (reading one fails with EISDIR on Linux, but not everywhere).
    if ((await stat(path)).isDirectory()) throw Object.assign(new Error('a directory'), { code: 'EISDIR' });
    return readAll(createReadStream(path), limit);
  },
  readStdin: (limit) => readAll(process.stdin, limit),
  stdinIsTerminal: process.stdin.isTTY === true,
  stdoutIsTerminal: process.stdout.isTTY === true,
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  version: packageJson.version,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Never a stack trace: an error the command did not expect is still one line.
    const reason = (error instanceof Error ? error.message : String(error)).split('\n', 1)[0];
    process.stderr.write(`${commandName}: expected to diagnose the document, found an internal error: ${reason}\n`);
    process.exitCode = 2;
  },
);
