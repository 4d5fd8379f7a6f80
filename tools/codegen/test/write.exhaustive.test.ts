/**
 * The generated folders change as one tree, at every step: a writer is killed
 * with a real SIGKILL at each step that changes the disk (through the step
 * function the tests give it), and the real command at every rename under
 * strace where strace is installed; the packages must then hold the old tree
 * or the new one, \`check\` must name what the killed run left, and the next
 * generate must finish the switch. Exhaustive: run by \`test:exhaustive\`.
 */
import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyPlan, planOutput, recover } from '../src/write.js';
import {
  bin,
  committedJournal,
  debrisIn,
  expectWholePackages,
  generatedFileCount,
  generatedTree,
  killedByStrace,
  moveMessagesAside,
  onlyPackage,
  packages,
  run,
  scratchWorkspace,
  slow,
  startWriter,
  strace,
  trees,
  waitFor,
  writerInput,
} from './writing.js';

describe('a writer killed at every step', () => {
  it(
    'leaves the old tree or the new one; check names the debris; the next run finishes and cleans up',
    async () => {
      const { oldTree, newTree, newFiles } = await trees();
      const changed = Object.keys(newTree).filter((file) => newTree[file] !== oldTree[file]);
      expect(new Set(changed.map((file) => file.split('/')[0]))).toEqual(new Set(['core', 'http', 'messages']));
      expect(Object.keys(newTree)).toHaveLength(generatedFileCount);
      let mixedStates = 0;
      let steps = 0;
      for (let at = 1; at < 200; at++) {
        const workspace = await scratchWorkspace();
        const out = path.join(workspace, 'packages');
        const result = await waitFor(startWriter(await writerInput(out, newFiles), `SIGKILL@${at}`));
        if (result.signal !== 'SIGKILL') {
          // Past the last step: the run completes.
          expect(result).toMatchObject({ code: 0, stderr: '' });
          expect(await generatedTree(out)).toEqual(newTree);
          expect(await debrisIn(out)).toEqual([]);
          steps = at - 1;
          break;
        }
        const committed = await committedJournal(out);
        const state = await generatedTree(out);
        expectWholePackages(state, oldTree, newTree, committed);
        if (committed && JSON.stringify(state) !== JSON.stringify(oldTree) && JSON.stringify(state) !== JSON.stringify(newTree)) mixedStates++;

        // check (planOutput) reads only, and reports exactly what was left.
        const left = await debrisIn(out);
        const plan = await planOutput(out, packages, newFiles);
        expect(plan.debris, `step ${at}`).toEqual(left);
        expect(await generatedTree(out)).toEqual(state);
        expect(await debrisIn(out)).toEqual(left);

        // Recovery alone gives a whole tree: the new one once the journal was committed, else the tree as it stands.
        await recover(out);
        expect(await generatedTree(out), `step ${at}, ${committed ? 'committed' : 'not committed'}`).toEqual(committed ? newTree : state);

        // The next run writes the new tree and leaves nothing behind.
        expect(await applyPlan(out, await planOutput(out, packages, newFiles))).toEqual([]);
        expect(await generatedTree(out)).toEqual(newTree);
        expect(await debrisIn(out)).toEqual([]);
      }
      // lock, staging, the files, journal (2), 3 × 2 renames, journal and staging removed, lock released
      expect(steps).toBe(2 + generatedFileCount + 2 + 6 + 3);
      expect(mixedStates).toBeGreaterThan(0);
    },
    slow,
  );

  it(
    'is finished by the next run even when that run is killed too, at any step of its recovery',
    async () => {
      const { oldTree, newTree, newFiles } = await trees();
      for (let second = 1; second < 50; second++) {
        const workspace = await scratchWorkspace();
        const out = path.join(workspace, 'packages');
        const input = await writerInput(out, newFiles);
        expect((await waitFor(startWriter(input, `SIGKILL@${moveMessagesAside}`))).signal).toBe('SIGKILL');
        const mixed = await generatedTree(out);
        expect(onlyPackage(mixed, 'core')).toEqual(onlyPackage(newTree, 'core'));
        expect(onlyPackage(mixed, 'messages')).toEqual(onlyPackage(oldTree, 'messages'));
        const again = await waitFor(startWriter(input, `SIGKILL@${second}`));
        expectWholePackages(await generatedTree(out), oldTree, newTree, true);
        await recover(out);
        expect(await generatedTree(out)).toEqual(newTree);
        if (again.signal !== 'SIGKILL') {
          expect(again.code).toBe(0);
          expect(await debrisIn(out)).toEqual([]);
          break;
        }
      }
    },
    slow,
  );
});

describe.skipIf(!strace)('generate killed at every rename under strace', () => {
  it(
    'leaves a tree the next generate completes, and never a torn package',
    async () => {
      const { oldTree, newTree } = await trees();
      let renames = 0;
      for (let at = 1; at < 30; at++) {
        const workspace = await scratchWorkspace();
        const out = path.join(workspace, 'packages');
        const docs = path.join(workspace, 'docs-source');
        const killed = await waitFor(
          spawn(
            'strace',
            ['-f', '-qq', '-o', '/dev/null', '-e', 'trace=rename', '-e', `inject=rename:signal=KILL:when=${at}`, process.execPath, bin, 'generate'],
            {
              cwd: workspace,
              // strace counts calls per thread: one thread pool thread makes the count the process's.
              env: { ...process.env, UV_THREADPOOL_SIZE: '1' },
              timeout: 5 * 60_000,
              killSignal: 'SIGKILL',
            },
          ),
        );
        if (killed.code === 0) {
          expect(await generatedTree(out)).toEqual(newTree);
          renames = at - 1;
          break;
        }
        expect(killedByStrace(killed), killed.stderr).toBe(true);
        expectWholePackages(await generatedTree(out), oldTree, newTree, await committedJournal(out));
        expect((await run('check', '--docs', docs, '--packages', out)).code).toBe(1);
        expect((await run('generate', '--docs', docs, '--packages', out)).code).toBe(0);
        expect(await generatedTree(out)).toEqual(newTree);
        expect(await debrisIn(out)).toEqual([]);
      }
      // the journal's rename, then two per package
      expect(renames).toBe(7);
    },
    slow,
  );

  it(
    'keeps the translations lock whole when translations is killed at its rename',
    async () => {
      const workspace = await scratchWorkspace();
      const docs = path.join(workspace, 'docs-source');
      const lockPath = path.join(docs, 'translations.lock.json');
      const german = path.join(docs, 'de-de/batch-status-and-error-codes.md');
      await writeFile(german, (await readFile(german, 'utf8')).replace('Der angegebene Pool ist nicht vorhanden.', 'Der angegebene Pool fehlt.'));
      const before = await readFile(lockPath, 'utf8');
      const killed = await waitFor(
        spawn(
          'strace',
          ['-f', '-qq', '-o', '/dev/null', '-e', 'trace=rename', '-e', 'inject=rename:signal=KILL:when=1', process.execPath, bin, 'translations'],
          {
            cwd: workspace,
            env: { ...process.env, UV_THREADPOOL_SIZE: '1' },
            timeout: 5 * 60_000,
            killSignal: 'SIGKILL',
          },
        ),
      );
      expect(killedByStrace(killed)).toBe(true);
      expect(await readFile(lockPath, 'utf8')).toBe(before);
      const abandoned = (await readdir(docs)).filter((name) => name.endsWith('.codegen-tmp'));
      expect(abandoned).toHaveLength(1);

      expect((await run('translations', '--docs', docs)).code).toBe(0);
      const after = await readFile(lockPath, 'utf8');
      expect(after).not.toBe(before);
      expect((await run('translations', '--check', '--docs', docs)).code).toBe(0);
      expect((await readdir(docs)).filter((name) => name.endsWith('.codegen-tmp'))).toEqual([]);
    },
    slow,
  );
});
