/**
 * The maintainers' flow of the README ("When the docs change"), run for real
 * on a scratch copy of the repository with its own install and a warm Nx
 * cache: edit the docs, regenerate, check, write the report and the
 * changesets, build, test and lint what changed, version. Every command must
 * exit 0 with no file edited by hand, and the built packages must hold the
 * new data. The edits are chosen from the docs as they are, so the test
 * survives a docs change itself.
 */
import { execFile } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { type BatchErrorModel, loadDocs } from '@batch-errors/codegen';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { git, packageVersions, pnpm, quickStartLines, removeScratchWorkspace, scratchWorkspace, shell } from './scratch-workspace.js';

const page = 'docs-source/en-us/batch-status-and-error-codes.md';

let copy: string;
let quickStart: { build: string; test: string };

beforeAll(async () => {
  quickStart = await quickStartLines();
  copy = await scratchWorkspace();
  await shell(copy, quickStart.build); // warms the Nx cache
}, 900_000);

afterAll(() => removeScratchWorkspace(copy));

async function modelOf(folder: string): Promise<BatchErrorModel> {
  const { model } = await loadDocs(path.join(folder, 'docs-source'));
  if (!model) throw new Error(`${folder}/docs-source has no model`);
  return model;
}

/** Replaces line `line` (1-based) of the page. */
async function editLine(line: number, edit: (text: string) => string): Promise<void> {
  const lines = (await readFile(path.join(copy, page), 'utf8')).split('\n');
  const before = lines[line - 1] ?? '';
  const after = edit(before);
  if (after === before) throw new Error(`line ${line} did not change: ${before}`);
  lines[line - 1] = after;
  await writeFile(path.join(copy, page), lines.join('\n'));
}

/**
 * What an expression over a built module of the copy evaluates to, as ES module and as
 * CommonJS, each in a fresh Node process (a module once imported stays cached).
 */
async function builtValue(packageName: string, entry: string, expression: string): Promise<{ esm: unknown; cjs: unknown }> {
  const file = path.join(copy, 'packages', packageName, 'dist', entry);
  const run = async (args: string[]) =>
    JSON.parse((await promisify(execFile)(process.execPath, args, { cwd: copy, timeout: 60_000, killSignal: 'SIGKILL' })).stdout) as unknown;
  return {
    esm: await run([
      '--input-type=module',
      '-e',
      `Object.assign(globalThis, await import(${JSON.stringify(`${file}.js`)})); console.log(JSON.stringify(${expression}));`,
    ]),
    cjs: await run(['-e', `Object.assign(globalThis, require(${JSON.stringify(`${file}.cjs`)})); console.log(JSON.stringify(${expression}));`]),
  };
}

/** The cells of a table row (`|a|b|c|` gives a, b, c). */
const cellsOf = (row: string) =>
  row
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|');
const rowOf = (cells: readonly string[]) => `|${cells.join('|')}|`;

describe('when the docs change', () => {
  it('one build after an edit builds the new data with a warm cache; an unchanged build is a full cache hit', async () => {
    const model = await modelOf(copy);
    const table = model.tables.find((candidate) => candidate.id === 'batchService');
    const entry = table?.kind === 'rest' ? table.entries.find((candidate) => candidate.variants.length === 1) : undefined;
    const variant = entry?.variants[0];
    if (!entry || !variant) throw new Error('no batchService row to edit');
    const reworded = `${variant.message.replace(/\.$/, '')}, as the flow test words it.`;
    await editLine(variant.source.line, (row) => {
      const cells = cellsOf(row);
      return rowOf([...cells.slice(0, -1), reworded]);
    });

    await shell(copy, quickStart.build);
    expect(await builtValue('messages', 'en-us', `getMessage(${JSON.stringify(entry.code)})`)).toEqual({ esm: reworded, cjs: reworded });

    await git(copy, 'checkout', '--', '.');
    await shell(copy, quickStart.build);
    const again = await shell(copy, quickStart.build);
    expect(`${again.stdout}${again.stderr}`).toMatch(/Nx read the output from the cache instead of running the command for (\d+) out of \1 tasks/);
    expect(await builtValue('messages', 'en-us', `getMessage(${JSON.stringify(entry.code)})`)).toEqual({ esm: variant.message, cjs: variant.message });
  }, 900_000);

  it('a status change, an added code, a removed code and a reworded message go through the README flow to a release', async () => {
    await git(copy, 'checkout', '--quiet', '-b', 'docs-update');
    const before = await packageVersions(copy);
    const model = await modelOf(copy);
    const table = model.tables.find((candidate) => candidate.id === 'batchService');
    if (table?.kind !== 'rest') throw new Error('no batchService table');
    const codesElsewhere = new Set(model.tables.filter((other) => other !== table).flatMap((other) => other.entries.map((entry) => entry.code)));
    const candidates = table.entries.filter((entry) => entry.variants.length === 1 && !codesElsewhere.has(entry.code));
    const [statusChanged, reworded] = candidates;
    const removed = candidates.at(-1);
    const first = table.entries[0]?.variants[0];
    if (!statusChanged || !reworded || !removed || !first || new Set([statusChanged, reworded, removed]).size < 3)
      throw new Error('the docs have too few rows');
    const oldStatus = statusChanged.variants[0]?.status;
    const newStatus = oldStatus === 409 ? 400 : 409;
    const newMessage = `${reworded.variants[0]?.message.replace(/\.$/, '')}, reworded by the flow test.`;

    const steps: { name: string; edit: () => Promise<void>; reported: string }[] = [
      {
        name: 'a status change',
        edit: () =>
          editLine(statusChanged.variants[0]?.source.line ?? 0, (row) =>
            rowOf(cellsOf(row).map((cell, index) => (index === 1 ? (newStatus === 400 ? 'Bad Request (400)' : 'Conflict (409)') : cell))),
          ),
        reported: `**status changed** \`${statusChanged.code}\``,
      },
      {
        name: 'an added code',
        edit: () => editLine(first.source.line, (row) => `${row}\n|FlowTestAddedCode|Conflict (409)|The flow test added this code.|`),
        reported: '**added** `FlowTestAddedCode`',
      },
      {
        // The last of the edits to move lines: the removed row is below the added one.
        name: 'a removed code',
        edit: async () => {
          const text = await readFile(path.join(copy, page), 'utf8');
          await writeFile(path.join(copy, page), text.replace(new RegExp(`^\\|${removed.code}\\|.*\\n`, 'm'), ''));
        },
        reported: `**removed** \`${removed.code}\``,
      },
      {
        name: 'a reworded message',
        edit: async () => {
          const text = await readFile(path.join(copy, page), 'utf8');
          const row = new RegExp(`^\\|${reworded.code}\\|.*$`, 'm').exec(text)?.[0] ?? '';
          await writeFile(path.join(copy, page), text.replace(row, rowOf([...cellsOf(row).slice(0, -1), newMessage])));
        },
        reported: `**reworded** \`${reworded.code}\``,
      },
    ];

    for (const step of steps) {
      await step.edit();
      await shell(copy, `${pnpm} generate`);
      await shell(copy, `${pnpm} exec batch-errors-codegen check`);
      const report = await shell(copy, `${pnpm} exec batch-errors-codegen diff --base main --changeset`);
      expect(report.stdout, step.name).toContain(step.reported);
      await git(copy, 'add', '--all');
      await git(copy, 'commit', '--quiet', '--message', step.name);
    }

    // Build, test and lint what changed (the generator's own suite and this one aside), then the
    // data checks of the built packages against the edited docs.
    await shell(
      copy,
      `${pnpm} exec nx affected -t build test lint --base=main --exclude=@batch-errors/release-check,@batch-errors/codegen --output-style=static`,
    );
    await shell(path.join(copy, 'tools/release-check'), `${pnpm} exec vitest run test/docs-core.test.ts test/docs-http.test.ts test/docs-messages.test.ts`);
    expect(await builtValue('core', 'index', `[errorCodes.includes("FlowTestAddedCode"), errorCodes.includes(${JSON.stringify(removed.code)})]`)).toEqual({
      esm: [true, false],
      cjs: [true, false],
    });
    expect(await builtValue('http', 'index', `statusesOf(${JSON.stringify(statusChanged.code)})`)).toEqual({ esm: [newStatus], cjs: [newStatus] });
    expect(await builtValue('messages', 'en-us', `getMessage(${JSON.stringify(reworded.code)})`)).toEqual({ esm: newMessage, cjs: newMessage });

    // One changeset per package and change: a report that repeats earlier changes wrote them once.
    const changesets = (await readdir(path.join(copy, '.changeset'))).filter((file) => file.startsWith('docs-'));
    expect(changesets.map((file) => file.replace(/-[0-9a-f]{10}\.md$/, '')).sort()).toEqual([
      'docs-core',
      'docs-core',
      'docs-http',
      'docs-http',
      'docs-http',
      'docs-messages',
      'docs-messages',
      'docs-messages',
    ]);

    await shell(copy, `${pnpm} exec changeset version`);
    // A removed code is a major release of the packages whose data it leaves; diagnose, on
    // the old major of core and messages, gets a patch with the new ranges.
    expect(await packageVersions(copy)).toEqual({
      core: bump(before.core, 'major'),
      messages: bump(before.messages, 'major'),
      http: bump(before.http, 'major'),
      diagnose: bump(before.diagnose, 'patch'),
    });
    const newEntries = async (name: string) => {
      const changelog = await readFile(path.join(copy, 'packages', name, 'CHANGELOG.md'), 'utf8');
      // The entries of the new version, without the 'Updated dependencies' note changesets adds.
      return (changelog.split(/^## /m)[1] ?? '').split('\n').filter((line) => line.startsWith('- ') && !line.startsWith('- Updated dependencies'));
    };
    const expectEntries = (entries: string[], codes: string[], others: string[]) => {
      expect(entries, entries.join('\n')).toHaveLength(codes.length);
      for (const code of codes) expect(entries.join('\n')).toContain(`\`${code}\``);
      for (const code of others) expect(entries.join('\n')).not.toContain(`\`${code}\``);
    };
    expectEntries(await newEntries('http'), [statusChanged.code, 'FlowTestAddedCode', removed.code], [reworded.code]);
    expectEntries(await newEntries('messages'), ['FlowTestAddedCode', removed.code, reworded.code], [statusChanged.code]);
    expectEntries(await newEntries('core'), ['FlowTestAddedCode', removed.code], [statusChanged.code, reworded.code]);
    expect((await newEntries('messages')).join('\n')).toContain(newMessage);
    await git(copy, 'add', '--all');
    await git(copy, 'commit', '--quiet', '--message', 'version');
    expect((await git(copy, 'status', '--porcelain')).stdout).toBe('');
  }, 1_800_000);
});

function bump(version: string, kind: 'major' | 'minor' | 'patch'): string {
  const [major = 0, minor = 0, patch = 0] = version.split('.').map(Number);
  if (kind === 'major') return `${major + 1}.0.0`;
  if (kind === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}
