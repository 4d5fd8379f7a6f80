#!/usr/bin/env node
/**
 * The `batch-errors-diagnose` executable: the command wired to this process.
 */
import { closeSync, constants, open as openDescriptor, readSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import packageJson from '../../package.json' with { type: 'json' };
import { commandName, runCommand, type Source } from './main.js';

/** Chunks read from files: large, so a list of a million tasks takes few reads. */
const chunkBytes = 1024 * 1024;

/** How long a named pipe may go without a writer before it counts as empty. */
const writerGrace = 2000;

/**
 * A file, read in chunks. A named pipe is opened without waiting for a
 * writer (no program ever writing to it would hang the command): one that
 * has no writer within `writerGrace` reads as empty; otherwise what is written
 * to it is read as it comes.
 */
async function openFile(path: string): Promise<Source> {
  const info = await stat(path);
  // A directory is named as such (reading one fails with EISDIR on Linux, but not everywhere).
  if (info.isDirectory()) throw Object.assign(new Error('a directory'), { code: 'EISDIR' });
  if (info.isFIFO()) {
    const descriptor = await new Promise<number>((resolve, reject) =>
      openDescriptor(path, constants.O_RDONLY | constants.O_NONBLOCK, (error, fd) => (error ? reject(error) : resolve(fd))),
    );
    const first = await firstFromPipe(descriptor);
    if (first === undefined) {
      closeSync(descriptor);
      return { chunks: [], pipe: true };
    }
    // Loaded only for a pipe: most runs read a file or standard input.
    const { Socket } = await import('node:net');
    const rest = new Socket({ fd: descriptor, readable: true, writable: false });
    return { chunks: withFirst(first, rest), pipe: true };
  }
  const handle = await open(path, 'r');
  return { chunks: handle.createReadStream({ highWaterMark: chunkBytes }) };
}

/**
 * What a non-blocking named pipe holds first: bytes, an empty array while a
 * writer is there but has written nothing yet, or undefined when no writer
 * came within `writerGrace` (a read then finds the end at once).
 */
async function firstFromPipe(descriptor: number): Promise<Uint8Array | undefined> {
  const buffer = Buffer.alloc(64 * 1024);
  const deadline = Date.now() + writerGrace;
  for (;;) {
    try {
      const count = readSync(descriptor, buffer, 0, buffer.length, null);
      if (count > 0) return buffer.subarray(0, count);
    } catch (error) {
      // EAGAIN: a writer has the pipe open and has not written yet.
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') return new Uint8Array(0);
      throw error;
    }
    if (Date.now() >= deadline) return undefined;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function* withFirst(first: Uint8Array, rest: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> {
  if (first.length > 0) yield first;
  yield* rest;
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
