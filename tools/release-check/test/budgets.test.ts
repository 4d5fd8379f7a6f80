/**
 * Bundle budgets: the typical single import of each package stays small and
 * pulls in nothing of the other packages. Budgets are the measured size plus
 * about 10%; the README lists them (checked below). The code each import
 * looks up, and the texts that must stay out, come from the docs.
 */
import { readFileSync } from 'node:fs';
import { codeRows, distinctCodes, loadDocs } from '@batch-errors/codegen';
import { describe, expect, it } from 'vitest';
import { catalogsByLocale, enUsCatalog, messageIn, supportedLocales } from '@batch-errors/messages';
import { deDeCatalog } from '@batch-errors/messages/de-de';
import { bundle, diagnoseOneLanguageTarget, diagnoseRootBudget, oneLanguageTarget } from '@batch-errors/bench/sizes';
import * as englishDiagnose from '@batch-errors/diagnose/en-us';

const { model } = await loadDocs(new URL('../../../docs-source', import.meta.url).pathname);
if (!model) throw new Error('docs-source did not produce a model');
const rows = codeRows(model);

/** A documented code with a message of its own in every locale, if one has; else the first code. */
const code =
  distinctCodes(model).find(
    (candidate) => new Set(supportedLocales.map((locale) => messageIn(catalogsByLocale[locale], candidate))).size === supportedLocales.length,
  ) ??
  distinctCodes(model)[0] ??
  '';
const quoted = JSON.stringify(code);
const english = messageIn(enUsCatalog, code) ?? code;
const german = messageIn(deDeCatalog, code) ?? code;
/** A REST code, as a key of http's status table (`Code:`); a scheduling code, which http's table does not list. */
const restCode = rows.find((row) => row.status !== undefined)?.code ?? 'NoRestCode';
const schedulingOnlyCode =
  rows.find((row) => row.status === undefined && !rows.some((other) => other.code === row.code && other.status !== undefined))?.code ?? 'NoSchedulingCode';

/** A sentence of English diagnose text that no other locale's bundle may hold: the longest piece of a summary between its values. */
const englishSentence =
  (englishDiagnose.diagnoseTask({ id: 'ZZZ', executionInfo: { exitCode: 7, result: 'failure' } }).findings[0]?.summary ?? '')
    .split(/ZZZ|7/)
    .sort((left, right) => right.length - left.length)[0] ?? 'no sentence';

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
    source: `import { isBatchErrorCode } from '@batch-errors/core'; console.log(isBatchErrorCode(${quoted}));`,
    budget: 1150,
    absent: ['learn.microsoft.com', 'UserError', 'odata.error', `${restCode}:`],
  },
  {
    name: '`statusesOf` from http',
    source: `import { statusesOf } from '@batch-errors/http'; console.log(statusesOf(${quoted}));`,
    budget: 1075,
    absent: [schedulingOnlyCode, english, 'Not Found', 'odata.error', 'ServerBusy"'],
  },
  {
    name: 'English messages (`messageIn` + `/en-us`)',
    source: `import { messageIn } from '@batch-errors/messages/lookup'; import { enUsCatalog } from '@batch-errors/messages/en-us'; console.log(messageIn(enUsCatalog, ${quoted}));`,
    budget: 3525,
    absent: ['learn.microsoft.com', 'odata.error', 'QueryParameterName', german],
  },
  {
    name: 'German messages (`messageIn` + `/de-de`)',
    source: `import { messageIn } from '@batch-errors/messages/lookup'; import { deDeCatalog } from '@batch-errors/messages/de-de'; console.log(messageIn(deDeCatalog, ${quoted}));`,
    budget: 4200,
    absent: [english, 'learn.microsoft.com'],
  },
  // One language with `getMessage`: at most 4 kB each, whatever the measured size plus 10% would allow.
  {
    name: 'English `getMessage` alone (`/en-us`)',
    source: `import { getMessage } from '@batch-errors/messages/en-us'; console.log(getMessage(${quoted}));`,
    budget: 3675,
    absent: ['learn.microsoft.com', 'odata.error', german, 'best fit'],
  },
  {
    name: 'German `getMessage` alone (`/de-de`)',
    source: `import { getMessage } from '@batch-errors/messages/de-de'; console.log(getMessage(${quoted}));`,
    budget: oneLanguageTarget,
    absent: ['learn.microsoft.com', 'odata.error', 'best fit'],
  },
  // diagnose in one language: the per-locale entry, at most 15 kB (the measured size is about 12.9 kB).
  {
    name: '`diagnoseTask` alone, one language (`/de-de`)',
    source: "import { diagnoseTask } from '@batch-errors/diagnose/de-de'; console.log(diagnoseTask({}));",
    budget: 14_200,
    absent: ['best fit', 'learn.microsoft.com/en-us', englishSentence, 'Tokenizer'],
  },
  // The root entry carries every locale; it may not grow past what it cost before the per-locale entries (and the codes core now gives it).
  {
    name: '`diagnoseTask` in any locale from diagnose',
    source: "import { diagnoseTask } from '@batch-errors/diagnose'; console.log(diagnoseTask({}));",
    budget: diagnoseRootBudget,
    absent: ['odata.error', 'Tokenizer', 'schemaVersion'],
  },
  {
    name: '`getMessage` in any locale from messages',
    source: `import { getMessage } from '@batch-errors/messages'; console.log(getMessage(${quoted}, { locale: 'de-AT' }));`,
    budget: 34300,
    absent: ['learn.microsoft.com', 'odata.error'],
  },
];

describe('bundle budgets (minified + gzip)', () => {
  it.each(budgets.map((entry) => [entry.name, entry] as const))('%s', async (_name, entry) => {
    const { code: bundled, gzipped } = await bundle(entry.source);
    expect(gzipped).toBeLessThanOrEqual(entry.budget);
    for (const text of entry.absent) expect(bundled, `"${text}" in the bundle`).not.toContain(text);
  });

  const catalogNameOf = (locale: string) =>
    `${locale
      .split('-')
      .map((word, index) => (index === 0 ? word : word.charAt(0).toUpperCase() + word.slice(1)))
      .join('')}Catalog`;

  it.each(supportedLocales.map((locale) => [locale] as const))('one locale, %s, carries no other locale’s messages', async (locale) => {
    const name = catalogNameOf(locale);
    const { code: bundled } = await bundle(
      `import { messageIn } from '@batch-errors/messages/lookup'; import { ${name} } from '@batch-errors/messages/${locale}'; console.log(messageIn(${name}, ${quoted}));`,
    );
    for (const other of supportedLocales) {
      const text = messageIn(catalogsByLocale[other], code);
      if (text === undefined) continue;
      expect(bundled.includes(text), `${other}: "${text}"`).toBe(other === locale);
    }
  });

  it.each(supportedLocales.map((locale) => [locale] as const))(
    '`getMessage` of one locale, %s, carries no other translation, and English only for a row it lacks',
    async (locale) => {
      const { code: bundled } = await bundle(`import { getMessage } from '@batch-errors/messages/${locale}'; console.log(getMessage(${quoted}));`);
      const lacksRow = messageIn(catalogsByLocale[locale], code) === undefined;
      for (const other of supportedLocales) {
        const text = messageIn(catalogsByLocale[other], code);
        if (text === undefined) continue;
        expect(bundled.includes(text), `${other}: "${text}"`).toBe(other === locale || (other === 'en-us' && lacksRow));
      }
      expect(bundled, 'the locale matcher').not.toContain('best fit');
    },
  );

  it.each(supportedLocales.map((locale) => [locale] as const))(
    '`diagnoseTask` of one locale, %s, fits in 15 kB and carries no other locale’s sentences nor the locale matcher',
    async (locale) => {
      const { code: bundled, gzipped } = await bundle(`import { diagnoseTask } from '@batch-errors/diagnose/${locale}'; console.log(diagnoseTask({}));`);
      expect(gzipped).toBeLessThanOrEqual(diagnoseOneLanguageTarget);
      expect(bundled, 'the locale matcher').not.toContain('best fit');
      for (const other of supportedLocales) {
        const entry = (await import(`@batch-errors/diagnose/${other}`)) as typeof englishDiagnose;
        const sentence =
          entry
            .diagnoseTask({ id: 'ZZZ', executionInfo: { exitCode: 7, result: 'failure' } })
            .findings[0]?.summary.split(/ZZZ|7/)
            .sort((left, right) => right.length - left.length)[0] ?? '';
        expect(bundled.includes(sentence), `${other}: "${sentence}"`).toBe(other === locale);
      }
    },
  );

  it('are the budgets the README states', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    for (const entry of budgets) expect(readme).toContain(`| ${entry.name} | ${entry.budget.toLocaleString('en-US')} B |`);
  });
});
