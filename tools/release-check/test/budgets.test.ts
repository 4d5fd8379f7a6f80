/**
 * Bundle budgets: the typical single import of each package stays small and
 * pulls in nothing of the other packages. Budgets are the measured size plus
 * about 10%; the README lists them (checked below).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogsByLocale, messageIn, supportedLocales } from '@batch-errors/messages';
import { bundle } from '@batch-errors/bench/sizes';

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
    name: 'English messages (`messageIn` + `/en-us`)',
    source:
      "import { messageIn } from '@batch-errors/messages/lookup'; import { enUsCatalog } from '@batch-errors/messages/en-us'; console.log(messageIn(enUsCatalog, 'PoolNotFound'));",
    budget: 3525,
    absent: ['learn.microsoft.com', 'odata.error', 'QueryParameterName', 'Der angegebene Pool'],
  },
  {
    name: 'German messages (`messageIn` + `/de-de`)',
    source:
      "import { messageIn } from '@batch-errors/messages/lookup'; import { deDeCatalog } from '@batch-errors/messages/de-de'; console.log(messageIn(deDeCatalog, 'PoolNotFound'));",
    budget: 4200,
    absent: ['The specified pool does not exist.', 'learn.microsoft.com'],
  },
  // One language with `getMessage`: at most 4 kB each, whatever the measured size plus 10% would allow.
  {
    name: 'English `getMessage` alone (`/en-us`)',
    source: "import { getMessage } from '@batch-errors/messages/en-us'; console.log(getMessage('PoolNotFound'));",
    budget: 3675,
    absent: ['learn.microsoft.com', 'odata.error', 'Der angegebene Pool', 'best fit'],
  },
  {
    name: 'German `getMessage` alone (`/de-de`)',
    source: "import { getMessage } from '@batch-errors/messages/de-de'; console.log(getMessage('PoolNotFound'));",
    budget: 4000,
    absent: ['learn.microsoft.com', 'odata.error', 'best fit'],
  },
  {
    name: '`getMessage` in any locale from messages',
    source: "import { getMessage } from '@batch-errors/messages'; console.log(getMessage('PoolNotFound', { locale: 'de-AT' }));",
    budget: 34300,
    absent: ['learn.microsoft.com', 'odata.error'],
  },
];

describe('bundle budgets (minified + gzip)', () => {
  it.each(budgets.map((entry) => [entry.name, entry] as const))('%s', async (_name, entry) => {
    const { code, gzipped } = await bundle(entry.source);
    expect(gzipped).toBeLessThanOrEqual(entry.budget);
    for (const text of entry.absent) expect(code, `"${text}" in the bundle`).not.toContain(text);
  });

  const catalogNameOf = (locale: string) =>
    `${locale
      .split('-')
      .map((word, index) => (index === 0 ? word : word.charAt(0).toUpperCase() + word.slice(1)))
      .join('')}Catalog`;

  it.each(supportedLocales.map((locale) => [locale] as const))('one locale, %s, carries no other locale’s messages', async (locale) => {
    const name = catalogNameOf(locale);
    const { code } = await bundle(
      `import { messageIn } from '@batch-errors/messages/lookup'; import { ${name} } from '@batch-errors/messages/${locale}'; console.log(messageIn(${name}, 'PoolNotFound'));`,
    );
    for (const other of supportedLocales) {
      const text = messageIn(catalogsByLocale[other], 'PoolNotFound')!;
      expect(code.includes(text), `${other}: "${text}"`).toBe(other === locale);
    }
  });

  it.each(supportedLocales.map((locale) => [locale] as const))(
    '`getMessage` of one locale, %s, carries no other translation, and English only for a row it lacks',
    async (locale) => {
      const { code } = await bundle(`import { getMessage } from '@batch-errors/messages/${locale}'; console.log(getMessage('PoolNotFound'));`);
      const lacksRow = messageIn(catalogsByLocale[locale], 'PoolNotFound') === undefined;
      for (const other of supportedLocales) {
        const text = messageIn(catalogsByLocale[other], 'PoolNotFound');
        if (text === undefined) continue;
        expect(code.includes(text), `${other}: "${text}"`).toBe(other === locale || (other === 'en-us' && lacksRow));
      }
      expect(code, 'the locale matcher').not.toContain('best fit');
    },
  );

  it('are the budgets the README states', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    for (const entry of budgets) expect(readme).toContain(`| ${entry.name} | ${entry.budget.toLocaleString('en-US')} B |`);
  });
});
