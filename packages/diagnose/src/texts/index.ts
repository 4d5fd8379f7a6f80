/**
 * The sentences of each shipped locale.
 */
import type { SupportedLocale } from '@batch-errors/messages';
import { deDeSummaryTexts, deDeTexts } from './de-de.js';
import { enUsSummaryTexts, enUsTexts } from './en-us.js';
import { esEsSummaryTexts, esEsTexts } from './es-es.js';
import { frFrSummaryTexts, frFrTexts } from './fr-fr.js';
import { jaJpSummaryTexts, jaJpTexts } from './ja-jp.js';
import { ptBrSummaryTexts, ptBrTexts } from './pt-br.js';
import type { DiagnoseTexts, SummaryTexts } from './texts.js';
import { zhCnSummaryTexts, zhCnTexts } from './zh-cn.js';

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

export const summaryTextsByLocale: { readonly [Locale in SupportedLocale]: SummaryTexts } = {
  'en-us': enUsSummaryTexts,
  'de-de': deDeSummaryTexts,
  'es-es': esEsSummaryTexts,
  'fr-fr': frFrSummaryTexts,
  'ja-jp': jaJpSummaryTexts,
  'pt-br': ptBrSummaryTexts,
  'zh-cn': zhCnSummaryTexts,
};

/** The summary labels of a locale; English for anything not shipped. */
export function summaryTextsFor(locale: SupportedLocale): SummaryTexts {
  return typeof locale === 'string' && Object.hasOwn(summaryTextsByLocale, locale) ? summaryTextsByLocale[locale] : enUsSummaryTexts;
}
