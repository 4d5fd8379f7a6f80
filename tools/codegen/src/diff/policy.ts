/**
 * The release policy: which version bump each kind of docs change calls for,
 * in the packages it reaches. One table, so the rule is reviewed in one place.
 *
 * - Removing or renaming a code, or changing its status or category, breaks
 *   code that relies on it: major.
 * - Adding a code is a feature: minor. (It still breaks `switch` statements
 *   that handle every code exhaustively; the report says so.)
 * - A new locale is a feature (minor); a locale gone breaks its importers (major).
 * - Rewording a message, moving a row, or changing a section anchor changes
 *   text, order or links, not the taxonomy: patch.
 * - Headings, front matter and samples are not in any package: no bump.
 * - A code an SDK list newly knows is a feature (minor); a code no list knows
 *   any more leaves `KnownBatchErrorCode` (major); other list changes move
 *   provenance only (patch). A statement of the error-handling page that says
 *   something else changes what `http` and `diagnose` decide: minor.
 */
import type { ChangeKind } from './compare.js';

export type Bump = 'major' | 'minor' | 'patch';

export const bumpOf: Readonly<Record<ChangeKind, Bump | 'none'>> = {
  removed: 'major',
  renamed: 'major',
  statusChanged: 'major',
  categoryChanged: 'major',
  added: 'minor',
  reworded: 'patch',
  descriptionReworded: 'patch',
  moved: 'patch',
  anchorChanged: 'patch',
  localeAdded: 'minor',
  localeRemoved: 'major',
  headingChanged: 'none',
  frontMatterChanged: 'none',
  sampleChanged: 'none',
  knownCodeAdded: 'minor',
  knownCodeRemoved: 'major',
  knownSourcesChanged: 'patch',
  knownListChanged: 'patch',
  statementChanged: 'minor',
};

const order: readonly (Bump | 'none')[] = ['none', 'patch', 'minor', 'major'];

/** The stronger of two bumps. */
export function strongest(left: Bump | 'none', right: Bump | 'none'): Bump | 'none' {
  return order.indexOf(left) >= order.indexOf(right) ? left : right;
}
