import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import * as diagnose from '../src/index.js';

it('exports exactly these names', () => {
  expect(Object.keys(diagnose).sort()).toEqual([
    'createSummarizer',
    'defaultDeletionThreshold',
    'detectItem',
    'diagnoseJob',
    'diagnoseNode',
    'diagnosePool',
    'diagnoseTask',
    'docsSections',
    'formatDiagnosis',
    'formatSummary',
    'itemKinds',
    'poolNodeDocsSections',
    'summarize',
    'summarySchemaVersion',
  ]);
});

it('has one entry per supported locale, each with exactly these names', async () => {
  const { supportedLocales } = await import('@batch-errors/messages');
  const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { exports: Record<string, unknown> };
  expect(Object.keys(packageJson.exports).sort()).toEqual(['.', './package.json', ...supportedLocales.map((locale) => `./${locale}`)].sort());
  for (const locale of supportedLocales) {
    const entry = (await import(`../src/locales/${locale}.ts`)) as Record<string, unknown>;
    expect(Object.keys(entry).sort(), locale).toEqual([
      'createSummarizer',
      'diagnoseJob',
      'diagnoseNode',
      'diagnosePool',
      'diagnoseTask',
      'formatDiagnosis',
      'formatSummary',
      'summarize',
    ]);
  }
});
