/**
 * The docs folder as it was at a git ref, copied into a temporary folder.
 * Every path a tree gives is checked before anything is written: a plain
 * relative path inside the folder, a regular file's blob; a tree entry named
 * `..`, an absolute path, a link or a submodule is refused, never followed.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GitError, git } from '../git.js';

/** What a docs folder may hold at most: far above seven locales of pages at their limits. */
const maxFilesAtRef = 10_000;

/** Writes every file under `docsDir` at `ref` into a new temporary folder and returns it. */
export async function docsAtRef(ref: string, docsDir: string): Promise<string> {
  const cwd = path.resolve(docsDir);
  const root = (await git(cwd, ['rev-parse', '--show-toplevel'])).trim();
  const inRepo = path.relative(root, cwd).split(path.sep).join('/');
  const listed = await git(root, ['ls-tree', '-r', '-z', '--full-tree', '--end-of-options', ref, '--', inRepo || '.']);
  const entries = listed.split('\0').filter(Boolean);
  if (entries.length > maxFilesAtRef) throw new GitError(`Expected at most ${maxFilesAtRef} files in ${inRepo || '.'} at ${ref}, found ${entries.length}`);
  const files = entries.map((entry) => checkedEntry(entry, inRepo, ref));
  const folder = await mkdtemp(path.join(tmpdir(), 'batch-errors-docs-'));
  try {
    for (const file of files) {
      const bytes = await git(root, ['cat-file', 'blob', file.blob], { encoding: 'buffer' });
      const target = path.join(folder, ...file.inside);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, bytes, { flag: 'wx' });
    }
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
  return folder;
}

/** A tree entry as `<mode> <type> <object>\t<path>`, checked: a regular file at a plain path inside the docs folder. */
export function checkedEntry(entry: string, inRepo: string, ref: string): { blob: string; inside: string[] } {
  const match = /^(\d{6}) (\w+) ([0-9a-f]{40,64})\t([\s\S]*)$/.exec(entry);
  if (!match) throw new GitError(`Expected a tree entry of ${ref}, found ${JSON.stringify(entry.slice(0, 80))}`);
  const [, mode, type, blob = '', file = ''] = match;
  const shown = JSON.stringify(file.slice(0, 200));
  if (type !== 'blob' || (mode !== '100644' && mode !== '100755')) {
    const what = type === 'commit' ? 'a submodule' : mode === '120000' ? 'a symbolic link' : `a ${type} (mode ${mode})`;
    throw new GitError(`Expected regular files in the docs at ${ref}, found ${what} at ${shown}`);
  }
  const prefix = inRepo === '' ? '' : `${inRepo}/`;
  const relative = file.startsWith(prefix) ? file.slice(prefix.length) : undefined;
  const parts = relative?.split('/') ?? [];
  const plain = parts.length > 0 && parts.every((part) => part !== '' && part !== '.' && part !== '..' && !part.includes('\\') && !part.includes('\0'));
  if (relative === undefined || !plain)
    throw new GitError(`Expected a plain path inside ${inRepo || 'the repository'} at ${ref}, found ${shown}; nothing was written`);
  return { blob, inside: parts };
}
