/**
 * Reads the docs once per test run (vitest `globalSetup`) and hands every
 * test file the texts they take their expectations from (see docs.ts).
 */
import { fileURLToPath } from 'node:url';
import { type ErrorCategory, loadModel, sourceTexts, type TableId, translatedTextOf } from '@batch-errors/codegen';
import type { TestProject } from 'vitest/node';

/** A message or category description of the English page, with its translations. */
export interface DocumentedText {
  table?: TableId;
  code?: string;
  status?: number;
  category?: ErrorCategory;
  /** The English text. */
  text: string;
  /** The text of each translated page that has the row, by locale. */
  translations: Record<string, string>;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Every row's message and every category's description of `docs-source`, in document order, as the generator reads them. */
    docsTexts: DocumentedText[];
    /** The locales of the translated pages, in the generator's order. */
    docsLocales: string[];
  }
}

export default async function readDocs(project: TestProject): Promise<void> {
  const { model } = await loadModel(fileURLToPath(new URL('../../../docs-source', import.meta.url)));
  if (!model) throw new Error('docs-source did not produce a model');
  const translatedTexts = model.translations.map((translation) => [translation.document.locale, translatedTextOf(translation)] as const);
  const texts = sourceTexts(model).map(({ id, status, text }): DocumentedText => {
    const translations: Record<string, string> = {};
    for (const [locale, translatedText] of translatedTexts) {
      const translated = translatedText(id)?.text;
      if (translated !== undefined) translations[locale] = translated;
    }
    const row = 'category' in id ? { category: id.category } : { table: id.table, code: id.code, ...(status === undefined ? {} : { status }) };
    return { ...row, text, translations };
  });
  project.provide('docsTexts', texts);
  project.provide(
    'docsLocales',
    model.translations.map((translation) => translation.document.locale),
  );
}
