/**
 * The work started on another core while the main thread parses: the speller
 * (its dictionary) and the emitters (ts-morph). A worker gives the same
 * answers as this thread, a lost worker hands its work back to this thread,
 * and an idle worker never keeps the process alive. The workers run the built
 * generator (dist/), as the command line does.
 */
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { beforeAll, describe, expect, it } from 'vitest';
import { emitPackages } from '../src/emit/index.js';
import { emitFiles, startEmitter } from '../src/emit-thread.js';
import { loadDocs } from '../src/load.js';
import type { BatchErrorModel } from '../src/model.js';
import { parseMarkdown } from '../src/parse.js';
import { WorkerLost } from '../src/question-worker.js';
import { spellerHere } from '../src/speller.js';
import { spellerInWorker } from '../src/speller-thread.js';
import { docsSource, temporaryFolder } from './helpers.js';

const dist = path.resolve(import.meta.dirname, '../dist');
const built = (name: string) => path.join(dist, name);

/** A worker that dies as soon as it starts. */
async function dyingWorker(): Promise<string> {
  const file = path.join(await temporaryFolder(), 'dies.mjs');
  await writeFile(file, 'process.exit(3);\n');
  return file;
}

/** Message cells as the prose check sends them: paragraphs at their places in the page. */
function paragraphsOf(text: string): Root {
  const tree = parseMarkdown(new VFile({ path: 'page.md', value: text })) as Root;
  return { type: 'root', children: tree.children.filter((node) => node.type === 'paragraph'), ...(tree.position ? { position: tree.position } : {}) };
}

describe('the speller in a worker', () => {
  const page = 'The pool was cleanedup.\n\nThe the node is down.\n\nA reimaged node.\n';
  const pages: string[][] = [
    ['pool', 'cleanedup', 'node', 'reimaged', 'autopool'],
    // Past the suggestion budget with the first page's word: a fresh checker, as in this thread.
    ['aaxq', 'bbxq', 'ccxq', 'ddxq', 'eexq', 'ffxq', 'ggxq', 'hhxq', 'iixq', 'jjxq'],
    ['cleanedup', 'node'],
  ];

  it('answers every question as the speller of this thread does, in order', async () => {
    const inWorker = spellerInWorker(built('speller-worker.js'));
    if (!inWorker) throw new Error(`no speller worker at ${built('speller-worker.js')}: build the generator first`);
    const here = spellerHere();
    for (const words of pages) expect(await inWorker.unknownWords(words), words.join(' ')).toEqual(await here.unknownWords(words));
    const findings = await inWorker.findings(paragraphsOf(page), 'page.md', page);
    expect(findings).toEqual(await here.findings(paragraphsOf(page), 'page.md', page));
    expect(findings.map(({ rule, actual, line }) => [rule, actual, line])).toEqual([
      ['misspelled-word', 'cleanedup', 1],
      ['repeated-word', 'The the', 3],
    ]);
  });

  it('rejects its questions with WorkerLost when its worker dies, so this thread answers them', async () => {
    const lost = spellerInWorker(await dyingWorker());
    await expect(lost?.unknownWords(['cleanedup'])).rejects.toBeInstanceOf(WorkerLost);
    await expect(lost?.unknownWords(['cleanedup'])).rejects.toBeInstanceOf(WorkerLost);
  });

  it('is no worker where no worker code lies (the sources under a test runner)', () => {
    expect(spellerInWorker(path.join(dist, 'no-such-worker.js'))).toBeUndefined();
  });
});

describe('the emitters in a worker', () => {
  let model: BatchErrorModel;
  beforeAll(async () => {
    const loaded = await loadDocs(docsSource, { cache: false, workers: 0 });
    if (!loaded.model) throw new Error('the docs in docs-source gave no model');
    model = loaded.model;
  });

  it('emits the same files, byte for byte, as this thread; and this thread emits them when the worker dies', async () => {
    const expected = emitPackages(model, { regenerateCommand: 'pnpm exec batch-errors-codegen generate' });
    startEmitter(await dyingWorker());
    expect(await emitFiles(model, 'pnpm exec batch-errors-codegen generate')).toEqual(expected);
    // The lost worker is forgotten: the next run of this module may start a new one.
    startEmitter(built('emit-worker.js'));
    expect(await emitFiles(model, 'pnpm exec batch-errors-codegen generate')).toEqual(expected);
  });
});

describe('an idle worker', () => {
  it.each(['speller-worker.js', 'emit-worker.js'])('does not keep the process alive (%s)', (worker) => {
    const script = `const { startQuestionWorker } = await import(${JSON.stringify(pathToFileURL(built('question-worker.js')).href)});
if (!startQuestionWorker(${JSON.stringify(built(worker))})) process.exit(4);`;
    // bounded: killed with SIGKILL after 30 s, which fails the test.
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { timeout: 30_000, killSignal: 'SIGKILL', encoding: 'utf8' });
    expect(run.signal).toBeNull();
    expect(run.status).toBe(0);
  });
});
