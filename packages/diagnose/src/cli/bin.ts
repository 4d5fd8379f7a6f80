#!/usr/bin/env node
/**
 * The `batch-errors-diagnose` executable: the command wired to this process.
 */
import { constants, open as openDescriptor } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { Socket } from 'node:net';
import packageJson from '../../package.json' with { type: 'json' };
import { commandName, runCommand, type Source } from './main.js';

/** Chunks read from files: large, so a list of a million tasks takes few reads. */
const chunkBytes = 1024 * 1024;

/**
 * A file, read in chunks. A named pipe is opened without waiting for a
 * writer (no program ever writing to it would hang the command): what is
 * written to it is read as it comes, and nothing at all reads as empty.
 */
async function openFile(path: string): Promise<Source> {
  const info = await stat(path);
  // A directory is named as such (reading one fails with EISDIR on Linux, but not everywhere).
  if (info.isDirectory()) throw Object.assign(new Error('a directory'), { code: 'EISDIR' });
  if (info.isFIFO()) {
    const descriptor = await new Promise<number>((resolve, reject) =>
      openDescriptor(path, constants.O_RDONLY | constants.O_NONBLOCK, (error, fd) => (error ? reject(error) : resolve(fd))),
    );
    return { chunks: new Socket({ fd: descriptor, readable: true, writable: false }), pipe: true };
  }
  const handle = await open(path, 'r');
  return { chunks: handle.createReadStream({ highWaterMark: chunkBytes }) };
}

/** Standard output, each write awaited: a full disk (`> /dev/full`) or a closed pipe rejects instead of passing unseen. */
function writeStdout(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const failed = (error: Error) => {
      if (settled) return;
      settled = true;
      reject(error);
    };
    process.stdout.once('error', failed);
    try {
      process.stdout.write(text, (error) => {
        process.stdout.off('error', failed);
        if (settled) return;
        settled = true;
        if (error) reject(error);
        else resolve();
      });
    } catch (error) {
      failed(error as Error);
    }
  });
}

// An error on standard output after the command has finished (a reader gone) changes nothing: the exit code is set.
process.stdout.on('error', () => {});

runCommand(process.argv.slice(2), {
  openFile,
  stdin: () => ({ chunks: process.stdin }),
  stdinIsTerminal: process.stdin.isTTY === true,
  stdoutIsTerminal: process.stdout.isTTY === true,
  env: process.env,
  stdout: writeStdout,
  stderr: (text) => {
    process.stderr.write(text);
  },
  version: packageJson.version,
  importBatchClient: () => import('@azure/batch'),
}).then(
  (code) => {
    process.exitCode = code;
    // Standard input may still be open (a list cut short on a pipe that is still being written): do not wait for it.
    process.stdin.destroy();
  },
  (error: unknown) => {
    // Never a stack trace: an error the command did not expect is still one line.
    const reason = (error instanceof Error ? error.message : String(error)).split('\n', 1)[0];
    process.stderr.write(`${commandName}: expected to diagnose the input, found an internal error: ${reason}\n`);
    process.exitCode = 2;
    process.stdin.destroy();
  },
);
