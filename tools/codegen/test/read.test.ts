import { describe, expect, it } from 'vitest';
import { decodePage, firstInvalidUtf8Offset } from '../src/read.js';
import { messageLines } from './helpers.js';

const where = { locale: 'en-us', fileName: 'x.md', path: 'docs/en-us/x.md' };
const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

describe('firstInvalidUtf8Offset', () => {
  it.each<[string, Uint8Array, number | undefined]>([
    ['valid ASCII', bytes('abc'), undefined],
    ['valid multi-byte and a real U+FFFD', bytes('é€😀\ufffd'), undefined],
    ['a lone continuation byte', bytes('ab', [0x80], 'c'), 2],
    ['a lead byte without continuation', bytes('abc', [0xc3, 0x28]), 3],
    ['after a real U+FFFD', bytes('\ufffd', [0xff]), 3],
    ['an overlong encoding', bytes('a', [0xc0, 0xaf]), 1],
    ['a sequence cut off at the end', bytes('ab', [0xe2, 0x82]), 2],
    ['Latin-1 text', Buffer.from('Caf\xe9', 'latin1'), 3],
  ])('%s', (_name, input, expected) => {
    expect(firstInvalidUtf8Offset(input)).toBe(expected);
  });
});

describe('decodePage', () => {
  it('drops a byte order mark', () => {
    const page = decodePage(bytes([0xef, 0xbb, 0xbf], '# Title\n'), where);
    expect(page.readable).toBe(true);
    expect(page.file.value).toBe('# Title\n');
  });

  it('reports invalid UTF-8 with line, column and byte offset, and keeps no text', () => {
    const page = decodePage(bytes('# Title\n\nCaf', [0xe9], ' noir\n'), where);
    expect(page.readable).toBe(false);
    expect(page.file.value).toBe('');
    expect(messageLines([page.file])).toEqual([
      '3:4: error: Expected UTF-8 text, found an invalid byte sequence at byte offset 12 (0xE9 0x20 0x6E 0x6F); save the file as UTF-8 [invalid-utf8]',
    ]);
  });

  it.each([
    ['an empty file', bytes(''), 'empty-file'],
    ['whitespace only', bytes(' \n\t\n'), 'empty-file'],
    ['a binary file', bytes([0x89], 'PNG\r\n', [0x1a, 0x0a, 0x00, 0x00]), 'invalid-utf8'],
    ['text with NUL bytes', bytes('abc\u0000def'), 'not-markdown'],
  ])('rejects %s', (_name, input, rule) => {
    const page = decodePage(input, where);
    expect(page.readable).toBe(false);
    expect(page.file.messages.map((message) => message.ruleId)).toEqual([rule]);
  });
});
