/**
 * The generator watches the sections @batch-errors/diagnose links to: take
 * each away from "Azure Batch pool and node errors" and the generator reports
 * it (`missing-linked-section`), so a docs change that breaks a link is seen when the
 * docs are regenerated, not when a user follows the link.
 */
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDocs } from '@batch-errors/codegen';
import { poolNodeDocsSections } from '@batch-errors/diagnose';
import { describe, expect, it, onTestFinished } from 'vitest';

const docsSource = fileURLToPath(new URL('../../../docs-source/', import.meta.url));
const poolNodePage = 'en-us/batch-pool-node-error-checking.md';

/** A heading's Microsoft Learn anchor: lower case, punctuation dropped, spaces to hyphens. */
const slug = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, '')
    .trim()
    .replace(/ +/g, '-');

/** A docs folder with the real status-codes page and the given pool-and-node page; the messages the generator reports for the latter. */
async function messagesFor(page: string): Promise<string[]> {
  const folder = await mkdtemp(path.join(tmpdir(), 'batch-errors-diagnose-docs-'));
  onTestFinished(() => rm(folder, { recursive: true, force: true }));
  await mkdir(path.join(folder, 'en-us'));
  await copyFile(path.join(docsSource, 'en-us/batch-status-and-error-codes.md'), path.join(folder, 'en-us/batch-status-and-error-codes.md'));
  await writeFile(path.join(folder, poolNodePage), page);
  const { files } = await loadDocs(folder);
  return files.filter((file) => file.path.endsWith(poolNodePage)).flatMap((file) => file.messages.map((message) => `${message.reason} [${message.ruleId}]`));
}

describe('the sections diagnose links to', () => {
  it('are all on the page as it is', async () => {
    expect(await messagesFor(await readFile(path.join(docsSource, poolNodePage), 'utf8'))).toEqual([]);
  });

  it('are each reported by the generator when the page loses them', async () => {
    const anchors = Object.values(poolNodeDocsSections);
    const page = await readFile(path.join(docsSource, poolNodePage), 'utf8');
    // Every heading diagnose links to, renamed.
    const renamed = page.replace(/^(#{2,6} )(.+)$/gm, (line, marks: string, heading: string) =>
      (anchors as readonly string[]).includes(slug(heading)) ? `${marks}${heading} (renamed)` : line,
    );
    expect(renamed.match(/\(renamed\)$/gm)).toHaveLength(anchors.length);
    const messages = await messagesFor(renamed);
    for (const anchor of anchors)
      expect(messages, anchor).toContainEqual(expect.stringMatching(new RegExp(`anchor "${anchor}".*\\[missing-linked-section\\]$`)));
  });
});
