/**
 * `@batch-errors/messages`: the user message of every row, per locale, and the
 * category descriptions. One module per locale, so an app bundles only the
 * locales it imports.
 */
import type { Project, WriterFunction } from 'ts-morph';
import type { BatchErrorModel } from '../model.js';
import { constant, typeImport } from './declarations.js';
import { type GeneratedFile, generatedFolder, objectWriter, printFile, stringLiteral } from './typescript.js';

const folder = `messages/${generatedFolder}`;

/** `en-us` to `enUsCatalog`: the export name of a locale's catalog. */
export function catalogName(locale: string): string {
  const words = locale.split('-');
  return `${words.map((word, index) => (index === 0 ? word : word.charAt(0).toUpperCase() + word.slice(1))).join('')}Catalog`;
}

export function emitMessages(model: BatchErrorModel, project: Project): GeneratedFile[] {
  const locale = model.document.locale;
  return [
    printFile(project, `${folder}/${locale}.ts`, model, [
      typeImport('../catalog.js', ['MessageCatalog']),
      constant(catalogName(locale), catalogWriter(model), [`User messages in ${locale}, from ${model.document.file}.`], 'MessageCatalog'),
    ]),
  ];
}

function catalogWriter(model: BatchErrorModel): WriterFunction {
  const tables = model.tables.map((table) => ({
    key: table.id,
    value: objectWriter(
      table.kind === 'rest'
        ? table.entries.map((entry) => ({
            key: entry.code,
            value:
              entry.variants.length === 1 && entry.variants[0]
                ? stringLiteral(entry.variants[0].message)
                : variantsWriter(entry.variants.map((variant) => ({ status: variant.status, message: variant.message }))),
          }))
        : table.entries.map((entry) => ({ key: entry.code, value: stringLiteral(entry.message) })),
    ),
  }));
  return objectWriter([
    { key: 'locale', value: stringLiteral(model.document.locale) },
    { key: 'tables', value: objectWriter(tables) },
    { key: 'categories', value: objectWriter(model.categories.map((entry) => ({ key: entry.category, value: stringLiteral(entry.description) }))) },
  ]);
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
