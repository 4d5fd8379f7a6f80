/**
 * The piecewise parse (blocks one at a time, long tables in chunks of rows)
 * must give exactly the tree of parsing the whole page at once, positions included.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { findDeepNesting, parseMarkdown } from '../src/parse.js';
import { parseWhole } from '../src/parse-in-pieces.js';
import { renderStatusCodesPage } from '../src/render.js';
import { documentText, modelOf } from './arbitraries.js';
import { statusPage } from './fixtures.js';
import { docsHistory, seedPagePath } from './helpers.js';

function expectSameTree(text: string, rowsPerChunk: number): void {
  const file = new VFile({ path: 'page.md', value: text });
  expect(parseMarkdown(file, { rowsPerChunk, piecesAbove: 0 })).toEqual(parseWhole(text));
  expect(file.messages).toEqual([]);
}

const table = (rows: number, prefix = 'Row') =>
  [
    '| Code | Status | Message |',
    '|---|:-:|--|',
    ...Array.from({ length: rows }, (_, index) => `| ${prefix}${index} | Conflict (409) | Message *${index}* \\| [link][ref] |`),
  ].join('\n');

const cases: [string, string][] = [
  ['the seed page', readFileSync(seedPagePath, 'utf8')],
  ['the fixture page', statusPage()],
  ['a long table', `# Title\n\n${table(25)}\n\nAfter.\n`],
  ['a table right after paragraph text', `Some text\nmore text\n${table(9)}\n`],
  ['a table followed by lazy lines', `${table(7)}\nno pipes here\nstill a row?\n\n# Next\n`],
  ['a table that ends the file without a newline', table(11)],
  ['reference definitions used in cells', `${table(12)}\n\n[ref]: https://example.com "Title"\n`],
  ['definitions before the table', `[ref]: https://example.com\n\n${table(12)}\n`],
  ['a table in a list item', `- item\n\n  ${table(6).split('\n').join('\n  ')}\n`],
  ['a table in a block quote', `> ${table(6).split('\n').join('\n> ')}\n`],
  ['an HTML comment spanning blank lines', `<!--\n\n| not | a |\n|---|---|\n\n-->\n\n${table(5)}\n`],
  ['a fenced block holding a table', `\`\`\`md\n${table(5)}\n\`\`\`\n`],
  ['CRLF line endings', `# Title\r\n\r\n${table(13).split('\n').join('\r\n')}\r\n`],
  ['front matter', `---\ntitle: x\n---\n\n${table(8)}\n`],
  ['a setext heading under a table', `${table(4)}\n---\n`],
  [
    'a table with a row missing cells and one with extra cells',
    `${table(3)}\n| only |\n| a | b | c | d |\n${table(3, 'More').split('\n').slice(2).join('\n')}\n`,
  ],
  ['nested definitions (parsed whole)', `> [ref]: https://example.com\n\n${table(8)}\n`],
];

describe('parseMarkdown', () => {
  it.each(cases)('reads %s exactly like a whole parse', (_name, text) => {
    for (const rowsPerChunk of [1, 2, 3, 5, 1000]) expectSameTree(text, rowsPerChunk);
  });

  const revisions = path.join(docsHistory, 'status-codes');
  it.skipIf(!existsSync(revisions))('reads every real revision exactly like a whole parse', () => {
    for (const name of readdirSync(revisions)) {
      const text = new TextDecoder().decode(readFileSync(path.join(revisions, name)));
      expectSameTree(text, 4);
    }
  });

  it('reads random rendered pages exactly like a whole parse', () => {
    fc.assert(
      fc.property(modelOf(documentText), fc.integer({ min: 1, max: 4 }), (model, rowsPerChunk) => {
        expectSameTree(renderStatusCodesPage(model), rowsPerChunk);
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});

describe('findDeepNesting', () => {
  it.each<[string, string, { line: number; depth: number } | undefined]>([
    ['ordinary text', '# Title\n\n- a\n  - b\n\n> quote\n', undefined],
    ['101 block quote markers', `ok\n${'>'.repeat(101)} x`, { line: 2, depth: 101 }],
    ['nested list markers on one line', `${'- '.repeat(120)}x`, { line: 1, depth: 120 }],
    ['ordered list markers', `${'1. '.repeat(101)}x`, { line: 1, depth: 101 }],
    ['deep indentation', `${' '.repeat(404)}- x`, { line: 1, depth: 102 }],
    ['a long line of text', 'a'.repeat(100_000), undefined],
    ['a long table row', `|${'x|'.repeat(50_000)}`, undefined],
  ])('%s', (_name, text, expected) => {
    expect(findDeepNesting(text)).toEqual(expected);
  });
});
