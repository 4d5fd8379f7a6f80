/**
 * The docs folder as it was at a git ref, copied into a temporary folder.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const git = promisify(execFile);

/** Writes every file under `docsDir` at `ref` into a new temporary folder and returns it. */
export async function docsAtRef(ref: string, docsDir: string): Promise<string> {
  const cwd = path.resolve(docsDir);
  const root = (await git('git', ['rev-parse', '--show-toplevel'], { cwd })).stdout.trim();
  const inRepo = path.relative(root, cwd).split(path.sep).join('/');
  const listed = await git('git', ['ls-tree', '-r', '-z', '--name-only', ref, '--', inRepo], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
  const folder = await mkdtemp(path.join(tmpdir(), 'batch-errors-docs-'));
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    const { stdout } = await git('git', ['show', `${ref}:${file}`], { cwd: root, encoding: 'buffer', maxBuffer: 256 * 1024 * 1024 });
    const target = path.join(folder, path.relative(inRepo, file));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, stdout);
  }
  return folder;
}
