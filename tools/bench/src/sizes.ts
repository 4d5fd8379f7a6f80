/**
 * What an import costs an app: the module bundled by esbuild from the built
 * packages, minified, gzipped. Used by the benchmark and by the bundle
 * budget tests (tools/release-check). Run alone (`node tools/bench/dist/sizes.js`,
 * after building), it prints the size rows of `pnpm bench`: bundling is
 * deterministic, so they need no repeated runs.
 */
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export const typicalImports: Readonly<Record<string, string>> = {
  'one guard from core (`isBatchErrorCode`)': "import { isBatchErrorCode } from '@batch-errors/core'; console.log(isBatchErrorCode('PoolNotFound'));",
  'one lookup from http (`statusesOf`)': "import { statusesOf } from '@batch-errors/http'; console.log(statusesOf('PoolNotFound'));",
  'one conversion from http (`toBatchError`)': "import { toBatchError } from '@batch-errors/http'; console.log(toBatchError(new Error('x')));",
  "one locale's messages (`messageIn` + `/de-de`)":
    "import { messageIn } from '@batch-errors/messages/lookup'; import { deDeCatalog } from '@batch-errors/messages/de-de'; console.log(messageIn(deDeCatalog, 'PoolNotFound'));",
  '`getMessage`, English alone (`/en-us`)': "import { getMessage } from '@batch-errors/messages/en-us'; console.log(getMessage('PoolNotFound'));",
  '`getMessage`, German alone (`/de-de`)': "import { getMessage } from '@batch-errors/messages/de-de'; console.log(getMessage('PoolNotFound'));",
  '`getMessage`, every locale': "import { getMessage } from '@batch-errors/messages'; console.log(getMessage('PoolNotFound', { locale: 'de' }));",
  '`diagnoseTask`, German alone (`/de-de`)': "import { diagnoseTask } from '@batch-errors/diagnose/de-de'; console.log(diagnoseTask({}));",
  '`diagnoseTask`, every locale': "import { diagnoseTask } from '@batch-errors/diagnose'; console.log(diagnoseTask({}));",
  'everything of core': "import * as core from '@batch-errors/core'; console.log(core);",
  'everything of http': "import * as http from '@batch-errors/http'; console.log(http);",
  'everything of messages': "import * as messages from '@batch-errors/messages'; console.log(messages);",
};

/** Issue 17: one language with `getMessage` in at most 4 kB gzipped. The budget tests hold it too. */
export const oneLanguageTarget = 4000;

/** Issue 27: `diagnoseTask` with one language in at most 15 kB gzipped. The budget tests hold it too. */
export const diagnoseOneLanguageTarget = 15_000;

/** What `diagnoseTask` from the root entry cost before the per-locale entries came. */
export const diagnoseRootBefore = 59_875;

/**
 * What it may cost: no more than before the per-locale entries, but for the
 * task failure and resize codes it now takes from core's SDK lists (they hold
 * codes diagnose never listed by hand), about 100 B.
 */
export const diagnoseRootBudget = diagnoseRootBefore + 200;

/** Imports with a size target, in gzipped bytes. */
export const gzippedTargets: Readonly<Record<string, number>> = {
  '`getMessage`, English alone (`/en-us`)': oneLanguageTarget,
  '`getMessage`, German alone (`/de-de`)': oneLanguageTarget,
  '`diagnoseTask`, German alone (`/de-de`)': diagnoseOneLanguageTarget,
  '`diagnoseTask`, every locale': diagnoseRootBudget,
};

/** The target and holds columns of a size row. */
export function sizeTarget(name: string, gzipped: number): { target?: string; holds?: boolean } {
  const target = gzippedTargets[name];
  return target === undefined ? {} : { target: `≤ ${target.toLocaleString('en-US')} B`, holds: gzipped <= target };
}

export interface BundleSize {
  code: string;
  minified: number;
  gzipped: number;
}

/** Bundles `source` (an ES module importing the packages, resolved from `resolveDir`) as an app would. */
export async function bundle(source: string, resolveDir: string = import.meta.dirname): Promise<BundleSize> {
  const result = await build({
    stdin: { contents: source, resolveDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    // Text as written (esbuild's default escapes non-ASCII), as Vite and Rollup emit it.
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild wrote nothing');
  return { code: output.text, minified: output.contents.length, gzipped: gzipSync(output.contents, { level: 9 }).length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [name, source] of Object.entries(typicalImports)) {
    const { minified, gzipped } = await bundle(source);
    const { target, holds } = sizeTarget(name, gzipped);
    process.stdout.write(
      `| packages, size | ${name} | ${gzipped.toLocaleString('en-US')} B gzipped (${minified.toLocaleString('en-US')} B minified) | ${target ?? ''} | ${holds === undefined ? '' : holds ? 'yes' : '**no**'} |\n`,
    );
  }
}
