/**
 * Reading files and folders without trusting them: a named pipe, a device,
 * a folder, a symbolic link loop, an unreadable or huge file is a problem
 * with a rule id and a one-line description, never a hang, a crash or an
 * unbounded read. Files are opened non-blocking and checked with `fstat` on
 * the opened descriptor (no stat-then-open race); a symbolic link to a
 * regular file reads like the file.
 */
import { constants, type Dirent, type Stats } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import type { RuleId } from './diagnostics.js';

/** Why a path could not be read, as a rule and the "found …" half of a message. */
export interface FileProblem {
  rule: Extract<RuleId, 'unreadable' | 'wrong-file-type' | 'file-too-large'>;
  found: string;
}

export type FileRead = { kind: 'read'; bytes: Buffer } | { kind: 'missing' } | { kind: 'problem'; problem: FileProblem };

export type FolderRead = { kind: 'listed'; entries: Dirent[] } | { kind: 'missing' } | { kind: 'problem'; problem: FileProblem };

/** 16 MiB: far above any page or lock the docs have (the largest benchmark page is about 7 MB). */
export const maxFileBytes = 16 * 1024 * 1024;

/** `O_NONBLOCK` makes opening a named pipe with no writer return at once; Windows has no such flag and no FIFOs. */
const openFlags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** Reads a regular file (following symbolic links) of at most `maxBytes`; anything else is a problem. */
export async function readRegularFile(filePath: string, maxBytes = maxFileBytes): Promise<FileRead> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(filePath, openFlags);
  } catch (error) {
    return failure(error);
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) return { kind: 'problem', problem: { rule: 'wrong-file-type', found: describeKind(stats) } };
    if (stats.size > maxBytes) return { kind: 'problem', problem: tooLarge(stats.size, maxBytes) };
    // The size can change after fstat, and some regular files (in /proc) report 0: read at most one byte past the limit.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(stats.size - total, 64 * 1024), maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) return { kind: 'problem', problem: tooLarge(total, maxBytes, true) };
    }
    return { kind: 'read', bytes: Buffer.concat(chunks, total) };
  } catch (error) {
    return failure(error);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Lists a folder (following a symbolic link to it); a file, a loop or a folder it may not read is a problem. */
export async function listFolder(folderPath: string): Promise<FolderRead> {
  try {
    return { kind: 'listed', entries: await readdir(folderPath, { withFileTypes: true }) };
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOTDIR') {
      const found = await stat(folderPath).then(describeKind, () => 'something that is not a folder');
      return { kind: 'problem', problem: { rule: 'wrong-file-type', found } };
    }
    return failure(error);
  }
}

/** What a folder entry is once symbolic links are followed; a special file, or a link that leads nowhere or loops, is a problem. */
export async function resolvedKind(entryPath: string, entry: Dirent): Promise<'folder' | 'file' | FileProblem> {
  let target: Stats | Dirent = entry;
  if (entry.isSymbolicLink()) {
    try {
      target = await stat(entryPath);
    } catch (error) {
      const read = failure(error);
      return read.kind === 'problem' ? read.problem : { rule: 'unreadable', found: 'a symbolic link to nothing' };
    }
  }
  if (target.isDirectory()) return 'folder';
  if (target.isFile()) return 'file';
  return { rule: 'wrong-file-type', found: describeKind(target) };
}

/** `a named pipe (FIFO)`, `a folder`, …: what a path is, for "found …". */
export function describeKind(stats: Stats | Dirent): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  if (stats.isSymbolicLink()) return 'a symbolic link';
  return stats.isFile() ? 'a regular file' : 'something that is not a regular file';
}

/** The `code` of a Node.js system error, or undefined. */
export function errorCode(error: unknown): string | undefined {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
}

/** `permission denied (EACCES)`: a system error as the "found …" half of a message. */
export function describeError(error: unknown): string {
  const code = errorCode(error);
  const known: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    ELOOP: 'a symbolic link loop',
    EISDIR: 'a folder',
    ENOTDIR: 'a path through something that is not a folder',
    ENXIO: 'a socket or a device with nothing behind it',
    ENAMETOOLONG: 'a name too long for the file system',
    EIO: 'an input/output error',
    ENOSPC: 'no space left on the device',
    EROFS: 'a read-only file system',
    EMFILE: 'too many open files',
    ENOENT: 'nothing',
  };
  if (code === undefined) return error instanceof Error ? error.message : String(error);
  return `${known[code] ?? 'a system error'} (${code})`;
}

function failure(error: unknown): { kind: 'missing' } | { kind: 'problem'; problem: FileProblem } {
  const code = errorCode(error);
  if (code === 'ENOENT') return { kind: 'missing' };
  if (code === 'EISDIR') return { kind: 'problem', problem: { rule: 'wrong-file-type', found: 'a folder' } };
  return { kind: 'problem', problem: { rule: 'unreadable', found: describeError(error) } };
}

function tooLarge(size: number, maxBytes: number, growing = false): FileProblem {
  const found = growing ? `more than ${maxBytes} bytes (the limit) while reading it` : `${size} bytes, more than the limit of ${maxBytes}`;
  return { rule: 'file-too-large', found };
}
