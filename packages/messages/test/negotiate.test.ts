import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acceptLanguageTags, negotiateLocale, supportedLocales } from '../src/index.js';

describe('negotiateLocale', () => {
  it.each<[Parameters<typeof negotiateLocale>[0], string]>([
    ['de-AT', 'de-de'],
    ['pt', 'pt-br'],
    ['zh-Hans-CN', 'zh-cn'],
    ['tlh', 'en-us'],
    ['de-de', 'de-de'],
    ['DE-de', 'de-de'],
    ['fr-CA', 'fr-fr'],
    ['es-MX', 'es-es'],
    ['ja', 'ja-jp'],
    ['en-GB', 'en-us'],
    [['nl-NL', 'de'], 'de-de'],
    [['xx', 'yy'], 'en-us'],
    ['de-AT,de;q=0.9,en;q=0.5', 'de-de'],
    ['nl;q=0.9, fr-CH, en;q=0.1', 'fr-fr'],
    ['ja;q=0, pt-BR;q=0.4', 'pt-br'],
    ['*', 'en-us'],
    ['', 'en-us'],
    [undefined, 'en-us'],
    ['not a tag!', 'en-us'],
    [[], 'en-us'],
  ])('%j gives %s', (preference, expected) => {
    expect(negotiateLocale(preference)).toBe(expected);
  });

  it('always gives a shipped locale and never throws, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(fc.string()),
          fc.array(fc.anything({ withNullPrototype: true })),
          fc.anything(),
          fc.constantFrom('de-AT', 'zh-Hant', 'x-private', 'i-klingon', 'en-US-u-ca-buddhist'),
        ),
        (preference) => {
          expect(supportedLocales).toContain(negotiateLocale(preference as string));
        },
      ),
      { numRuns: 1000 },
    );
    expect(negotiateLocale([42, null] as unknown as string[])).toBe('en-us');
    expect(negotiateLocale('de,'.repeat(100_000))).toBe('de-de');
    expect(negotiateLocale([Symbol('de'), Object.create(null), 'de-AT'] as unknown as string[])).toBe('de-de');
    const trap = new Proxy(['de'], {
      get() {
        throw new Error('boom');
      },
    });
    expect(negotiateLocale(trap)).toBe('en-us');
  });

  it('does not confuse a header with a list holding the same text', () => {
    expect(negotiateLocale('fr,de')).toBe('fr-fr');
    expect(negotiateLocale(['fr,de'])).toBe('en-us');
    expect(negotiateLocale(['de', 'fr'])).toBe('de-de');
    expect(negotiateLocale('de\nfr')).toBe('en-us');
    expect(negotiateLocale(['de', 'fr'])).toBe('de-de');
  });
});

describe('acceptLanguageTags', () => {
  it.each<[string, string[]]>([
    ['de-AT', ['de-AT']],
    ['fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5', ['fr-CH', 'fr', 'en', 'de']],
    ['en;q=0.1, ja', ['ja', 'en']],
    ['a;q=0.5, b;q=0.5, c', ['c', 'a', 'b']],
    ['de;q=0, en', ['en']],
    ['de;q=oops, en;q=0.5', ['de', 'en']],
    [' , ;q=1, de ', ['de']],
  ])('%j lists %j', (header, tags) => {
    expect(acceptLanguageTags(header)).toEqual(tags);
  });

  it.each([42, undefined, null, ['de'], Symbol('de')])('%s, not a string, lists nothing', (header) => {
    expect(acceptLanguageTags(header as never)).toEqual([]);
  });
});
