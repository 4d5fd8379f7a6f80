/**
 * What an editor shows on hover, read from the built declarations through the
 * TypeScript language service, as a user's project imports them (by package
 * name, through the `exports` map, from an ES module and from CommonJS):
 * every export has documentation, and each `BatchErrorCodes` member shows the
 * messages the docs give its code.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeRows, distinctCodes, loadDocs } from '@batch-errors/codegen';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** The packages whose every export must show documentation on hover (folders under packages/). */
const packagesWithHoverDocs = ['core', 'http', 'messages', 'diagnose', 'azure'] as const;

const { model } = await loadDocs(path.join(repoRoot, 'docs-source'));
if (!model) throw new Error('docs-source did not produce a model');

interface Hover {
  /** The signature line an editor shows, such as `(alias) function statusesOf(code: string): readonly number[]`. */
  display: string;
  /** The documentation under it. */
  documentation: string;
}

/**
 * Hovers at each `marker` offset of a consumer file, a virtual file in this
 * folder (so `@batch-errors/*` resolve as in a user's project, to the built
 * `dist/*.d.ts`), type-checked strictly with node16 resolution.
 */
function hoversIn(fileName: string, text: string, markers: readonly number[]): Hover[] {
  const file = path.join(fileURLToPath(new URL('.', import.meta.url)), fileName);
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    module: ts.ModuleKind.Node16,
    moduleResolution: ts.ModuleResolutionKind.Node16,
    target: ts.ScriptTarget.ES2022,
    types: [],
  };
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => [file],
    getScriptVersion: () => '1',
    getScriptSnapshot: (name) => {
      const content = name === file ? text : ts.sys.readFile(name);
      return content === undefined ? undefined : ts.ScriptSnapshot.fromString(content);
    },
    getCurrentDirectory: () => path.dirname(file),
    getCompilationSettings: () => options,
    getDefaultLibFileName: ts.getDefaultLibFilePath,
    fileExists: (name) => name === file || ts.sys.fileExists(name),
    readFile: (name) => (name === file ? text : ts.sys.readFile(name)),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
    realpath: (name) => ts.sys.realpath?.(name) ?? name,
  };
  const service = ts.createLanguageService(host);
  const problems = service.getSemanticDiagnostics(file).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
  expect(problems, `${fileName}:\n${text}`).toEqual([]);
  return markers.map((marker) => {
    const info = service.getQuickInfoAtPosition(file, marker);
    return { display: ts.displayPartsToString(info?.displayParts), documentation: ts.displayPartsToString(info?.documentation) };
  });
}

/** The entry points of a package (`@batch-errors/messages`, `@batch-errors/messages/de-de`, …) from its `exports` map. */
function entryPointsOf(folder: string): string[] {
  const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'packages', folder, 'package.json'), 'utf8')) as {
    name: string;
    exports: Record<string, unknown>;
  };
  return Object.keys(manifest.exports)
    .filter((subpath) => subpath !== './package.json')
    .map((subpath) => `${manifest.name}${subpath.slice(1)}`);
}

/** The names an entry point exports, as the compiler sees them in its built declarations. */
function exportsOf(specifier: string, containingFile: string): string[] {
  const options: ts.CompilerOptions = { module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16 };
  const resolved = ts.resolveModuleName(specifier, containingFile, options, ts.sys).resolvedModule?.resolvedFileName;
  if (!resolved) throw new Error(`${specifier} does not resolve from ${containingFile}`);
  const program = ts.createProgram([resolved], { ...options, noEmit: true, types: [] });
  const source = program.getSourceFile(resolved);
  const symbol = source && program.getTypeChecker().getSymbolAtLocation(source);
  if (!symbol) throw new Error(`${resolved} is not a module`);
  return program
    .getTypeChecker()
    .getExportsOfModule(symbol)
    .map((exported) => exported.name)
    .sort();
}

/** One import line per export, and the offset of each imported name: where a user hovers. */
function importEach(specifier: string, names: readonly string[]): { text: string; markers: number[] } {
  let text = '';
  const markers: number[] = [];
  for (const name of names) {
    markers.push(text.length + 'import { '.length);
    text += `import { ${name} } from '${specifier}';\n`;
  }
  return { text, markers };
}

/** Spaces and line breaks as one space: a doc comment wraps and indents as it likes. */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const moduleKinds = [
  ['an ES module', 'hover.mts'],
  ['CommonJS', 'hover.cts'],
] as const;

describe.each(packagesWithHoverDocs.flatMap((folder) => entryPointsOf(folder)))('hovering the exports of %s', (specifier) => {
  it.each(moduleKinds)('shows documentation for every export, from %s', (_kind, fileName) => {
    const names = exportsOf(specifier, path.join(fileURLToPath(new URL('.', import.meta.url)), fileName));
    expect(names.length).toBeGreaterThan(0);
    const { text, markers } = importEach(specifier, names);
    const hovers = hoversIn(fileName, text, markers);
    const shown = names.map((name, index) => ({ name, display: hovers[index]?.display ?? '', documentation: hovers[index]?.documentation ?? '' }));
    for (const { name, display } of shown) expect(display, name).toContain(name);
    expect(shown.filter(({ documentation }) => documentation.trim() === '').map(({ name }) => name)).toEqual([]);
  });
});

describe('hovering a member of BatchErrorCodes', () => {
  const codes = distinctCodes(model);

  it.each(moduleKinds)('shows the documented messages of every code, from %s', (_kind, fileName) => {
    const prefix = "import { BatchErrorCodes } from '@batch-errors/core';\n";
    let text = prefix;
    const markers: number[] = [];
    for (const code of codes) {
      markers.push(text.length + 'void BatchErrorCodes.'.length);
      text += `void BatchErrorCodes.${code};\n`;
    }
    const hovers = hoversIn(fileName, text, markers);
    codes.forEach((code, index) => {
      const hover = hovers[index];
      expect(hover?.display, code).toContain(`${code}: "${code}"`);
      const messages = codeRows(model)
        .filter((row) => row.code === code)
        .map((row) => flat(row.message));
      expect(messages.length, code).toBeGreaterThan(0);
      for (const message of messages) expect(flat(hover?.documentation ?? ''), code).toContain(message);
    });
  });

  const [first] = codeRows(model);
  it.skipIf(first === undefined)(`shows ${first?.code ?? 'a code (skipped: the docs list none)'} with its documented message`, () => {
    const code = first?.code ?? '';
    const text = `import { BatchErrorCodes } from '@batch-errors/core';\nBatchErrorCodes.${code};\n`;
    const [hover] = hoversIn('hover.mts', text, [text.lastIndexOf(code)]);
    expect(hover?.display).toBe(`(property) ${code}: "${code}"`);
    expect(flat(hover?.documentation ?? '')).toContain(flat(first?.message ?? 'no documented message'));
  });
});
