/**
 * The README says only what the code does: the pages it names are those of
 * docs-source/en-us, and the limits it states are the generator's constants.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { maxFileBytes } from '../src/files.js';
import { maxKnownCodesBytes } from '../src/known-codes.js';
import { pageLimits } from '../src/page-limits.js';
import { maxLockBytes } from '../src/translations.js';
import { docsSource, repoRoot } from './helpers.js';

const readme = await readFile(path.join(repoRoot, 'README.md'), 'utf8');

/** The rows of the Markdown table after `heading` (a `## ` line), as cells. */
function tableAfter(text: string, marker: RegExp): string[][] {
  const start = text.search(marker);
  expect(start, `README.md has ${marker}`).toBeGreaterThanOrEqual(0);
  const lines = text.slice(start).split('\n');
  const first = lines.findIndex((line) => line.startsWith('|'));
  const rows: string[][] = [];
  for (const line of lines.slice(first + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((cell) => cell.trim()),
    );
  }
  return rows;
}

describe('the README', () => {
  it('names exactly the pages of docs-source/en-us under "Where the data comes from"', async () => {
    const named = tableAfter(readme, /^## Where the data comes from$/m).map(([file]) => file?.replaceAll('`', ''));
    const pages = (await readdir(path.join(docsSource, 'en-us'))).filter((name) => name.endsWith('.md')).sort();
    expect([...named].sort()).toEqual(pages);
  });

  it("states the generator's limits as its constants say", () => {
    const stated = Object.fromEntries(tableAfter(readme, /<!-- limits:start -->/).map(([limit, value]) => [limit, value]));
    const mebibytes = (bytes: number) => `${bytes / 1024 / 1024} MiB`;
    const count = (value: number) => value.toLocaleString('en-US');
    expect(stated).toEqual({
      'a page, the baseline, the upstream record': mebibytes(maxFileBytes),
      'the translations lock': mebibytes(maxLockBytes),
      'the known-codes lists': mebibytes(maxKnownCodesBytes),
      'lines that look like table rows outside a table': count(pageLimits.strayTableRows),
      'lines without a blank line between them': count(pageLimits.linesPerBlock),
      'lines outside tables': count(pageLimits.linesOutsideTables),
      'table rows in a page': count(pageLimits.tableRows),
      'cells on a line': count(pageLimits.cellsPerLine),
      'brackets, emphasis marks or escapes in a paragraph or table row': count(pageLimits.marksPerBlock),
      'words in a paragraph or table row': count(pageLimits.wordsPerBlock),
      'words outside tables': count(pageLimits.wordsOutsideTables),
      'words in a page': count(pageLimits.wordsPerPage),
      'YAML front matter': `${pageLimits.frontMatterBytes / 1024} KiB`,
      'keys in the front matter': count(pageLimits.frontMatterKeys),
      'YAML anchors and aliases in the front matter': count(pageLimits.frontMatterAliases),
      'spaces of indentation in the front matter': count(pageLimits.frontMatterIndent),
    });
  });
});
