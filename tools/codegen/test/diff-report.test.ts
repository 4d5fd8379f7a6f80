/**
 * The Markdown report of `diff`: what it lists under "No effect on packages".
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { type Io, main } from '../src/cli.js';
import { docsFolder, seedPagePath } from './helpers.js';

const page = 'en-us/batch-status-and-error-codes.md';

async function report(edit: (text: string) => string): Promise<string> {
  const seed = await readFile(seedPagePath, 'utf8');
  const edited = edit(seed);
  expect(edited).not.toBe(seed);
  const out: string[] = [];
  const io: Io = { stdout: (text) => out.push(text), stderr: () => undefined };
  const code = await main(['diff', await docsFolder({ [page]: seed }), await docsFolder({ [page]: edited })], io);
  expect(code).toBe(0);
  return out.join('\n');
}

const noEffectSection = (markdown: string) => markdown.split('## No effect on packages')[1] ?? '';

describe('the diff report', () => {
  it.each([
    ['a changed status', (text: string) => text.replace('|JobNotFound|NotFound (404)|', '|JobNotFound|Conflict (409)|')],
    ['a reworded message', (text: string) => text.replace('The specified OS Version does not exists.', 'The specified OS Version does not exist.')],
    ['a removed row', (text: string) => text.replace(/^\|PoolBeingResized\|.*\n/m, '')],
  ])('lists nothing under "No effect on packages" for %s alone', async (_name, edit) => {
    const markdown = await report(edit);
    expect(markdown).toContain('## Proposed release');
    expect(markdown).not.toContain('No effect on packages');
  });

  it('says a change of spacing inside a table is formatting only', async () => {
    const markdown = await report((text) => text.replace('|JobNotFound|NotFound (404)|', '| JobNotFound | NotFound (404) |'));
    expect(noEffectSection(markdown)).toContain('formatting only (same text) in `en-us/batch-status-and-error-codes.md`');
  });
});
