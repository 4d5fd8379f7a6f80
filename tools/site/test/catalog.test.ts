/**
 * The error catalog's data against the model of docs-source as it is, and the
 * page's HTML: every text escaped, one script (the page's own, allowed by its
 * hash), labels on every control, and colours that reach WCAG AA.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BatchErrorModel, codeRows, loadDocs, translatedTextOf } from '@batch-errors/codegen';
import { isRetryable } from '@batch-errors/http';
import { describe, expect, it } from 'vitest';
import { catalogOf } from '../src/catalog.js';
import { colourPairs, escapeHtml, palette, renderCatalogPage } from '../src/page.js';
import { pageScript } from '../src/page-script.js';
import { hostileModel, hostileTexts } from './hostile.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const loaded = await loadDocs(path.join(repoRoot, 'docs-source'));
if (!loaded.model) throw new Error('docs-source did not produce a model');
const model: BatchErrorModel = loaded.model;
const catalog = catalogOf(model, { isRetryable });

describe('the catalog', () => {
  it('has one entry per code and table of the docs, in their order, all documented', () => {
    const rows = codeRows(model);
    const expected = [...new Map(rows.map((row) => [`${row.table}/${row.code}`, { table: row.table, code: row.code }])).values()];
    expect(catalog.entries.map(({ table, code }) => ({ table, code }))).toEqual(expected);
    expect(new Set(catalog.entries.map((entry) => entry.origin))).toEqual(new Set(['documented']));
  });

  it('gives each entry the statuses, category and docs link of its rows, and the retry decision of @batch-errors/http', () => {
    for (const entry of catalog.entries) {
      const rows = codeRows(model).filter((row) => row.table === entry.table && row.code === entry.code);
      expect(entry.statuses, entry.code).toEqual(rows.flatMap((row) => (row.status === undefined ? [] : [row.status])));
      expect(entry.category, entry.code).toBe(rows[0]?.category);
      expect(entry.retryable, entry.code).toBe(isRetryable(entry.code));
      const table = model.tables.find((candidate) => candidate.id === entry.table);
      expect(entry.docsUrl).toBe(`${model.document.url}#${table?.anchor}`);
    }
    const conditionNotMet = catalog.entries.find((entry) => entry.code === 'ConditionNotMet');
    expect(conditionNotMet?.statuses).toEqual([304, 412]);
    expect(conditionNotMet?.messages['en-us']?.map((message) => message.status)).toEqual([304, 412]);
  });

  it('holds the message of every row in every locale of the docs, English where a translation lacks it', () => {
    expect(catalog.locales).toEqual(['en-us', ...model.translations.map((translation) => translation.document.locale)]);
    expect(catalog.locales).toHaveLength(7);
    for (const translation of model.translations) {
      const find = translatedTextOf(translation);
      const locale = translation.document.locale;
      for (const entry of catalog.entries) {
        const messages = entry.messages[locale] ?? [];
        const english = entry.messages['en-us'] ?? [];
        expect(messages).toHaveLength(english.length);
        messages.forEach((message, index) => {
          const id =
            message.status === undefined
              ? { table: entry.table ?? 'common', code: entry.code }
              : { table: entry.table ?? 'common', code: entry.code, status: message.status };
          const translated = find(id);
          expect(message).toEqual({
            ...(message.status === undefined ? {} : { status: message.status }),
            text: translated?.text ?? english[index]?.text,
            locale: translated ? locale : 'en-us',
          });
        });
      }
    }
  });

  it('shows a code known only to the SDKs once a list of them is given', () => {
    const withKnown = catalogOf(model, {
      isRetryable,
      known: [
        { code: 'AutoScaleFormulaTooLong', sdks: ['.NET', 'Java'] },
        { code: 'PoolNotFound', sdks: ['.NET'] },
      ],
    });
    const sdkOnly = withKnown.entries.filter((entry) => entry.origin === 'sdk');
    expect(sdkOnly.map((entry) => entry.code)).toEqual(['AutoScaleFormulaTooLong']);
    expect(sdkOnly[0]).toMatchObject({ statuses: [], sdks: ['.NET', 'Java'], retryable: false });
    const html = renderCatalogPage(withKnown);
    expect(html).toContain('data-code="AutoScaleFormulaTooLong" data-table="" data-statuses="" data-category="" data-origin="sdk"');
    expect(html).toContain('known only to the SDKs</span> <span class="muted">(.NET, Java)</span>');
  });
});

describe('the page', () => {
  const html = renderCatalogPage(catalog, { apiLinks: [{ name: '@batch-errors/core', href: 'api/core/index.html' }] });

  it('renders a row per entry with its message in each locale, English shown first', () => {
    expect(html.match(/<tr data-code=/g)).toHaveLength(catalog.entries.length);
    const poolNotFound = catalog.entries.find((entry) => entry.code === 'PoolNotFound');
    for (const locale of catalog.locales) {
      const text = poolNotFound?.messages[locale]?.[0]?.text ?? '';
      expect(html).toContain(`>${escapeHtml(text)}</span>`);
    }
    expect(html).toContain('<div class="message" data-locale="en-us"><p>');
    expect(html).toContain('<div class="message" data-locale="de-de" hidden>');
  });

  it('escapes every text from the docs: a message holding <script> or <img onerror> is text', () => {
    const hostile = renderCatalogPage(catalogOf(hostileModel(model), { isRetryable }));
    // The page's own script is the only one, and no image element exists.
    expect(hostile.match(/<script/g)).toHaveLength(1);
    expect(hostile).not.toMatch(/<img/i);
    for (const text of hostileTexts) expect(hostile).toContain(escapeHtml(text));
    expect(hostile).toContain('&#60;script&#62;');
    expect(hostile).toContain('&#60;img src=x onerror=');
  });

  it('allows only its own script, by hash, and loads nothing from elsewhere', async () => {
    const { createHash } = await import('node:crypto');
    const hash = createHash('sha256').update(pageScript).digest('base64');
    expect(html).toContain(`script-src &#39;sha256-${hash}&#39;`);
    expect(html).toContain(`<script>${pageScript}</script>`);
    expect(html).not.toMatch(/\s(?:src|href)="(?:https?:)?\/\/(?!learn\.microsoft\.com)/);
    expect(html).not.toMatch(/<link\b|@import|url\(/);
  });

  it('labels every control', () => {
    const ids = [...html.matchAll(/<(?:input|select)[^>]*\sid="([^"]+)"/g)].map((match) => match[1]);
    expect(ids).toEqual(['q', 'table', 'status', 'category', 'origin', 'lang']);
    for (const id of ids) expect(html).toContain(`<label for="${id}">`);
    expect(html).toContain('<p id="count" role="status" aria-live="polite">');
    expect(html).toContain('<a class="skip" href="#codes">');
  });

  it.each(colourPairs.map(([text, background]) => [text, background, palette[text], palette[background]]))(
    '%s on %s reaches a contrast of 4.5:1 (WCAG AA)',
    (_text, _background, foreground, background) => {
      expect(contrast(foreground, background)).toBeGreaterThanOrEqual(4.5);
    },
  );
});

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(left: string, right: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((start) => {
      const channel = Number.parseInt(hex.slice(start, start + 2), 16) / 255;
      return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  };
  const [high, low] = [luminance(left), luminance(right)].sort((a, b) => b - a);
  return ((high ?? 0) + 0.05) / ((low ?? 0) + 0.05);
}
