/**
 * The floor of the diagnose throughput row: a process that reads a file and
 * parses it with `JSON.parse`, nothing else. Exits 2 when it cannot (a file
 * longer than a JavaScript string may be).
 */
import { readFileSync } from 'node:fs';

const file = process.argv[2];
if (file === undefined) throw new Error('usage: json-parse.js <file>');
try {
  const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
  process.stderr.write(`timings (ms): ${JSON.stringify({ items: Array.isArray(value) ? value.length : 1 })}\n`);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
