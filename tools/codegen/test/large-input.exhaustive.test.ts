/**
 * A 10 MB page of 75,000 codes through the real command in a child process
 * with a capped heap: exceeding it would crash the process and fail the test.
 * Nothing here measures time. Exhaustive: run by `test:exhaustive`.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSyntheticDocs } from '../src/synthetic.js';
import { heapLimitMegabytes, runCapped, temporaryFolder } from './helpers.js';

describe(`large docs, with the heap capped at ${heapLimitMegabytes} MB`, () => {
  it('generates the packages from a 10 MB page of 75,000 codes', async () => {
    const docs = await temporaryFolder();
    const bytes = await writeSyntheticDocs(docs, 75_000);
    expect(bytes).toBeGreaterThan(9.5 * 1024 * 1024);
    const out = await temporaryFolder();
    const result = await runCapped('generate', '--docs', docs, '--packages', out);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const codes = await readFile(path.join(out, 'core/src/generated/codes.ts'), 'utf8');
    expect(codes).toContain('"SyntheticError74999",');
  }, 300_000);
});
