/**
 * What typical imports cost an app: bundled by esbuild from the built
 * packages, minified, gzipped.
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export const typicalImports: Readonly<Record<string, string>> = {
  'one guard from core (`isBatchErrorCode`)': "import { isBatchErrorCode } from '@batch-errors/core'; console.log(isBatchErrorCode('PoolNotFound'));",
  'one lookup from http (`statusesOf`)': "import { statusesOf } from '@batch-errors/http'; console.log(statusesOf('PoolNotFound'));",
  "one locale's messages (`messageIn` + `/de-de`)": "import { messageIn } from '@batch-errors/messages/lookup'; import { deDeCatalog } from '@batch-errors/messages/de-de'; console.log(messageIn(deDeCatalog, 'PoolNotFound'));",
  '`getMessage`, every locale': "import { getMessage } from '@batch-errors/messages'; console.log(getMessage('PoolNotFound', { locale: 'de' }));",
  'everything of core': "import * as core from '@batch-errors/core'; console.log(core);",
  'everything of http': "import * as http from '@batch-errors/http'; console.log(http);",
  'everything of messages': "import * as messages from '@batch-errors/messages'; console.log(messages);",
};

export async function bundleSize(source: string): Promise<{ minified: number; gzipped: number }> {
  const result = await build({
    stdin: { contents: source, resolveDir: import.meta.dirname, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
  });
  const output = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { minified: output.length, gzipped: gzipSync(output, { level: 9 }).length };
}
