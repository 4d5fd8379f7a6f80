/**
 * The parser on the real founding page, docs-source/en-us/batch-status-and-error-codes.md.
 */
import { describe, expect, it } from 'vitest';
import { codeRows, distinctCodes, type ErrorTable, type RestErrorEntry } from '../src/model.js';
import { loadSeed, messageLines } from './helpers.js';

const { model, files } = await loadSeed();
if (!model) throw new Error('the seed did not produce a model');

function table(id: ErrorTable['id']): ErrorTable {
  const found = model!.tables.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no table ${id}`);
  return found;
}

function restEntry(id: 'common' | 'batchService', code: string): RestErrorEntry | undefined {
  const found = table(id);
  return found.kind === 'rest' ? found.entries.find((entry) => entry.code === code) : undefined;
}

describe('the seed page', () => {
  it('has the four code tables in document order, with their rows as written', () => {
    expect(model.tables.map((candidate) => [candidate.id, candidate.kind, candidate.rowCount])).toEqual([
      ['common', 'rest', 34],
      ['batchService', 'rest', 70],
      ['jobScheduling', 'scheduling', 7],
      ['taskScheduling', 'scheduling', 14],
    ]);
  });

  it('has the category table with both categories and their descriptions', () => {
    expect(model.categories.map((entry) => [entry.category, entry.description, entry.source.line])).toEqual([
      ['UserError', 'Errors in the task specification provided by the user.', 175],
      ['ServerError', 'Errors encountered by the Batch service that prevent it from scheduling the task.', 176],
    ]);
  });

  it('lists 121 distinct codes', () => {
    expect(distinctCodes(model)).toHaveLength(121);
    expect(new Set(distinctCodes(model)).size).toBe(121);
  });

  it('merges the repeated NodeUserExists row, with a warning naming both lines', () => {
    expect(table('batchService').entries.filter((entry) => entry.code === 'NodeUserExists')).toHaveLength(1);
    const variants = restEntry('batchService', 'NodeUserExists')?.variants;
    expect(variants).toHaveLength(1);
    const variant = variants?.[0];
    expect(variant?.source.line).toBe(129);
    expect(variant?.duplicates.map((location) => location.line)).toEqual([131]);
    expect(table('batchService').entries).toHaveLength(69);
    expect(messageLines(files)).toContain(
      '131:1: warning: Expected NodeUserExists once in this table, found it at lines 129 and 131 with identical data; merged into one [duplicate-row]',
    );
  });

  it('keeps ConditionNotMet as one code with a 304 (read) and a 412 (write) variant', () => {
    expect(table('common').entries).toHaveLength(33);
    const entry = restEntry('common', 'ConditionNotMet');
    expect(entry?.variants.map((variant) => [variant.status, variant.statusText, variant.source.line])).toEqual([
      [304, 'Not Modified', 55],
      [412, 'Precondition Failed', 83],
    ]);
    expect(entry?.variants[0]?.message).toMatch(/for a read operation\.$/);
    expect(entry?.variants[1]?.message).toMatch(/for a write operation\.$/);
  });

  it('keeps a code listed in two tables as an entry of each', () => {
    const tablesOf = (code: string) =>
      model.tables.filter((candidate) => candidate.entries.some((entry) => entry.code === code)).map((candidate) => candidate.id);
    expect(tablesOf('JobBeingTerminated')).toEqual(['batchService', 'jobScheduling']);
    expect(tablesOf('Unknown')).toEqual(['jobScheduling', 'taskScheduling']);
  });

  it('normalizes both spellings of a status to its number and keeps the phrase as written', () => {
    const rows = codeRows(model);
    const spelled = (code: string) =>
      (restEntry('common', code) ?? restEntry('batchService', code))?.variants.map((variant) => `${variant.statusText} (${variant.status})`);
    expect(spelled('MissingRequiredHeader')).toEqual(['Bad Request (400)']);
    expect(spelled('UnsupportedRequestVersion')).toEqual(['BadRequest (400)']);
    expect(spelled('PoolNotFound')).toEqual(['NotFound (404)']);
    expect(spelled('ApplicationNotFound')).toEqual(['Not Found (404)']);
    expect(spelled('TooManyEnableAutoScaleRequests')).toEqual(['ServiceUnavailable (503)']);
    expect(spelled('RequestBodyTooLarge')).toEqual(['Request Entity Too Large (413)']);
    expect(spelled('InvalidRange')).toEqual(['Requested Range Not Satisfiable (416)']);
    expect(rows.filter((row) => row.status === 400)).toHaveLength(33);
  });

  it('reads messages as plain text, emphasis removed, typos and missing periods kept', () => {
    const message = (code: string) => codeRows(model).find((row) => row.code === code)?.message;
    expect(message('InvalidAuthenticationInfo')).toBe(
      'The authentication information was not provided in the correct format. Verify the value of Authorization header.',
    );
    expect(message('MissingContentLengthHeader')).toBe('The Content-Length header was not specified.');
    expect(message('OSVersionNotFound')).toBe('The specified OS Version does not exists.');
    expect(message('PoolBeingResized')).toBe('The specified pool is being resized');
  });

  it('remembers where every row came from: file, line, column and section anchor', () => {
    const rows = codeRows(model);
    expect(rows[0]?.source).toEqual({ file: 'docs-source/en-us/batch-status-and-error-codes.md', line: 55, column: 1, anchor: 'bk_ComRESTAPIErrCodes' });
    expect(rows.find((row) => row.code === 'UnsupportedRequestVersion')?.source).toMatchObject({ line: 95, anchor: 'bk_batchsererrcode' });
    expect(rows.at(-1)?.source).toMatchObject({ line: 223, anchor: 'BKMK_JobTaskError' });
    const lines = rows.map((row) => row.source.line);
    expect(lines).toEqual([...lines].sort((left, right) => left - right));
  });

  it('reads the front matter and both JSON samples', () => {
    expect(model.document).toEqual({
      file: 'docs-source/en-us/batch-status-and-error-codes.md',
      locale: 'en-us',
      title: 'Batch Status and Error Codes | Microsoft Docs',
      msDate: '02/01/2017',
      url: 'https://learn.microsoft.com/en-us/rest/api/batchservice/batch-status-and-error-codes',
    });
    expect(model.samples.map((sample) => [sample.language, sample.validJson, sample.source.line])).toEqual([
      ['json', true, 22],
      ['json', true, 180],
    ]);
    expect(JSON.parse(model.samples[0]!.text)).toMatchObject({ code: 'InvalidQueryParameterValue', message: { lang: 'en-us' } });
  });

  it('reports the seed’s known defects as warnings and no errors', () => {
    const lines = messageLines(files);
    expect(lines.filter((line) => line.includes(': error: '))).toEqual([]);
    const rules = files.flatMap((file) => file.messages.map((message) => message.ruleId));
    expect(rules.filter((rule) => rule === 'missing-final-period')).toHaveLength(7);
    expect(rules.filter((rule) => rule === 'status-mixed-spelling')).toHaveLength(3);
    expect(rules.filter((rule) => rule === 'status-outdated-phrase')).toHaveLength(2);
    expect(lines.filter((line) => line.endsWith('[misspelled-word]')).map((line) => /found ("[^"]*")/.exec(line)?.[1])).toEqual(['"url"', '"cleanedup"']);
    expect(lines).toContain('20:2: warning: Expected readable text, found "â€™", UTF-8 read as Windows-1252 (in prose) [mojibake]');
  });
});
