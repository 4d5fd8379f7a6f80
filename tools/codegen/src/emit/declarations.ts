/**
 * Structures for the declarations every emitter writes: documented constants and type aliases.
 */
import type { StatementStructures, WriterFunction } from 'ts-morph';
import { arrayWriter, docText, StructureKind, stringLiteral, writeDocComment } from './typescript.js';

/**
 * `export const name: type = initializer;` with a doc comment. Written with the
 * writer rather than a VariableStatement structure: the structure printer
 * hanging-indents multi-line initializers, which would misalign every table.
 */
export function constant(name: string, initializer: WriterFunction, docs: readonly string[], type?: string): WriterFunction {
  return (writer) => {
    writeDocComment(writer, docs);
    writer.write(`export const ${name}${type === undefined ? '' : `: ${type}`} = `);
    initializer(writer);
    writer.write(';');
  };
}

export function typeAlias(name: string, type: string, docs: readonly string[]): StatementStructures {
  return { kind: StructureKind.TypeAlias, isExported: true, name, type, docs: [docs.map(docText).join('\n')] };
}

export function typeImport(moduleSpecifier: string, names: readonly string[]): StatementStructures {
  return { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier, namedImports: [...names] };
}

export function valueImport(moduleSpecifier: string, names: readonly string[]): StatementStructures {
  return { kind: StructureKind.ImportDeclaration, moduleSpecifier, namedImports: [...names] };
}

/** A readonly tuple of string literals: `["a", "b"] as const`. */
export function stringTuple(values: readonly string[]): WriterFunction {
  return (writer) => {
    arrayWriter(values.map(stringLiteral))(writer);
    writer.write(' as const');
  };
}
