/**
 * The speller's findings arrive after the rest of the English page's reading:
 * the model is handed out before they do (so that emitting can start), and
 * they land on the page exactly where a reading made at once puts them.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocsFolder } from '../src/docs-folder.js';
import { loadModel } from '../src/load.js';
import type { BatchErrorModel } from '../src/model.js';
import { type PageReadingSource, readHere } from '../src/page-sources.js';
import { docsSource, messageLines, temporaryFolder } from './helpers.js';

const statusPage = 'en-us/batch-status-and-error-codes.md';

/** A copy of the docs whose first REST message holds a misspelled and a repeated word, so the speller has findings whatever the docs say. */
async function docsWithFindings(): Promise<string> {
  const docs = path.join(await temporaryFolder(), 'docs-source');
  await cp(docsSource, docs, { recursive: true });
  const page = path.join(docs, statusPage);
  const text = await readFile(page, 'utf8');
  const edited = text.replace(/^(\|[A-Za-z]+\|[^|\n]*\(\d{3}\)\|)/m, '$1Recieved the the ');
  expect(edited).not.toBe(text);
  await writeFile(page, edited);
  return docs;
}

/** This thread's source, with the English page's pending findings held back until `release` is called. */
function heldBackFindings(): { source: PageReadingSource; release: () => void } {
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const inner = readHere();
  return {
    release,
    source: {
      start: (pages) => inner.start(pages),
      async read(entry) {
        const reading = await inner.read(entry);
        const pending = reading.pendingProblems;
        return pending ? { ...reading, pendingProblems: gate.then(() => pending) } : reading;
      },
      close: () => inner.close(),
    },
  };
}

/** This thread's source, each reading whole (as a parse worker or the page cache gives it): the order the late findings must keep. */
function wholeReadings(): PageReadingSource {
  const inner = readHere();
  return {
    start: (pages) => inner.start(pages),
    async read(entry) {
      const { pendingProblems, ...reading } = await inner.read(entry);
      return { ...reading, problems: [...reading.problems, ...((await pendingProblems) ?? [])] };
    },
    close: () => inner.close(),
  };
}

describe('findings that arrive late', () => {
  it('hand out the model first, then land where a reading made at once puts them', async () => {
    const docs = await docsWithFindings();
    const { source, release } = heldBackFindings();
    let findingsBeforeReady: string[] | undefined;
    let ready: BatchErrorModel | undefined;
    const folder = await readDocsFolder(docs);
    const loading = loadModel(folder, {
      source,
      modelReady(model) {
        ready = model;
        findingsBeforeReady = messageLines(folder.pages.map((page) => page.file)).filter((line) => /\[(?:misspelled|repeated)-word\]/.test(line));
        release();
      },
    });
    // Findings held back until the model is handed out: a load that waited for them first would never end.
    let timer: NodeJS.Timeout | undefined;
    const stuck = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error('the load waited for the findings before handing out the model')), 20_000);
    });
    const loaded = await Promise.race([loading, stuck]).finally(() => clearTimeout(timer));

    expect(ready).toBe(loaded.model);
    expect(findingsBeforeReady).toEqual([]);
    const atOnce = await loadModel(await readDocsFolder(docs), { source: wholeReadings() });
    expect(loaded.model).toEqual(atOnce.model);
    // Same problems in the same order on every file, the late ones included.
    expect(loaded.files.map((file) => [file.path, messageLines([file])])).toEqual(atOnce.files.map((file) => [file.path, messageLines([file])]));
    const english = loaded.files.find((file) => file.path.endsWith(statusPage));
    expect(messageLines(english ? [english] : [])).toEqual(
      expect.arrayContaining([expect.stringMatching(/"Recieved".*\[misspelled-word\]$/), expect.stringMatching(/"the the" repeated.*\[repeated-word\]$/)]),
    );
  });

  it('hand out no model under --strict when a warning the baseline does not list is already found', async () => {
    const docs = path.join(await temporaryFolder(), 'docs-source');
    await cp(docsSource, docs, { recursive: true });
    const page = path.join(docs, statusPage);
    const text = await readFile(page, 'utf8');
    // The first REST message without its full stop: a warning no baseline lists, found before the speller answers.
    const edited = text.replace(/^(\|[A-Za-z]+\|[^|\n]*\(\d{3}\)\|[^|\n]+?)\.\|$/m, '$1 (unfinished|');
    expect(edited).not.toBe(text);
    await writeFile(page, edited);
    const handedOut = async (strict: boolean) => {
      let called = false;
      await loadModel(await readDocsFolder(docs), {
        strict,
        modelReady() {
          called = true;
        },
      });
      return called;
    };
    expect(await handedOut(false)).toBe(true);
    expect(await handedOut(true)).toBe(false);
  });

  it('hand out no model when the docs already have an error: nothing is emitted for a run that stops', async () => {
    const docs = await docsWithFindings();
    const page = path.join(docs, statusPage);
    // A row after the first REST row whose code is no identifier: an error.
    const text = await readFile(page, 'utf8');
    await writeFile(page, text.replace(/^(\|[A-Za-z]+\|[^|\n]*\(\d{3}\)\|[^\n]*)$/m, '$1\n|Not-A-Code|Conflict (409)|Another status.|'));
    let called = false;
    const loaded = await loadModel(await readDocsFolder(docs), {
      modelReady() {
        called = true;
      },
    });
    expect(loaded.model).toBeDefined();
    expect(loaded.files.some((file) => file.messages.some((message) => message.fatal))).toBe(true);
    expect(called).toBe(false);
  });
});
