/**
 * The semantic diff: every kind of change, on copies of the real page edited
 * by hand, with the release each one calls for.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Change, compareModels, outOfOrder } from '../src/diff/compare.js';
import { type PackageRelease, proposeRelease } from '../src/diff/release.js';
import { loadDocs } from '../src/load.js';
import { docsFolder, seedPagePath, subjectOf } from './helpers.js';

const seed = readFileSync(seedPagePath, 'utf8');
const page = 'en-us/batch-status-and-error-codes.md';

/** The seed page with each `[from, to]` replaced once (each `from` must be there). */
function edited(...replacements: [string, string][]): string {
  let text = seed;
  for (const [from, to] of replacements) {
    if (!text.includes(from)) throw new Error(`"${from}" is not in the seed`);
    text = text.replace(from, to);
  }
  return text;
}

async function diff(after: string) {
  const before = await loadDocs(await docsFolder({ [page]: seed }), { label: 'docs-source' });
  const current = await loadDocs(await docsFolder({ [page]: after }), { label: 'docs-source' });
  if (!before.model || !current.model) throw new Error('a fixture did not read');
  const changes = compareModels(before.model, current.model);
  return { changes, release: proposeRelease(changes, before.model, current.model) };
}

/** `{ kind, code }` of each change, for compact expectations. */
const kinds = (changes: readonly Change[]) => changes.map((change) => `${change.kind} ${subjectOf(change)}`.trim());
const bumps = (release: readonly PackageRelease[]) => Object.fromEntries(release.map((entry) => [entry.name.replace('@batch-errors/', ''), entry.bump]));

const row = (code: string, status: string, message: string) => `|${code}|${status}|${message}|`;

describe('compareModels and proposeRelease', () => {
  it.each<[string, string, string[], Record<string, string>]>([
    [
      'a changed status',
      edited(['|InvalidApplicationPackageReferences|Conflict (409)|', '|InvalidApplicationPackageReferences|Bad Request (400)|']),
      ['statusChanged InvalidApplicationPackageReferences'],
      { core: 'none', messages: 'none', http: 'major' },
    ],
    [
      'a changed status of a code documented with two',
      edited(['|ConditionNotMet|Precondition Failed (412)|', '|ConditionNotMet|Conflict (409)|']),
      ['statusChanged ConditionNotMet'],
      { core: 'none', messages: 'major', http: 'major' },
    ],
    [
      'an added REST code',
      edited(['|ServerBusy|', `${row('NewServiceCode', 'Conflict (409)', 'Something new happened.')}\n|ServerBusy|`]),
      ['added NewServiceCode'],
      { core: 'minor', messages: 'minor', http: 'minor' },
    ],
    [
      'an added scheduling code',
      edited(['|DiskFull|ServerError|', '|NewTaskCode|UserError|A new task error.|\n|DiskFull|ServerError|']),
      ['added NewTaskCode'],
      // http bundles core's code list: isBatchErrorCode now accepts the new code.
      { core: 'minor', messages: 'minor', http: 'minor' },
    ],
    [
      'a removed code',
      edited([`${row('PoolNotFound', 'NotFound (404)', 'The specified pool does not exist.')}\n`, '']),
      ['removed PoolNotFound'],
      { core: 'major', messages: 'major', http: 'major' },
    ],
    [
      'a renamed code (same row, same message)',
      edited(['|AutoScalingFormulaTooLong|', '|AutoScaleFormulaTooLong|']),
      ['renamed AutoScaleFormulaTooLong'],
      { core: 'major', messages: 'major', http: 'major' },
    ],
    [
      'a changed category',
      edited(['|BlobDownloadTimedOut|ServerError|', '|BlobDownloadTimedOut|UserError|']),
      ['categoryChanged BlobDownloadTimedOut'],
      { core: 'major', messages: 'none', http: 'none' },
    ],
    [
      'a reworded message',
      edited(['The specified OS Version does not exists.', 'The specified OS Version does not exist.']),
      ['reworded OSVersionNotFound'],
      { core: 'none', messages: 'patch', http: 'none' },
    ],
    [
      'a reworded category description',
      edited(['Errors in the task specification provided by the user.', 'Errors in what the user specified for the task.']),
      ['descriptionReworded UserError'],
      { core: 'none', messages: 'patch', http: 'none' },
    ],
    [
      'a moved row',
      edited(
        [`${row('TaskNotFound', 'NotFound (404)', 'The specified task does not exist.')}\n`, ''],
        ['|NodeAgentSKUNotFound|', `${row('TaskNotFound', 'NotFound (404)', 'The specified task does not exist.')}\n|NodeAgentSKUNotFound|`],
      ),
      ['moved TaskNotFound'],
      { core: 'patch', messages: 'patch', http: 'patch' },
    ],
    [
      'removed section anchors',
      edited(['<a name="bk_ComRESTAPIErrCodes"></a> ', '']),
      ['anchorChanged common'],
      { core: 'patch', messages: 'none', http: 'none' },
    ],
    [
      'prose only',
      edited(['The following sections provide lists of error codes', 'The sections below list the error codes']),
      [],
      { core: 'none', messages: 'none', http: 'none' },
    ],
    [
      'front matter only',
      edited(['ms.date: 02/01/2017', 'ms.date: 11/22/2026']),
      ['frontMatterChanged ms.date'],
      { core: 'none', messages: 'none', http: 'none' },
    ],
    ['a changed sample', edited(['"value": "deleted"', '"value": "active"']), ['sampleChanged sample 1'], { core: 'none', messages: 'none', http: 'none' }],
  ])('%s', async (_name, after, expectedKinds, expectedBumps) => {
    const { changes, release } = await diff(after);
    expect(kinds(changes)).toEqual(expectedKinds);
    expect(bumps(release)).toEqual(expectedBumps);
  });

  it('shows a reworded message word by word', async () => {
    const { changes } = await diff(edited(['The specified OS Version does not exists.', 'The specified OS Version does not exist.']));
    expect(changes[0]).toMatchObject({ kind: 'reworded', code: 'OSVersionNotFound', locale: 'en-us', status: 400 });
    expect(changes[0]?.kind === 'reworded' && changes[0].message.words).toEqual([
      { text: 'The specified OS Version does not ', change: 'same' },
      { text: 'exists', change: 'removed' },
      { text: 'exist', change: 'added' },
      { text: '.', change: 'same' },
    ]);
  });

  it('names the statuses of a status change, and where the row is', async () => {
    const { changes } = await diff(edited(['|InvalidApplicationPackageReferences|Conflict (409)|', '|InvalidApplicationPackageReferences|Bad Request (400)|']));
    expect(changes[0]).toMatchObject({
      statuses: { before: [409], after: [400] },
      source: { after: { file: 'docs-source/en-us/batch-status-and-error-codes.md', line: 161 } },
    });
  });

  it('finds nothing between a page and itself', async () => {
    const { changes, release } = await diff(seed);
    expect(changes).toEqual([]);
    expect(release.every((entry) => entry.bump === 'none')).toBe(true);
  });

  it('combines several changes into the strongest bump per package', async () => {
    const { release } = await diff(
      edited(
        ['The specified OS Version does not exists.', 'The specified OS Version does not exist.'],
        ['|DiskFull|ServerError|', '|NewTaskCode|UserError|A new task error.|\n|DiskFull|ServerError|'],
      ),
    );
    expect(bumps(release)).toEqual({ core: 'minor', messages: 'minor', http: 'minor' });
    expect(release.find((entry) => entry.name === '@batch-errors/messages')?.changes.map((change) => change.kind)).toEqual(['reworded', 'added']);
  });
});

describe('outOfOrder', () => {
  it.each([
    [[0, 1, 2, 3], []],
    [[1, 2, 3, 0], [3]],
    [[3, 0, 1, 2], [0]],
    [[0, 2, 1, 3], [1]],
    [[], []],
  ])('%j moves %j', (order, moved) => {
    expect(outOfOrder(order)).toEqual(moved);
  });
});

describe('translations in the diff', () => {
  const german = readFileSync(seedPagePath.replace('/en-us/', '/de-de/'), 'utf8');

  async function diffTrees(before: Record<string, string>, after: Record<string, string>) {
    const old = await loadDocs(await docsFolder(before), { label: 'docs-source' });
    const current = await loadDocs(await docsFolder(after), { label: 'docs-source' });
    const changes = compareModels(old.model!, current.model!);
    return { changes, release: proposeRelease(changes, old.model!, current.model!) };
  }

  it('reports a reworded translation per locale, word by word: a patch of messages', async () => {
    const { changes, release } = await diffTrees(
      { [page]: seed, 'de-de/batch-status-and-error-codes.md': german },
      {
        [page]: seed,
        'de-de/batch-status-and-error-codes.md': german.replace('Der angegebene Pool ist nicht vorhanden.', 'Der angegebene Pool existiert nicht.'),
      },
    );
    expect(changes).toMatchObject([{ kind: 'reworded', code: 'PoolNotFound', locale: 'de-de' }]);
    const [change] = changes;
    expect(change?.kind === 'reworded' && change.message.words.filter((word) => word.change !== 'same').map((word) => `${word.change}:${word.text}`)).toEqual([
      'removed:ist',
      'added:existiert',
      'removed: vorhanden',
    ]);
    expect(bumps(release)).toEqual({ core: 'none', messages: 'patch', http: 'none' });
  });

  it('reports a new locale: a minor release of messages', async () => {
    const { changes, release } = await diffTrees({ [page]: seed }, { [page]: seed, 'de-de/batch-status-and-error-codes.md': german });
    expect(kinds(changes)).toEqual(['localeAdded de-de']);
    expect(bumps(release)).toEqual({ core: 'none', messages: 'minor', http: 'none' });
  });
});
