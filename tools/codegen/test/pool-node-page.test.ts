/**
 * "Azure Batch pool and node errors": read like the job-and-task page (front
 * matter, JSON samples), plus its sections by their Microsoft Learn anchors,
 * and every section the packages link to reported at its place when missing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { Reporter } from '../src/diagnostics.js';
import { poolNodeErrorsDocument } from '../src/documents.js';
import { extractPage } from '../src/extract.js';
import { loadDocs } from '../src/load.js';
import { parseMarkdown } from '../src/parse.js';
import { statusPage } from './fixtures.js';
import { docsFolder, docsSource, messageLines } from './helpers.js';

const pageName = poolNodeErrorsDocument.fileName;
const realPage = readFileSync(path.join(docsSource, 'en-us', pageName), 'utf8');

function extract(text: string) {
  const file = new VFile({ path: `docs/en-us/${pageName}`, value: text });
  const tree = parseMarkdown(file);
  if (!tree) throw new Error(`the page did not parse: ${file.messages.join('; ')}`);
  return { page: extractPage(tree, new Reporter(file, 'linked'), poolNodeErrorsDocument), file };
}

/** Headings as written (`## Title`) with their line numbers, read line by line after the front matter: an independent reading of a page. */
function headingsOf(text: string): { line: number; heading: string; title: string }[] {
  const lines = text.split('\n');
  const bodyStart = lines[0] === '---' ? lines.indexOf('---', 1) + 1 : 0;
  return lines
    .map((heading, index) => ({ line: index + 1, heading, title: heading.replace(/^#+ /, '').trim() }))
    .filter((entry) => entry.line > bodyStart && /^#{1,6} /.test(entry.heading));
}
const headingLines = headingsOf(realPage).map((entry) => entry.heading);

describe('the committed page', () => {
  it('is read with no problem, beside the other pages', async () => {
    const { files } = await loadDocs(docsSource, { label: 'docs-source' });
    const page = files.find((file) => file.path.endsWith(`en-us/${pageName}`));
    expect(page?.path).toBe(`docs-source/en-us/${pageName}`);
    expect(messageLines(page ? [page] : [])).toEqual([]);
  });

  it('gives its front matter, its JSON samples where they are, and every heading with its anchor', () => {
    const { page, file } = extract(realPage);
    expect(file.messages).toEqual([]);
    expect(page.frontMatter.title).toBe(/^title: (.*)$/m.exec(realPage)?.[1]);
    expect(page.frontMatter.msDate).toBe(/^ms\.date: (.*)$/m.exec(realPage)?.[1]);
    const jsonFences = realPage
      .split('\n')
      .map((line, index) => (line === '```json' ? index + 1 : undefined))
      .filter((line) => line !== undefined);
    expect(page.samples.map((sample) => [sample.language, sample.point.line])).toEqual(jsonFences.map((line) => ['json', line]));
    for (const sample of page.samples) expect(() => JSON.parse(sample.text)).not.toThrow();
    expect(page.sections.map((section) => section.title)).toEqual(headingLines.map((line) => line.replace(/^#+ /, '').trim()));
    expect(page.sections.map((section) => section.anchor)).toEqual(expect.arrayContaining(poolNodeErrorsDocument.sections.map((spec) => spec.anchor)));
  });
});

describe('anchors', () => {
  it.each([
    ['## Relay Provider Error Details', 'relay-provider-error-details'],
    ['### Node OS updates', 'node-os-updates'],
    ['## Job/Task Scheduling Error Codes', 'jobtask-scheduling-error-codes'],
    ['## What’s `new`, *really*?', 'whats-new-really'],
    ['## <a name="bk_custom"></a> Custom anchor', 'bk_custom'],
    ['## Résumé  des   erreurs', 'résumé-des-erreurs'],
  ])('%s links as #%s', (heading, anchor) => {
    const { page } = extract(`# Page\n\n${heading}\n\nText.\n`);
    expect(page.sections[1]?.anchor).toBe(anchor);
  });
});

describe('a section the packages link to that is missing', () => {
  it.each(poolNodeErrorsDocument.sections.map((spec, index) => [spec.heading, index] as const))(
    '%s: reported where it was expected, as a warning',
    (heading, index) => {
      const headingLine = headingLines.find((line) => line.replace(/^#+ /, '').trim() === heading);
      expect(headingLine, heading).toBeDefined();
      const renamed = realPage.replace(`${headingLine}\n`, `${headingLine} (renamed)\n`);
      const { file } = extract(renamed);
      const previous = poolNodeErrorsDocument.sections[index - 1];
      const headings = headingsOf(renamed);
      const expectedLine = (previous ? headings.find((entry) => entry.title === previous.heading) : headings[0])?.line;
      expect(messageLines([file])).toEqual([
        `${expectedLine}:1: warning: Expected a section with anchor "${poolNodeErrorsDocument.sections[index]?.anchor}" or heading "${heading}", found none; the packages link to it [missing-linked-section]`,
      ]);
    },
  );

  it('does not keep the generator from writing the packages', async () => {
    const renamed = realPage.replace('### Node disk full\n', '### Disk full\n');
    const { model, files } = await loadDocs(await docsFolder({ 'en-us/batch-status-and-error-codes.md': statusPage(), [`en-us/${pageName}`]: renamed }));
    expect(model).toBeDefined();
    expect(messageLines(files)).toEqual([
      expect.stringMatching(/^\d+:1: warning: Expected a section with anchor "node-disk-full" .*\[missing-linked-section\]$/),
    ]);
  });

  it('is found by its heading when its anchor changes, and by its anchor when its heading changes case', () => {
    const { file } = extract(
      realPage.replace('### Node disk full\n', '### <a name="disk"></a> Node disk full\n').replace('### Start task failures\n', '### Start Task Failures\n'),
    );
    expect(file.messages).toEqual([]);
  });
});
