/**
 * What an import costs a user: the module bundled by esbuild from the built
 * packages, minified, and gzipped.
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export interface BundleSize {
  code: string;
  minified: number;
  gzipped: number;
}

/** Bundles `source` (an ES module importing the packages) as an app would. */
export async function bundle(source: string): Promise<BundleSize> {
  const result = await build({
    stdin: { contents: source, resolveDir: import.meta.dirname, loader: 'js' },
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
