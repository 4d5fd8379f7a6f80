/**
 * Every export of every entry point has a doc comment: editors show it on hover.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { expect, it } from 'vitest';
import { supportedLocales } from '../src/index.js';

const packageRoot = fileURLToPath(new URL('../', import.meta.url));
const entryPoints = ['src/index.ts', 'src/lookup.ts', ...supportedLocales.map((locale) => `src/generated/entries/${locale}.ts`)];
const program = ts.createProgram(
  entryPoints.map((file) => path.join(packageRoot, file)),
  {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  },
);
const checker = program.getTypeChecker();

it.each(entryPoints.map((file) => [file]))('%s: every export has a doc comment', (file) => {
  const source = program.getSourceFile(path.join(packageRoot, file));
  const module = source && checker.getSymbolAtLocation(source);
  if (!module) throw new Error(`Expected ${file} to be a module, found none`);
  const exports = checker.getExportsOfModule(module);
  expect(exports.length).toBeGreaterThan(0);
  const undocumented = exports
    .filter((symbol) => {
      const declared = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      return ts.displayPartsToString(declared.getDocumentationComment(checker)).trim() === '';
    })
    .map((symbol) => symbol.name);
  expect(undocumented).toEqual([]);
});
