/**
 * `getMessage` and `getCategoryDescription` over one locale's catalogs, for
 * the per-locale entry points the generator writes (`src/generated/entries/`,
 * exported as `@batch-errors/messages/<locale>`): the root functions' calls,
 * without the other locales or the locale matcher.
 */
import type { MessageCatalog } from './catalog.js';
import type { getCategoryDescription, getMessage } from './get-message.js';
import { categoryDescriptionIn, messageIn } from './lookup.js';

/** The root `getMessage`'s signature, which each locale's `getMessage` has too. */
export type GetMessage = typeof getMessage;

/** The root `getCategoryDescription`'s signature, which each locale's has too. */
export type GetCategoryDescription = typeof getCategoryDescription;

/** `getMessage` over `catalogs`, tried in order; its `locale` option is ignored, since the catalogs are one locale's. */
export function messageGetter(catalogs: readonly MessageCatalog[]): GetMessage {
  return ((code, options) => messageIn(catalogs, code, options)) as GetMessage;
}

/** `getCategoryDescription` over `catalogs`, tried in order; its `locale` option is ignored. */
export function categoryDescriptionGetter(catalogs: readonly MessageCatalog[]): GetCategoryDescription {
  return ((category) => categoryDescriptionIn(catalogs, category)) as GetCategoryDescription;
}
