/**
 * The docs site in a real headless Chromium, opened from file:// as a reader
 * who downloaded it would: `batch-errors-site build` writes the whole site
 * (catalog and API reference), then the test types a query, switches the
 * language, filters by table and status, moves by keyboard, follows a link to
 * the API reference, and saves screenshots in test-artifacts/ (gitignored).
 * A page built from hostile texts shows them as text and runs none of them.
 *
 * The browser is Debian's `chromium` (.ci/run installs it), or the one
 * CHROMIUM_PATH names, or google-chrome; without one the test is skipped.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type BatchErrorModel, codeRows, loadDocs } from '@batch-errors/codegen';
import { isRetryable } from '@batch-errors/http';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogOf } from '../src/catalog.js';
import { main } from '../src/cli.js';
import { renderCatalogPage } from '../src/page.js';
import { hostileCode, hostileModel, hostileTexts } from './hostile.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const artifacts = fileURLToPath(new URL('../test-artifacts/', import.meta.url));

function findChromium(): string | undefined {
  const named = process.env['CHROMIUM_PATH'];
  if (named) return existsSync(named) ? named : undefined;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    try {
      const found = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8', timeout: 5_000, killSignal: 'SIGKILL' }).trim();
      if (found) return found;
    } catch {
      // Not on PATH; try the next name.
    }
  }
  return undefined;
}

const executablePath = findChromium();
if (!executablePath) console.warn('browser.test.ts: no Chromium found (install Debian\'s "chromium", or set CHROMIUM_PATH); the browser tests are skipped.');

const loaded = await loadDocs(path.join(repoRoot, 'docs-source'));
if (!loaded.model) throw new Error('docs-source did not produce a model');
const model: BatchErrorModel = loaded.model;

let folder = '';
let browser: Browser | undefined;

beforeAll(async () => {
  if (!executablePath) return;
  folder = await mkdtemp(path.join(tmpdir(), 'batch-errors-site-'));
  const errors: string[] = [];
  const code = await main(['build', '--root', repoRoot, '--out', path.join(folder, 'site')], { stdout: () => undefined, stderr: (text) => errors.push(text) });
  if (code !== 0) throw new Error(`batch-errors-site build failed:\n${errors.join('\n')}`);
  await writeFile(path.join(folder, 'hostile.html'), renderCatalogPage(catalogOf(hostileModel(model), { isRetryable })));
  await mkdir(artifacts, { recursive: true });
  browser = await chromium.launch({ executablePath, args: ['--no-sandbox'], timeout: 60_000 });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

async function open(file: string): Promise<{ page: Page; problems: string[] }> {
  if (!browser) throw new Error('no browser');
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.setDefaultTimeout(15_000);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('request', (request) => {
    if (!request.url().startsWith('file://')) problems.push(`request: ${request.url()}`);
  });
  await page.goto(pathToFileURL(path.join(folder, file)).href);
  return { page, problems };
}

/** The codes of the rows shown, in order. */
function shownCodes(page: Page): Promise<string[]> {
  return page.$$eval('#codes tbody tr:not([hidden])', (rows) => rows.map((row) => (row as HTMLElement).dataset['code'] ?? ''));
}

describe.skipIf(!executablePath)('the catalog page in Chromium, from file://', { timeout: 60_000 }, () => {
  it('finds a code by a query, shows its message in the language chosen, and filters by table and status', async () => {
    const { page, problems } = await open('site/index.html');
    const documented = new Set(codeRows(model).map((row) => row.code));
    const knownOnly = new Set(model.knownCodes.lists.flatMap((list) => list.codes.map((code) => code.value)).filter((code) => !documented.has(code)));
    const allCodes = [...new Set(codeRows(model).map((row) => `${row.table}/${row.code}`)), ...knownOnly];
    expect(await shownCodes(page)).toHaveLength(allCodes.length);
    await expect(page.textContent('#count')).resolves.toBe(`${allCodes.length} codes`);

    await page.fill('#q', 'PoolNotFound');
    expect(await shownCodes(page)).toEqual(['PoolNotFound']);
    const row = page.locator('#codes tbody tr[data-code="PoolNotFound"]');
    const english = codeRows(model).find((candidate) => candidate.code === 'PoolNotFound')?.message;
    await expect(row.locator('.message:not([hidden])').textContent()).resolves.toBe(english);

    await page.selectOption('#lang', 'de-de');
    const german = model.translations.find((translation) => translation.document.locale === 'de-de');
    const germanText = german?.texts.find((text) => !('category' in text.id) && text.id.code === 'PoolNotFound')?.text;
    expect(germanText).toBeTruthy();
    await expect(row.locator('.message:not([hidden])').textContent()).resolves.toBe(germanText);
    await expect(row.locator('.message:not([hidden]) [lang]').getAttribute('lang')).resolves.toBe('de-DE');
    await page.screenshot({ path: path.join(artifacts, 'catalog-query-de-de.png'), fullPage: false });

    // A word of the German message finds the code too, now that German is shown.
    await page.fill('#q', germanText?.split(' ').at(-2) ?? '');
    expect(await shownCodes(page)).toContain('PoolNotFound');

    await page.fill('#q', '');
    await page.selectOption('#table', 'jobScheduling');
    expect(await shownCodes(page)).toEqual(
      codeRows(model)
        .filter((candidate) => candidate.table === 'jobScheduling')
        .map((candidate) => candidate.code),
    );
    await page.selectOption('#table', '');
    await page.selectOption('#status', '409');
    const with409 = [
      ...new Set(
        codeRows(model)
          .filter((candidate) => candidate.status === 409)
          .map((candidate) => `${candidate.table}/${candidate.code}`),
      ),
    ];
    expect(await shownCodes(page)).toEqual(with409.map((key) => key.split('/')[1]));
    await expect(page.textContent('#count')).resolves.toBe(`${with409.length} of ${allCodes.length} codes`);
    await page.selectOption('#status', '');
    await page.selectOption('#category', 'ServerError');
    const serverErrors = codeRows(model)
      .filter((candidate) => candidate.category === 'ServerError')
      .map((candidate) => candidate.code);
    expect(serverErrors.length).toBeGreaterThan(0);
    expect(await shownCodes(page)).toEqual(serverErrors);
    await page.screenshot({ path: path.join(artifacts, 'catalog-server-errors.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('works by keyboard: the skip link first, then the search box', async () => {
    const { page } = await open('site/index.html');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to the codes');
    // Past the header's links, the first control is the search box, labelled.
    for (let step = 0; step < 20; step++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.id === 'q')) break;
    }
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('q');
    await page.keyboard.type('node');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('lang');
    // Typing filtered the rows: every row shown has the word, no row hidden has it.
    const rows = await page.$$eval('#codes tbody tr', (elements) =>
      elements.map((row) => ({ hidden: (row as HTMLElement).hidden, text: (row.textContent ?? '').toLowerCase() })),
    );
    expect(rows.filter((row) => !row.hidden).length).toBeGreaterThan(0);
    expect(rows.filter((row) => !row.hidden).every((row) => row.text.includes('node'))).toBe(true);
    expect(rows.filter((row) => row.hidden).every((row) => !row.text.includes('node'))).toBe(true);
    await page.close();
  });

  it('links to the API reference of each package, which typedoc wrote', async () => {
    const { page, problems } = await open('site/index.html');
    await page.click('nav a:text("@batch-errors/http")');
    await page.waitForLoadState('load');
    expect(page.url()).toMatch(/\/api\/http\/index\.html$/);
    await expect(page.title()).resolves.toContain('@batch-errors/http');
    await expect(page.locator('body').textContent()).resolves.toContain('isRetryable');
    await page.screenshot({ path: path.join(artifacts, 'api-http.png') });
    expect(problems.filter((problem) => problem.startsWith('request:'))).toEqual([]);
    await page.close();
  });

  it('shows hostile texts as text and runs none of them', async () => {
    const { page, problems } = await open('hostile.html');
    await page.fill('#q', hostileCode);
    const row = page.locator(`#codes tbody tr[data-code="${hostileCode}"]`);
    await expect(row.locator('.message:not([hidden])').textContent()).resolves.toBe(hostileTexts[0]);
    await page.selectOption('#lang', 'de-de');
    await expect(row.locator('.message:not([hidden])').textContent()).resolves.toBe(hostileTexts[1]);
    await expect(page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).resolves.toBeUndefined();
    await expect(page.locator('img').count()).resolves.toBe(0);
    await expect(page.locator('script').count()).resolves.toBe(1);
    await page.screenshot({ path: path.join(artifacts, 'catalog-hostile.png') });
    expect(problems).toEqual([]);
    await page.close();
  });
});
