#!/usr/bin/env node
// Runs the compiled commands; `pnpm build` (or `nx run @batch-errors/automation:build`) compiles them.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('batch-errors-automation: not built yet; run `pnpm build` in the repository first.\n');
  process.exit(1);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
