/**
 * Translated pages: read without English headers, aligned to English row by
 * row, gaps and disagreements reported, and stale rows caught by the lock.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Io, main } from '../src/cli.js';
import { loadDocs } from '../src/load.js';
import { sourceTexts, translatedTextOf } from '../src/model.js';
import { lockKey, rowState, textHash, updateLock } from '../src/translations.js';
import { lineOf, replaceRow, statusPage, validParts } from './fixtures.js';
import { docsFolder, docsSource, loadSeed, messageLines, seedDocs, temporaryFolder } from './helpers.js';

const page = 'batch-status-and-error-codes.md';

/** The fixture page "translated" into German: headings, headers and messages, anchors and codes kept. */
function germanPage(parts: Parameters<typeof statusPage>[0] = {}): string {
  return statusPage(parts)
    .replace('Common REST API Error Codes', 'Allgemeine REST-API-Fehlercodes')
    .replace('Batch Service Error Codes', 'Batch-Dienstfehlercodes')
    .replace('Job/Task Scheduling Error Codes', 'Fehlercodes für die Auftrags- und Taskplanung')
    .replaceAll('|Error code|HTTP status code|User message|', '|Fehlercode|HTTP-Statuscode|Benutzermeldung|')
    .replaceAll('|Error code|Category|User message|', '|Fehlercode|Kategorie|Benutzermeldung|')
    .replace('|Category|Description|', '|Kategorie|Beschreibung|')
    .replace('The specified pool does not exist.', 'Der angegebene Pool ist nicht vorhanden.')
    .replace('Errors in the task specification provided by the user.', 'Fehler in der vom Benutzer bereitgestellten Taskspezifikation.');
}

async function load(tree: Record<string, string>) {
  return loadDocs(await docsFolder(tree));
}

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { stdout: (text) => out.push(text), stderr: (text) => err.push(text) };
  return { code: await main(argv, io), stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('the real translations', () => {
  it('are read for six locales, aligned to English with no gap or disagreement', async () => {
    const { model, files } = await loadSeed();
    expect(model?.translations.map((translation) => translation.document.locale)).toEqual(['de-de', 'es-es', 'fr-fr', 'ja-jp', 'pt-br', 'zh-cn']);
    expect(messageLines(files.filter((file) => !file.path.includes('/en-us/')))).toEqual([]);
    const english = sourceTexts(model!);
    for (const translation of model!.translations) {
      const translatedText = translatedTextOf(translation);
      for (const wanted of english) {
        const translated = translatedText(wanted.id);
        expect(translated, `${translation.document.locale} ${lockKey(wanted.id)}`).toBeDefined();
        expect(translated?.text, `${translation.document.locale} ${lockKey(wanted.id)}`).not.toBe(wanted.text);
      }
    }
  });

  it('have an up-to-date lock with every row translated', async () => {
    const result = await run('translations', '--check', '--docs', seedDocs);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')).toEqual([
      'locale  translated  stale  missing',
      'de-de          126      0        0',
      'es-es          126      0        0',
      'fr-fr          126      0        0',
      'ja-jp          126      0        0',
      'pt-br          126      0        0',
      'zh-cn          126      0        0',
    ]);
  });
});

describe('the translations in docs-source', () => {
  it('have an up-to-date lock that accounts for every English text in every locale', async () => {
    const { model } = await loadDocs(docsSource);
    const result = await run('translations', '--check', '--docs', docsSource);
    expect(result.code).toBe(0);
    const [, ...rows] = result.stdout.split('\n').filter((line) => /^[a-z]{2}-[a-z]{2} /.test(line) || line.startsWith('locale'));
    expect(rows.map((line) => line.split(/ +/)[0])).toEqual(model?.translations.map((translation) => translation.document.locale));
    for (const line of rows) {
      const [, translated, stale, missing] = line.split(/ +/).map(Number);
      expect((translated ?? 0) + (stale ?? 0) + (missing ?? 0), line).toBe(sourceTexts(model!).length);
    }
  });
});

describe('aligning a translation', () => {
  it('reads a translated page by anchors and cell content, without English headers', async () => {
    const { model, files } = await load({ [`en-us/${page}`]: statusPage(), [`de-de/${page}`]: germanPage() });
    expect(messageLines(files)).toEqual([]);
    const german = model!.translations[0]!;
    expect(translatedTextOf(german)({ table: 'batchService', code: 'PoolNotFound' })?.text).toBe('Der angegebene Pool ist nicht vorhanden.');
    expect(german.texts.map((text) => text.id)).toEqual(sourceTexts(model!).map((text) => text.id));
    // A code documented with several statuses is named per status; the lock's row names say the same.
    const conditionNotMet = german.texts.filter((text) => 'code' in text.id && text.id.code === 'ConditionNotMet').map((text) => text.id);
    expect(conditionNotMet).toEqual([
      { table: 'common', code: 'ConditionNotMet', status: 304 },
      { table: 'common', code: 'ConditionNotMet', status: 412 },
    ]);
    expect(conditionNotMet.map(lockKey)).toEqual(['common/ConditionNotMet/304', 'common/ConditionNotMet/412']);
    expect(lockKey({ category: 'UserError' })).toBe('categories/UserError');
  });

  it('reports a missing row (English is used), an extra row and a disagreeing status, at their places', async () => {
    const translated = germanPage({
      batchService: replaceRow(
        validParts.batchService,
        '|JobBeingTerminated|Conflict (409)|The specified job is being terminated.|',
        '|JobBeingTerminated|Bad Request (400)|Der Auftrag wird beendet.|',
      ),
      taskScheduling: replaceRow(
        validParts.taskScheduling,
        '|BlobNotFound|UserError|One of the specified Azure Blob(s) is not found.|',
        '|BlobLost|UserError|Ein Blob fehlt.|',
      ),
    });
    const { files } = await load({ [`en-us/${page}`]: statusPage(), [`de-de/${page}`]: translated });
    const german = files.find((file) => file.path.includes('/de-de/'))!;
    expect(messageLines([german])).toEqual([
      `${lineOf(translated, '|JobBeingTerminated|Bad Request')}:1: warning: Expected JobBeingTerminated as in ${files[1]?.path}:${lineOf(statusPage(), '|JobBeingTerminated|Conflict')}, found status 400 instead of 409 [translation-mismatch]`,
      // placed at the translated table: its header is two lines above its first row
      `${lineOf(translated, '|BlobLost|') - 2}:1: warning: Expected a translation of BlobNotFound (taskScheduling) as in ${files[1]?.path}:${lineOf(statusPage(), '|BlobNotFound|')}, found none; the English message is used [translation-missing-row]`,
      `${lineOf(translated, '|BlobLost|')}:1: warning: Expected only codes of the English taskScheduling table, found BlobLost; it is ignored [translation-extra-row]`,
    ]);
  });

  it('does not repeat, on a translation, the defects it copies from English', async () => {
    const english = statusPage({ batchService: `${validParts.batchService}\n|PoolNotFound|NotFound (404)|The specified pool does not exist.|` });
    const { files } = await load({
      [`en-us/${page}`]: english,
      [`de-de/${page}`]: germanPage({ batchService: `${validParts.batchService}\n|PoolNotFound|NotFound (404)|Der angegebene Pool ist nicht vorhanden.|` }),
    });
    expect(messageLines([files.find((file) => file.path.includes('/de-de/'))!])).toEqual([]);
    expect(messageLines([files.find((file) => file.path.includes('/en-us/'))!]).map((line) => /\[(.*)\]$/.exec(line)?.[1])).toEqual(['duplicate-row']);
  });

  it('reports a translated page without anchors once per section and table, not once per row', async () => {
    const { files } = await load({ [`en-us/${page}`]: statusPage(), [`de-de/${page}`]: germanPage().replace(/<a name="[^"]+"><\/a> /g, '') });
    const rules = messageLines([files.find((file) => file.path.includes('/de-de/'))!]).map((line) => /\[(.*)\]$/.exec(line)?.[1]);
    expect(rules.filter((rule) => rule === 'missing-section')).toHaveLength(3);
    expect(rules.filter((rule) => rule === 'translation-missing-row')).toHaveLength(5);
    expect(rules.filter((rule) => rule === 'unexpected-table')).toHaveLength(5);
  });
});

describe('stale translations', () => {
  it.each<[string, { english: string; translation: string } | undefined, string, string | undefined, string]>([
    ['a row whose English and translation match the lock', { english: textHash('A.'), translation: textHash('Ä.') }, 'A.', 'Ä.', 'translated'],
    ['a row whose English changed, translation untouched', { english: textHash('A.'), translation: textHash('Ä.') }, 'B.', 'Ä.', 'stale'],
    ['a row whose English changed and translation was updated', { english: textHash('A.'), translation: textHash('Ä.') }, 'B.', 'Ö.', 'translated'],
    ['a row not in the lock yet', undefined, 'A.', 'Ä.', 'translated'],
    ['a row without translation', undefined, 'A.', undefined, 'missing'],
  ])('%s is %s', (_name, locked, english, translation, state) => {
    const translated = translation === undefined ? undefined : { text: translation, source: { file: 'x', line: 1, column: 1 } };
    expect(rowState(locked, english, translated)).toBe(state);
  });

  it('marks a changed English message stale in every locale, until accepted', async () => {
    const { model, lock } = await loadSeed();
    const changed = structuredClone(model!);
    const table = changed.tables.find((candidate) => candidate.id === 'batchService');
    if (table?.kind !== 'rest') throw new Error('no batchService table');
    table.entries.find((entry) => entry.code === 'PoolNotFound')!.variants[0]!.message = 'The specified pool was not found.';

    const { coverage } = updateLock(changed, lock);
    expect(coverage.map((entry) => [entry.locale, entry.translated, entry.stale, entry.missing, entry.staleRows])).toEqual(
      ['de-de', 'es-es', 'fr-fr', 'ja-jp', 'pt-br', 'zh-cn'].map((locale) => [locale, 125, 1, 0, ['batchService/PoolNotFound']]),
    );
    const accepted = updateLock(changed, lock, ['de-de']);
    expect(accepted.coverage.find((entry) => entry.locale === 'de-de')?.stale).toBe(0);
    expect(accepted.coverage.find((entry) => entry.locale === 'fr-fr')?.stale).toBe(1);
  });

  it('reports stale rows at the translated row, and check fails until the lock is written', async () => {
    const english = await readFile(path.join(seedDocs, 'en-us', page), 'utf8');
    const tree: Record<string, string> = { [`en-us/${page}`]: english.replace('The specified pool does not exist.', 'The specified pool was not found.') };
    for (const locale of ['de-de', 'es-es', 'fr-fr', 'ja-jp', 'pt-br', 'zh-cn'])
      tree[`${locale}/${page}`] = await readFile(path.join(seedDocs, locale, page), 'utf8');
    tree['translations.lock.json'] = await readFile(path.join(seedDocs, 'translations.lock.json'), 'utf8');
    const docs = await docsFolder(tree);

    const { files } = await loadDocs(docs);
    const stale = messageLines(files).filter((line) => line.endsWith('[translation-stale]'));
    expect(stale).toHaveLength(6);
    expect(stale[0]).toMatch(
      /^105:1: warning: Expected the translation of PoolNotFound to follow the English text, found it translating an older one; English now reads "The specified pool was not found\."/,
    );

    const report = await run('translations', '--check', '--docs', docs);
    expect(report.code).toBe(0); // untouched translations keep their lock rows: the lock does not change
    expect(report.stdout).toContain('stale in zh-cn: batchService/PoolNotFound');

    // A translator updates German: the lock must record it.
    tree[`de-de/${page}`] = tree[`de-de/${page}`]!.replace('Der angegebene Pool ist nicht vorhanden.', 'Der angegebene Pool wurde nicht gefunden.');
    const updated = await docsFolder(tree);
    expect((await run('translations', '--check', '--docs', updated)).code).toBe(1);
    expect((await run('check', '--docs', updated, '--packages', path.join(docsSource, '..', 'packages'))).stdout).toMatch(
      /stale: .*translations\.lock\.json; run `pnpm exec batch-errors-codegen generate`\./,
    );
    const written = await run('translations', '--docs', updated);
    expect(written.stdout).toMatch(/de-de +126 +0 +0/);
    expect(written.stdout).toMatch(/fr-fr +125 +1 +0/);
    expect((await run('translations', '--check', '--docs', updated)).code).toBe(0);
  });

  it.each([
    ['a reworded message', (text: string) => text.replace('The specified pool does not exist.', 'The specified pool was not found.')],
    ['a removed code', (text: string) => text.replace(/^\|PoolBeingResized\|.*\n/m, '')],
    [
      'an added code',
      (text: string) => text.replace('|ServerBusy|', '|AccountBeingMigrated|Conflict (409)|The specified account is being migrated.|\n|ServerBusy|'),
    ],
  ])('after %s, generate brings the lock up to date and check passes', async (_name, edit) => {
    const tree: Record<string, string> = {};
    for (const locale of ['en-us', 'de-de', 'fr-fr']) tree[`${locale}/${page}`] = await readFile(path.join(seedDocs, locale, page), 'utf8');
    tree['translations.lock.json'] = await readFile(path.join(seedDocs, 'translations.lock.json'), 'utf8');
    const english = tree[`en-us/${page}`] ?? '';
    tree[`en-us/${page}`] = edit(english);
    expect(tree[`en-us/${page}`]).not.toBe(english);
    const docs = await docsFolder(tree);
    const out = await temporaryFolder();

    expect((await run('generate', '--docs', docs, '--packages', out)).code).toBe(0);
    const check = await run('check', '--docs', docs, '--packages', out);
    expect(check.stdout).toMatch(/^batch-errors-codegen: \d+ generated files up to date\.$/);
    expect(check.code).toBe(0);
    expect((await run('translations', '--check', '--docs', docs)).code).toBe(0);
  });
});
