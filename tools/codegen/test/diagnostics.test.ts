/**
 * Bad input: every problem a docs author can make, with its rule id, its place
 * and a message that says what was expected and what was found.
 */
import { describe, expect, it } from 'vitest';
import { rules } from '../src/diagnostics.js';
import { loadDocs } from '../src/load.js';
import { codeRows } from '../src/model.js';
import { lineOf, replaceRow, statusPage, validParts } from './fixtures.js';
import { docsFolder, messageLines } from './helpers.js';

const pageName = 'en-us/batch-status-and-error-codes.md';

async function load(page: string | Uint8Array, extra: Record<string, string | Uint8Array> = {}) {
  return loadDocs(await docsFolder({ [pageName]: page, ...extra }));
}

/** One case: a page, the line holding the problem (found by text), and the message expected there. */
interface ErrorCase {
  name: string;
  page: string;
  at: string;
  column: number;
  expected: string;
}

const errorCases: ErrorCase[] = [
  {
    name: 'a table with a missing column',
    page: statusPage({ common: '|Error code|User message|\n|---|---|\n|ResourceNotFound|The specified resource does not exist.|' }),
    at: '|Error code|User message|',
    column: 1,
    expected:
      'error: Expected 3 columns in the common table ("Error code | HTTP status code | User message"), found 2 column(s): Error code | User message; missing: HTTP status code [missing-column]',
  },
  {
    name: 'a table with an extra column',
    page: statusPage({
      batchService:
        '|Error code|HTTP status code|User message|Since|\n|---|---|---|---|\n|PoolNotFound|Not Found (404)|The specified pool does not exist.|2016|',
    }),
    at: '|Error code|HTTP status code|User message|Since|',
    column: 1,
    expected:
      'error: Expected 3 columns in the batchService table ("Error code | HTTP status code | User message"), found 4 column(s): Error code | HTTP status code | User message | Since [extra-column]',
  },
  {
    name: 'a row with a missing cell',
    page: statusPage({
      common: replaceRow(validParts.common, '|ResourceNotFound|Not Found (404)|The specified resource does not exist.|', '|ResourceNotFound|Not Found (404)|'),
    }),
    at: '|ResourceNotFound|Not Found (404)|',
    column: 1,
    expected: 'error: Expected 3 cells as in the header, found 2: "ResourceNotFound | Not Found (404)" [cell-count]',
  },
  {
    name: 'an empty code cell',
    page: statusPage({ common: replaceRow(validParts.common, '|ResourceNotFound|', '| |') }),
    at: '| |Not Found (404)',
    column: 1,
    expected: 'error: Expected an error code such as PoolNotFound, found an empty cell [empty-code]',
  },
  {
    name: 'a code that is not an identifier',
    page: statusPage({ common: replaceRow(validParts.common, '|ResourceNotFound|', '|Resource Not-Found|') }),
    at: '|Resource Not-Found|',
    column: 2,
    expected: 'error: Expected an error code made of letters and digits ([A-Za-z][A-Za-z0-9]*), found "Resource Not-Found" [invalid-code]',
  },
  {
    name: 'a status cell with no number',
    page: statusPage({ common: replaceRow(validParts.common, 'Not Found (404)', 'Not Found') }),
    at: '|ResourceNotFound|Not Found|',
    column: 19,
    expected: 'error: Expected "Reason Phrase (NNN)", found no status number (did you mean "Not Found (404)"?) in "Not Found" [status-missing-number]',
  },
  {
    name: 'a status cell with an unknown number',
    page: statusPage({ common: replaceRow(validParts.common, 'Not Found (404)', 'Not Found (499)') }),
    at: '|ResourceNotFound|Not Found (499)|',
    column: 19,
    expected: 'error: Expected an HTTP status number, found 499, which is not a registered status in "Not Found (499)" [status-unknown-number]',
  },
  {
    name: 'a phrase that contradicts the number',
    page: statusPage({ common: replaceRow(validParts.common, 'Not Found (404)', 'Forbidden (404)') }),
    at: '|ResourceNotFound|Forbidden (404)|',
    column: 19,
    expected: 'error: Expected the phrase of 404 ("Not Found"), found "Forbidden", which is the phrase of 403 in "Forbidden (404)" [status-phrase-mismatch]',
  },
  {
    name: 'an unknown category',
    page: statusPage({ taskScheduling: replaceRow(validParts.taskScheduling, '|BlobNotFound|UserError|', '|BlobNotFound|ClientError|') }),
    at: '|BlobNotFound|ClientError|',
    column: 15,
    expected: 'error: Expected a category (UserError or ServerError), found "ClientError" [unknown-category]',
  },
  {
    name: 'a code twice in a scheduling table with two categories',
    page: statusPage({ taskScheduling: `${validParts.taskScheduling}\n|BlobNotFound|ServerError|One of the specified Azure Blob(s) is not found.|` }),
    at: '|BlobNotFound|ServerError|',
    column: 1,
    expected:
      'error: Expected one row per code, found BlobNotFound twice (lines 41 and 43) with different categories UserError and ServerError [conflicting-row]',
  },
  {
    name: 'a code twice in a REST table with one status and two messages',
    page: statusPage({ batchService: `${validParts.batchService}\n|PoolNotFound|Not Found (404)|No such pool.|` }),
    at: '|PoolNotFound|Not Found (404)|No such pool.|',
    column: 1,
    expected:
      'error: Expected one row per code and status, found PoolNotFound with status 404 twice (lines 20 and 22) with different messages: "The specified pool does not exist." and "No such pool." [conflicting-row]',
  },
  {
    name: 'an expected section that is missing',
    page: statusPage().replace('## <a name="bk_batchsererrcode"></a> Batch Service Error Codes', '## Other codes'),
    // Where it was expected: after the section before it.
    at: 'Common REST API Error Codes',
    column: 1,
    expected: 'error: Expected a section with anchor "bk_batchsererrcode" or heading "Batch Service Error Codes", found none [missing-section]',
  },
  {
    name: 'an expected table that is missing',
    page: statusPage({ taskScheduling: '' }),
    at: 'Job/Task Scheduling Error Codes',
    column: 1,
    expected:
      'error: Expected 2 tables "Error code | Category | User message" (jobScheduling, then taskScheduling) in section "Job/Task Scheduling Error Codes", found 1 [missing-table]',
  },
  {
    name: 'the only table of a section that is missing',
    page: statusPage({ batchService: 'No table here.' }),
    at: 'Batch Service Error Codes',
    column: 1,
    expected:
      'error: Expected a table "Error code | HTTP status code | User message" (batchService) in section "Batch Service Error Codes", found none [missing-table]',
  },
  {
    name: 'a table with no rows',
    page: statusPage({ jobScheduling: '|Error code|Category|User message|\n|---|---|---|' }),
    at: '|Error code|Category|User message|',
    column: 1,
    expected: 'error: Expected rows in the jobScheduling table ("Error code | Category | User message"), found a header only [empty-table]',
  },
  {
    name: 'a bidirectional override in a message',
    page: statusPage({ common: replaceRow(validParts.common, 'The specified resource does not exist.', 'The specified \u202eresource does not exist.') }),
    at: '|ResourceNotFound|',
    column: 35,
    expected: 'error: Expected no bidirectional control characters in a message, found U+202E at character 15 [bidi-control]',
  },
  {
    name: 'an isolate in a category description',
    page: statusPage({ categories: replaceRow(validParts.categories, 'Errors encountered', 'Errors \u2067encountered') }),
    at: '|ServerError|',
    column: 14,
    expected: 'error: Expected no bidirectional control characters in a message, found U+2067 at character 8 [bidi-control]',
  },
  {
    name: 'a control character in a message',
    page: statusPage({ common: replaceRow(validParts.common, 'The specified resource does not exist.', 'The specified resource\u0007 does not exist.') }),
    at: '|ResourceNotFound|',
    column: 35,
    expected: 'error: Expected no control characters in a message, found U+0007 at character 23 [control-character]',
  },
  {
    name: 'an empty message',
    page: statusPage({ common: replaceRow(validParts.common, '|The specified resource does not exist.|', '| |') }),
    at: '|ResourceNotFound|',
    column: 34,
    expected: 'error: Expected a message, found an empty cell [empty-message]',
  },
  {
    name: 'nesting no documentation needs',
    page: statusPage({ extra: `${'>'.repeat(5000)} deep` }),
    at: '>>>>>',
    column: 1,
    expected: 'error: Expected block quotes and lists nested at most 100 levels deep, found 5000; the file is not parsed [nesting-too-deep]',
  },
  {
    name: 'a line of inline marks no page needs',
    page: statusPage({ extra: `See ${'[x'.repeat(10_001)}` }),
    at: 'See [x[x',
    column: 5,
    expected: 'error: Expected at most 10000 brackets, emphasis or code marks on one line, found 10001; the file is not parsed [inline-marks-too-many]',
  },
];

describe('errors', () => {
  it.each(errorCases.map((testCase) => [testCase.name, testCase] as const))('%s', async (_name, testCase) => {
    const { files } = await load(testCase.page);
    const line = lineOf(testCase.page, testCase.at);
    expect(messageLines(files).filter((message) => message.includes(': error: '))).toEqual([`${line}:${testCase.column}: ${testCase.expected}`]);
  });

  it('covers every error rule with a case (or a test of its own below)', () => {
    const covered = new Set(errorCases.map((testCase) => /\[([a-z0-9-]+)\]$/.exec(testCase.expected)?.[1]));
    const ownTests = [
      'invalid-utf8',
      'empty-file',
      'not-markdown',
      'missing-document',
      'parse-failed',
      'invalid-lock',
      'invalid-baseline',
      'invalid-upstream-record',
    ];
    // files.test.ts: what is not a readable regular file; page-limits.test.ts: what the parser must not be given; write.test.ts: writing.
    ownTests.push('unreadable', 'wrong-file-type', 'file-too-large', 'output-locked', 'write-failed');
    // statements.test.ts: the statements of the error-handling page; known-codes.test.ts: the SDK lists.
    ownTests.push('missing-statement', 'invalid-known-codes');
    ownTests.push('front-matter-too-large');
    ownTests.push('stray-table-rows', 'paragraph-too-long', 'too-many-lines', 'table-rows-too-many', 'table-columns-too-many', 'words-too-many');
    const errorRules = Object.entries(rules)
      .filter(([, rule]) => rule.severity === 'error')
      .map(([id]) => id);
    expect(errorRules.filter((id) => !covered.has(id) && !ownTests.includes(id))).toEqual([]);
  });

  it('reports every problem of every file at once', async () => {
    const page = statusPage({
      common: replaceRow(validParts.common, 'Not Found (404)', 'Forbidden (404)'),
      taskScheduling: replaceRow(validParts.taskScheduling, '|BlobNotFound|UserError|', '|BlobNotFound|ClientError|'),
    });
    const { files } = await load(page, { 'en-us/batch-job-task-error-checking.md': '' });
    expect(
      messageLines(files)
        .filter((message) => message.includes(': error: '))
        .map((message) => /\[(.*)\]$/.exec(message)?.[1]),
    ).toEqual(['empty-file', 'status-phrase-mismatch', 'unknown-category']);
  });
});

describe('the file itself', () => {
  it('reports invalid UTF-8 with its byte offset', async () => {
    const bytes = Buffer.concat([Buffer.from(statusPage().slice(0, 100)), Buffer.from([0xff, 0xfe]), Buffer.from(statusPage().slice(100))]);
    const { files, model } = await load(bytes);
    expect(model).toBeUndefined();
    expect(messageLines(files)).toEqual([
      expect.stringMatching(/^\d+:\d+: error: Expected UTF-8 text, found an invalid byte sequence at byte offset 100 \(0xFF 0xFE .*\[invalid-utf8\]$/),
    ]);
  });

  it.each([
    ['an empty file', '', 'empty-file', 'Expected a Markdown page, found an empty file'],
    [
      'a JSON file',
      '{"code": "PoolNotFound"}\n',
      'not-markdown',
      'Expected a Markdown page with headings and tables (batch-status-and-error-codes.md), found neither',
    ],
    [
      'an HTML page',
      '<html><body><p>Error codes</p></body></html>\n',
      'not-markdown',
      'Expected a Markdown page with headings and tables (batch-status-and-error-codes.md), found neither',
    ],
    ['a binary file', '\u0000\u0001\u0002PNG', 'not-markdown', 'Expected a Markdown text file, found a NUL character at offset 0 (a binary file?)'],
  ])('reports %s', async (_name, page, rule, reason) => {
    const { files } = await load(page);
    expect(messageLines(files)).toEqual([`1:1: error: ${reason} [${rule}]`]);
  });

  it('reports a missing page', async () => {
    const { files, model } = await loadDocs(await docsFolder({ 'en-us/batch-job-task-error-checking.md': '# Errors\n' }));
    expect(model).toBeUndefined();
    expect(files.at(-1)?.path).toMatch(/en-us\/batch-status-and-error-codes\.md$/);
    expect(messageLines(files)).toEqual(['1:1: error: Expected the page "Batch Status and Error Codes" here, found no file [missing-document]']);
  });
});

it('reports a lock file that is not one', async () => {
  const { files } = await load(statusPage(), { 'translations.lock.json': '{"locales": ' });
  expect(messageLines(files).at(-1)).toMatch(
    /^1:1: error: Expected the translations lock written by `batch-errors-codegen translations`, found a file JSON cannot read as one: .* \[invalid-lock\]$/,
  );
});

describe('handled, not errors', () => {
  async function modelOf(page: string) {
    const { model, files } = await load(page);
    expect(messageLines(files).filter((message) => message.includes(': error: '))).toEqual([]);
    if (!model) throw new Error('no model');
    return model;
  }
  const messageOf = async (page: string, code: string) => codeRows(await modelOf(page)).find((row) => row.code === code)?.message;

  it('reads escaped pipes inside cells', async () => {
    const page = statusPage({ common: replaceRow(validParts.common, 'The specified resource does not exist.', 'Either a \\| b or `c \\| d` is wrong.') });
    expect(await messageOf(page, 'ResourceNotFound')).toBe('Either a | b or c | d is wrong.');
  });

  it('drops inline HTML and Markdown marks inside cells', async () => {
    const page = statusPage({
      common: replaceRow(
        validParts.common,
        '|ResourceNotFound|Not Found (404)|The specified resource does not exist.|',
        '|**ResourceNotFound**|NotFound<br /><br /> (404)|The <b>specified</b> *resource* `does` [not](https://example.com) exist.|',
      ),
    });
    const model = await modelOf(page);
    const row = codeRows(model).find((candidate) => candidate.code === 'ResourceNotFound');
    expect(row).toMatchObject({ status: 404, message: 'The specified resource does not exist.' });
  });

  it('reads CRLF line endings, a byte order mark and tabs like the plain page', async () => {
    const plain = statusPage();
    const strip = (value: unknown) => JSON.parse(JSON.stringify(value, (key, field) => (key === 'file' ? undefined : field)));
    const expected = strip(await modelOf(plain));
    expect(strip(await modelOf(plain.replace(/\n/g, '\r\n')))).toEqual(expected);
    expect(strip(await modelOf(`\ufeff${plain}`))).toEqual(expected);
    const withTabs = plain.replace('|The specified pool does not exist.|', '|\tThe specified\tpool does not exist.\t|');
    expect(await messageOf(withTabs, 'PoolNotFound')).toBe('The specified pool does not exist.');
  });

  it('finds sections by heading when the page has no anchors, and unescapes slashes', async () => {
    const page = statusPage()
      .replace(/<a name="[^"]+"><\/a> /g, '')
      .replace('Job/Task', 'Job\\/Task');
    const model = await modelOf(page);
    expect(model.tables.map((table) => [table.id, table.anchor, table.title])).toEqual([
      ['common', undefined, 'Common REST API Error Codes'],
      ['batchService', undefined, 'Batch Service Error Codes'],
      ['jobScheduling', undefined, 'Job/Task Scheduling Error Codes'],
      ['taskScheduling', undefined, 'Job/Task Scheduling Error Codes'],
    ]);
  });

  it('finds tables by anchor and column content when headings and headers are translated', async () => {
    const page = statusPage()
      .replace('Common REST API Error Codes', 'Allgemeine REST-API-Fehlercodes')
      .replace('|Error code|HTTP status code|User message|', '|Benutzermeldung|Fehlercode|HTTP-Statuscode|')
      .replace(/\|(ConditionNotMet|ResourceNotFound)\|([^|]+)\|([^|]+)\|/g, '|$3|$1|$2|');
    const model = await modelOf(page);
    expect(
      codeRows(model)
        .filter((row) => row.table === 'common')
        .map((row) => [row.code, row.status]),
    ).toEqual([
      ['ConditionNotMet', 304],
      ['ResourceNotFound', 404],
      ['ConditionNotMet', 412],
    ]);
  });
});

describe('warnings', () => {
  it.each([
    ['mojibake in a message', { common: replaceRow(validParts.common, 'does not exist.', 'doesnâ€™t exist.') }, 'mojibake', '|ResourceNotFound|'],
    [
      'a duplicate row',
      { batchService: `${validParts.batchService}\n|PoolNotFound| Not Found (404) |The specified pool does not exist.|` },
      'duplicate-row',
      '|PoolNotFound| Not Found (404) |',
    ],
    [
      'a message without a final period',
      { common: replaceRow(validParts.common, 'does not exist.', 'does not exist') },
      'missing-final-period',
      '|ResourceNotFound|',
    ],
    ['a bidi control in prose', { extra: 'Some prose \u202e reversed.' }, 'bidi-control-in-prose', 'Some prose'],
    ['a misspelled word', { common: replaceRow(validParts.common, 'does not exist.', 'does not exsit.') }, 'misspelled-word', '|ResourceNotFound|'],
    ['a repeated word', { common: replaceRow(validParts.common, 'does not exist.', 'does not not exist.') }, 'repeated-word', '|ResourceNotFound|'],
    [
      'an obsolete reason phrase',
      { common: `${validParts.common}\n|RequestBodyTooLarge|Request Entity Too Large (413)|Too large.|` },
      'status-outdated-phrase',
      '|RequestBodyTooLarge|',
    ],
    ['an unexpected table', { extra: '|a|b|\n|-|-|\n|1|2|' }, 'unexpected-table', '|a|b|'],
    ['invalid front matter', { frontMatter: '---\ntitle: [unclosed\n---\n' }, 'invalid-front-matter', '---'],
    ['an invalid JSON sample', { extra: '```json\n{"code": }\n```' }, 'invalid-json-sample', '```json'],
  ])('%s', async (_name, parts, rule, at) => {
    const page = statusPage(parts);
    const { files, model } = await load(page);
    expect(model).toBeDefined();
    const lines = messageLines(files);
    expect(lines.filter((message) => message.includes(': error: '))).toEqual([]);
    const found = lines.filter((message) => message.endsWith(`[${rule}]`));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^${lineOf(page, at)}:\\d+: warning: Expected `));
  });

  it('reports every unknown word once, also past the ten it suggests a spelling for', async () => {
    const letter = (index: number) => String.fromCharCode(97 + (index % 26));
    const words = Array.from({ length: 40 }, (_, index) => `xq${letter(index)}${letter(Math.floor(index / 26))}zt`);
    const rows = words.map((word, index) => `|Gone${index}|Not Found (404)|The ${word} is gone.|`).join('\n');
    const { files } = await load(statusPage({ common: `${validParts.common}\n${rows}` }));
    const found = messageLines(files).filter((line) => line.endsWith('[misspelled-word]'));
    expect(found.map((line) => /found "([^"]*)"/.exec(line)?.[1])).toEqual(words);
    // The next page is checked as a fresh process would check it, whatever this one spent.
    const next = await load(statusPage({ common: replaceRow(validParts.common, 'does not exist.', 'does not exsit.') }));
    expect(messageLines(next.files).filter((line) => line.endsWith('[misspelled-word]'))).toEqual([
      expect.stringMatching(/found "exsit" \(did you mean "exist"/),
    ]);
  });

  it('reports mixed status spellings once per status, naming both', async () => {
    const page = statusPage({
      common: `${validParts.common}\n|OtherNotFound|NotFound (404)|Not found either.|\n|AlsoNotFound|NotFound (404)|Not found at all.|`,
    });
    const { files } = await load(page);
    expect(messageLines(files)).toEqual([
      `${lineOf(page, '|OtherNotFound|')}:1: warning: Expected one spelling of status 404, found "Not Found" (2 rows, first at line ${lineOf(page, '|ResourceNotFound|')}) and "NotFound" (2 rows, first at line ${lineOf(page, '|OtherNotFound|')}) [status-mixed-spelling]`,
    ]);
  });

  it('reports a file it does not know and ignores it', async () => {
    const { files, model } = await load(statusPage(), { 'en-us/notes.md': '# Notes\n' });
    expect(model).toBeDefined();
    expect(messageLines(files)).toEqual([
      '1:1: warning: Expected one of batch-status-and-error-codes.md, batch-job-task-error-checking.md, batch-pool-node-error-checking.md, batch-error-handling.md, found notes.md; it is ignored [unknown-document]',
    ]);
  });
});
