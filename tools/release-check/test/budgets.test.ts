/**
 * Bundle budgets: the typical single import of each package stays small and
 * pulls in nothing of the other packages. Budgets are the measured size plus
 * about 10%; the README lists them (checked below).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundle } from './bundle.js';

interface Budget {
  name: string;
  source: string;
  /** Minified and gzipped bytes. */
  budget: number;
  /** Text that must not be in the bundle: another catalog or module the import does not need. */
  absent: string[];
}

export const budgets: Budget[] = [
  {
    name: '`isBatchErrorCode` from core',
    source: "import { isBatchErrorCode } from '@batch-errors/core'; console.log(isBatchErrorCode('PoolNotFound'));",
    budget: 1150,
    absent: ['learn.microsoft.com', 'UserError', 'odata.error', 'ConditionNotMet:'],
  },
  {
    name: '`statusesOf` from http',
    source: "import { statusesOf } from '@batch-errors/http'; console.log(statusesOf('PoolNotFound'));",
    budget: 1075,
    absent: ['BlobNotFound', 'does not exist', 'Not Found', 'odata.error', 'ServerBusy"'],
  },
  {
    name: '`getMessage` (English) from messages',
    source: "import { getMessage } from '@batch-errors/messages'; console.log(getMessage('PoolNotFound'));",
    budget: 3525,
    absent: ['learn.microsoft.com', 'odata.error', 'QueryParameterName'],
  },
];

describe('bundle budgets (minified + gzip)', () => {
  it.each(budgets.map((entry) => [entry.name, entry] as const))('%s', async (_name, entry) => {
    const { code, gzipped } = await bundle(entry.source);
    expect(gzipped).toBeLessThanOrEqual(entry.budget);
    for (const text of entry.absent) expect(code, `"${text}" in the bundle`).not.toContain(text);
  });

  it('are the budgets the README states', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    for (const entry of budgets) expect(readme).toContain(`| ${entry.name} | ${entry.budget.toLocaleString('en-US')} B |`);
  });
});
