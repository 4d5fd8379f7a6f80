/**
 * Codes known beyond the docs and the statements of the error-handling page,
 * checked against the model of docs-source (the SDK lists of
 * known-codes.json and the page as they are now).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  errorHandling,
  isBatchErrorCode,
  isKnownBatchErrorCode,
  isUndocumentedKnownCode,
  knownCodesOf,
  knownSourcesOf,
  undocumentedKnownCodes,
} from '../src/index.js';
import { documentedCodes, model } from './docs.js';

const lists = model.knownCodes.lists;
const listedCodes = [...new Set(lists.flatMap((list) => list.codes.map((code) => code.value)))];
const documented = new Set(documentedCodes);

describe('known codes', () => {
  it('holds every code of every SDK list, and the documented codes', () => {
    for (const code of [...listedCodes, ...documentedCodes]) expect(isKnownBatchErrorCode(code), code).toBe(true);
  });

  it('calls documented exactly the codes the docs list: docs win for a code in both', () => {
    for (const code of listedCodes) {
      expect(isBatchErrorCode(code), code).toBe(documented.has(code));
      expect(isUndocumentedKnownCode(code), code).toBe(!documented.has(code));
    }
    expect([...undocumentedKnownCodes].sort()).toEqual(listedCodes.filter((code) => !documented.has(code)).sort());
  });

  it('compares exactly: a case variant is known only when a list spells it so', () => {
    for (const code of listedCodes) {
      for (const variant of [code.toLowerCase(), code.toUpperCase()]) {
        const spelled = listedCodes.includes(variant) || documented.has(variant);
        expect(isKnownBatchErrorCode(variant), variant).toBe(spelled);
      }
    }
  });

  it('names each list holding a code, with its repository, file, commit and a differing constant', () => {
    for (const code of listedCodes) {
      const expected = lists.flatMap((list) =>
        list.codes
          .filter((entry) => entry.value === code)
          .map((entry) => ({
            list: list.id,
            repository: list.repository,
            path: list.path,
            commit: list.commit,
            ...(entry.constant === undefined ? {} : { constant: entry.constant }),
          })),
      );
      expect(knownSourcesOf(code), code).toEqual(expected);
    }
  });

  it('gives no source, and no answer, for what no list holds', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        fc.pre(!listedCodes.includes(value));
        expect(knownSourcesOf(value)).toEqual([]);
        expect(isKnownBatchErrorCode(value)).toBe(documented.has(value));
      }),
    );
    for (const hostile of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) expect(knownSourcesOf(hostile)).toEqual([]);
    for (const value of [undefined, null, 42, {}, Symbol('x')]) expect(knownSourcesOf(value as unknown as string)).toEqual([]);
  });

  it('lists the codes of a kind: its docs table and its SDK lists', () => {
    const task = new Set(knownCodesOf('taskScheduling'));
    const taskTable = model.tables.find((table) => table.id === 'taskScheduling');
    for (const entry of taskTable?.entries ?? []) expect(task.has(entry.code), entry.code).toBe(true);
    for (const list of lists.filter((candidate) => candidate.kind === 'taskScheduling')) for (const code of list.codes) expect(task.has(code.value)).toBe(true);
    const resize = knownCodesOf('poolResize');
    expect(resize).toEqual([...new Set(lists.filter((list) => list.kind === 'poolResize').flatMap((list) => list.codes.map((code) => code.value)))].sort());
  });
});

describe('errorHandling', () => {
  it('is what the error-handling page states, with the address of each section', () => {
    const statements = model.errorHandling;
    if (!statements) {
      expect(errorHandling).toBeUndefined();
      return;
    }
    const { document, ...cited } = statements;
    expect(errorHandling?.document).toEqual({ title: document.title, url: document.url });
    for (const [name, statement] of Object.entries(cited)) {
      const { source: _source, ...values } = statement;
      expect(errorHandling?.[name as keyof typeof cited], name).toEqual(values);
    }
  });
});
