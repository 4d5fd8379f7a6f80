/**
 * The README examples are code: every ```ts block of every package README is
 * type-checked against the built packages, then run, and each line written as
 * `expression; // value` must produce that value ("…" matches any text).
 * Examples that call the Batch service through `@azure/batch` reach a loopback
 * service through the environment variables a user's program reads.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { codeRows, loadDocs } from '@batch-errors/codegen';
import type { Code } from 'mdast';
import remarkParse from 'remark-parse';
import { Project, ts } from 'ts-morph';
import { unified } from 'unified';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningBatchService, serviceErrorBody, startBatchService } from './batch-service.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

interface Example {
  readme: string;
  line: number;
  code: string;
}

function examplesOf(readme: string): Example[] {
  const tree = unified().use(remarkParse).parse(readFileSync(readme, 'utf8'));
  return tree.children
    .filter((node): node is Code => node.type === 'code' && node.lang === 'ts')
    .map((node) => ({ readme: path.relative(repoRoot, readme), line: node.position?.start.line ?? 0, code: node.value }));
}

const examples = readdirSync(path.join(repoRoot, 'packages')).flatMap((folder) => examplesOf(path.join(repoRoot, 'packages', folder, 'README.md')));

/** `expression; // value` lines become assertions; other lines stay as they are. */
function withAssertions(code: string): string {
  const lines = code.split('\n').map((line, index) => {
    const match = /^(?<expression>[^/]*?);\s*\/\/\s*(?<expected>.+)$/.exec(line);
    const expression = match?.groups?.['expression'];
    const expected = match?.groups?.['expected'];
    if (!expression || expected === undefined || /^\s*(?:const|let|var|import|export|return|case|if)\b/.test(expression)) return line;
    if (expected !== 'undefined' && !isJson(expected)) return line;
    return `__expect(${expression}, ${JSON.stringify(expected)}, ${index + 1});`;
  });
  return [
    "import { deepStrictEqual as __deepEqual, match as __match } from 'node:assert/strict';",
    'function __expect(actual: unknown, expected: string, line: number) {',
    "  if (expected === 'undefined') return __deepEqual(actual, undefined, `line ${line}`);",
    '  const value = JSON.parse(expected);',
    "  if (typeof value === 'string' && value.includes('…')) {",
    "    const pattern = value.split('…').map((part) => part.replace(/[.*+?^${}()|[\\]\\\\]/g, '\\\\$&')).join('.*');",
    '    return __match(String(actual), new RegExp(`^${pattern}$`, "s"), `line ${line}`);',
    '  }',
    '  __deepEqual(JSON.parse(JSON.stringify(actual)), value, `line ${line}`);',
    '}',
    ...lines,
  ].join('\n');
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

const { model } = await loadDocs(path.join(repoRoot, 'docs-source'));
if (!model) throw new Error('docs-source did not produce a model');
/** What the service answers for a pool that does not exist, as the docs give it. */
const poolNotFound = codeRows(model).find((row) => row.code === 'PoolNotFound' && row.status !== undefined);
if (!poolNotFound?.status) throw new Error('the docs no longer list PoolNotFound with a status');
const poolNotFoundStatus = poolNotFound.status;

let folder = '';
let service: RunningBatchService | undefined;

/** The account the examples' Batch client reaches: the loopback service, a made-up account and key. */
function batchAccountEnvironment(): NodeJS.ProcessEnv {
  if (!service) throw new Error('the loopback Batch service is not running');
  return { AZURE_BATCH_ACCOUNT: 'readmeaccount', AZURE_BATCH_ACCESS_KEY: Buffer.from('readme key').toString('base64'), AZURE_BATCH_ENDPOINT: service.url };
}

beforeAll(async () => {
  service = await startBatchService(({ method, path: resource }) =>
    method === 'GET' && /^\/pools\/[^/]+$/.test(resource)
      ? { status: poolNotFoundStatus, body: serviceErrorBody('PoolNotFound', poolNotFound.message) }
      : undefined,
  );
  // Outside the repository, with the packages reachable as a user's project would have them.
  folder = await mkdtemp(path.join(tmpdir(), 'batch-errors-readme-'));
  await symlink(path.join(repoRoot, 'tools/release-check/node_modules'), path.join(folder, 'node_modules'), 'dir');
  await writeFile(path.join(folder, 'package.json'), JSON.stringify({ type: 'module' }));
});

afterAll(async () => {
  await service?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe('README examples', () => {
  it('exist in every package README', () => {
    for (const readme of new Set(readdirSync(path.join(repoRoot, 'packages')).map((name) => `packages/${name}/README.md`))) {
      expect(
        examples.some((example) => example.readme === readme),
        readme,
      ).toBe(true);
    }
  });

  it.each(examples.map((example) => [`${example.readme}:${example.line}`, example] as const))('%s type-checks strictly', (_where, example) => {
    const project = new Project({
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.NodeNext,
        moduleResolution: ts.ModuleResolutionKind.NodeNext,
        types: ['node'],
        noUnusedLocals: false,
      },
    });
    project.createSourceFile(path.join(folder, 'example.mts'), example.code);
    const problems = project
      .getPreEmitDiagnostics()
      .map((diagnostic) => `${diagnostic.getLineNumber()}: ${ts.flattenDiagnosticMessageText(diagnostic.getMessageText() as string, '\n')}`);
    expect(problems).toEqual([]);
  });

  it.each(examples.map((example) => [`${example.readme}:${example.line}`, example] as const))(
    '%s runs and gives the values it shows',
    async (_where, example) => {
      const javascript = ts.transpileModule(withAssertions(example.code), {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      }).outputText;
      const file = path.join(folder, `example-${example.readme.replace(/\W/g, '-')}-${example.line}.mjs`);
      await writeFile(file, javascript);
      const requestsBefore = service?.requests.length ?? 0;
      await expect(
        promisify(execFile)(process.execPath, [file], {
          cwd: folder,
          env: { ...process.env, ...batchAccountEnvironment() },
          timeout: 60_000,
          killSignal: 'SIGKILL',
        }),
      ).resolves.toBeDefined();
      // An example whose call did not reach the service would skip the assertions in its catch block.
      if (example.code.includes("from '@azure/batch'")) expect(service?.requests.length ?? 0).toBeGreaterThan(requestsBefore);
    },
  );

  it('turns value comments into assertions, and the assertions can fail', async () => {
    const failing = ts.transpileModule(withAssertions('const x = 1 + 1;\nx; // 3'), { compilerOptions: { module: ts.ModuleKind.ESNext } }).outputText;
    const file = path.join(folder, 'failing.mjs');
    await writeFile(file, failing);
    await expect(promisify(execFile)(process.execPath, [file], { cwd: folder, timeout: 60_000, killSignal: 'SIGKILL' })).rejects.toThrow(/line 2/);
  });
});
