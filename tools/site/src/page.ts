/**
 * The error catalog as one static HTML page: every row rendered on the
 * server side, every text from the docs escaped, a small inline script for
 * the search, the filters and the language switch. No request leaves the
 * page (no CDN, no fetch), so it works from file:// as from GitHub Pages.
 * A Content-Security-Policy allows only the page's own script, by hash.
 */
import { createHash } from 'node:crypto';
import type { Catalog, CatalogEntry, CatalogMessage } from './catalog.js';
import { pageScript } from './page-script.js';

/** The page's colours: each text colour is used on each background listed with it. */
export const palette = {
  text: '#1b1b1b',
  muted: '#4d4d4d',
  link: '#0b57d0',
  background: '#ffffff',
  stripe: '#f3f5f8',
  border: '#8a8f98',
  focus: '#0b57d0',
  yesText: '#0a5c28',
  yesBackground: '#e3f4e8',
  noText: '#8a1c1c',
  noBackground: '#fbe9e9',
  sdkText: '#6b3a00',
  sdkBackground: '#fdf0dc',
} as const;

/** Text on background pairs the page uses: each must reach WCAG AA for normal text (4.5:1). */
export const colourPairs: readonly (readonly [keyof typeof palette, keyof typeof palette])[] = [
  ['text', 'background'],
  ['text', 'stripe'],
  ['muted', 'background'],
  ['muted', 'stripe'],
  ['link', 'background'],
  ['link', 'stripe'],
  ['yesText', 'yesBackground'],
  ['noText', 'noBackground'],
  ['sdkText', 'sdkBackground'],
];

/** Names of the locales in their own language, for the language switch. */
const localeNames: Readonly<Record<string, string>> = {
  'en-us': 'English',
  'de-de': 'Deutsch',
  'es-es': 'Español',
  'fr-fr': 'Français',
  'ja-jp': '日本語',
  'pt-br': 'Português (Brasil)',
  'zh-cn': '中文（简体）',
};

const tableLabels: Readonly<Record<string, string>> = {
  common: 'Common REST API',
  batchService: 'Batch service',
  jobScheduling: 'Job scheduling',
  taskScheduling: 'Task scheduling',
};

/** Text made safe for HTML content and for quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** A BCP 47 tag as HTML's `lang` writes it (`de-DE`). */
function langAttribute(locale: string): string {
  const [language = locale, region] = locale.split('-');
  return region === undefined ? language : `${language}-${region.toUpperCase()}`;
}

export interface PageOptions {
  /** Links to the API reference of each package, relative to the page. */
  apiLinks?: readonly { name: string; href: string }[];
}

/** The whole page. */
export function renderCatalogPage(catalog: Catalog, options: PageOptions = {}): string {
  const scriptHash = createHash('sha256').update(pageScript).digest('base64');
  const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${scriptHash}'; img-src 'none'; base-uri 'none'; form-action 'none'`;
  const option = (value: string, label: string) => `<option value="${escapeHtml(value)}">${escapeHtml(label)}</option>`;
  const tableNames = new Map(catalog.tables.map((table) => [table.id, table.title]));
  const apiLinks = options.apiLinks ?? [];

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<title>Azure Batch error codes</title>
<style>${styles()}</style>
</head>
<body>
<a class="skip" href="#codes">Skip to the codes</a>
<header>
<h1>Azure Batch error codes</h1>
<p>Every code of <a href="${escapeHtml(catalog.document.url)}">${escapeHtml(catalog.document.title)}</a>, with its table, statuses, category, whether <code>isRetryable</code> retries it, and its message in ${catalog.locales.length} languages, as the <code>@batch-errors</code> packages ship them.</p>
${
  apiLinks.length === 0
    ? ''
    : `<nav aria-label="API reference"><h2>API reference</h2><ul>${apiLinks.map((link) => `<li><a href="${escapeHtml(link.href)}">${escapeHtml(link.name)}</a></li>`).join('')}</ul></nav>`
}
</header>
<main>
<h2 id="catalog-heading">Find a code</h2>
<form id="filters" role="search" aria-labelledby="catalog-heading">
<div class="field"><label for="q">Search codes and messages</label><input id="q" name="q" type="search" autocomplete="off" spellcheck="false"></div>
<div class="field"><label for="table">Table</label><select id="table" name="table">${option('', 'All tables')}${catalog.tables.map((table) => option(table.id, tableLabels[table.id] ?? table.title)).join('')}</select></div>
<div class="field"><label for="status">HTTP status</label><select id="status" name="status">${option('', 'Any status')}${catalog.statuses.map((status) => option(String(status), String(status))).join('')}</select></div>
<div class="field"><label for="category">Category</label><select id="category" name="category">${option('', 'Any category')}${catalog.categories.map((category) => option(category, category)).join('')}</select></div>
<div class="field"><label for="origin">Known from</label><select id="origin" name="origin">${option('', 'Docs and SDKs')}${option('documented', 'Documented')}${option('sdk', 'Known only to the SDKs')}</select></div>
<div class="field"><label for="lang">Language of the messages</label><select id="lang" name="lang">${catalog.locales.map((locale) => option(locale, localeNames[locale] ?? locale)).join('')}</select></div>
</form>
<noscript><p>Search, filters and the language switch need JavaScript; every code is listed below, with its English message.</p></noscript>
<p id="count" role="status" aria-live="polite">${catalog.entries.length} codes</p>
<div class="scroll">
<table id="codes" aria-describedby="count">
<caption>Codes of the ${catalog.tables.length} tables, in the docs' order</caption>
<thead><tr><th scope="col">Code</th><th scope="col">Table</th><th scope="col">HTTP status</th><th scope="col">Category</th><th scope="col">Retryable</th><th scope="col">Source</th><th scope="col">Message</th></tr></thead>
<tbody>
${catalog.entries.map((entry) => renderRow(entry, catalog.locales, tableNames)).join('\n')}
</tbody>
</table>
</div>
</main>
<footer><p>Generated from the docs by <code>pnpm docs</code>. The messages are © Microsoft, from its documentation, published under CC BY 4.0; the translations are this project's.</p></footer>
<script>${pageScript}</script>
</body>
</html>
`;
}

function renderRow(entry: CatalogEntry, locales: readonly string[], tableNames: ReadonlyMap<string, string>): string {
  const attributes = [
    ['data-code', entry.code],
    ['data-table', entry.table ?? ''],
    ['data-statuses', entry.statuses.join(' ')],
    ['data-category', entry.category ?? ''],
    ['data-origin', entry.origin],
  ]
    .map(([name, value]) => `${name}="${escapeHtml(value ?? '')}"`)
    .join(' ');
  const table = entry.table === undefined ? '—' : escapeHtml(tableLabels[entry.table] ?? tableNames.get(entry.table) ?? entry.table);
  const source =
    entry.origin === 'documented'
      ? `<span class="badge documented">documented</span>${entry.docsUrl ? ` <a href="${escapeHtml(entry.docsUrl)}">docs<span class="visually-hidden"> for ${escapeHtml(entry.code)}</span></a>` : ''}`
      : `<span class="badge sdk">known only to the SDKs</span>${entry.sdks?.length ? ` <span class="muted">(${escapeHtml(entry.sdks.join(', '))})</span>` : ''}`;
  const messages = locales
    .map((locale, index) => {
      const texts = entry.messages[locale] ?? [];
      const hidden = index === 0 ? '' : ' hidden';
      return `<div class="message" data-locale="${escapeHtml(locale)}"${hidden}>${texts.map((message) => renderMessage(message, locale)).join('') || '<span class="muted">No documented message.</span>'}</div>`;
    })
    .join('');
  return `<tr ${attributes}><th scope="row"><code>${escapeHtml(entry.code)}</code></th><td>${table}</td><td>${entry.statuses.map(String).join(', ') || '—'}</td><td>${escapeHtml(entry.category ?? '—')}</td><td>${
    entry.retryable ? '<span class="badge yes">retryable</span>' : '<span class="badge no">not retryable</span>'
  }</td><td>${source}</td><td>${messages}</td></tr>`;
}

function renderMessage(message: CatalogMessage, requested: string): string {
  const status = message.status === undefined ? '' : `<span class="muted">${message.status}: </span>`;
  const fallback = message.locale === requested ? '' : ' <span class="muted">(English; not translated yet)</span>';
  return `<p>${status}<span lang="${escapeHtml(langAttribute(message.locale))}">${escapeHtml(message.text)}</span>${fallback}</p>`;
}

function styles(): string {
  const c = palette;
  return `
:root { color-scheme: light; }
body { margin: 0 auto; max-width: 90rem; padding: 0 1rem 2rem; font: 16px/1.5 system-ui, sans-serif; color: ${c.text}; background: ${c.background}; }
a { color: ${c.link}; }
a:focus-visible, input:focus-visible, select:focus-visible { outline: 3px solid ${c.focus}; outline-offset: 2px; }
.skip { position: absolute; left: -10000px; top: 0; background: ${c.background}; padding: 0.5rem; }
.skip:focus { left: 1rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
header nav ul { display: flex; flex-wrap: wrap; gap: 1rem; list-style: none; padding: 0; }
form { display: flex; flex-wrap: wrap; gap: 1rem; align-items: end; margin-bottom: 1rem; }
.field { display: flex; flex-direction: column; gap: 0.25rem; }
label { font-weight: 600; }
input, select { font: inherit; color: ${c.text}; background: ${c.background}; border: 1px solid ${c.border}; border-radius: 4px; padding: 0.35rem 0.5rem; min-height: 2.25rem; }
input[type=search] { min-width: 18rem; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; color: ${c.muted}; padding-bottom: 0.5rem; }
th, td { text-align: left; vertical-align: top; padding: 0.5rem; border-bottom: 1px solid ${c.border}; }
tbody tr:nth-child(even) { background: ${c.stripe}; }
td p { margin: 0 0 0.25rem; }
.muted { color: ${c.muted}; }
.badge { display: inline-block; padding: 0 0.4rem; border-radius: 4px; white-space: nowrap; }
.badge.yes { color: ${c.yesText}; background: ${c.yesBackground}; }
.badge.no { color: ${c.noText}; background: ${c.noBackground}; }
.badge.sdk { color: ${c.sdkText}; background: ${c.sdkBackground}; }
.badge.documented { color: ${c.text}; }
[hidden] { display: none !important; }
`;
}
