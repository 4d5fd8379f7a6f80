/**
 * `batch-errors-diagnose` as users run it: the built command line (ES module
 * and CommonJS builds) spawned with real files and standard input, and the
 * command itself with a stand-in terminal for what a pipe cannot show.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CommandIo, localeOfEnvironment, runCommand } from '../src/cli/main.js';
import { type RecordingIo, recordingIo } from './recording-io.js';
import { type Diagnosis, detectItem, diagnoseJob, type Finding, formatDiagnosis } from '../src/index.js';
import { diagnoseFixture, diagnoseInputs, fixture, fixtureFolder, fixtureNames } from './fixture.js';
import { builds, expectOneLineProblem, packageFolder, run } from './run.js';

const packageJson = JSON.parse(readFileSync(path.join(packageFolder, 'package.json'), 'utf8')) as { version: string; bin: Record<string, string> };
const execFileAsync = promisify(execFile);
const fixturePath = (name: string) => fileURLToPath(new URL(`${name}.json`, fixtureFolder));

let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'batch-errors-diagnose-'));
});
afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe('the package', () => {
  it('names a committed starter as its bin, which runs the built command line', async () => {
    // A committed file, so that installing a fresh clone links the bin before anything is built.
    expect(packageJson.bin).toEqual({ 'batch-errors-diagnose': './bin/batch-errors-diagnose.js' });
    expect(readFileSync(path.join(packageFolder, 'bin/batch-errors-diagnose.js'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(readFileSync(path.join(packageFolder, 'dist/cli.js'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const [throughBin, direct] = await Promise.all([
      run(['--json', fixturePath('task-exit-code')], { build: 'bin/batch-errors-diagnose.js' }),
      run(['--json', fixturePath('task-exit-code')]),
    ]);
    expect(throughBin).toEqual(direct);
    expect(throughBin.stdout).toContain('"findings"');
  });

  it('says in one line, exit 1, when the command line is not built yet', async () => {
    const unbuilt = path.join(folder, 'unbuilt');
    await mkdir(path.join(unbuilt, 'bin'), { recursive: true });
    await copyFile(path.join(packageFolder, 'bin/batch-errors-diagnose.js'), path.join(unbuilt, 'bin/batch-errors-diagnose.js'));
    const result = await execFileAsync(process.execPath, [path.join(unbuilt, 'bin/batch-errors-diagnose.js'), '--help'], {
      timeout: 20_000,
      killSignal: 'SIGKILL',
    }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code?: number; stderr?: string }) => ({ code: error.code, stderr: error.stderr ?? '' }),
    );
    expect(result).toEqual({ code: 1, stderr: 'batch-errors-diagnose: not built yet; run `pnpm build` in the repository first.\n' });
  });
});

describe.each(builds)('%s', (build) => {
  // Documents whose diagnosis does not depend on the time it is made.
  const timeless = fixtureNames.filter((name) => name !== 'pool-deleting');

  it.each(timeless)('diagnoses %s from a file as formatDiagnosis does, exit 1 for a failure, 0 for none', async (name) => {
    // One document: a job without its status, a task without its node.
    const onItsOwn = diagnoseInputs(name, { document: fixture(name) });
    const result = await run([fixturePath(name)], { build });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(formatDiagnosis(onItsOwn));
    expect(result.code).toBe(onItsOwn.findings.length > 0 ? 1 : 0);
  });

  it('reads standard input, without an argument or with -', async () => {
    const input = readFileSync(fixturePath('node-disk-full'), 'utf8');
    for (const args of [[], ['-']]) {
      const result = await run(args, { input, build });
      expect(result).toEqual({ code: 1, stdout: formatDiagnosis(diagnoseFixture('node-disk-full')), stderr: '', killed: false });
    }
  });

  it('reads a job’s preparation and release task status, as the REST API and az print it, each entry an item', async () => {
    for (const name of ['job-preparation-failed.status', 'job-release-failed.status']) {
      const result = await run(['--ndjson', '--job-id', 'stuck-job', fixturePath(name)], { build });
      expect(result.code).toBe(1);
      const lines = result.stdout
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as Finding);
      expect(lines).toEqual(JSON.parse(JSON.stringify(diagnoseJob({ id: 'stuck-job' }, fixture(name) as never).findings)));
    }
  });

  it('explains a task as az batch task show -o json prints it, as it explains the REST JSON', async () => {
    const result = await run([fileURLToPath(new URL('az/task-show.json', fixtureFolder))], { build });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(formatDiagnosis(diagnoseFixture('task-wall-clock')));
  });

  it('reports a pool deleting for long, measured against the current time', async () => {
    const pool = { ...(fixture('pool-deleting') as object), stateTransitionTime: new Date(Date.now() - 2 * 3_600_000).toISOString() };
    const result = await run(['--json'], { input: JSON.stringify(pool), build });
    expect(result.code).toBe(1);
    expect((JSON.parse(result.stdout) as Diagnosis).findings.map((finding) => finding.kind)).toEqual(['pool-deletion-slow']);
  });

  it('prints the Diagnosis object with --json', async () => {
    const result = await run(['--json', '--locale', 'ja', fixturePath('pool-allocation-failed')], { build });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(JSON.stringify(diagnoseFixture('pool-allocation-failed', 'ja'))));
  });

  it.each<[string, string[], Record<string, string>, string]>([
    ['--locale', ['--locale', 'de-DE'], { LANG: 'fr_FR.UTF-8' }, 'de-de'],
    ['--locale=', ['--locale=pt'], {}, 'pt-br'],
    ['LANG', [], { LANG: 'de_DE.UTF-8' }, 'de-de'],
    ['LC_ALL over LANG', [], { LANG: 'de_DE.UTF-8', LC_ALL: 'es_ES.UTF-8' }, 'es-es'],
    ['LC_MESSAGES over LANG', [], { LANG: 'de_DE.UTF-8', LC_MESSAGES: 'zh_CN.UTF-8' }, 'zh-cn'],
    ['the C locale', [], { LC_ALL: 'C', LANG: 'de_DE.UTF-8' }, 'en-us'],
    ['no locale at all', [], {}, 'en-us'],
  ])('writes in the language of %s', async (_name, args, env, locale) => {
    const result = await run([...args, fixturePath('node-unreachable')], { env, build });
    expect(result.stdout).toBe(formatDiagnosis(diagnoseFixture('node-unreachable', locale)));
  });

  it('prints no colour into a pipe, even when colours are asked for', async () => {
    const result = await run([fixturePath('task-exit-code')], { env: { FORCE_COLOR: '1', TERM: 'xterm-256color' }, build });
    expect(result.stdout).not.toContain('\u001b[');
  });

  it('prints its help and its version', async () => {
    const help = await run(['--help'], { build });
    expect(help).toMatchObject({ code: 0, stderr: '' });
    expect(help.stdout).toMatch(/^Usage: batch-errors-diagnose /);
    expect(help.stdout).toContain('az batch task show');
    expect(await run(['-v'], { build })).toEqual({ code: 0, stdout: `${packageJson.version}\n`, stderr: '', killed: false });
  });
});

describe('the README', () => {
  it('shows what the command prints for the task az printed', async () => {
    const readme = readFileSync(path.join(packageFolder, 'README.md'), 'utf8');
    const shown = /```sh\naz batch task show [^\n]*\| npx batch-errors-diagnose\n```\n\n```text\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(shown).toBeDefined();
    expect((await run([fileURLToPath(new URL('az/task-show.json', fixtureFolder))])).stdout).toBe(shown);
  });
});

describe('input it cannot read: one line, exit 2', () => {
  it.each<[string, () => Promise<{ args: string[]; input?: string | Uint8Array }>, RegExp]>([
    ['a missing file', async () => ({ args: [path.join(folder, 'missing.json')] }), /found no such file$/m],
    ['a directory', async () => ({ args: [folder] }), /found a directory$/m],
    ['an empty file', async () => ({ args: [await file('empty.json', '')] }), /expected a JSON document in ".*empty\.json", found an empty file$/m],
    ['nothing on standard input', async () => ({ args: [], input: '' }), /in standard input, found nothing$/m],
    [
      'invalid JSON',
      async () => ({ args: [await file('broken.json', '{\n  "id": "t",\n  "state": \n}')] }),
      /expected JSON in ".*broken\.json", found "\}" \(right brace\), which JSON does not allow there at byte 27, line 4$/m,
    ],
    [
      'text that is not UTF-8',
      async () => ({ args: [], input: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]) }),
      /expected JSON in standard input, found bytes that are not UTF-8 \(a binary file\?\) at byte 1, line 1$/m,
    ],
    ['an object of no Batch kind', async () => ({ args: [], input: '{"name": "x", "size": 3}' }), /found an object with keys "name", "size"$/m],
    [
      'a list of values of no Batch kind',
      async () => ({ args: [], input: JSON.stringify([{ name: 'x' }, 'task']) }),
      /found 2 values of no such kind \(#1: an object with keys "name"\)$/m,
    ],
    [
      'an error response',
      async () => ({
        args: [],
        input: JSON.stringify({ code: 'PoolNotFound', message: { lang: 'en-US', value: 'The specified pool does not exist.\nRequestId:x' } }),
      }),
      /found an error response \(PoolNotFound: The specified pool does not exist\.\)$/m,
    ],
    ['a string', async () => ({ args: [], input: '"completed"' }), /found a string \("completed"\)$/m],
    [
      'an unknown option',
      async () => ({ args: ['--verbose', fixturePath('task-success')] }),
      /expected options --locale, --examples, .* \(see --help\), found --verbose$/m,
    ],
    ['--locale without a tag', async () => ({ args: ['--locale'] }), /expected a value after --locale \(a language tag such as de-DE\), found none$/m],
    ['a value for a switch', async () => ({ args: ['--json=yes', fixturePath('task-success')] }), /expected --json without a value, found --json=yes$/m],
    [
      'two files',
      async () => ({ args: [fixturePath('task-success'), fixturePath('task-exit-code')] }),
      /expected one file \(or JSON on standard input\), found 2: /,
    ],
  ])('%s', async (_name, prepare, found) => {
    const { args, input } = await prepare();
    for (const build of builds) expectOneLineProblem(await run(args, { ...(input === undefined ? {} : { input }), build }), found);
  });

  async function file(name: string, content: string | Uint8Array): Promise<string> {
    const target = path.join(folder, name);
    await writeFile(target, content);
    return target;
  }

  it('reads a file PowerShell wrote (UTF-16 with a byte order mark)', async () => {
    const text = readFileSync(fixturePath('task-exit-code'), 'utf8');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const result = await run([await file('powershell.json', utf16)]);
    expect(result.stdout).toBe(formatDiagnosis(diagnoseFixture('task-exit-code')));
  });

  it('says where invalid JSON stops being JSON: its byte offset and line', async () => {
    const result = await run([await file('position.json', '{\n  "id": "t",\n  "state": \n}')]);
    expect(result.stderr).toMatch(/, found "\}" \(right brace\), which JSON does not allow there at byte 27, line 4\n$/);
  });
});

/** A stand-in for the process: what a pipe cannot show (a terminal on either side). */
function io(overrides: Partial<CommandIo> = {}): RecordingIo {
  const bytes = () => ({ chunks: [new TextEncoder().encode(readFileSync(fixturePath('task-exit-code'), 'utf8'))] });
  return recordingIo({ openFile: async () => bytes(), stdin: bytes, version: '1.2.3', ...overrides });
}

describe('the command on a terminal', () => {
  it.each<[string, Partial<CommandIo>, boolean]>([
    ['a terminal', { stdoutIsTerminal: true }, true],
    ['a terminal with NO_COLOR set', { stdoutIsTerminal: true, env: { NO_COLOR: '1' } }, false],
    ['a terminal with NO_COLOR empty (not set, as no-color.org says)', { stdoutIsTerminal: true, env: { NO_COLOR: '' } }, true],
    ['a dumb terminal', { stdoutIsTerminal: true, env: { TERM: 'dumb' } }, false],
    ['a pipe', { stdoutIsTerminal: false }, false],
  ])('%s: colours %s', async (_name, overrides, coloured) => {
    const stand = io(overrides);
    expect(await runCommand(['task.json'], stand)).toBe(1);
    const printed = stand.out.join('');
    expect(printed.includes('\u001b[')).toBe(coloured);
    expect(printed.replace(/\u001b\[\d+m/g, '')).toBe(formatDiagnosis(diagnoseFixture('task-exit-code')));
  });

  it('asks for input instead of waiting on a terminal', async () => {
    const stand = io({ stdinIsTerminal: true });
    expect(await runCommand([], stand)).toBe(2);
    expect(stand.err.join('')).toBe('batch-errors-diagnose: expected a file argument or JSON on standard input, found a terminal (see --help)\n');
  });
});

describe('what an item is', () => {
  const kindOf = (name: string) => (name.startsWith('node-') ? 'node' : name.startsWith('pool-') ? 'pool' : name.startsWith('job-') ? 'job' : 'task');

  it.each(fixtureNames)('%s, by its address or by its fields alone', (name) => {
    const document = fixture(name) as Record<string, unknown>;
    const { url: _url, ...withoutAddress } = document;
    for (const candidate of [document, withoutAddress]) expect(detectItem(candidate)).toEqual({ kind: kindOf(name) });
  });

  it.each([
    ['https://a.b.batch.azure.com/jobs/j/tasks/t', 'task'],
    ['https://a.b.batch.azure.com/jobs/j', 'job'],
    ['https://a.b.batch.azure.com/pools/p/nodes/n', 'node'],
    ['https://a.b.batch.azure.com/pools/p?api-version=2024-07-01.20.0', 'pool'],
  ])('%s is a %s', (url, kind) => {
    expect(detectItem({ url })).toEqual({ kind });
  });

  it('reads an old task that could be a job as neither', () => {
    expect(detectItem({ id: 'x', executionInfo: { result: 'failure', schedulingError: { code: 'X' } } })).toEqual({
      found: 'an object that could be a task or a job (keys "id", "executionInfo")',
    });
  });

  it('reads the environment’s locale as POSIX orders it', () => {
    expect(localeOfEnvironment({ LANG: 'de_AT.UTF-8@euro' })).toBe('de-AT');
    expect(localeOfEnvironment({ LANG: 'ja_JP', LC_ALL: '' })).toBe('ja-JP');
    expect(localeOfEnvironment({ LC_ALL: 'POSIX', LANG: 'de_DE' })).toBeUndefined();
  });
});
