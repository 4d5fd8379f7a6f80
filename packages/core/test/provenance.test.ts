import { describe, expect, it } from 'vitest';
import { docUrlOf, errorCodes, errorCodesDocument, sourcesOf, tableAnchors } from '../src/index.js';

const page = 'https://learn.microsoft.com/en-us/rest/api/batchservice/batch-status-and-error-codes';

describe('provenance', () => {
  it('names the page', () => {
    expect(errorCodesDocument).toEqual({ url: page, file: 'docs-source/en-us/batch-status-and-error-codes.md' });
  });

  it('links every code to its table', () => {
    for (const code of errorCodes) {
      const sources = sourcesOf(code);
      expect(sources.length, code).toBeGreaterThan(0);
      expect(docUrlOf(code)).toBe(`${page}#${tableAnchors[sources[0]!.table]}`);
    }
  });

  it('lists both tables of a code documented twice', () => {
    expect(sourcesOf('JobBeingTerminated')).toEqual([
      { table: 'batchService', anchor: 'bk_batchsererrcode', url: `${page}#bk_batchsererrcode` },
      { table: 'jobScheduling', anchor: 'BKMK_JobTaskError', url: `${page}#BKMK_JobTaskError` },
    ]);
  });

  it.each(['NotACode', '', 'toString', '__proto__'])('has no source for %j', (code) => {
    expect(sourcesOf(code)).toEqual([]);
    expect(docUrlOf(code)).toBeUndefined();
  });
});
