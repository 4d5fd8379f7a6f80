import { readFileSync } from 'node:fs';
import { supportedLocales } from '@batch-errors/messages';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { docsSections } from '../src/index.js';
import { textsByLocale } from '../src/texts/index.js';

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
  const english = leaves(textsByLocale['en-us']);

  it.each(supportedLocales.map((locale) => [locale] as const))('%s has every sentence, with the same placeholders and identifiers', (locale) => {
    const translated = leaves(textsByLocale[locale]);
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
      ]) {
        if (text.includes(identifier)) expect(other, `${locale} ${path}`).toContain(identifier);
      }
      // Short labels may be the same word (German says Task); a whole sentence left in English is a gap.
      if (locale !== 'en-us' && text.includes(' ')) expect(other, `${locale} ${path}`).not.toBe(text);
    }
  });
});

describe('links to the page', () => {
  it('point to sections the page has', () => {
    const page = readFileSync(new URL('../../../docs-source/en-us/batch-job-task-error-checking.md', import.meta.url), 'utf8');
    const tree = unified().use(remarkParse).parse(page);
    const slugs = tree.children
      .filter((node) => node.type === 'heading')
      .map((node) =>
        ('children' in node ? node.children.map((child) => ('value' in child ? child.value : '')).join('') : '')
          .toLowerCase()
          .replace(/[^a-z0-9 -]/g, '')
          .trim()
          .replace(/ +/g, '-'),
      );
    for (const anchor of Object.values(docsSections)) expect(slugs, anchor).toContain(anchor);
  });
});
