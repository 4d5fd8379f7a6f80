/**
 * `@batch-errors/messages`: the user message of every row and the category
 * descriptions, one module per locale (so an app bundles only the locales it
 * imports), and an index of the locales. A translation's catalog holds only
 * the rows it translates; lookups fall back to English for the others.
 *
 * Each locale also gets its entry point (`entries/<locale>.ts`, the package's
 * `./<locale>` export): the catalog, and `getMessage` and
 * `getCategoryDescription` over it, with the English of only the rows the
 * translation lacks, so one language bundles without English or the matcher.
 */
import type { WriterFunction } from 'ts-morph';
import { type BatchErrorModel, type SourceDocument, type TableId, type TextId, sourceTexts, translatedTextOf } from '../model.js';
import { constant, stringTuple, typeAlias, typeImport, valueImport } from './declarations.js';
import { type PackageSubjects, subject } from './subjects.js';
import {
  type EmitContext,
  type GeneratedFile,
  generatedFolder,
  type ObjectProperty,
  objectWriter,
  printFile,
  StructureKind,
  stringLiteral,
  writeDocComment,
} from './typescript.js';

const folder = `messages/${generatedFolder}`;

/** `en-us` to `enUsCatalog`: the export name of a locale's catalog. */
function catalogName(locale: string): string {
  const words = locale.split('-');
  return `${words.map((word, index) => (index === 0 ? word : word.charAt(0).toUpperCase() + word.slice(1))).join('')}Catalog`;
}

/** A locale's texts, as its catalog holds them. */
interface Catalog {
  document: SourceDocument;
  texts: CatalogText[];
}

/** One text of a catalog, under the id of the English text it is. */
interface CatalogText {
  id: TextId;
  text: string;
}

/** Each locale's catalog, English first: the texts of the rows and categories its page translates. */
function catalogsOf(model: BatchErrorModel): Catalog[] {
  const english = sourceTexts(model);
  return [
    { document: model.document, texts: english.map(({ id, text }) => ({ id, text })) },
    ...model.translations.map((translation) => {
      const translatedText = translatedTextOf(translation);
      return {
        document: translation.document,
        texts: english.flatMap(({ id }) => {
          const translated = translatedText(id);
          return translated ? [{ id, text: translated.text }] : [];
        }),
      };
    }),
  ];
}

/**
 * What the messages package holds per row (its text in every locale, with
 * statuses for codes documented with several), per table (the order of its
 * rows), per category and per locale.
 */
export function messagesSubjects(model: BatchErrorModel): PackageSubjects {
  const texts = new Map<string, Record<string, string>>();
  const catalogs = catalogsOf(model);
  for (const { document, texts: rows } of catalogs) {
    for (const { id, text } of rows) {
      const key = 'category' in id ? subject.category(id.category) : subject.row(id.table, id.code);
      const byLocale = texts.get(key) ?? {};
      byLocale[`${document.locale}${'category' in id || id.status === undefined ? '' : ` ${id.status}`}`] = text;
      texts.set(key, byLocale);
    }
  }
  const subjects: PackageSubjects = new Map([...texts].map(([key, byLocale]) => [key, JSON.stringify(byLocale)]));
  for (const table of model.tables) subjects.set(subject.order(table.id), JSON.stringify(table.entries.map((entry) => entry.code)));
  for (const { document } of catalogs) subjects.set(subject.locale(document.locale), document.locale);
  return subjects;
}

export function emitMessages(model: BatchErrorModel, context: EmitContext): GeneratedFile[] {
  const catalogs = catalogsOf(model);
  const locales = catalogs.map((catalog) => catalog.document.locale);
  const [englishCatalog] = catalogs;
  return [
    ...catalogs.map((catalog) => entryFile(context, model, catalog, englishCatalog?.texts ?? [])),
    ...catalogs.map(({ document, texts }) =>
      printFile(
        context,
        `${folder}/${document.locale}.ts`,
        model,
        [
          typeImport('../catalog.js', ['MessageCatalog']),
          constant(
            catalogName(document.locale),
            catalogWriter(document.locale, model, texts),
            [`User messages in ${document.locale}, from ${document.file}.`],
            'MessageCatalog',
          ),
        ],
        [...new Set([document.file, model.document.file])],
      ),
    ),
    printFile(
      context,
      `${folder}/locales.ts`,
      model,
      [
        constant('supportedLocales', stringTuple(locales), ['Every locale the docs are translated into, English first, then in code-point order.']),
        typeAlias('SupportedLocale', '(typeof supportedLocales)[number]', ['A locale with a message catalog.']),
      ],
      catalogs.map((catalog) => catalog.document.file),
    ),
    printFile(
      context,
      `${folder}/catalogs.ts`,
      model,
      [
        typeImport('../catalog.js', ['MessageCatalog']),
        typeImport('./locales.js', ['SupportedLocale']),
        ...locales.map((locale) => valueImport(`./${locale}.js`, [catalogName(locale)])),
        constant(
          'catalogsByLocale',
          objectWriter(locales.map((locale) => ({ key: locale, value: catalogName(locale) }))),
          ['Every catalog, by locale. Importing this carries every locale; import one locale from its own module to carry only that one.'],
          '{ readonly [Locale in SupportedLocale]: MessageCatalog }',
        ),
      ],
      catalogs.map((catalog) => catalog.document.file),
    ),
  ];
}

/**
 * A locale's entry point. Its fallback holds the English of every row whose
 * table and code the translation lacks entirely (and of every category it
 * lacks), so looking up the translation, then the fallback, answers exactly as
 * the translation, then the whole English catalog.
 */
function entryFile(
  context: EmitContext,
  model: BatchErrorModel,
  catalog: { document: SourceDocument; texts: CatalogText[] },
  english: readonly CatalogText[],
): GeneratedFile {
  const { locale, file } = catalog.document;
  const name = catalogName(locale);
  const translated = entriesOf(catalog.texts);
  const fallbackTexts = english.filter((text) => !holdsEntry(translated, text));
  const fallbackName = `${name.slice(0, -'Catalog'.length)}EnglishFallback`;
  const fallback: WriterFunction = (writer) => {
    writeDocComment(writer, [`English messages of the rows ${locale} does not translate, as the root package falls back to.`]);
    writer.write(`const ${fallbackName}: MessageCatalog = `);
    catalogWriter(model.document.locale, model, fallbackTexts)(writer);
    writer.write(';');
  };
  const hasFallback = fallbackTexts.length > 0;
  const catalogs = hasFallback ? `[${name}, ${fallbackName}]` : `[${name}]`;
  return printFile(
    context,
    `${folder}/entries/${locale}.ts`,
    model,
    [
      ...(hasFallback ? [typeImport('../../catalog.js', ['MessageCatalog'])] : []),
      valueImport('../../one-locale.js', ['categoryDescriptionGetter', 'messageGetter']),
      valueImport(`../${locale}.js`, [name]),
      { kind: StructureKind.ExportDeclaration, namedExports: [name] },
      ...(hasFallback ? [fallback] : []),
      constant('getMessage', pureCall('messageGetter', catalogs), [
        `The documented user message of an error code in ${locale}${hasFallback ? ' (English for a row it does not translate)' : ''}: the root \`getMessage\` with this locale, without the other locales or the locale matcher. Its \`locale\` option is ignored.`,
      ]),
      constant('getCategoryDescription', pureCall('categoryDescriptionGetter', catalogs), [
        `The documented description of a scheduling error category in ${locale}${hasFallback ? ' (English where it has none)' : ''}: the root \`getCategoryDescription\` with this locale. Its \`locale\` option is ignored.`,
      ]),
    ],
    [...new Set([file, model.document.file])],
  );
}

/** The entries of a catalog the texts fill: the codes of each table, and the categories. */
function entriesOf(texts: readonly CatalogText[]): Map<TableId | 'categories', Set<string>> {
  const entries = new Map<TableId | 'categories', Set<string>>();
  for (const { id } of texts) {
    const [group, name] = 'category' in id ? (['categories', id.category] as const) : ([id.table, id.code] as const);
    entries.set(group, (entries.get(group) ?? new Set()).add(name));
  }
  return entries;
}

/** Whether a text's entry (its table and code, or its category) is among `entries`. */
function holdsEntry(entries: ReadonlyMap<TableId | 'categories', ReadonlySet<string>>, { id }: CatalogText): boolean {
  return 'category' in id ? (entries.get('categories')?.has(id.category) ?? false) : (entries.get(id.table)?.has(id.code) ?? false);
}

/** `/* @__PURE__ *\/ factory(argument)`: bundlers drop the call when its result is not used. */
function pureCall(factory: string, argument: string): WriterFunction {
  return (writer) => {
    writer.write(`/* @__PURE__ */ ${factory}(${argument})`);
  };
}

function catalogWriter(locale: string, model: BatchErrorModel, texts: readonly CatalogText[]): WriterFunction {
  // By table, then code: the texts of a code documented with several statuses stay together, in document order.
  const rowsByTable = new Map<TableId, Map<string, CatalogText[]>>();
  for (const entry of texts) {
    if ('category' in entry.id) continue;
    const byCode = rowsByTable.get(entry.id.table) ?? new Map<string, CatalogText[]>();
    rowsByTable.set(entry.id.table, byCode);
    byCode.set(entry.id.code, [...(byCode.get(entry.id.code) ?? []), entry]);
  }
  const tables: ObjectProperty[] = model.tables.map((table) => {
    const properties: ObjectProperty[] = [];
    for (const entry of table.entries) {
      const rows = rowsByTable.get(table.id)?.get(entry.code) ?? [];
      if (rows.length === 0) continue;
      const [first] = rows;
      if (first && statusOf(first) === undefined) properties.push({ key: entry.code, value: stringLiteral(first.text) });
      else properties.push({ key: entry.code, value: variantsWriter(rows.map((row) => ({ status: statusOf(row) ?? 0, message: row.text }))) });
    }
    return { key: table.id, value: objectWriter(properties) };
  });
  return objectWriter([
    { key: 'locale', value: stringLiteral(locale) },
    { key: 'tables', value: objectWriter(tables) },
    {
      key: 'categories',
      value: objectWriter(texts.flatMap(({ id, text }) => ('category' in id ? [{ key: id.category, value: stringLiteral(text) }] : []))),
    },
  ]);
}

/** The status a text is given for, when its code is documented with several. */
function statusOf({ id }: CatalogText): number | undefined {
  return 'status' in id ? id.status : undefined;
}

/** A code documented with several statuses: one `{ status, message }` per row, in document order. */
function variantsWriter(variants: readonly { status: number; message: string }[]): WriterFunction {
  return (writer) => {
    writer.write('[').newLine();
    writer.indent(() => {
      for (const variant of variants) {
        objectWriter([
          { key: 'status', value: String(variant.status) },
          { key: 'message', value: stringLiteral(variant.message) },
        ])(writer);
        writer.write(',').newLine();
      }
    });
    writer.write(']');
  };
}
