/**
 * The pages of the docs folder (`<docs>/<locale>/<page>.md`) as vfiles.
 * Bytes are decoded as strict UTF-8; a file that is not is reported with the
 * byte offset of the first bad sequence and given no text.
 */
import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { recordProblem } from './diagnostics.js';
import { type FileProblem, listFolder, readRegularFile, resolvedKind } from './files.js';

/** A Markdown page of the docs folder. */
export interface DocsPage {
  /** Folder name, lower case (`en-us`). */
  locale: string;
  fileName: string;
  /** The page's text (without byte order mark) and, later, its messages. */
  file: VFile;
  /** False when the file could not be read or decoded; `file.value` is then empty. */
  readable: boolean;
  /** sha256 of the file's bytes as read (byte order mark included), hex. */
  sha256: string;
}

/** The pages of a docs folder, and folders that could not be read (each a file carrying its message). */
export interface DocsPages {
  pages: DocsPage[];
  problems: VFile[];
}

const localeFolderPattern = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/;

/**
 * Reads every `<locale>/*.md` file, sorted by locale then name (code-point
 * order). Symbolic links are followed; anything named like a locale folder or
 * a page that is not one (a file, a pipe, a loop, an unreadable folder) is
 * reported where it is, never skipped in silence.
 */
export async function readPages(docsDir: string, label: string): Promise<DocsPages> {
  const problems: VFile[] = [];
  const problemAt = (where: string, expected: string, problem: FileProblem) => {
    const file = new VFile({ path: where });
    recordProblem(file, problem.rule, { line: 1, column: 1 }, `Expected ${expected}, found ${problem.found}`);
    problems.push(file);
  };
  const top = await listFolder(docsDir);
  if (top.kind !== 'listed') {
    const problem = top.kind === 'missing' ? ({ rule: 'unreadable', found: 'nothing there' } as const) : top.problem;
    problemAt(label, 'a docs folder with one folder per locale', problem);
    return { pages: [], problems };
  }
  const locales: string[] = [];
  for (const entry of top.entries.filter((candidate) => localeFolderPattern.test(candidate.name))) {
    const kind = await resolvedKind(path.join(docsDir, entry.name), entry);
    if (kind === 'folder') locales.push(entry.name);
    else problemAt(`${label}/${entry.name}`, 'a locale folder', kind === 'file' ? { rule: 'wrong-file-type', found: 'a file' } : kind);
  }
  locales.sort(compareCodePoints);

  const pages: DocsPage[] = [];
  for (const locale of locales) {
    const listed = await listFolder(path.join(docsDir, locale));
    if (listed.kind !== 'listed') {
      const problem = listed.kind === 'missing' ? ({ rule: 'unreadable', found: 'nothing there' } as const) : listed.problem;
      problemAt(`${label}/${locale}`, 'a locale folder it can list', problem);
      continue;
    }
    const fileNames = listed.entries
      .filter((entry) => entry.name.endsWith('.md'))
      .map((entry) => entry.name)
      .sort(compareCodePoints);
    // The pages of a locale are read at once (waiting on the disk is most of it), kept in name order.
    const reads = await Promise.all(fileNames.map((fileName) => readRegularFile(path.join(docsDir, locale, fileName))));
    reads.forEach((read, index) => {
      const fileName = fileNames[index] ?? '';
      const where = { locale, fileName, path: `${label}/${locale}/${fileName}` };
      if (read.kind === 'read') pages.push(decodePage(read.bytes, where));
      else pages.push(unreadablePage(where, read.kind === 'missing' ? { rule: 'unreadable', found: 'a symbolic link to nothing' } : read.problem));
    });
  }
  return { pages, problems };
}

/** A page that could not be read, carrying the reason at 1:1. */
function unreadablePage(where: { locale: string; fileName: string; path: string }, problem: FileProblem): DocsPage {
  const file = new VFile({ path: where.path, value: '' });
  recordProblem(file, problem.rule, { line: 1, column: 1 }, `Expected a Markdown file, found ${problem.found}`);
  return { locale: where.locale, fileName: where.fileName, file, readable: false, sha256: '' };
}

/** Decodes one page's bytes, reporting encoding problems on the returned file. */
export function decodePage(bytes: Uint8Array, where: { locale: string; fileName: string; path: string }): DocsPage {
  const file = new VFile({ path: where.path, value: '' });
  const page: DocsPage = { locale: where.locale, fileName: where.fileName, file, readable: false, sha256: createHash('sha256').update(bytes).digest('hex') };
  const badOffset = firstInvalidUtf8Offset(bytes);
  if (badOffset !== undefined) {
    const shown = Array.from(bytes.subarray(badOffset, badOffset + 4), (byte) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`);
    recordProblem(
      file,
      'invalid-utf8',
      pointAtByte(bytes, badOffset),
      `Expected UTF-8 text, found an invalid byte sequence at byte offset ${badOffset} (${shown.join(' ')}); save the file as UTF-8`,
    );
    return page;
  }
  // TextDecoder drops a leading byte order mark, which some revisions have.
  const text = new TextDecoder('utf-8').decode(bytes);
  file.value = text;
  if (text.trim() === '') {
    recordProblem(file, 'empty-file', { line: 1, column: 1 }, 'Expected a Markdown page, found an empty file');
    return page;
  }
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    recordProblem(file, 'not-markdown', pointAtOffset(text, nul), `Expected a Markdown text file, found a NUL character at offset ${nul} (a binary file?)`);
    return page;
  }
  page.readable = true;
  return page;
}

/** The offset of the first byte where strict UTF-8 decoding fails, or undefined when the bytes are valid. */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number | undefined {
  if (isUtf8(bytes)) return undefined;
  // The lenient decoder turns each bad sequence into U+FFFD; walking its output
  // while counting bytes finds the first replacement that was not in the file.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  let offset = 0;
  for (const character of text) {
    const codePoint = character.codePointAt(0) ?? 0;
    const isEncodedReplacement = bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd;
    if (codePoint === 0xfffd && !isEncodedReplacement) return offset;
    offset += codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
  }
  return offset;
}

function pointAtByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset; index++) {
    if (bytes[index] === 0x0a) {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function pointAtOffset(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Sorts by UTF-16 code units: the same order on every machine and locale, unlike `localeCompare`. */
export function compareCodePoints(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * The docs folder as shown in messages, the model and generated headers:
 * relative to the workspace root (the nearest folder with a
 * pnpm-workspace.yaml above the docs, else above the working directory), so
 * the bytes do not depend on where the command runs or where the machine keeps
 * its checkouts; relative to the working directory outside any workspace.
 * Never absolute. POSIX separators.
 */
export function docsLabel(docsDir: string): string {
  const absolute = path.resolve(docsDir);
  const root = workspaceRootAbove(absolute) ?? workspaceRootAbove(process.cwd()) ?? process.cwd();
  return path.relative(root, absolute).split(path.sep).join('/') || '.';
}

function workspaceRootAbove(folder: string): string | undefined {
  for (let current = folder; ; current = path.dirname(current)) {
    if (existsSync(path.join(current, 'pnpm-workspace.yaml'))) return current;
    if (path.dirname(current) === current) return undefined;
  }
}
