/**
 * What changed in the docs files themselves, for the part of a change that
 * the model does not see: prose and links outside the tables, front matter
 * fields, whole files added or removed.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Root } from 'mdast';
import { parse as parseYaml } from 'yaml';
import { VFile } from 'vfile';
import { readRegularFile } from '../files.js';
import { parseMarkdown } from '../parse.js';
import { baselineFileName } from '../baseline.js';
import { compareCodePoints } from '../read.js';
import { translationsLockFileName } from '../layout.js';
import { upstreamRecordFileName } from '../upstream.js';

export interface PageChange {
  /** Path inside the docs folder: `en-us/batch-status-and-error-codes.md`. */
  file: string;
  status: 'added' | 'removed' | 'modified';
  /** Headings, prose, links or lists outside the tables and code samples differ. */
  outsideTables: boolean;
  /** Front matter fields added, removed or changed. */
  frontMatterFields: string[];
}

/** Files the tools keep in the docs folder; the report shows their changes in sections of their own. */
const bookkeepingFiles: ReadonlySet<string> = new Set([translationsLockFileName, upstreamRecordFileName, baselineFileName]);

export async function comparePages(beforeDir: string, afterDir: string): Promise<PageChange[]> {
  const before = await filesUnder(beforeDir);
  const after = await filesUnder(afterDir);
  const names = [...new Set([...before.keys(), ...after.keys()])].filter((name) => !bookkeepingFiles.has(name)).sort(compareCodePoints);
  const changes: PageChange[] = [];
  for (const name of names) {
    const old = before.get(name);
    const current = after.get(name);
    if (old && current && old.equals(current)) continue;
    if (!old || !current) {
      changes.push({ file: name, status: old ? 'removed' : 'added', outsideTables: true, frontMatterFields: [] });
      continue;
    }
    if (!name.endsWith('.md')) {
      changes.push({ file: name, status: 'modified', outsideTables: false, frontMatterFields: [] });
      continue;
    }
    const oldTree = parseMarkdown(new VFile({ path: name, value: new TextDecoder().decode(old) }));
    const newTree = parseMarkdown(new VFile({ path: name, value: new TextDecoder().decode(current) }));
    if (!oldTree || !newTree) {
      // A page the parser refuses (its problems are reported when the docs are read) changed somewhere.
      changes.push({ file: name, status: 'modified', outsideTables: true, frontMatterFields: [] });
      continue;
    }
    changes.push({
      file: name,
      status: 'modified',
      outsideTables: outsideTables(oldTree) !== outsideTables(newTree),
      frontMatterFields: changedFields(frontMatter(oldTree), frontMatter(newTree)),
    });
  }
  return changes;
}

async function filesUnder(folder: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile() && !entry.isSymbolicLink()) continue;
    const full = path.join(entry.parentPath, entry.name);
    // Read as the loader reads: a link to a file is the file; anything else it reports itself.
    const read = await readRegularFile(full);
    if (read.kind === 'read') files.set(path.relative(folder, full).split(path.sep).join('/'), read.bytes);
  }
  return files;
}

/** The page without its tables, front matter and code samples, positions dropped: what readers see as prose. */
function outsideTables(tree: Root): string {
  const rest = tree.children.filter((node) => node.type !== 'table' && node.type !== 'yaml' && node.type !== 'code');
  return JSON.stringify(rest, (key, value) => (key === 'position' ? undefined : value));
}

function frontMatter(tree: Root): Record<string, unknown> {
  const node = tree.children[0];
  if (node?.type !== 'yaml') return {};
  try {
    const data: unknown = parseYaml(node.value);
    return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  } catch {
    return { '(unreadable)': node.value };
  }
}

function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort(compareCodePoints);
  return keys.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}
