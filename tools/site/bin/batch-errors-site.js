#!/usr/bin/env node
// Runs the compiled site builder; `pnpm build` (or `nx run @batch-errors/site:build`) compiles it.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('batch-errors-site: not built yet; run `pnpm build` in the repository first.\n');
  process.exit(1);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
