#!/usr/bin/env node
// Runs the bundled generator (bundle/, one file per thread); `pnpm build` (or `nx run @batch-errors/codegen:build`) builds it.
import { existsSync } from 'node:fs';

const entry = new URL('../bundle/cli.js', import.meta.url);
if (!existsSync(entry)) {
  console.error('batch-errors-codegen is not built yet: run `pnpm exec nx run @batch-errors/codegen:build` first.');
  process.exit(1);
}
// A reader that stops early (`model | head -1`) closes the pipe: that ends the command, quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => process.exit(error.code === 'EPIPE' ? (process.exitCode ?? 0) : 1));
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
