/**
 * `pull` against a real git repository of the upstream docs, built here from
 * the real revisions in ../shared/docs-history/status-codes: each committed at
 * its real path with its real date, so the page moves between folders as it
 * did upstream. The history is walked one `pull --ref` at a time: every real
 * revision through `pull`, `generate`, `check` and `diff --changeset`, each
 * changeset one that `changeset version` reads. Exhaustive: run by
 * `test:exhaustive`.
 */
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { sha256Of } from '../src/upstream.js';
import { docsHistory, runCli, seedDocs, temporaryFolder } from './helpers.js';
import { type Revision, upstreamOrigin, useUpstreamRepository } from './upstream-history.js';

const page = 'en-us/batch-status-and-error-codes.md';
const statusCodesHistory = path.join(docsHistory, 'status-codes');
const history = useUpstreamRepository(docsHistory, 'pull.exhaustive.test.ts');
const historyPresent = history.present;

describe.skipIf(!historyPresent)('pull, walking the real upstream history', () => {
  it('writes each revision byte for byte, records its commit, and reports what changed', async () => {
    const docs = await temporaryFolder();
    await cp(seedDocs, docs, { recursive: true });
    const out = await temporaryFolder();
    const changesets = await temporaryFolder();
    const before = await temporaryFolder();
    let previous: Revision | undefined;
    for (const revision of history.revisions()) {
      await rm(before, { recursive: true, force: true });
      await cp(docs, before, { recursive: true });
      const result = await runCli('pull', '--from', history.folder(), '--ref', revision.commit ?? '', '--docs', docs);
      expect(result.code, `${revision.file}\n${result.stderr}`).toBe(0);
      const bytes = await readFile(path.join(docs, page));
      expect(sha256Of(bytes), revision.file).toBe(sha256Of(await readFile(path.join(statusCodesHistory, revision.file))));

      const record = JSON.parse(await readFile(path.join(docs, 'upstream.json'), 'utf8'));
      expect(record.pages[page], revision.file).toEqual({
        repository: upstreamOrigin,
        path: revision.path,
        commit: revision.commit,
        date: revision.date,
        sha256: sha256Of(bytes),
      });
      expect(result.stdout, revision.file).toContain('## Upstream');
      expect(result.stdout, revision.file).toContain(`\`${revision.commit?.slice(0, 12)}\``);
      if (previous) expect(result.stdout, revision.file).toContain(', was ');
      // Each revision regenerates, and check passes right after.
      expect((await runCli('generate', '--docs', docs, '--packages', out)).code, revision.file).toBe(0);
      expect((await runCli('check', '--docs', docs, '--packages', out)).code, revision.file).toBe(0);
      // The changesets of the revision are what `changeset version` reads: one package and a bump each.
      const written = await runCli('diff', before, docs, '--changeset', '--changeset-dir', changesets);
      expect(written.code, `${revision.file}\n${written.stderr}`).toBe(0);
      for (const name of await readdir(changesets)) {
        const front = /^---\n([\s\S]*?)---\n\n\S/.exec(await readFile(path.join(changesets, name), 'utf8'))?.[1];
        const releases = Object.entries((parseYaml(front ?? '') ?? {}) as Record<string, unknown>);
        expect(releases, `${revision.file}: ${name}`).toHaveLength(1);
        expect(releases[0]?.[0], name).toMatch(/^@batch-errors\/(core|messages|http)$/);
        expect(['major', 'minor', 'patch'], name).toContain(releases[0]?.[1]);
      }
      // The job-and-task page is not in this repository: reported where it was looked for, and kept.
      expect(result.stderr).toContain('articles/batch/batch-job-task-error-checking.md');
      expect(result.stderr).toContain('[upstream-page-missing]');
      previous = revision;
    }

    // The generated headers name the upstream revision the packages come from, while the page is exactly it.
    const last = history.revisions().at(-1);
    const codes = await readFile(path.join(out, 'core/src/generated/codes.ts'), 'utf8');
    expect(codes.split('\n')[2]).toBe(`// Upstream: ${upstreamOrigin} ${last?.path} at ${last?.commit} (${last?.date})`);
    await writeFile(path.join(docs, page), `${await readFile(path.join(docs, page), 'utf8')}\nEdited by hand.\n`);
    const edited = await runCli('generate', '--docs', docs, '--packages', out);
    expect(edited.stderr).toMatch(
      /en-us\/batch-status-and-error-codes\.md:1:1: warning: Expected the bytes of .* at [0-9a-f]{12}, as upstream\.json records, found other bytes.*\[upstream-mismatch\]/,
    );
    expect((await readFile(path.join(out, 'core/src/generated/codes.ts'), 'utf8')).split('\n')[2]).toMatch(/^\/\/ Regenerate: /);
  }, 240_000);
});
