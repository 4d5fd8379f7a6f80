/**
 * A model whose texts try to be markup: what a docs page (or a translation)
 * could hold, to prove the page shows such text and never runs it.
 */
import type { BatchErrorModel } from '@batch-errors/codegen';

/** The code whose texts are replaced. */
export const hostileCode = 'PoolNotFound';

/** Its English message, then its German one. */
export const hostileTexts = [
  `<script>window.__pwned = 'script'</script>The specified pool does not exist.`,
  `<img src=x onerror="window.__pwned = 'img'">Der Pool fehlt & "kommt" nicht.`,
] as const;

/** A copy of `model` with the English and German messages of {@link hostileCode} replaced by {@link hostileTexts}. */
export function hostileModel(model: BatchErrorModel): BatchErrorModel {
  const copy = structuredClone(model);
  for (const table of copy.tables) {
    if (table.kind !== 'rest') continue;
    for (const entry of table.entries) if (entry.code === hostileCode) for (const variant of entry.variants) variant.message = hostileTexts[0];
  }
  const german = copy.translations.find((translation) => translation.document.locale === 'de-de');
  for (const text of german?.texts ?? []) if (!('category' in text.id) && text.id.code === hostileCode) text.text = hostileTexts[1];
  return copy;
}
