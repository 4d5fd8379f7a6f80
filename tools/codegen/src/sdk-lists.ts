/**
 * The error codes of one SDK type, read from its source file: the string
 * constants of a C# static class (`public const string X = "X";`), of a C#
 * extensible struct (`private const string XValue = "X";` with
 * `public static T X { get; } = new T(XValue);`), or of a Java class
 * (`public static final String X = "X";`). Only the names and values are
 * kept; values that are not error codes (message templates) are left out.
 */
import { codePattern } from './model.js';

/** A constant of the type: its name, and the code it holds. */
export interface SdkConstant {
  constant: string;
  value: string;
}

const stringLiteral = '"((?:[^"\\\\\\n]|\\\\.)*)"';
const csharpConstant = new RegExp(`\\b(public|private|internal)?\\s*const\\s+string\\s+([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*${stringLiteral}\\s*;`, 'g');
const csharpProperty =
  /\bpublic\s+static\s+[A-Za-z_][A-Za-z0-9_.]*\s+([A-Za-z_][A-Za-z0-9_]*)\s*\{\s*get;\s*\}\s*=\s*new\s+[A-Za-z_][A-Za-z0-9_.]*\s*\(\s*([A-Za-z_][A-Za-z0-9_]*)\s*\)\s*;/g;
const javaConstant = new RegExp(
  `\\b(public\\s+|private\\s+|protected\\s+)?static\\s+final\\s+String\\s+([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*${stringLiteral}\\s*;`,
  'g',
);

/** The constants of `typeName` in `source` (a `.cs` or `.java` file), in file order; undefined when the file has no such type. */
export function sdkConstants(source: string, typeName: string, language: 'csharp' | 'java'): SdkConstant[] | undefined {
  const inType = typeBody(source, typeName);
  if (inType === undefined) return undefined;
  const body = withoutComments(inType);
  const found: SdkConstant[] = [];
  if (language === 'java') {
    for (const match of body.matchAll(javaConstant))
      if (match[1]?.trim() !== 'private') found.push({ constant: match[2] ?? '', value: unescapeLiteral(match[3] ?? '') });
  } else {
    const constants = new Map<string, { visibility: string; value: string }>();
    for (const match of body.matchAll(csharpConstant))
      constants.set(match[2] ?? '', { visibility: match[1] ?? 'private', value: unescapeLiteral(match[3] ?? '') });
    const properties = [...body.matchAll(csharpProperty)];
    if (properties.length > 0) {
      // An extensible struct: its public properties are the codes, each bound to a private constant.
      for (const match of properties) {
        const value = constants.get(match[2] ?? '')?.value;
        if (value !== undefined) found.push({ constant: match[1] ?? '', value });
      }
    } else {
      for (const [constant, { visibility, value }] of constants) if (visibility !== 'private') found.push({ constant, value });
    }
  }
  return found.filter((entry) => codePattern.test(entry.value));
}

/** The language of a list's source file, by its extension. */
export function languageOf(file: string): 'csharp' | 'java' | undefined {
  if (file.endsWith('.cs')) return 'csharp';
  if (file.endsWith('.java')) return 'java';
  return undefined;
}

/** The text between the braces of `class|struct|interface|enum <typeName>`, comments and strings skipped when matching braces. */
function typeBody(source: string, typeName: string): string | undefined {
  const declaration = new RegExp(`\\b(?:class|struct|interface)\\s+${typeName}\\b[^{;]*\\{`, 'g');
  for (const match of source.matchAll(declaration)) {
    const start = (match.index ?? 0) + match[0].length;
    if (inCommentOrString(source, match.index ?? 0)) continue;
    let depth = 1;
    for (let index = start; index < source.length; index++) {
      const skipped = skipCommentOrString(source, index);
      if (skipped !== index) {
        index = skipped - 1;
        continue;
      }
      const character = source[index];
      if (character === '{') depth++;
      else if (character === '}' && --depth === 0) return source.slice(start, index);
    }
    return undefined;
  }
  return undefined;
}

/** Where a comment or string starting at `index` ends; `index` itself when none starts there. */
function skipCommentOrString(source: string, index: number): number {
  if (source.startsWith('//', index)) {
    const end = source.indexOf('\n', index);
    return end === -1 ? source.length : end;
  }
  if (source.startsWith('/*', index)) {
    const end = source.indexOf('*/', index + 2);
    return end === -1 ? source.length : end + 2;
  }
  if (source[index] === '"') {
    for (let at = index + 1; at < source.length; at++) {
      if (source[at] === '\\') at++;
      else if (source[at] === '"' || source[at] === '\n') return at + 1;
    }
    return source.length;
  }
  return index;
}

/** The text with each comment blanked out (strings kept), so a commented-out constant is no constant. */
function withoutComments(source: string): string {
  let result = '';
  for (let index = 0; index < source.length; ) {
    const skipped = skipCommentOrString(source, index);
    if (skipped === index) {
      result += source[index];
      index++;
      continue;
    }
    const piece = source.slice(index, skipped);
    result += piece.startsWith('"') ? piece : piece.replace(/[^\n]/g, ' ');
    index = skipped;
  }
  return result;
}

function inCommentOrString(source: string, offset: number): boolean {
  for (let index = 0; index < offset; ) {
    const skipped = skipCommentOrString(source, index);
    if (skipped > offset) return true;
    index = skipped === index ? index + 1 : skipped;
  }
  return false;
}

function unescapeLiteral(literal: string): string {
  return literal.replace(/\\(.)/g, '$1');
}
