/**
 * Types that narrow: compile-time checks here (`tsc`, the typecheck target,
 * fails when one is wrong), and a consumer's program compiled with the
 * TypeScript compiler under `strict` alone and with
 * `exactOptionalPropertyTypes` and `noUncheckedIndexedAccess`: an exhaustive
 * `switch` over every documented code compiles, and one missing case is an
 * error at its `never` default.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BatchErrorCode, errorCodes } from '@batch-errors/core';
import ts from 'typescript';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { type BatchError, type BatchHttpError, errorFromResponse, toBatchError } from '../src/index.js';
import { documentedStatuses } from './docs.js';

/** A documented code, from the docs as they are. */
const documentedCode = [...documentedStatuses.keys()][0] ?? 'NoDocumentedCode';

describe('narrowing, checked by tsc', () => {
  it('narrows the code to BatchErrorCode after one check of documented, for the Error and the plain reading', () => {
    const error: BatchError = toBatchError({ statusCode: 404, body: { code: documentedCode } });
    const reading: BatchHttpError = errorFromResponse(404, { code: documentedCode });
    expectTypeOf(error.code).toEqualTypeOf<string | undefined>();
    if (error.documented) expectTypeOf(error.code).toEqualTypeOf<BatchErrorCode>();
    if (reading.documented) expectTypeOf(reading.code).toEqualTypeOf<BatchErrorCode>();
    if (!error.documented) expectTypeOf(error.code).toEqualTypeOf<string | undefined>();
    expect(error.documented && reading.documented).toBe(true);
  });

  it('gives a status only to responses, by kind', () => {
    const error = toBatchError(new Error('x'));
    if (error.kind === 'response') expectTypeOf(error.status).toEqualTypeOf<number | undefined>();
    else expectTypeOf(error.status).toEqualTypeOf<undefined>();
    expectTypeOf(error.kind).toEqualTypeOf<'response' | 'network' | 'aborted' | 'other'>();
  });
});

const source = fileURLToPath(new URL('../src/index.js', import.meta.url));

/** A consumer's module: an exhaustive switch over `codes` in both result types, and the calls users make. */
function consumerProgram(codes: readonly string[]): string {
  const cases = codes.map((code) => `      case ${JSON.stringify(code)}:\n        return ${JSON.stringify(code)};`).join('\n');
  const exhaustive = (type: string, name: string) => `
function ${name}(error: ${type}): string {
  if (error.documented) {
    const code: BatchErrorCode = error.code;
    switch (code) {
${cases}
      default: {
        const unhandled: never = code;
        return unhandled;
      }
    }
  }
  switch (error.kind) {
    case 'response':
      return String(error.status ?? 'no status');
    case 'network':
    case 'aborted':
    case 'other': {
      const none: undefined = error.status;
      return String(none);
    }
    default: {
      const unhandled: never = error;
      return unhandled;
    }
  }
}`;
  return `
import type { BatchErrorCode } from '@batch-errors/core';
import { trace } from '@opentelemetry/api';
import {
  type BatchError,
  type BatchHttpError,
  type FromFetchResponseOptions,
  errorFromResponse,
  fromFetchResponse,
  isBatchError,
  spanAttributesOf,
  toBatchError,
} from ${JSON.stringify(source)};
${exhaustive('BatchError', 'describeError')}
${exhaustive('BatchHttpError', 'describeReading')}

export async function handle(thrown: unknown, response: Response): Promise<void> {
  const error = toBatchError(thrown);
  const span = trace.getTracer('consumer').startSpan('call');
  span.recordException(error);
  span.setAttributes(spanAttributesOf(error));
  const first = error.values[0];
  const key: string | undefined = first?.key;
  const delay: number | undefined = error.retryAfterMs;
  const options: FromFetchResponseOptions = { maxBytes: 4096, signal: AbortSignal.timeout(1000) };
  const fromFetch: BatchError = await fromFetchResponse(response, options);
  const reading: BatchHttpError = errorFromResponse(503, '{}', new Headers());
  // @ts-expect-error: a code is a BatchErrorCode only once documented is checked
  const unchecked: BatchErrorCode = error.code;
  if (isBatchError(thrown)) void thrown.retryable;
  void [key, delay, fromFetch, reading, unchecked, describeError(error), describeReading(reading)];
}
`;
}

/** A consumer's project: strict, ES2022 with the DOM (fetch's Response), Node.js modules, no ambient types. */
const consumerOptions: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  types: [],
};

/** The errors of compiling the consumer's program with `options` added to strict. */
function compile(program: string, options: ts.CompilerOptions): string[] {
  const file = path.join(path.dirname(source), '..', 'test', '__consumer__.ts');
  const compilerOptions: ts.CompilerOptions = { ...consumerOptions, skipLibCheck: true, ...options };
  const host = ts.createCompilerHost(compilerOptions);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => (name === file ? program : readFile(name));
  host.fileExists = (
    (exists) => (name: string) =>
      name === file || exists(name)
  )(host.fileExists.bind(host));
  const compiled = ts.createProgram([file], compilerOptions, host);
  return ts
    .getPreEmitDiagnostics(compiled)
    .filter((diagnostic) => diagnostic.file?.fileName === file)
    .map((diagnostic) => {
      const line = diagnostic.file?.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line ?? 0;
      return `${line + 1}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
    });
}

const optionSets: [string, ts.CompilerOptions][] = [
  ['strict', {}],
  ['strict, exactOptionalPropertyTypes and noUncheckedIndexedAccess', { exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true }],
];

describe("a consumer's program", () => {
  it.each(optionSets)('compiles under %s, with a switch over every documented code', (_name, options) => {
    expect(compile(consumerProgram(errorCodes), options)).toEqual([]);
  });

  it('fails at the never default when a documented code has no case, as when the docs add one', () => {
    const [missing] = errorCodes;
    const errors = compile(consumerProgram(errorCodes.slice(1)), optionSets[1]?.[1] ?? {});
    expect(errors).toHaveLength(2);
    for (const error of errors) expect(error).toMatch(new RegExp(`Type '"${missing}"' is not assignable to type 'never'`));
  });
});

describe('errorFromResponse with a fetch Response', () => {
  it('is marked deprecated in editors, and only then: not for what a catch clause holds', () => {
    const file = path.join(path.dirname(source), '..', 'test', '__deprecated__.ts');
    const text = [
      `import { errorFromResponse } from ${JSON.stringify(source)};`,
      'declare const response: Response;',
      'declare const caught: unknown;',
      'declare const loose: any;',
      'errorFromResponse(response);',
      'errorFromResponse(caught);',
      'errorFromResponse(loose);',
      'errorFromResponse(503, "", response.headers);',
    ].join('\n');
    const service = ts.createLanguageService({
      getScriptFileNames: () => [file],
      getScriptVersion: () => '1',
      getScriptSnapshot: (name) => {
        const content = name === file ? text : ts.sys.readFile(name);
        return content === undefined ? undefined : ts.ScriptSnapshot.fromString(content);
      },
      getCurrentDirectory: () => path.dirname(file),
      getCompilationSettings: () => consumerOptions,
      getDefaultLibFileName: ts.getDefaultLibFilePath,
      fileExists: (name) => name === file || ts.sys.fileExists(name),
      readFile: (name) => (name === file ? text : ts.sys.readFile(name)),
    });
    expect(service.getSemanticDiagnostics(file).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'))).toEqual([]);
    const deprecated = service
      .getSuggestionDiagnostics(file)
      .filter((diagnostic) => diagnostic.reportsDeprecated)
      .map((diagnostic) => text.slice(0, diagnostic.start).split('\n').length);
    expect(deprecated).toEqual([5]);
  });
});
