/**
 * The generated folders change as one tree: a run killed half way is
 * finished by the next, through the command line; two writers on one tree
 * end in one whole tree; a write that cannot happen is reported. (A kill at
 * every step is in write.exhaustive.test.ts.)
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { GeneratedFile } from '../src/emit/index.js';
import { maxFileBytes } from '../src/files.js';
import { applyPlan, lockName, planOutput, stagingPrefix, writeFileAtomic } from '../src/write.js';
import { temporaryFolder } from './helpers.js';
import {
  codegenRoot,
  committedJournal,
  debrisIn,
  faultInjectorSource,
  generatedFileCount,
  generatedTree,
  hasProc,
  moveMessagesAside,
  onlyPackage,
  packages,
  processState,
  run,
  scratchWorkspace,
  slow,
  startWriter,
  trees,
  typecheck,
  until,
  waitFor,
  writerInput,
} from './writing.js';

describe('a writer killed half way', () => {
  it(
    'through the command line: check fails naming the debris and changes nothing, generate finishes, tsc passes',
    async () => {
      const { newTree } = await trees();
      const workspace = await scratchWorkspace();
      const out = path.join(workspace, 'packages');
      const docs = path.join(workspace, 'docs-source');
      const { newFiles } = await trees();
      const killed = await waitFor(startWriter(await writerInput(out, newFiles), `SIGKILL@${moveMessagesAside}`));
      expect(killed.signal).toBe('SIGKILL');
      expect(await committedJournal(out)).toBe(true);
      const before = await generatedTree(out);
      const left = await debrisIn(out);

      const checked = await run('check', '--docs', docs, '--packages', out);
      expect(checked.code).toBe(1);
      const shown = path.relative(process.cwd(), out).split(path.sep).join('/');
      for (const name of left)
        expect(checked.stdout).toContain(`debris: ${shown}/${name} (left by an interrupted or running generate; the next generate removes it)`);
      expect(left.some((name) => name.startsWith(stagingPrefix))).toBe(true);
      expect(await generatedTree(out)).toEqual(before);
      expect(await debrisIn(out)).toEqual(left);

      expect((await run('generate', '--docs', docs, '--packages', out)).code).toBe(0);
      expect(await generatedTree(out)).toEqual(newTree);
      expect(await debrisIn(out)).toEqual([]);
      expect(await run('check', '--docs', docs, '--packages', out)).toMatchObject({
        code: 0,
        stdout: `batch-errors-codegen: ${generatedFileCount} generated files up to date.`,
      });
      expect(typecheck(workspace)).toBe('');
    },
    slow,
  );
});

describe('two writers on one tree', () => {
  it.skipIf(!hasProc)(
    'the second waits for the lock while the first is stopped half way, then both end in its tree, whole',
    async () => {
      const { oldTree, newTree, newFiles, oldFiles } = await trees();
      const workspace = await scratchWorkspace();
      const out = path.join(workspace, 'packages');
      const first = startWriter(await writerInput(out, newFiles), `SIGSTOP@${moveMessagesAside}`);
      const firstDone = waitFor(first);
      await until(() => processState(first.pid ?? 0) === 'T');
      const mixed = await generatedTree(out);
      expect(onlyPackage(mixed, 'core')).toEqual(onlyPackage(newTree, 'core'));
      expect(onlyPackage(mixed, 'messages')).toEqual(onlyPackage(oldTree, 'messages'));

      // The second writes the old tree back: it must not start before the first is done.
      const second = startWriter(await writerInput(out, oldFiles));
      let secondExited = false;
      const secondDone = waitFor(second).then((result) => {
        secondExited = true;
        return result;
      });
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(secondExited).toBe(false);
      expect(await generatedTree(out)).toEqual(mixed);

      process.kill(first.pid ?? 0, 'SIGCONT');
      expect(await firstDone).toMatchObject({ code: 0, stderr: '' });
      expect(await secondDone).toMatchObject({ code: 0, stderr: '' });
      expect(await generatedTree(out)).toEqual(oldTree);
      expect(await debrisIn(out)).toEqual([]);
    },
    slow,
  );

  it.skipIf(!hasProc)(
    'the second takes over the lock of a first killed half way, finishes its switch, then writes its own tree',
    async () => {
      const { oldTree, newFiles, oldFiles } = await trees();
      const workspace = await scratchWorkspace();
      const out = path.join(workspace, 'packages');
      const first = startWriter(await writerInput(out, newFiles), `SIGSTOP@${moveMessagesAside}`);
      const firstDone = waitFor(first);
      await until(() => processState(first.pid ?? 0) === 'T');
      const secondDone = waitFor(startWriter(await writerInput(out, oldFiles)));
      await new Promise((resolve) => setTimeout(resolve, 500));
      process.kill(first.pid ?? 0, 'SIGKILL');
      expect((await firstDone).signal).toBe('SIGKILL');
      expect(await secondDone).toMatchObject({ code: 0, stderr: '' });
      expect(await generatedTree(out)).toEqual(oldTree);
      expect(await debrisIn(out)).toEqual([]);
    },
    slow,
  );

  it(
    'started together, end in one whole tree with nothing left behind',
    async () => {
      const { oldTree, newTree, newFiles, oldFiles } = await trees();
      for (let round = 0; round < 3; round++) {
        const workspace = await scratchWorkspace();
        const out = path.join(workspace, 'packages');
        const [newInput, oldInput] = [await writerInput(out, newFiles), await writerInput(out, oldFiles)];
        const results = await Promise.all([waitFor(startWriter(newInput)), waitFor(startWriter(oldInput)), waitFor(startWriter(newInput))]);
        for (const result of results) expect(result).toMatchObject({ code: 0, stderr: '' });
        expect([oldTree, newTree]).toContainEqual(await generatedTree(out));
        expect(await debrisIn(out)).toEqual([]);
      }
    },
    slow,
  );
});

describe('generated files larger than a docs page may be', () => {
  it('are compared in full, and one larger than what replaces it is stale', async () => {
    // At 50,000 codes core's constants.ts is 17 MB, over the 16 MiB a docs file may have.
    const out = await temporaryFolder();
    const file: GeneratedFile = { path: 'core/src/generated/constants.ts', text: `${'x'.repeat(maxFileBytes + 1000)}\n` };
    await mkdir(path.join(out, 'core/src/generated'), { recursive: true });
    await writeFile(path.join(out, file.path), file.text);
    const same = await planOutput(out, ['core'], [file]);
    expect([same.unchanged, same.stale.length, same.problems.length]).toEqual([1, 0, 0]);
    await writeFile(path.join(out, file.path), `${file.text}longer\n`);
    const longer = await planOutput(out, ['core'], [file]);
    expect([longer.unchanged, longer.stale.map((stale) => stale.path), longer.problems.length]).toEqual([0, [file.path], 0]);
  });
});

describe('writeFileAtomic', () => {
  it('replaces a file whole, or with exclusive keeps an existing one', async () => {
    const folder = await temporaryFolder();
    const target = path.join(folder, 'translations.lock.json');
    expect(await writeFileAtomic(target, 'first\n')).toBe(true);
    expect(await writeFileAtomic(target, 'second\n')).toBe(true);
    expect(await readFile(target, 'utf8')).toBe('second\n');
    expect(await writeFileAtomic(target, 'third\n', { exclusive: true })).toBe(false);
    expect(await readFile(target, 'utf8')).toBe('second\n');
    expect(await writeFileAtomic(path.join(folder, 'docs-1.md'), 'new\n', { exclusive: true })).toBe(true);
    expect((await readdir(folder)).sort()).toEqual(['docs-1.md', 'translations.lock.json']);
  });

  it.each([
    ['killed before its temporary file', 1, 'old\n'],
    ['killed before its rename', 2, 'old\n'],
  ])('%s, leaves the old bytes; the next write removes what it left', async (_name, at, expected) => {
    const folder = await temporaryFolder();
    const target = path.join(folder, 'translations.lock.json');
    await writeFile(target, 'old\n');
    const script = `
const { writeFileAtomic } = await import(${JSON.stringify(pathToFileURL(path.join(codegenRoot, 'dist/write.js')).href)});
${faultInjectorSource}
await writeFileAtomic(process.argv[1], 'new\\n', { step: stepAt(process.argv[2]) });
`;
    const killed = await waitFor(
      spawn(process.execPath, ['--input-type=module', '-e', script, target, `SIGKILL@${at}`], { timeout: 60_000, killSignal: 'SIGKILL' }),
    );
    expect(killed.signal).toBe('SIGKILL');
    expect(await readFile(target, 'utf8')).toBe(expected);
    await writeFileAtomic(target, 'newer\n');
    expect(await readFile(target, 'utf8')).toBe('newer\n');
    expect(await readdir(folder)).toEqual(['translations.lock.json']);
  });
});

describe('a write that cannot happen', () => {
  it('waits for a live lock, then reports it with its place and writes nothing', async () => {
    const { oldTree, newFiles } = await trees();
    const workspace = await scratchWorkspace();
    const out = path.join(workspace, 'packages');
    await writeFile(path.join(out, lockName), `${process.pid}\n`); // this process is alive: the lock is held
    const problems = await applyPlan(out, await planOutput(out, packages, newFiles), { lockTimeout: 300 });
    expect(problems.map((file) => `${file.path} ${file.messages.map((message) => `${message.reason} [${message.ruleId}]`).join()}`)).toEqual([
      `packages/${lockName} Expected to take the lock of the output folder, found it held by process ${process.pid} for 0.3 s (another generate is running; if not, delete the lock) [output-locked]`,
    ]);
    expect(await generatedTree(out)).toEqual(oldTree);
    expect(await debrisIn(out)).toEqual([lockName]);
  });

  it('reports an output folder it cannot create, instead of throwing', async () => {
    const { newFiles } = await trees();
    const file = path.join(await temporaryFolder(), 'a-file');
    await writeFile(file, '');
    const out = path.join(file, 'packages');
    const plan = await planOutput(out, packages, newFiles);
    expect(plan.problems.length).toBeGreaterThanOrEqual(newFiles.length); // each file, and each generated folder
    expect(plan.problems[0]?.messages[0]?.reason).toBe(
      'Expected a generated file the generator may replace, found a path through something that is not a folder (ENOTDIR)',
    );
    // Planned as if the folder were empty: the write itself must report, not throw.
    const problems = await applyPlan(out, { ...plan, problems: [], missing: newFiles });
    expect(problems.flatMap((problem) => problem.messages.map((message) => `${message.reason} [${message.ruleId}]`))).toEqual([
      expect.stringMatching(/^Expected to write the generated folders, found a path through something that is not a folder \(ENOTDIR\); .* \[write-failed\]$/),
    ]);
  });

  it('reports a disk error before the commit, leaving the old tree and no staging folder', async () => {
    const { oldTree, newFiles } = await trees();
    const workspace = await scratchWorkspace();
    const out = path.join(workspace, 'packages');
    // http's src is a file: its generated folder cannot be switched in.
    await cp(path.join(out, 'http/src/generated'), path.join(workspace, 'http-generated'), { recursive: true });
    await writeFile(path.join(workspace, 'http-src'), '');
    const { rm, rename } = await import('node:fs/promises');
    await rm(path.join(out, 'http/src'), { recursive: true });
    await rename(path.join(workspace, 'http-src'), path.join(out, 'http/src'));
    const before = await generatedTree(out);
    const problems = await applyPlan(out, await planOutput(out, packages, newFiles));
    expect(problems.flatMap((file) => file.messages.map((message) => message.ruleId))).toEqual(['write-failed']);
    expect(problems[0]?.messages[0]?.reason).toMatch(/^Expected to write the generated folders, found .*\(EEXIST|ENOTDIR\)/);
    expect(await generatedTree(out)).toEqual(before);
    expect(onlyPackage(before, 'core')).toEqual(onlyPackage(oldTree, 'core'));
    expect(await debrisIn(out)).toEqual([]);
  });
});
