import { describe, expect, it } from 'vitest';
import { docUrlOf, errorCodes, errorCodesDocument, sourcesOf } from '../src/index.js';
import { codeInSeveralTables, documentedCodes, documentedPage, tablesListing } from './docs.js';

/** The sources the docs give a code: each table listing it, linked by its anchor. */
const expectedSources = (code: string) =>
  tablesListing(code).map(({ table, anchor }) => ({ table, anchor, url: anchor === '' ? documentedPage.url : `${documentedPage.url}#${anchor}` }));

describe('provenance', () => {
  it('names the page', () => {
    expect(errorCodesDocument).toEqual(documentedPage);
  });

  it('links every documented code to the tables listing it, the first one by docUrlOf', () => {
    expect([...errorCodes]).toEqual(documentedCodes);
    for (const code of documentedCodes) {
      expect(sourcesOf(code), code).toEqual(expectedSources(code));
      expect(docUrlOf(code), code).toBe(expectedSources(code)[0]?.url);
    }
  });

  it.skipIf(codeInSeveralTables === undefined)(
    `lists every table of ${codeInSeveralTables ?? 'a code documented twice (skipped: the docs list no code in two tables)'}`,
    () => {
      const code = codeInSeveralTables ?? '';
      const sources = sourcesOf(code);
      expect(sources.length).toBeGreaterThan(1);
      expect(sources).toEqual(expectedSources(code));
    },
  );

  it.each(['NotACode', '', 'toString', '__proto__'])('has no source for %j', (code) => {
    expect(sourcesOf(code)).toEqual([]);
    expect(docUrlOf(code)).toBeUndefined();
  });
});
