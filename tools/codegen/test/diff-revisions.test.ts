/**
 * The diff between each consecutive pair of real revisions of the status-codes
 * page (../shared/docs-history, in the manifest's order) says exactly what
 * changed: InvalidApplicationPackageReferences moving between 400 and 409,
 * and otherwise only prose, anchors, front matter and samples.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareModels } from '../src/diff/compare.js';
import { comparePages } from '../src/diff/pages.js';
import { proposeRelease } from '../src/diff/release.js';
import { readDocsFolder } from '../src/docs-folder.js';
import { loadDocs } from '../src/load.js';
import { docsFolder, docsHistory, subjectOf } from './helpers.js';

const manifestPath = path.join(docsHistory, 'manifest.json');
const available = existsSync(manifestPath);
if (!available) console.warn(`Skipping the real-revision diff tests: ${manifestPath} is absent (it sits beside the repository as ../shared/docs-history).`);

interface ManifestFile {
  doc: string;
  file: string;
  prev_file: string | null;
}

const chain: ManifestFile[] = available
  ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as { files: ManifestFile[] }).files.filter((file) => file.doc === 'status-codes' && file.prev_file !== null)
  : [];

interface Expected {
  changes: string[];
  /** core / messages / http */
  bumps: string;
  /** Markdown outside the tables changed; front matter fields changed. */
  prose: boolean;
  frontMatter?: string;
}

const anchors = ['anchorChanged common', 'anchorChanged batchService', 'anchorChanged jobScheduling', 'anchorChanged taskScheduling'];
const none = 'none/none/none';

/** By the revision a pair ends at. */
const expected: Record<string, Expected> = {
  '2016-11-07_0a9a34c_en-us.md': { changes: ['frontMatterChanged title'], bumps: none, prose: true },
  '2016-11-08_0ac0c2b_en-us.md': { changes: anchors, bumps: 'patch/none/none', prose: true },
  '2016-11-11_c40600e_en-us.md': {
    changes: ['frontMatterChanged title'],
    bumps: none,
    prose: false,
    frontMatter: 'author,ms.assetid,ms.author,ms.manager,ms.service,ms.title',
  },
  '2016-11-11_b9a1989_en-us.md': { changes: [], bumps: none, prose: false },
  '2016-11-29_6314571_en-us.md': { changes: [], bumps: none, prose: false, frontMatter: 'ms.assetid' },
  '2016-12-01_5bd4e71_en-us.md': { changes: ['statusChanged InvalidApplicationPackageReferences 400>409'], bumps: 'none/none/major', prose: false },
  '2016-12-27_f9e93b9_en-us.md': { changes: [], bumps: none, prose: true },
  '2017-03-29_a38a079_en-us.md': {
    changes: [
      'anchorChanged common',
      'statusChanged InvalidApplicationPackageReferences 409>400',
      'anchorChanged batchService',
      'anchorChanged jobScheduling',
      'anchorChanged taskScheduling',
      'frontMatterChanged title',
      'frontMatterChanged ms.date',
      'sampleChanged sample 1',
      'sampleChanged sample 2',
    ],
    bumps: 'patch/none/major',
    prose: true,
    frontMatter:
      'author,caps.latest.revision,manager,ms.assetid,ms.author,ms.custom,ms.date,ms.manager,ms.prod,ms.reviewer,ms.suite,ms.tgt_pltfrm,ms.title,ms.topic,title',
  },
  '2017-03-29_b89fc37_en-us.md': {
    changes: ['statusChanged InvalidApplicationPackageReferences 400>409', 'sampleChanged sample 1', 'sampleChanged sample 2'],
    bumps: 'none/none/major',
    prose: true,
  },
  '2017-03-29_9a6dc4b_en-us.md': { changes: ['sampleChanged sample 2'], bumps: none, prose: false },
  '2017-05-07_fcd8a8a_en-us.md': { changes: ['sampleChanged sample 2'], bumps: none, prose: true },
  '2017-05-07_2b5982c_en-us.md': { changes: [], bumps: none, prose: true },
  '2017-05-07_3d78ab0_en-us.md': { changes: [], bumps: none, prose: true },
  '2017-05-07_4d80621_en-us.md': { changes: [], bumps: none, prose: true },
  '2017-05-09_e9b744a_en-us.md': { changes: [], bumps: none, prose: true },
  '0000-00-00_031b255_en-us.md': { changes: ['frontMatterChanged ms.date'], bumps: none, prose: true, frontMatter: 'ms.date,ms.prod' },
};

async function revisionFolder(name: string): Promise<string> {
  return docsFolder({ 'en-us/batch-status-and-error-codes.md': readFileSync(path.join(docsHistory, 'status-codes', name)) });
}

describe.skipIf(!available)('diffs between consecutive real revisions', () => {
  it('cover every revision after the first', () => {
    expect(chain.map((file) => file.file).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(chain.map((file) => [file.prev_file!, file.file] as const))('%s → %s', async (previous, current) => {
    const [before, after] = [await revisionFolder(previous), await revisionFolder(current)];
    const [oldModel, newModel] = [(await loadDocs(before)).model!, (await loadDocs(after)).model!];
    const changes = compareModels(oldModel, newModel);
    const summary = changes.map((change) =>
      [
        change.kind,
        change.kind === 'headingChanged' || change.kind === 'anchorChanged' ? change.table : subjectOf(change),
        change.kind === 'statusChanged' ? `${change.statuses.before}>${change.statuses.after}` : undefined,
      ]
        .filter(Boolean)
        .join(' '),
    );
    const want = expected[current]!;
    expect(summary).toEqual(want.changes);
    expect(
      proposeRelease(changes, oldModel, newModel)
        .map((release) => release.bump)
        .join('/'),
    ).toBe(want.bumps);
    const [pageChange] = comparePages(await readDocsFolder(before), await readDocsFolder(after));
    expect(pageChange).toEqual({
      file: 'en-us/batch-status-and-error-codes.md',
      status: 'modified',
      outsideTables: want.prose,
      frontMatterFields: want.frontMatter?.split(',') ?? [],
    });
  });
});
