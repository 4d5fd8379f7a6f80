/**
 * Where the generator writes, in names only: the packages it owns, the folder
 * it owns in each, what an interrupted or running generate leaves in the
 * packages folder, and the translations lock it keeps in the docs folder. Kept apart from the emitters so that reading the tree
 * (write.ts, up-to-date.ts) never loads ts-morph.
 */

/** The command that regenerates the files with the default options; printed in each header. */
export const defaultRegenerateCommand = 'pnpm exec batch-errors-codegen generate';

/** The packages the generator writes into, as folder names under the output folder. */
export const generatedPackages = ['core', 'messages', 'http'] as const;

/** Where generated files go inside a package. */
export const generatedFolder = 'src/generated';

/** Name of the lock file in the output folder. */
export const lockName = '.codegen-lock';

/** Prefix of staging folders in the output folder. */
export const stagingPrefix = '.codegen-staging-';

/** Name of the translations lock in the docs folder (its content: translations.ts). */
export const translationsLockFileName = 'translations.lock.json';
