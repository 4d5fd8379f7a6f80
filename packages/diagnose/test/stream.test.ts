/**
 * The command line's streaming reader: which values are items, whatever the
 * shape (one document, a list, REST pages one after another, JSON Lines) and
 * wherever the chunks are cut; and what it refuses, with the byte offset and
 * line, as a limit or as what was found.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputProblem, maxDepth, maxItemBytes, readWhole, type TopLevel } from '../src/cli/input.js';
import { ItemReader, loadStreamingParser } from '../src/cli/json-stream.js';

beforeAll(loadStreamingParser);

/** Feeds `text` (or bytes) cut at `cuts`, and returns the items with where they came from. */
function read(input: string | Uint8Array, cuts: number[] = []): { value: unknown; from: TopLevel }[] {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const items: { value: unknown; from: TopLevel }[] = [];
  const reader = new ItemReader({ item: (value, from) => items.push({ value, from }) });
  let start = 0;
  for (const cut of [...cuts].sort((left, right) => left - right)) {
    reader.write(bytes.subarray(start, cut));
    start = cut;
  }
  reader.write(bytes.subarray(start));
  reader.end();
  return items;
}

/** The problem reading `input` meets. */
function problemOf(input: string | Uint8Array): InputProblem {
  try {
    read(input);
  } catch (error) {
    if (error instanceof InputProblem) return error;
    throw error;
  }
  throw new Error('read without a problem');
}

const task = (id: string) => ({ id, executionInfo: { exitCode: 1, result: 'failure' } });

describe('items, whatever the shape', () => {
  it.each<[string, string, { value: unknown; from: TopLevel }[]]>([
    ['one document', JSON.stringify(task('a')), [{ value: task('a'), from: 'document' }]],
    [
      'a list, as az … list -o json prints it',
      JSON.stringify([task('a'), task('b')], null, 2),
      [
        { value: task('a'), from: 'list' },
        { value: task('b'), from: 'list' },
      ],
    ],
    ['an empty list', '[]\n', []],
    [
      'REST pages, one after another',
      `${JSON.stringify({ 'odata.metadata': 'm', value: [task('a'), task('b')], 'odata.nextLink': 'https://x/jobs/j/tasks?$skiptoken=2' })}\n${JSON.stringify({ value: [task('c')] })}`,
      [
        { value: task('a'), from: 'page' },
        { value: task('b'), from: 'page' },
        { value: task('c'), from: 'page' },
      ],
    ],
    [
      'pages with no space between them',
      `${JSON.stringify({ value: [task('a')] })}${JSON.stringify({ value: [task('b')] })}`,
      [
        { value: task('a'), from: 'page' },
        { value: task('b'), from: 'page' },
      ],
    ],
    [
      'JSON Lines',
      `${JSON.stringify(task('a'))}\n${JSON.stringify(task('b'))}\r\n\n${JSON.stringify(task('c'))}`,
      [
        { value: task('a'), from: 'document' },
        { value: task('b'), from: 'document' },
        { value: task('c'), from: 'document' },
      ],
    ],
    [
      'a document whose nested `value` is no page',
      JSON.stringify({ id: 'p', resizeErrors: [{ code: 'X', values: [{ name: 'a', value: 'b' }] }], nested: { value: [1] } }),
      [{ value: { id: 'p', resizeErrors: [{ code: 'X', values: [{ name: 'a', value: 'b' }] }], nested: { value: [1] } }, from: 'document' }],
    ],
    ['a scalar', '"completed"', [{ value: 'completed', from: 'document' }]],
    [
      'numbers at the top level, one a line',
      '1\n2\n',
      [
        { value: 1, from: 'document' },
        { value: 2, from: 'document' },
      ],
    ],
    [
      'a page whose `value` comes after other keys with arrays',
      JSON.stringify({ other: [1, 2], value: [task('a')], after: { value: [9] } }),
      [{ value: task('a'), from: 'page' }],
    ],
  ])('%s', (_name, input, items) => {
    expect(read(input)).toEqual(items);
    // Read whole, a single JSON value gives the same items; anything else is left to the streaming reader.
    const whole: { value: unknown; from: TopLevel }[] = [];
    const single = (() => {
      try {
        JSON.parse(input);
        return /^\s*[[{]/.test(input);
      } catch {
        return false;
      }
    })();
    expect(readWhole(new TextEncoder().encode(input), { item: (value, from) => whole.push({ value, from }) })).toBe(single);
    expect(whole).toEqual(single ? items : []);
  });

  it('keeps "__proto__" a plain key, as JSON.parse does', () => {
    const [item] = read('{"id":"t","__proto__":{"polluted":true}}');
    expect(Object.getPrototypeOf(item?.value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('reads UTF-8 with a byte order mark, and UTF-16 with or without one', () => {
    const text = JSON.stringify([task('ä-€-😀')]);
    const expected = [{ value: task('ä-€-😀'), from: 'list' }];
    expect(read(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual(expected);
    expect(read(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toEqual(expected);
    expect(read(Buffer.from(text, 'utf16le'))).toEqual(expected);
    const bigEndian = Buffer.from(text, 'utf16le').swap16();
    expect(read(Buffer.concat([Buffer.from([0xfe, 0xff]), bigEndian]))).toEqual(expected);
    expect(read(bigEndian)).toEqual(expected);
  });

  it('gives the same items wherever the chunks are cut', () => {
    const shapes = [
      JSON.stringify([task('a'), { id: 'b', text: 'ä€😀\\"\\\\\\u00e9', n: -1.5e3 }], null, 2),
      `${JSON.stringify({ value: [task('a'), task('b')], 'odata.nextLink': 'x' })}${JSON.stringify({ value: [] })}\n${JSON.stringify(task('c'))}`,
    ];
    for (const shape of shapes) {
      const bytes = new TextEncoder().encode(shape);
      const whole = read(bytes);
      fc.assert(
        fc.property(fc.uniqueArray(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 12 }), (cuts) => {
          expect(read(bytes, cuts)).toEqual(whole);
        }),
        { numRuns: 200 },
      );
    }
  });
});

describe('what it refuses: one problem, with its place', () => {
  it.each<[string, string | Uint8Array, string, { byte: number; line: number } | undefined, boolean]>([
    ['garbage between items', '[\n  {"id": "a"},\n  oops\n]', '"o", which JSON does not allow there', { byte: 19, line: 3 }, false],
    ['a missing comma', '[{"id":"a"} {"id":"b"}]', '"{" (left brace), which JSON does not allow there', { byte: 12, line: 1 }, false],
    ['a missing colon in an item', '[{"id" "a"}]', '"a" (string), which JSON does not allow there', { byte: 7, line: 1 }, false],
    ['a list cut short', '[\n  {"id": "a"},\n  {"id": "b"', 'the end of the input inside a value', { byte: 29, line: 3 }, true],
    ['a string cut short', '{"id": "ab', 'the end of the input inside a value', { byte: 10, line: 1 }, true],
    [
      'a raw control character in a string',
      '{"id": "a\u001b[2J"}',
      'the control character "\\u001b", which JSON does not allow there',
      { byte: 9, line: 1 },
      false,
    ],
    ['a NUL byte', '[1,\n\u0000]', 'the control character "\\u0000", which JSON does not allow there', { byte: 4, line: 2 }, false],
    [
      'bytes that are not UTF-8, past the first chunk of lines',
      Buffer.concat([Buffer.from('[\n"a",\n"'), Buffer.from([0xc3, 0x28]), Buffer.from('"]')]),
      'bytes that are not UTF-8 (a binary file?)',
      { byte: 8, line: 3 },
      false,
    ],
    ['UTF-32', Buffer.from([0, 0, 0, 0x5b, 0, 0, 0, 0x5d]), 'zero bytes where text should be (UTF-32, or a binary file?)', { byte: 0, line: 1 }, false],
  ])('%s', (_name, input, found, place, truncated) => {
    const problem = problemOf(input);
    expect(problem.found).toBe(found);
    expect(problem.place).toEqual(place);
    expect(problem.truncated).toBe(truncated);
  });

  it('leaves nesting deeper than its limit to the streaming reader when read whole', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(readWhole(new TextEncoder().encode(deep), { item: () => undefined })).toBe(false);
    expect(problemOf(deep).found).toMatch(/^values nested more than/);
  });

  it('names nesting deeper than its limit, at 100,000 levels, in no time and with no stack overflow', () => {
    for (const open of ['[', '{"a":']) {
      const problem = problemOf(`${open.repeat(100_000)}`);
      expect(problem.found).toBe(`values nested more than ${maxDepth} deep (the most a Batch document needs is about 10)`);
      expect(problem.place?.line).toBe(1);
    }
  });

  it('stops at a single value larger than an item may be, before it holds it all', () => {
    const reader = new ItemReader({ item: () => undefined });
    reader.write(new TextEncoder().encode('"'));
    const chunk = new Uint8Array(8 * 1024 * 1024).fill(0x61);
    let thrown: unknown;
    let fed = 0;
    try {
      for (; fed < 20; fed++) reader.write(chunk);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputProblem);
    expect((thrown as InputProblem).found).toMatch(/^a value of more than 64 MiB from byte 0 \(one item may be at most that\)$/);
    // It stopped at the first chunk past the limit.
    expect(fed * chunk.length).toBeLessThanOrEqual(maxItemBytes);
    expect((fed + 1) * chunk.length + 1).toBeGreaterThan(maxItemBytes);
  });

  it('passes an error of its sink through as it is', () => {
    const failure = new Error('the sink broke');
    const reader = new ItemReader({
      item: () => {
        throw failure;
      },
    });
    expect(() => reader.write(new TextEncoder().encode('[1, 2]'))).toThrow(failure);
  });
});
