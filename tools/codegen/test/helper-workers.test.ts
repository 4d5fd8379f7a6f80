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
import { emitFiles, startEmitter, stopEmitting } from '../src/emit-thread.js';
import { loadDocs } from '../src/load.js';
import type { BatchErrorModel } from '../src/model.js';
import { parseMarkdown } from '../src/parse.js';
import { WorkerLost } from '../src/question-worker.js';
import { spellerHere } from '../src/speller.js';
import { spellerInWorker } from '../src/speller-thread.js';
import { docsSource, temporaryFolder } from './helpers.js';

const dist = path.resolve(import.meta.dirname, '../dist');
/** The command line's own build (tsdown): its workers must answer as those of dist/ do. */
const bundle = path.resolve(import.meta.dirname, '../bundle');
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

  it.each([dist, bundle])('answers every question as the speller of this thread does, in order (%s)', async (folder) => {
    const code = path.join(folder, 'speller-worker.js');
    const inWorker = spellerInWorker(code);
    if (!inWorker) throw new Error(`no speller worker at ${code}: build the generator first`);
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
    stopEmitting();
    startEmitter(path.join(bundle, 'emit-worker.js'));
    expect(await emitFiles(model, 'pnpm exec batch-errors-codegen generate')).toEqual(expected);
    stopEmitting();
  });

  it('lets a run that stops early exit at once, though a question waits', async () => {
    const silent = path.join(await temporaryFolder(), 'silent.mjs');
    await writeFile(silent, "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => {});\n");
    // A script file, not `node -e`: a worker inherits `--input-type`, which makes it die at once.
    const script = path.join(path.dirname(silent), 'stops.mjs');
    await writeFile(
      script,
      `const { startEmitter, startEmitting, stopEmitting } = await import(${JSON.stringify(pathToFileURL(built('emit-thread.js')).href)});
startEmitter(${JSON.stringify(silent)});
startEmitting({}, 'generate');
if (process.argv[2] === 'stop') stopEmitting();
`,
    );
    const run = (how: string) =>
      // bounded: killed with SIGKILL after 5 s.
      spawnSync(process.execPath, [script, how], { timeout: 5_000, killSignal: 'SIGKILL', encoding: 'utf8' });
    expect(run('stop')).toMatchObject({ signal: null, status: 0 });
    // Without the stop, the question keeps the process waiting for an answer that never comes.
    expect(run('wait').signal).toBe('SIGKILL');
  });
});

describe('an idle worker', () => {
  // A script file, not `node -e`: a worker inherits `--input-type`, which makes it die at once, and a dead worker proves nothing.
  const questions: Record<string, string> = {
    'speller-worker.js': `const answer = await ask({ kind: 'unknownWords', words: ['cleanedup', 'node'] });`,
    'emit-worker.js': `const { loadDocs } = await import(${JSON.stringify(pathToFileURL(built('load.js')).href)});
const { model } = await loadDocs(${JSON.stringify(docsSource)}, { cache: false, workers: 0 });
const answer = (await ask({ model, regenerateCommand: 'generate' })).map((file) => file.path).filter((file) => file.endsWith('codes.ts'));`,
  };

  it.each(Object.keys(questions))('answers, then does not keep the process alive (%s)', async (worker) => {
    const script = path.join(await temporaryFolder(), 'idle.mjs');
    await writeFile(
      script,
      `const { startQuestionWorker } = await import(${JSON.stringify(pathToFileURL(built('question-worker.js')).href)});
const ask = startQuestionWorker(${JSON.stringify(built(worker))});
if (!ask) process.exit(4);
${questions[worker]}
console.log(JSON.stringify(answer));
`,
    );
    // bounded: killed with SIGKILL after 30 s, which fails the test.
    const run = spawnSync(process.execPath, [script], { timeout: 30_000, killSignal: 'SIGKILL', encoding: 'utf8' });
    expect(run.signal).toBeNull();
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(worker === 'speller-worker.js' ? ['cleanedup'] : ['core/src/generated/codes.ts']);
  });
});
