/**
 * The baseline of known docs defects: `--strict` fails only on problems it
 * does not list, and the diff report names problems a revision adds or fixes.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Io, main } from '../src/cli.js';
import { seedDocs, temporaryFolder } from './helpers.js';

const page = 'en-us/batch-status-and-error-codes.md';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { stdout: (text) => out.push(text), stderr: (text) => err.push(text) };
  return { code: await main(argv, io), stdout: out.join('\n'), stderr: err.join('\n') };
}

/** A copy of the seed docs with its baseline written, and a folder to generate into. */
async function seedWithBaseline(): Promise<{ docs: string; out: string }> {
  const docs = await temporaryFolder();
  await cp(seedDocs, docs, { recursive: true });
  const written = await run('baseline', '--docs', docs);
  expect(written.stdout).toMatch(/problems\.baseline\.json written, 16 known problems\.$/);
  return { docs, out: await temporaryFolder() };
}

async function editPage(docs: string, from: string, to: string): Promise<void> {
  const text = await readFile(path.join(docs, page), 'utf8');
  if (!text.includes(from)) throw new Error(`"${from}" is not in the page`);
  await writeFile(path.join(docs, page), text.replace(from, to));
}

const errorLines = (stderr: string) => stderr.split('\n').filter((line) => line.includes(': error: '));

describe('the baseline of known problems', () => {
  it('records the seed page defects by rule and what they are about, and lets --strict pass with them', async () => {
    const { docs, out } = await seedWithBaseline();
    const baseline = JSON.parse(await readFile(path.join(docs, 'problems.baseline.json'), 'utf8'));
    expect(baseline.problems).toContainEqual({
      file: page,
      rule: 'duplicate-row',
      subjects: ['code NodeUserExists', 'text The specified node user already exists.'],
    });
    expect(baseline.problems).toContainEqual({ file: page, rule: 'status-mixed-spelling', subjects: ['status 404'] });
    const strict = await run('generate', '--strict', '--docs', docs, '--packages', out);
    expect(errorLines(strict.stderr)).toEqual([]);
    expect(strict.code).toBe(0);
    expect((await run('check', '--strict', '--docs', docs, '--packages', out)).code).toBe(0);
  });

  it('without a baseline, --strict fails on every warning', async () => {
    const docs = await temporaryFolder();
    await cp(seedDocs, docs, { recursive: true });
    const strict = await run('generate', '--strict', '--docs', docs, '--packages', await temporaryFolder());
    expect(strict.code).toBe(1);
    expect(errorLines(strict.stderr)).toHaveLength(16);
  });

  it('fails --strict on a new problem alone, however the rows moved', async () => {
    const { docs, out } = await seedWithBaseline();
    // A row inserted above every known problem moves them all down a line.
    await editPage(
      docs,
      '|ConditionNotMet|Not Modified (304)|',
      '|AccountBeingMigrated|Conflict (409)|The specified account is being migrated|\n|ConditionNotMet|Not Modified (304)|',
    );
    const strict = await run('generate', '--strict', '--docs', docs, '--packages', out);
    expect(strict.code).toBe(1);
    expect(errorLines(strict.stderr)).toEqual([
      expect.stringMatching(
        /batch-status-and-error-codes\.md:\d+:\d+: error: Expected the message of AccountBeingMigrated to end with a full stop, .*\[missing-final-period\]$/,
      ),
    ]);
  });

  it('never fails --strict on stale or missing translations: they are work for translators', async () => {
    const { docs, out } = await seedWithBaseline();
    await editPage(docs, 'The specified pool does not exist.', 'The specified pool was not found.');
    const strict = await run('generate', '--strict', '--docs', docs, '--packages', out);
    expect(strict.stderr).toContain('[translation-stale]');
    expect(errorLines(strict.stderr)).toEqual([]);
    expect(strict.code).toBe(0);
  });

  it('reports an unreadable baseline at its place, as an error', async () => {
    const { docs, out } = await seedWithBaseline();
    await writeFile(path.join(docs, 'problems.baseline.json'), '{ "problems": ');
    const result = await run('generate', '--docs', docs, '--packages', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /problems\.baseline\.json:1:1: error: Expected the JSON written by `batch-errors-codegen baseline`, found text JSON cannot read: .*\[invalid-baseline\]/,
    );
  });

  it('reports an entry of the shape before subjects at its line, saying how to write it again', async () => {
    const { docs, out } = await seedWithBaseline();
    const file = path.join(docs, 'problems.baseline.json');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace(/"subjects":\["code NodeUserExists"[^\]]*\]/, '"text":"NodeUserExists"'));
    const result = await run('check', '--docs', docs, '--packages', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /problems\.baseline\.json:\d+:1: error: Expected \{ "file", "rule", "subjects": \[ … \] \} for problem \d+, .*run `batch-errors-codegen baseline` again after review \[invalid-baseline\]/,
    );
  });
});

describe('the diff report', () => {
  it('lists the problems a revision adds and those it fixes', async () => {
    const { docs: before } = await seedWithBaseline();
    const after = await temporaryFolder();
    await cp(before, after, { recursive: true });
    await editPage(after, 'The files of the specified task are cleanedup.', 'The files of the specified task are cleaned up.');
    await editPage(after, '|JobNotFound|NotFound (404)|The specified job does not exist.|', '|JobNotFound|NotFound (404)|The specified job does not exist|');
    const report = await run('diff', before, after);
    expect(report.code).toBe(0);
    const section = report.stdout.split('## Docs problems')[1]?.split('\n## ')[0] ?? '';
    expect(section).toMatch(
      /- \*\*new\*\* `missing-final-period`: Expected the message of JobNotFound to end with a full stop, .* \(`en-us\/batch-status-and-error-codes\.md:\d+`\)/,
    );
    expect(section).toMatch(
      /- \*\*fixed\*\* `misspelled-word`: Expected a word of the English dictionary or of tools\/codegen\/batch-terms\.txt, found "cleanedup"; kept as written \(`en-us\/batch-status-and-error-codes\.md:\d+`\)/,
    );
    expect(section).toContain('New problems fail `check --strict` until they are fixed upstream or accepted with `batch-errors-codegen baseline`.');
  });
});
