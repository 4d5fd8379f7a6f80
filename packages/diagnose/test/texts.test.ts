import { readFileSync } from 'node:fs';
import { supportedLocales } from '@batch-errors/messages';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { docsSections, poolNodeDocsSections } from '../src/index.js';
import { summaryTextsByLocale, textsByLocale } from '../src/texts/index.js';
import { diagnoseFixture, fixtureNames } from './fixture.js';

/** Every string of a text table by its path: `summaries.taskExitCode`. */
function leaves(value: unknown, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    if (typeof child === 'string') found.set(`${prefix}${key}`, child);
    else for (const [path, text] of leaves(child, `${prefix}${key}.`)) found.set(path, text);
  }
  return found;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the sentences', () => {
  const english = leaves({ ...textsByLocale['en-us'], summary: summaryTextsByLocale['en-us'] });

  it.each(supportedLocales.map((locale) => [locale] as const))('%s has every sentence, with the same placeholders and identifiers', (locale) => {
    const translated = leaves({ ...textsByLocale[locale], summary: summaryTextsByLocale[locale] });
    expect([...translated.keys()]).toEqual([...english.keys()]);
    for (const [path, text] of english) {
      const other = translated.get(path) ?? '';
      expect(placeholders(other), `${locale} ${path}`).toEqual(placeholders(text));
      for (const identifier of [
        'onTaskFailure',
        'performExitOptionsJobAction',
        'noaction',
        'stdout.txt',
        'stderr.txt',
        'fileuploadout.txt',
        'fileuploaderr.txt',
        'waitForSuccess',
        'recentTasks',
        'Microsoft.Batch',
        'Microsoft Azure Batch',
        'Contributor',
        'Owner',
        'Pool - Remove Nodes',
        'Compute Node - Upload Batch Service Logs',
        'File - List From Compute Node',
        'Evaluate Pool Auto Scale',
      ]) {
        if (text.includes(identifier)) expect(other, `${locale} ${path}`).toContain(identifier);
      }
      // Short labels may be the same word (German says Task); a whole sentence left in English is a gap.
      if (locale !== 'en-us' && text.includes(' ')) expect(other, `${locale} ${path}`).not.toBe(text);
    }
  });
});

/**
 * The anchors of a docs page, read independently of the package: each heading's slug (lower case,
 * punctuation dropped, spaces to hyphens). The front matter reads as extra headings, which link nowhere.
 */
function anchorsOf(page: string): string[] {
  const text = readFileSync(new URL(`../../../docs-source/en-us/${page}.md`, import.meta.url), 'utf8');
  const tree = unified().use(remarkParse).parse(text);
  return tree.children
    .filter((node) => node.type === 'heading')
    .map((node) =>
      ('children' in node ? node.children.map((child) => ('value' in child ? child.value : '')).join('') : '')
        .toLowerCase()
        .replace(/[^a-z0-9 -]/g, '')
        .trim()
        .replace(/ +/g, '-'),
    );
}

describe('links to the pages', () => {
  const anchors = {
    'batch-job-task-error-checking': anchorsOf('batch-job-task-error-checking'),
    'batch-pool-node-error-checking': anchorsOf('batch-pool-node-error-checking'),
  };

  it.each([
    ['batch-job-task-error-checking', docsSections],
    ['batch-pool-node-error-checking', poolNodeDocsSections],
  ] as const)('%s has every section the package names', (page, sections) => {
    for (const anchor of Object.values(sections)) expect(anchors[page], anchor).toContain(anchor);
  });

  it('every finding of every fixture, in every locale, links to a section its page has', () => {
    const links = new Set<string>();
    for (const locale of supportedLocales)
      for (const name of fixtureNames)
        for (const finding of diagnoseFixture(name, locale).findings) links.add(finding.docsUrl.replace(`/${locale}/`, '/en-us/'));
    expect(links.size).toBeGreaterThan(10);
    for (const link of links) {
      const match = /^https:\/\/learn\.microsoft\.com\/en-us\/azure\/batch\/([a-z-]+)#([a-z0-9-]+)$/.exec(link);
      const page = match?.[1] as keyof typeof anchors | undefined;
      expect(page && anchors[page], link).toBeDefined();
      expect(page && anchors[page], link).toContain(match?.[2]);
    }
  });
});
