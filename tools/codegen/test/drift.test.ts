/**
 * The drift report: table-driven cases of what makes two codes one code
 * written differently, small lists with every kind of drift, and the real
 * survey of the SDKs (../shared/reference/sdk-drift.json, read from there):
 * `drift --json` over the seed page and the lists it records gives exactly the
 * sets the survey found.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type DriftReport, driftReport, formatDriftSummary, nearMissBetween } from '../src/drift.js';
import { formatKnownCodes, knownCodesFileName } from '../src/known-codes.js';
import { loadDocs } from '../src/load.js';
import { docsFolder, docsSource, repoRoot, runCli, seedPagePath } from './helpers.js';

const surveyPath = path.join(repoRoot, '..', 'shared', 'reference', 'sdk-drift.json');
const survey = existsSync(surveyPath) ? (JSON.parse(await readFile(surveyPath, 'utf8')) as Survey) : undefined;
const seedPage = await readFile(seedPagePath, 'utf8');

interface Survey {
  sources: Record<string, { repo: string; path: string; commit: string; kind: string; codes: string[]; comparison: Record<string, Comparison> }>;
  cross_sdk_case_variants: string[][];
  cross_sdk_value_conflicts: { constant: string; values: Record<string, string[]> }[];
  union: { all_lists: number; http_lists: number; docs_not_in_any_sdk_list: string[]; in_some_sdk_list_not_in_docs: string[] };
}

interface Comparison {
  only_in_sdk: string[];
  only_in_docs: string[];
  near_misses: { sdk: string; docs: string }[];
}

const kinds: Record<string, string> = { http: 'http', task_scheduling: 'taskScheduling', job_scheduling: 'jobScheduling', pool_resize: 'poolResize' };

/** A known-codes.json with `lists`, each `{ id, kind, codes }` (codes as strings, or `[constant, value]`). */
function knownCodesText(lists: { id: string; kind: string; codes: (string | [string, string])[] }[]): string {
  return formatKnownCodes({
    note: 'test lists',
    lists: lists.map((list) => ({
      id: list.id,
      kind: list.kind as 'http',
      repository: 'https://example.test/sdk',
      path: `src/${list.id}.cs`,
      type: list.id,
      commit: 'a'.repeat(40),
      codes: list.codes.map((code) =>
        typeof code === 'string' ? { value: code, place: { line: 1, column: 1 } } : { constant: code[0], value: code[1], place: { line: 1, column: 1 } },
      ),
    })),
  });
}

async function driftOf(knownCodes: string): Promise<DriftReport> {
  const docs = await docsFolder({ 'en-us/batch-status-and-error-codes.md': seedPage, [knownCodesFileName]: knownCodes });
  const run = await runCli('drift', '--json', '--docs', docs);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as DriftReport;
}

describe('nearMissBetween', () => {
  it.each([
    ['AutoScaleFormulaTooLong', 'AutoScalingFormulaTooLong', 'word'],
    ['AllocationTimedOut', 'AllocationTimedout', 'case'],
    ['NodeAgentSkuNotFound', 'NodeAgentSKUNotFound', 'case'],
    ['JobNotFound', 'PoolNotFound', undefined],
    ['PoolNotFound', 'PoolNotFound', undefined],
    ['TaskEnded', 'TaskEnding', 'word'],
    ['CertificateExists', 'CertificateExist', 'word'],
    ['IOError', 'InError', undefined],
    ['FileUploadTimedOut', 'FileUploadMiscError', undefined],
    ['AB', 'ABC', undefined],
  ] as const)('%s and %s: %s', (left, right, why) => {
    expect(nearMissBetween(left, right)).toBe(why);
    expect(nearMissBetween(right, left)).toBe(why);
  });
});

describe('drift', () => {
  it('reports each kind of drift, sorted, for small lists', async () => {
    const report = await driftOf(
      knownCodesText([
        { id: 'one.Http', kind: 'http', codes: ['PoolNotFound', 'TooManyRequests', 'AutoScaleFormulaTooLong', ['AccountAlreadyExists', 'AccountIsDisabled']] },
        { id: 'two.Resize', kind: 'poolResize', codes: ['AllocationTimedOut', 'Unknown'] },
        { id: 'three.Resize', kind: 'poolResize', codes: [['AllocationTimedOut', 'AllocationTimedout']] },
      ]),
    );
    const [http, two, three] = report.lists;
    expect(http?.onlyInList).toEqual(['AutoScaleFormulaTooLong', 'TooManyRequests']);
    expect(http?.onlyInDocs).toContain('JobNotFound');
    expect(http?.onlyInDocs).not.toContain('PoolNotFound');
    expect(http?.nearMisses).toEqual([{ list: 'AutoScaleFormulaTooLong', docs: 'AutoScalingFormulaTooLong', why: 'word' }]);
    expect(two?.onlyInList).toEqual(['AllocationTimedOut']);
    expect(two?.onlyInDocs).toEqual([]);
    expect(three?.onlyInList).toEqual(['AllocationTimedout']);
    expect(report.caseVariants).toEqual([
      {
        spellings: [
          { code: 'AllocationTimedOut', in: ['two.Resize'] },
          { code: 'AllocationTimedout', in: ['three.Resize'] },
        ],
      },
    ]);
    expect(report.nameValueConflicts).toEqual([
      { constant: 'AccountAlreadyExists', values: [{ value: 'AccountIsDisabled', lists: ['one.Http'] }] },
      {
        constant: 'AllocationTimedOut',
        values: [
          { value: 'AllocationTimedOut', lists: ['two.Resize'] },
          { value: 'AllocationTimedout', lists: ['three.Resize'] },
        ],
      },
    ]);
    expect(report.listedNotDocumented).toEqual(['AllocationTimedOut', 'AllocationTimedout', 'AutoScaleFormulaTooLong', 'TooManyRequests']);
  });

  it('gives the same report however the codes of a list are ordered in the file', async () => {
    const codes = ['TooManyRequests', 'PoolNotFound', 'AutoScaleFormulaTooLong', 'JobNotFound'];
    const fileWith = (ordered: string[]) =>
      JSON.stringify({
        note: 'n',
        lists: [{ id: 'one.Http', kind: 'http', repository: 'https://example.test/sdk', path: 'a.cs', type: 'A', commit: 'a'.repeat(40), codes: ordered }],
      });
    const { docs: _one, knownCodes: _two, ...forward } = await driftOf(fileWith(codes));
    const { docs: _three, knownCodes: _four, ...backward } = await driftOf(fileWith([...codes].reverse()));
    expect(backward).toEqual(forward);
    expect(forward.lists[0]?.onlyInList).toEqual(['AutoScaleFormulaTooLong', 'TooManyRequests']);
  });

  it.skipIf(!survey)('gives over the seed page exactly the sets the survey of the SDKs found (../shared/reference/sdk-drift.json)', async () => {
    if (!survey) return;
    const httpLists = Object.entries(survey.sources)
      .filter(([, source]) => source.kind === 'http')
      .map(([id]) => id);
    const constants = new Map<string, Map<string, string>>();
    for (const conflict of survey.cross_sdk_value_conflicts) {
      for (const [value, holders] of Object.entries(conflict.values)) {
        if (value === conflict.constant.split(' ')[0]) continue;
        const lists = holders.flatMap((holder) => (holder in survey.sources ? [holder] : /http lists/.test(holder) ? httpLists : []));
        for (const list of lists) constants.set(list, (constants.get(list) ?? new Map()).set(value, conflict.constant.split(' ')[0] ?? ''));
      }
    }
    const lists = Object.entries(survey.sources).map(([id, source]) => ({
      id,
      kind: kinds[source.kind] ?? source.kind,
      codes: source.codes.map((code): string | [string, string] => {
        const constant = constants.get(id)?.get(code);
        return constant ? [constant, code] : code;
      }),
    }));
    const report = await driftOf(knownCodesText(lists));

    expect(report.knownCodes.codes).toBe(survey.union.all_lists);
    expect(report.knownCodes.httpCodes).toBe(survey.union.http_lists);
    expect(report.docsInNoList).toEqual([...survey.union.docs_not_in_any_sdk_list].sort());
    expect(report.listedNotDocumented).toEqual([...survey.union.in_some_sdk_list_not_in_docs].sort());
    for (const list of report.lists) {
      const source = survey.sources[list.id];
      const comparison = source?.comparison['vs_same_scope'] ?? source?.comparison['vs_all_121'];
      expect(list.onlyInList, list.id).toEqual([...(comparison?.only_in_sdk ?? [])].sort());
      if (source?.comparison['vs_same_scope']) expect(list.onlyInDocs, list.id).toEqual([...(comparison?.only_in_docs ?? [])].sort());
      expect(
        list.nearMisses.map((miss) => [miss.list, miss.docs]),
        list.id,
      ).toEqual((comparison?.near_misses ?? []).map((miss) => [miss.sdk, miss.docs]));
    }
    expect(report.caseVariants.map((variant) => variant.spellings.map((spelling) => spelling.code))).toEqual(
      survey.cross_sdk_case_variants.map((variant) => [...variant].sort()),
    );
    expect(report.nameValueConflicts.map((conflict) => conflict.constant)).toEqual(
      survey.cross_sdk_value_conflicts.map((conflict) => conflict.constant.split(' ')[0]).sort(),
    );
  });

  it('is refused with the file and place when known-codes.json is broken, and nothing is written', async () => {
    const docs = await docsFolder({
      'en-us/batch-status-and-error-codes.md': seedPage,
      [knownCodesFileName]: '{\n  "note": "x",\n  "lists": [\n    { "id": "a" }\n  ]\n}\n',
    });
    const run = await runCli('drift', '--docs', docs, '--report', path.join(docs, 'DRIFT.md'));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/known-codes\.json:4:5: error: Expected "kind" to be a non-empty string, found none \[invalid-known-codes\]/);
    expect(existsSync(path.join(docs, 'DRIFT.md'))).toBe(false);
  });
});

describe("the README's drift summary", () => {
  it('is the summary of the docs as they are', async () => {
    const readme = await readFile(path.join(repoRoot, 'README.md'), 'utf8');
    const shown = /<!-- drift-summary:start -->\n([\s\S]*?)\n<!-- drift-summary:end -->/.exec(readme)?.[1];
    const { model } = await loadDocs(docsSource);
    expect(model).toBeDefined();
    if (!model) return;
    expect(shown, 'README.md: run `pnpm exec batch-errors-codegen drift` and copy its summary table').toBe(formatDriftSummary(driftReport(model)));
  });
});
