/**
 * The whole "When the docs change" flow of the README, for every real upstream
 * revision of "Batch Status and Error Codes" published after our copy (in
 * upstream order, from ../shared/docs-history), then an added, a removed and a
 * reworded code: each applied to one scratch copy of the repository with a
 * warm Nx cache, each through `pull`, `pnpm generate`, `check`,
 * `diff --changeset`, `nx affected -t build test lint`, `changeset version`
 * and a commit, every command exiting 0 with no file edited by hand, and the
 * built packages checked against the page after each.
 *
 * Too long for every CI run (each step builds and tests every affected
 * package, the generator's suite included): run it with
 * `pnpm exec nx run @batch-errors/release-check:flow` when the flow changes.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUpstreamRepository, type Revision } from '../../codegen/test/upstream-history.js';
import { git, pnpm, quickStartLines, removeScratchWorkspace, repoRoot, scratchWorkspace, shell } from '../test/scratch-workspace.js';

const docsHistory = path.join(repoRoot, '..', 'shared', 'docs-history');
const historyPresent = existsSync(path.join(docsHistory, 'status-codes'));
if (!historyPresent) console.warn(`docs-history.flow.ts: ${docsHistory} is absent; the walk through the real upstream history is skipped.`);

/** The first upstream revision published after the copy the project started from. */
const firstAfterOurCopy = '2017-03-29_a38a079_en-us.md';
const page = 'docs-source/en-us/batch-status-and-error-codes.md';

let copy: string;
let upstream: string;
let revisions: Revision[];

beforeAll(async () => {
  if (!historyPresent) return;
  upstream = await mkdtemp(path.join(tmpdir(), 'batch-errors-upstream-repo-'));
  revisions = await buildUpstreamRepository(docsHistory, upstream);
  copy = await scratchWorkspace();
  await shell(copy, (await quickStartLines()).build); // warms the Nx cache
}, 1_800_000);

afterAll(async () => {
  await removeScratchWorkspace(copy);
  if (upstream) await rm(upstream, { recursive: true, force: true });
});

/** The README's flow after the docs changed, on the branch; returns the report. */
async function throughTheFlow(name: string): Promise<string> {
  await shell(copy, `${pnpm} generate`);
  await shell(copy, `${pnpm} exec batch-errors-codegen check`);
  const report = (await shell(copy, `${pnpm} exec batch-errors-codegen diff --base HEAD --changeset`)).stdout;
  // Everything but this package, whose tests would run this walk again.
  await shell(copy, `${pnpm} exec nx affected -t build test lint --base=HEAD --exclude=@batch-errors/release-check --output-style=static`, 3_600_000);
  await shell(path.join(copy, 'tools/release-check'), `${pnpm} exec vitest run test/docs-core.test.ts test/docs-http.test.ts test/docs-messages.test.ts`);
  await shell(copy, `${pnpm} exec changeset version`);
  await git(copy, 'add', '--all');
  await git(copy, 'commit', '--quiet', '--allow-empty', '--message', name);
  expect((await git(copy, 'status', '--porcelain')).stdout, name).toBe('');
  return report;
}

describe.skipIf(!historyPresent)('the docs-change flow over the real upstream history', () => {
  it('takes every revision after our copy through the flow', async () => {
    const after = revisions.slice(revisions.findIndex((revision) => revision.file === firstAfterOurCopy));
    expect(after.length).toBeGreaterThan(0);
    for (const revision of after) {
      const pulled = await shell(copy, `${pnpm} exec batch-errors-codegen pull --from '${upstream}' --ref ${revision.commit}`);
      expect(pulled.stdout, revision.file).toContain(revision.commit?.slice(0, 12));
      const report = await throughTheFlow(revision.file);
      expect(report, revision.file).toContain('# Docs change report');
      const record = JSON.parse(await readFile(path.join(copy, 'docs-source/upstream.json'), 'utf8'));
      expect(record.pages['en-us/batch-status-and-error-codes.md'].commit, revision.file).toBe(revision.commit);
    }
  }, 36_000_000);

  it.each([
    [
      'an added code',
      (text: string) => text.replace(/^(\|[A-Za-z]+\|[^|\n]*\(\d+\)\|[^|\n]*\|)$/m, '$1\n|FlowAddedCode|Conflict (409)|The flow added this code.|'),
    ],
    ['a removed code', (text: string) => text.replace(/^\|(?!FlowAddedCode)[A-Za-z]+\|[^|\n]*\(\d+\)\|[^|\n]*\|\n(?=\|[A-Za-z]+\|[^|\n]*\(\d+\)\|)/m, '')],
    ['a reworded message', (text: string) => text.replace(/^(\|[A-Za-z]+\|[^|\n]*\(\d+\)\|)([^|\n]*?)\.?\|$/m, '$1$2, reworded by the flow.|')],
  ])(
    'takes %s through the flow',
    async (name, edit) => {
      const text = await readFile(path.join(copy, page), 'utf8');
      const edited = edit(text);
      expect(edited).not.toBe(text);
      await writeFile(path.join(copy, page), edited);
      const report = await throughTheFlow(name);
      expect(report).toMatch(/\*\*(added|removed|reworded)\*\*/);
    },
    3_600_000,
  );
});
