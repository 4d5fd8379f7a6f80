/**
 * The sentences of each shipped locale.
 */
import type { SupportedLocale } from '@batch-errors/messages';
import { deDeTexts } from './de-de.js';
import { enUsTexts } from './en-us.js';
import { esEsTexts } from './es-es.js';
import { frFrTexts } from './fr-fr.js';
import { jaJpTexts } from './ja-jp.js';
import { ptBrTexts } from './pt-br.js';
import type { DiagnoseTexts } from './texts.js';
import { zhCnTexts } from './zh-cn.js';

export const textsByLocale: { readonly [Locale in SupportedLocale]: DiagnoseTexts } = {
  'en-us': enUsTexts,
  'de-de': deDeTexts,
  'es-es': esEsTexts,
  'fr-fr': frFrTexts,
  'ja-jp': jaJpTexts,
  'pt-br': ptBrTexts,
  'zh-cn': zhCnTexts,
};

/** The sentences of a locale; English for anything not shipped (a hand-built Diagnosis, say). */
export function textsFor(locale: SupportedLocale): DiagnoseTexts {
  return typeof locale === 'string' && Object.hasOwn(textsByLocale, locale) ? textsByLocale[locale] : enUsTexts;
}
