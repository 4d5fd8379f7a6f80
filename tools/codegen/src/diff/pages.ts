/**
 * What changed in the docs files themselves, for the part of a change that
 * the model does not see: prose and links outside the tables, front matter
 * fields, whole files added or removed.
 */
import type { Root } from 'mdast';
import { parse as parseYaml } from 'yaml';
import { VFile } from 'vfile';
import type { DocsFolder } from '../docs-folder.js';
import { parseMarkdown } from '../parse.js';
import { compareCodePoints } from '../read.js';

export interface PageChange {
  /** Path inside the docs folder: `en-us/batch-status-and-error-codes.md`. */
  file: string;
  status: 'added' | 'removed' | 'modified';
  /** Headings, prose, links or lists outside the tables and code samples differ. */
  outsideTables: boolean;
  /** Front matter fields added, removed or changed. */
  frontMatterFields: string[];
}

/** Compares the pages of two docs folders as read (the tools' own files have report sections of their own). */
export function comparePages(before: DocsFolder, after: DocsFolder): PageChange[] {
  const byName = (folder: DocsFolder) => new Map(folder.pages.map((page) => [`${page.locale}/${page.fileName}`, page]));
  const old = byName(before);
  const current = byName(after);
  const names = [...new Set([...old.keys(), ...current.keys()])].sort(compareCodePoints);
  const changes: PageChange[] = [];
  for (const name of names) {
    const oldPage = old.get(name);
    const newPage = current.get(name);
    if (oldPage && newPage && oldPage.sha256 === newPage.sha256) continue;
    if (!oldPage || !newPage) {
      changes.push({ file: name, status: oldPage ? 'removed' : 'added', outsideTables: true, frontMatterFields: [] });
      continue;
    }
    const oldTree = oldPage.readable ? parseMarkdown(new VFile({ path: name, value: oldPage.file.value })) : undefined;
    const newTree = newPage.readable ? parseMarkdown(new VFile({ path: name, value: newPage.file.value })) : undefined;
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
