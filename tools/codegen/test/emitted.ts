/**
 * Compiling and running generated files in memory: the type checker sees them
 * with the packages' hand-written types beside them, and `vm` evaluates them,
 * so tests compare runtime values with the model.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { Project, ts } from 'ts-morph';
import type { GeneratedFile } from '../src/emit/typescript.js';
import { repoRoot } from './helpers.js';

/** The hand-written files the generated ones import, as they are in the repository. */
const handWritten = {
  'messages/src/catalog.ts': readFileSync(path.join(repoRoot, 'packages/messages/src/catalog.ts'), 'utf8'),
  'core/src/error-handling.ts': readFileSync(path.join(repoRoot, 'packages/core/src/error-handling.ts'), 'utf8'),
  // Stands in for the factories of the per-locale entry points (src/generated/entries/): their signatures.
  'messages/src/one-locale.ts': [
    "import type { MessageCatalog } from './catalog.js';",
    'export declare function messageGetter(catalogs: readonly MessageCatalog[]): (code: string) => string | undefined;',
    'export declare function categoryDescriptionGetter(catalogs: readonly MessageCatalog[]): (category: string) => string | undefined;',
  ].join('\n'),
  // Stands in for the published @batch-errors/core: its generated types.
  'core/src/index.ts': [
    "export type { BatchErrorCode, ErrorTable } from './generated/codes.js';",
    "export type { ErrorCategory } from './generated/categories.js';",
  ].join('\n'),
};

const compilerOptions: ts.CompilerOptions = {
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2022.d.ts'],
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  noEmit: true,
  types: [],
  baseUrl: '/',
  paths: { '@batch-errors/core': ['core/src/index.ts'] },
  ignoreDeprecations: '6.0',
};

/** The generated TypeScript files (not the reports generated beside them). */
export function codeFiles(files: readonly GeneratedFile[]): GeneratedFile[] {
  return files.filter((file) => file.path.endsWith('.ts'));
}

/** Type errors of the generated files, formatted; empty when they compile under the strict options. */
export function typeErrors(files: readonly GeneratedFile[]): string[] {
  const project = new Project({ useInMemoryFileSystem: true, compilerOptions });
  for (const [filePath, text] of Object.entries(handWritten)) project.createSourceFile(`/${filePath}`, text);
  for (const file of codeFiles(files)) project.createSourceFile(`/${file.path}`, file.text);
  return project.getPreEmitDiagnostics().map((diagnostic) => {
    const where = diagnostic.getSourceFile()?.getFilePath() ?? '?';
    return `${where}:${diagnostic.getLineNumber() ?? 0}: ${ts.flattenDiagnosticMessageText(diagnostic.getMessageText() as string | ts.DiagnosticMessageChain, '\n')}`;
  });
}

/** Syntax errors only: fast enough to run on every generated model. */
export function syntaxErrors(files: readonly GeneratedFile[]): string[] {
  return codeFiles(files).flatMap((file) => {
    const source = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
    const diagnostics = (source as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics;
    return diagnostics.map((diagnostic) => `${file.path}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`);
  });
}

/** Hand-written modules the generated ones import at run time, as stand-ins: the entry points' factories return the catalogs they are given. */
const handWrittenAtRunTime: Record<string, Record<string, unknown>> = {
  'messages/src/one-locale.ts': { messageGetter: (catalogs: unknown) => catalogs, categoryDescriptionGetter: (catalogs: unknown) => catalogs },
};

/** Evaluates the generated files and returns each one's exports, keyed by path. */
export function evaluate(files: readonly GeneratedFile[]): Record<string, Record<string, unknown>> {
  const byPath = new Map(codeFiles(files).map((file) => [file.path, file]));
  const cache = new Map<string, Record<string, unknown>>();
  const load = (filePath: string): Record<string, unknown> => {
    const cached = cache.get(filePath);
    if (cached) return cached;
    const file = byPath.get(filePath);
    if (!file) {
      const standIn = handWrittenAtRunTime[filePath];
      if (standIn) return standIn;
      throw new Error(`no generated file ${filePath}`);
    }
    const output = ts.transpileModule(file.text, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
    const module = { exports: {} as Record<string, unknown> };
    cache.set(filePath, module.exports);
    const requireFrom = (specifier: string) => load(path.posix.join(path.posix.dirname(filePath), specifier.replace(/\.js$/, '.ts')));
    vm.runInNewContext(`(function (exports, require, module) {${output}\n})`, {})(module.exports, requireFrom, module);
    return module.exports;
  };
  return Object.fromEntries(codeFiles(files).map((file) => [file.path, load(file.path)]));
}
