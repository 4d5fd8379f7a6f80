/**
 * Every real public revision of "Batch Status and Error Codes" (2016-10-31 onwards)
 * reads into the same five tables with the right statuses. The revisions are not
 * part of this repository: they are read from ../shared/docs-history.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Reporter } from '../src/diagnostics.js';
import { buildModel } from '../src/build-model.js';
import { statusCodesDocument } from '../src/documents.js';
import { extractPage } from '../src/extract.js';
import { codeRows, distinctCodes } from '../src/model.js';
import { parseMarkdown } from '../src/parse.js';
import { decodePage } from '../src/read.js';
import { docsHistory, loadSeed, messageLines } from './helpers.js';

const folder = path.join(docsHistory, 'status-codes');
const available = existsSync(folder);
if (!available) {
  console.warn(`Skipping the real-revision tests: ${folder} is absent (it sits beside the repository as ../shared/docs-history).`);
}
const revisions = available
  ? readdirSync(folder)
      .filter((name) => name.endsWith('.md'))
      .sort()
  : [];

/** Revisions where InvalidApplicationPackageReferences is documented as 400; it is 409 in all others (see the history README). */
const applicationPackagesAt400 = new Set([
  '2016-10-31_d9e55e0_en-us.md',
  '2016-11-07_0a9a34c_en-us.md',
  '2016-11-08_0ac0c2b_en-us.md',
  '2016-11-11_b9a1989_en-us.md',
  '2016-11-11_c40600e_en-us.md',
  '2016-11-29_6314571_en-us.md',
  '2017-03-29_a38a079_en-us.md',
]);

/** Revisions whose JSON samples do not parse (one of them has untagged fences). */
const invalidJsonSamples: Record<string, number> = { '2017-03-29_a38a079_en-us.md': 2, '2017-03-29_b89fc37_en-us.md': 1 };

function read(name: string) {
  const page = decodePage(readFileSync(path.join(folder, name)), { locale: 'en-us', fileName: name, path: name });
  const tree = parseMarkdown(page.file);
  if (!tree) throw new Error(`${name} did not parse`);
  const reporter = new Reporter(page.file);
  const model = buildModel({ page: extractPage(tree, reporter, statusCodesDocument), reporter, locale: 'en-us', spec: statusCodesDocument });
  return { model, file: page.file };
}

const seed = (await loadSeed()).model!;

describe.skipIf(!available)('real revisions of the status-codes page', () => {
  it('are all there', () => {
    expect(revisions).toHaveLength(17);
  });

  it.each(revisions)('%s reads into the five tables with the right statuses', (name) => {
    const { model, file } = read(name);
    expect(messageLines([file]).filter((line) => line.includes(': error: '))).toEqual([]);
    expect(model.tables.map((table) => [table.id, table.rowCount])).toEqual([
      ['common', 34],
      ['batchService', 70],
      ['jobScheduling', 7],
      ['taskScheduling', 14],
    ]);
    expect(model.categories.map((entry) => entry.category)).toEqual(['UserError', 'ServerError']);
    expect(distinctCodes(model)).toEqual(distinctCodes(seed));

    const statusOf = (code: string) =>
      codeRows(model)
        .filter((row) => row.code === code)
        .map((row) => row.status);
    expect(statusOf('InvalidApplicationPackageReferences')).toEqual([applicationPackagesAt400.has(name) ? 400 : 409]);
    expect(statusOf('ConditionNotMet')).toEqual([304, 412]);
    expect(statusOf('InvalidAutoScalingSettings')).toEqual([400]);
    expect(statusOf('IOError')).toEqual([403]);
    const seedRows = codeRows(seed).filter((row) => row.code !== 'InvalidApplicationPackageReferences');
    const rows = codeRows(model).filter((row) => row.code !== 'InvalidApplicationPackageReferences');
    expect(rows.map((row) => [row.table, row.code, row.status ?? row.category])).toEqual(
      seedRows.map((row) => [row.table, row.code, row.status ?? row.category]),
    );

    const invalidSamples = model.samples.filter((sample) => sample.validJson === false).length;
    expect(invalidSamples).toBe(invalidJsonSamples[name] ?? 0);
  });

  it('reads the HTML inside the status cells of 2017-03-29_a38a079', () => {
    const text = readFileSync(path.join(folder, '2017-03-29_a38a079_en-us.md'), 'utf8');
    expect(text).toContain('BadRequest<br /><br /> (400)');
    const { model } = read('2017-03-29_a38a079_en-us.md');
    const row = codeRows(model).find((candidate) => candidate.code === 'InvalidAutoScalingSettings');
    expect(row).toMatchObject({ status: 400 });
  });

  it('finds tables by heading in the revisions without anchors, and after a byte order mark', () => {
    const { model } = read('2016-12-27_f9e93b9_en-us.md');
    expect(readFileSync(path.join(folder, '2016-12-27_f9e93b9_en-us.md')).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(model.tables.map((table) => table.anchor)).toEqual([undefined, undefined, undefined, undefined]);
    expect(model.document.title).toBe('Batch status and error codes | Microsoft Docs');
  });
});
