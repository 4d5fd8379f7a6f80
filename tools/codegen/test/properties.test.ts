/**
 * Properties over random models with hostile text: the Markdown round trip
 * loses nothing, and generated code compiles and holds exactly the text.
 */
import fc from 'fast-check';
import { Project, SyntaxKind, ts } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { Reporter } from '../src/diagnostics.js';
import { buildModel } from '../src/build-model.js';
import { statusCodesDocument } from '../src/documents.js';
import { emitPackages } from '../src/emit/index.js';
import { extractPage } from '../src/extract.js';
import type { BatchErrorModel } from '../src/model.js';
import { parseMarkdown } from '../src/parse.js';
import { decodePage } from '../src/read.js';
import { renderStatusCodesPage } from '../src/render.js';
import { anyText, code, documentText, modelOf } from './arbitraries.js';
import { codeFiles, evaluate, syntaxErrors, typeErrors } from './emitted.js';
import { messageLines } from './helpers.js';

/** Property runs do real work per case; no assertion depends on how long they take. */
const propertyTimeout = 120_000;

/** Parses Markdown the way the generator does, from UTF-8 bytes. */
function parse(markdown: string) {
  const page = decodePage(Buffer.from(markdown, 'utf8'), { locale: 'en-us', fileName: statusCodesDocument.fileName, path: 'page.md' });
  const tree = parseMarkdown(page.file);
  if (!tree) throw new Error(messageLines([page.file]).join('\n'));
  const reporter = new Reporter(page.file);
  const model = buildModel({ page: extractPage(tree, reporter, statusCodesDocument), reporter, locale: 'en-us', spec: statusCodesDocument });
  return { model, errors: messageLines([page.file]).filter((line) => line.includes(': error: ')) };
}

/** The model without what depends on where things were written. */
function meaning(model: BatchErrorModel): unknown {
  return JSON.parse(JSON.stringify(model, (key, value) => (['source', 'duplicates', 'file'].includes(key) ? undefined : value)));
}

/** The generated values, made plain (the vm realm's objects have other prototypes). */
function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

/** What each generated module must hold for `model`. */
function expectValuesOf(model: BatchErrorModel) {
  const exports = evaluate(emitPackages(model));
  const codes = exports['core/src/generated/codes.ts']!;
  const constants = exports['core/src/generated/constants.ts']!;
  const categories = exports['core/src/generated/categories.ts']!;
  const catalog = exports['messages/src/generated/en-us.ts']!['enUsCatalog'] as {
    tables: Record<string, Record<string, unknown>>;
    categories: Record<string, string>;
  };
  const statusesByCode = plain(exports['http/src/generated/statuses.ts']!['statusesByCode']) as Record<string, number[]>;

  const distinct = [...new Set(model.tables.flatMap((table) => table.entries.map((entry) => entry.code)))];
  expect(plain(codes['errorCodes'])).toEqual(distinct);
  expect(Object.keys(constants['BatchErrorCodes'] as object)).toEqual(distinct);
  for (const table of model.tables) {
    const messages = catalog.tables[table.id]!;
    for (const entry of table.entries) {
      if (table.kind === 'rest') {
        const restEntry = entry as (typeof table.entries)[number];
        const expected =
          restEntry.variants.length === 1 ? restEntry.variants[0]!.message : restEntry.variants.map(({ status, message }) => ({ status, message }));
        expect(plain(messages[entry.code])).toEqual(expected);
        for (const variant of restEntry.variants) expect(statusesByCode[entry.code]).toContain(variant.status);
      } else {
        const schedulingEntry = entry as (typeof table.entries)[number];
        expect(messages[entry.code]).toBe(schedulingEntry.message);
        expect((categories[`${table.id}Categories`] as Record<string, string>)[entry.code]).toBe(schedulingEntry.category);
      }
    }
  }
  for (const entry of model.categories) expect(catalog.categories[entry.category]).toBe(entry.description);
}

describe('the Markdown round trip', () => {
  it(
    'parse(render(model)) equals the model',
    () => {
      fc.assert(
        fc.property(modelOf(documentText), (model) => {
          const { model: parsed, errors } = parse(renderStatusCodesPage(model));
          expect(errors).toEqual([]);
          expect(meaning(parsed)).toEqual(meaning(model));
        }),
        { numRuns: 150 },
      );
    },
    propertyTimeout,
  );
});

describe('generated code', () => {
  it(
    'parses and holds exactly the text, whatever the text',
    () => {
      fc.assert(
        fc.property(modelOf(anyText), (model) => {
          const files = emitPackages(model);
          expect(syntaxErrors(files)).toEqual([]);
          expectValuesOf(model);
        }),
        { numRuns: 100 },
      );
    },
    propertyTimeout,
  );

  it(
    'type-checks strictly, whatever the text',
    () => {
      fc.assert(
        fc.property(modelOf(anyText), (model) => {
          expect(typeErrors(emitPackages(model))).toEqual([]);
        }),
        { numRuns: 8 },
      );
    },
    propertyTimeout,
  );

  it('keeps hostile text out of comments and literals it could escape from', { timeout: propertyTimeout }, () => {
    const hostile = 'End */ here ${"x"} `y` </script> \\ " \u2028 \u2029 \ud800 \u202e';
    const model = fc.sample(modelOf(fc.constant(hostile)), { numRuns: 1, seed: 42 })[0]!;
    model.document.file = 'docs-source/en-us/page.md\n// injected */';
    const files = emitPackages(model);
    expect(typeErrors(files)).toEqual([]);
    expectValuesOf(model);
    const constants = files.find((file) => file.path === 'core/src/generated/constants.ts')!.text;
    expect(constants).toContain('End *\\/ here');
    expect(constants).not.toMatch(/[\u2028\u2029\u202e\ud800]/);
    for (const file of codeFiles(files).filter((candidate) => !candidate.path.endsWith('/known.ts'))) {
      expect(file.text.split('\n')[1], file.path).toBe('// Source: docs-source/en-us/page.md // injected */');
    }
  });

  it('keeps tags and invisible characters of the docs text from acting in comments and literals', { timeout: propertyTimeout }, () => {
    const hostile = 'Gone. @deprecated Use {@link https://example.invalid} instead\u200b\u00ad\ufeff\u2060 now.';
    const model = fc.sample(modelOf(fc.constant(hostile)), { numRuns: 1, seed: 7 })[0]!;
    const files = emitPackages(model);
    expect(typeErrors(files)).toEqual([]);
    expectValuesOf(model);
    const constants = files.find((file) => file.path === 'core/src/generated/constants.ts')!.text;
    expect(constants).toContain('&#64;deprecated Use {&#64;link');
    for (const file of codeFiles(files)) expect(file.text, file.path).not.toMatch(/[\u200b\u00ad\ufeff\u2060]/);
    // The compiler reads no tag out of the docs' words: nothing is deprecated, nothing links.
    const project = new Project({ useInMemoryFileSystem: true });
    const source = project.createSourceFile('/constants.ts', constants);
    const tags = source
      .getDescendantsOfKind(SyntaxKind.PropertyAssignment)
      .flatMap((property) => ts.getJSDocTags(property.compilerNode).map((tag) => tag.tagName.text));
    expect(tags).toContain('see');
    expect(tags.filter((name) => name !== 'see')).toEqual([]);
  });
});

describe('codes', () => {
  it('are exactly the plain identifiers the arbitrary draws', () => {
    fc.assert(fc.property(code, (value) => /^[A-Za-z][A-Za-z0-9]*$/.test(value)));
  });
});
