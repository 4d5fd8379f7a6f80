/**
 * Each locale's entry point (`@batch-errors/messages/<locale>`, written by the
 * generator to src/generated/entries/) answers exactly as the root functions
 * with that locale: on the committed docs, and on docs whose German page lacks
 * rows, where it falls back to English for those rows alone.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import type { MessageCatalog } from '../src/catalog.js';
import * as german from '../src/generated/entries/de-de.js';
import * as root from '../src/index.js';

type TableId = NonNullable<root.LookupOptions['table']>;

const packageRoot = fileURLToPath(new URL('../', import.meta.url));
const repoRoot = path.join(packageRoot, '../..');
const codegen = path.join(repoRoot, 'tools/codegen/bin/batch-errors-codegen.js');

interface Package {
  getMessage: typeof root.getMessage;
  getCategoryDescription: typeof root.getCategoryDescription;
  catalogsByLocale: Record<string, MessageCatalog>;
}

interface Entry {
  getMessage: typeof root.getMessage;
  getCategoryDescription: typeof root.getCategoryDescription;
}

/** Every way to ask for a message of every row of `catalog`'s tables: no options, each table, each documented status and one no row has. */
function questions(catalog: MessageCatalog): [string, root.GetMessageOptions][] {
  const asked: [string, root.GetMessageOptions][] = [['NotACode', {}]];
  for (const [table, messages] of Object.entries(catalog.tables)) {
    for (const [code, entry] of Object.entries(messages ?? {})) {
      const statuses = typeof entry === 'string' ? [] : entry.map((variant) => variant.status);
      for (const status of [undefined, ...statuses, 999]) {
        const withStatus = status === undefined ? {} : { status };
        asked.push([code, withStatus], [code, { ...withStatus, table: table as TableId }]);
      }
    }
  }
  return asked;
}

/** Each entry point against the root functions of the same package, for every question and category. */
function expectSameAnswers(rootPackage: Package, entries: Record<string, Entry>): void {
  const english = rootPackage.catalogsByLocale['en-us'];
  if (!english) throw new Error('Expected an en-us catalog, found none');
  for (const [locale, entry] of Object.entries(entries)) {
    for (const [code, options] of questions(english)) {
      expect(entry.getMessage(code, options), `${locale} ${code} ${JSON.stringify(options)}`).toBe(rootPackage.getMessage(code, { ...options, locale }));
      // The locale option is the root's; here it is ignored.
      expect(entry.getMessage(code, { ...options, locale: 'xx' }), `${locale} ${code} locale ignored`).toBe(entry.getMessage(code, options));
    }
    for (const category of [...Object.keys(english.categories), 'NotACategory']) {
      expect(entry.getCategoryDescription(category), `${locale} ${category}`).toBe(rootPackage.getCategoryDescription(category, { locale }));
    }
  }
}

async function importEntries(folder: string, locales: readonly string[]): Promise<Record<string, Entry>> {
  return Object.fromEntries(await Promise.all(locales.map(async (locale) => [locale, (await import(path.join(folder, `${locale}.ts`))) as Entry] as const)));
}

describe('the committed entry points', () => {
  it('have the root functions’ signatures', () => {
    expectTypeOf(german.getMessage).toEqualTypeOf(root.getMessage);
    expectTypeOf(german.getCategoryDescription).toEqualTypeOf(root.getCategoryDescription);
  });

  it('answer as the root functions with their locale, for every row, status, table and category', async () => {
    const entries = await importEntries(path.join(packageRoot, 'src/generated/entries'), root.supportedLocales);
    expectSameAnswers(root, entries);
  });
});

describe('a translation that lacks rows', () => {
  let scratch = '';
  let generated: { rootPackage: Package; german: Entry; germanEntryText: string; english: MessageCatalog; germanCatalog: MessageCatalog };
  const removed: { code: string; table?: string }[] = [];
  let removedCategory = '';

  beforeAll(async () => {
    scratch = await mkdtemp(path.join(tmpdir(), 'batch-errors-one-locale-'));
    const docs = path.join(scratch, 'docs');
    await cp(path.join(repoRoot, 'docs-source'), docs, { recursive: true });
    // Take rows out of the German page, read as the page is written: a row starts with `|<code>|`.
    const pagePath = path.join(docs, 'de-de/batch-status-and-error-codes.md');
    const lines = (await readFile(pagePath, 'utf8')).split('\n');
    const firstCell = (line: string) => /^\|\s*([^|]*?)\s*\|/.exec(line)?.[1];
    const tables = Object.entries(root.enUsCatalog.tables);
    const withVariants = tables.flatMap(([, messages]) => Object.entries(messages ?? {})).find(([, entry]) => typeof entry !== 'string')?.[0];
    const single = tables
      .flatMap(([, messages]) => Object.entries(messages ?? {}))
      .find(([code, entry]) => typeof entry === 'string' && code !== withVariants)?.[0];
    const inTwoTables = tables
      .flatMap(([, messages]) => Object.keys(messages ?? {}))
      .find((code, index, all) => all.indexOf(code) !== index && code !== single && code !== withVariants);
    removedCategory = Object.keys(root.enUsCatalog.categories).at(-1) ?? '';
    let kept = lines;
    for (const code of [withVariants, single, removedCategory]) {
      if (code === undefined || code === '') continue;
      kept = kept.filter((line) => firstCell(line) !== code);
      if (code !== removedCategory) removed.push({ code });
    }
    if (inTwoTables !== undefined) {
      // Only from the later table: the German page still has the code, in the other table.
      const last = kept.map(firstCell).lastIndexOf(inTwoTables);
      kept = kept.filter((_, index) => index !== last);
      const laterTable = tables.filter(([, messages]) => Object.hasOwn(messages ?? {}, inTwoTables)).at(-1)?.[0];
      removed.push({ code: inTwoTables, ...(laterTable === undefined ? {} : { table: laterTable }) });
    }
    expect(kept.length).toBeLessThan(lines.length);
    await writeFile(pagePath, kept.join('\n'));

    // Generate into a copy of the package's hand-written sources, its dependencies linked in.
    const out = path.join(scratch, 'packages');
    const messages = path.join(out, 'messages');
    await cp(path.join(packageRoot, 'src'), path.join(messages, 'src'), { recursive: true, filter: (source) => !source.includes(`${path.sep}generated`) });
    await symlink(path.join(packageRoot, 'node_modules'), path.join(messages, 'node_modules'), 'dir');
    await promisify(execFile)(process.execPath, [codegen, 'generate', '--docs', docs, '--packages', out], {
      cwd: repoRoot,
      timeout: 5 * 60_000,
      killSignal: 'SIGKILL',
    });

    const rootPackage = (await import(path.join(messages, 'src/index.ts'))) as Package;
    const entries = path.join(messages, 'src/generated/entries');
    const english = rootPackage.catalogsByLocale['en-us'];
    const germanCatalog = rootPackage.catalogsByLocale['de-de'];
    const german = (await importEntries(entries, ['de-de']))['de-de'];
    if (!english || !germanCatalog || !german) throw new Error('Expected en-us and de-de catalogs and a de-de entry, found none');
    generated = { rootPackage, german, germanEntryText: await readFile(path.join(entries, 'de-de.ts'), 'utf8'), english, germanCatalog };
  }, 60_000);

  afterAll(() => rm(scratch, { recursive: true, force: true }));

  it('answers as the root functions with German, for every row, status, table and category', () => {
    expectSameAnswers(generated.rootPackage, { 'de-de': generated.german });
  });

  it('gives English for the rows German lacks, and German for the others', () => {
    const { german, english } = generated;
    expect(removed.length).toBeGreaterThan(0);
    for (const { code, table } of removed) {
      const options = table === undefined ? {} : { table: table as TableId };
      expect(german.getMessage(code, options), code).toBe(root.messageIn(english, code, options));
      expect(german.getMessage(code, options), code).not.toBe(root.messageIn(root.catalogsByLocale['de-de'], code, options));
    }
    expect(german.getCategoryDescription(removedCategory)).toBe(root.categoryDescriptionIn(english, removedCategory));
    const keptCode = Object.keys(generated.germanCatalog.tables.batchService ?? {}).find((code) => !removed.some((row) => row.code === code));
    expect(german.getMessage(keptCode ?? '')).toBe(root.messageIn(root.catalogsByLocale['de-de'], keptCode ?? ''));
  });

  it('carries the English of those rows alone', () => {
    const { english, germanEntryText } = generated;
    const textsOf = (code: string, onlyTable?: string) =>
      Object.entries(english.tables).flatMap(([table, messages]) => {
        const entry = messages?.[code];
        if (entry === undefined || (onlyTable !== undefined && table !== onlyTable)) return [];
        return typeof entry === 'string' ? [entry] : entry.map((variant) => variant.message);
      });
    const removedTexts = removed.flatMap(({ code, table }) => textsOf(code, table));
    for (const text of removedTexts) expect(germanEntryText, text).toContain(JSON.stringify(text));
    const keptTexts = Object.entries(english.tables)
      .flatMap(([table, messages]) => Object.keys(messages ?? {}).map((code) => ({ code, table })))
      .filter(({ code, table }) => !removed.some((row) => row.code === code && (row.table === undefined || row.table === table)))
      // Rows the committed German page already lacks carry their English in any case.
      .filter(({ code, table }) => root.messageIn(root.catalogsByLocale['de-de'], code, { table: table as TableId }) !== undefined)
      .flatMap(({ code, table }) => textsOf(code, table))
      .filter((text) => !removedTexts.includes(text));
    expect(keptTexts.length).toBeGreaterThan(0);
    for (const text of keptTexts) expect(germanEntryText, text).not.toContain(JSON.stringify(text));
  });
});
