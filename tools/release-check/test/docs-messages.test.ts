/**
 * Every row's message, read by the generator, is what getMessage returns.
 */
import { codeRows, loadDocs, lockKey, sourceTexts, translatedTextOf } from '@batch-errors/codegen';
import { describe, expect, it } from 'vitest';
import { formatBatchError, getCategoryDescription, getMessage } from '@batch-errors/messages';

const { model } = await loadDocs(new URL('../../../docs-source', import.meta.url).pathname);
if (!model) throw new Error('docs-source did not produce a model');
const rows = codeRows(model);

describe('against the docs', () => {
  it.each(rows.map((row) => [row.table, row.code, row.status ?? row.category, row] as const))('%s %s (%s)', (table, code, _statusOrCategory, row) => {
    expect(getMessage(code, { table, ...(row.status === undefined ? {} : { status: row.status }) })).toBe(row.message);
  });

  it('defaults to the first documented row of a code', () => {
    for (const code of new Set(rows.map((row) => row.code))) {
      expect(getMessage(code), code).toBe(rows.find((row) => row.code === code)?.message);
    }
  });

  it('describes each category as documented', () => {
    for (const entry of model.categories) expect(getCategoryDescription(entry.category)).toBe(entry.description);
  });

  it("renders the page's error response sample as its documented message with its values", () => {
    const sample = model.samples.find((candidate) => candidate.language === 'json' && candidate.validJson && /"code"/.test(candidate.text));
    if (!sample) return;
    const body = JSON.parse(sample.text) as { code: string; values?: { key: string; value: string }[] };
    const documented = getMessage(body.code) ?? '';
    const rendered = formatBatchError(sample.text) ?? '';
    expect(rendered.startsWith(documented.replace(/\.$/, ''))).toBe(true);
    for (const { key, value } of body.values ?? []) expect(rendered).toContain(`${key}: ${value}`);
  });
});

describe('in every translated locale', () => {
  const texts = sourceTexts(model);
  it.each(model.translations.map((translation) => [translation.document.locale, translation] as const))(
    '%s: every row reads its translation, or English for a reported gap',
    (locale, translation) => {
      const translatedText = translatedTextOf(translation);
      for (const { id, status, text } of texts) {
        const expected = translatedText(id)?.text ?? text;
        const actual =
          'category' in id
            ? getCategoryDescription(id.category, { locale })
            : getMessage(id.code, { locale, table: id.table, ...(status === undefined ? {} : { status }) });
        expect(actual, `${locale} ${lockKey(id)}`).toBe(expected);
      }
    },
  );
});

describe('lookups', () => {
  const restEntries = model.tables.flatMap((table) => (table.kind === 'rest' ? table.entries : []));

  it('picks a status variant, falling back to the first row for another status', () => {
    for (const entry of restEntries) {
      for (const variant of entry.variants) expect(getMessage(entry.code, { status: variant.status }), `${entry.code} ${variant.status}`).toBe(variant.message);
      const undocumented = [599, 418].find((status) => !entry.variants.some((variant) => variant.status === status)) ?? 599;
      expect(getMessage(entry.code, { status: undocumented }), `${entry.code} ${undocumented}`).toBe(rows.find((row) => row.code === entry.code)?.message);
    }
  });

  it('reads the row of the requested table, and nothing from a table without the code', () => {
    for (const table of model.tables) {
      const codes = new Set(table.entries.map((entry) => entry.code));
      for (const code of new Set(rows.map((row) => row.code))) {
        const expected = codes.has(code) ? rows.find((row) => row.code === code && row.table === table.id)?.message : undefined;
        expect(getMessage(code, { table: table.id }), `${code} in ${table.id}`).toBe(expected);
      }
    }
  });

  it.each(['NotACode', 'poolnotfound', '', 'toString', '__proto__', 'hasOwnProperty'])('has no message for %j', (code) => {
    expect(getMessage(code)).toBeUndefined();
    expect(getCategoryDescription(code)).toBeUndefined();
  });
});
