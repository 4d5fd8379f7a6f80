#!/usr/bin/env node
// The `batch-errors-diagnose` command: starts the built command line (dist/cli.js).
// It is committed so that installing a fresh clone can link it before anything is built.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('batch-errors-diagnose: not built yet; run `pnpm build` in the repository first.\n');
  process.exit(1);
}
await import(entry.href);
