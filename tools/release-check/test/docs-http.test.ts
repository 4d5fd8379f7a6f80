/**
 * Every REST row's status, read by the generator, is reachable both ways.
 */
import { codeRows, distinctCodes, loadDocs } from '@batch-errors/codegen';
import statuses from 'statuses';
import { describe, expect, it } from 'vitest';
import { codesForStatus, reasonPhrase, statusesOf } from '@batch-errors/http';

const { model } = await loadDocs(new URL('../../../docs-source', import.meta.url).pathname);
if (!model) throw new Error('docs-source did not produce a model');
const restRows = codeRows(model).filter((row) => row.status !== undefined);

describe('against the docs', () => {
  it.each(restRows.map((row) => [row.code, row.status!] as const))('%s is documented with %i', (code, status) => {
    expect(statusesOf(code)).toContain(status);
    expect(codesForStatus(status)).toContain(code);
    expect(reasonPhrase(status)).toBe(statuses.message[status]);
  });

  it('gives each code its statuses in document order, and nothing else', () => {
    for (const code of distinctCodes(model)) {
      const documented = [...new Set(restRows.filter((row) => row.code === code).map((row) => row.status))];
      expect(statusesOf(code), code).toEqual(documented);
    }
  });

  it('gives each status its codes in document order, and nothing else', () => {
    for (const status of new Set(restRows.map((row) => row.status!))) {
      const documented = [...new Set(restRows.filter((row) => row.status === status).map((row) => row.code))];
      expect(codesForStatus(status), String(status)).toEqual(documented);
    }
  });
});

describe('lookups', () => {
  const restCodes = new Set(restRows.map((row) => row.code));

  it('uses the standard phrase of each status, whatever spelling the docs used', () => {
    for (const status of new Set(restRows.map((row) => row.status!))) expect(reasonPhrase(status), String(status)).toBe(statuses.message[status]);
  });

  it.each(['NotACode', '', 'toString', '__proto__', 'constructor', ...distinctCodes(model).filter((code) => !restCodes.has(code))])(
    'has no status for %j',
    (code) => {
      expect(statusesOf(code)).toEqual([]);
    },
  );

  it.each([200, 418, 999, -1, 400.5, Number.NaN])('has no codes for %s', (status) => {
    expect(codesForStatus(status)).toEqual([]);
  });

  it('gives every registered status its standard phrase, documented or not (429, 502, 504), as the statuses package has it', () => {
    for (const status of statuses.codes) expect(reasonPhrase(status), String(status)).toBe(statuses.message[status]);
    expect([429, 502, 504].map(reasonPhrase)).toEqual(['Too Many Requests', 'Bad Gateway', 'Gateway Timeout']);
  });

  it.each([999, -1, 400.5, Number.NaN])('has no phrase for %s, which no registry entry has', (status) => {
    expect(reasonPhrase(status)).toBeUndefined();
  });

  it('returns lists callers cannot modify', () => {
    expect(Object.isFrozen(statusesOf('NotACode'))).toBe(true);
    expect(Object.isFrozen(codesForStatus(404))).toBe(true);
  });
});
