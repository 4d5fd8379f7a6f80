import { describe, expect, it } from 'vitest';
import { endsWithFullStop, findBidiControl, findControlCharacter, findMojibake } from '../src/text-checks.js';

describe('findMojibake', () => {
  it.each([
    ['parameterâ€™s name', 'â€™'],
    ['CafÃ© au lait', 'Ã©'],
    ['GrÃ¶ÃŸe', 'Ã¶'],
    ['ã‚¸ãƒ§ãƒ–', 'ã‚¸'],
  ])('finds %j', (text, found) => {
    expect(findMojibake(text)?.found).toBe(found);
  });

  it.each([
    'The specified pool does not exist.',
    'Le pool spécifié n’existe pas.',
    'Der angegebene Pool ist nicht vorhanden – bitte prüfen.',
    'Überprüfung à la carte, très «bien».',
    '指定されたプールは存在しません。',
    'parameter’s name',
  ])('accepts %j', (text) => {
    expect(findMojibake(text)).toBeUndefined();
  });
});

describe('character checks', () => {
  it('names the bidi control it finds', () => {
    expect(findBidiControl('abc\u202edef')).toEqual({ index: 3, found: 'U+202E' });
    expect(findBidiControl('x\u2066y')).toEqual({ index: 1, found: 'U+2066' });
    expect(findBidiControl('plain text, even with \u200f marks')).toBeUndefined();
  });

  it('names the control character it finds, but allows tabs', () => {
    expect(findControlCharacter('a\u0007b')).toEqual({ index: 1, found: 'U+0007' });
    expect(findControlCharacter('a\u0085b')).toEqual({ index: 1, found: 'U+0085' });
    expect(findControlCharacter('a\tb')).toBeUndefined();
  });
});

describe('wording checks', () => {
  it.each([
    ['Done.', true],
    ['Done?', true],
    ['完了しました。', true],
    ['The specified pool is being resized', false],
    ['Blob(s)', false],
  ])('endsWithFullStop(%j) is %s', (text, expected) => {
    expect(endsWithFullStop(text)).toBe(expected);
  });
});
