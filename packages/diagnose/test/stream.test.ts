/**
 * The command line's streaming reader: which values are items, whatever the
 * shape (one document, a list, REST pages one after another, JSON Lines) and
 * wherever the chunks are cut; and what it refuses, with the byte offset and
 * line, as a limit or as what was found.
 */
import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { InputProblem, type ItemSink, maxDepth, maxItemBytes, readWhole, type TopLevel } from '../src/cli/input.js';
import { ItemReader, loadStreamingParser } from '../src/cli/json-stream.js';
import { ListLaneReader } from '../src/cli/list-lane.js';

beforeAll(loadStreamingParser);

type Reader = ItemReader | ListLaneReader;
type MakeReader = (sink: ItemSink) => Reader;

const streamingReader: MakeReader = (sink) => new ItemReader(sink);
/** The command's reader: the list lane in front of the streaming reader. */
const laneReader: MakeReader = (sink) => new ListLaneReader(sink);
/** Both must read every input alike. */
const readers: [string, MakeReader][] = [
  ['the streaming reader', streamingReader],
  ['the list lane', laneReader],
];

/** Feeds `text` (or bytes) cut at `cuts`, and returns the items with where they came from. */
function read(input: string | Uint8Array, makeReader: MakeReader, cuts: number[] = []): { value: unknown; from: TopLevel }[] {
  const items: { value: unknown; from: TopLevel }[] = [];
  feed(makeReader({ item: (value, from) => items.push({ value, from }) }), input, cuts);
  return items;
}

/** Writes `input` to `reader` in chunks cut at `cuts`, then ends it. */
function feed(reader: Reader, input: string | Uint8Array, cuts: number[]): void {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  let start = 0;
  for (const cut of [...cuts].sort((left, right) => left - right)) {
    reader.write(bytes.subarray(start, cut));
    start = cut;
  }
  reader.write(bytes.subarray(start));
  reader.end();
}

/** The problem reading `input` meets. */
function problemOf(input: string | Uint8Array, makeReader: MakeReader): InputProblem {
  try {
    read(input, makeReader);
  } catch (error) {
    if (error instanceof InputProblem) return error;
    throw error;
  }
  throw new Error('read without a problem');
}

const task = (id: string) => ({ id, executionInfo: { exitCode: 1, result: 'failure' } });

describe.each(readers)('items, whatever the shape: %s', (_reader, makeReader) => {
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
    expect(read(input, makeReader)).toEqual(items);
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
    const [item] = read('{"id":"t","__proto__":{"polluted":true}}', makeReader);
    expect(Object.getPrototypeOf(item?.value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('reads UTF-8 with a byte order mark, and UTF-16 with or without one', () => {
    const text = JSON.stringify([task('ä-€-😀')]);
    const expected = [{ value: task('ä-€-😀'), from: 'list' }];
    expect(read(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), makeReader)).toEqual(expected);
    expect(read(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), makeReader)).toEqual(expected);
    expect(read(Buffer.from(text, 'utf16le'), makeReader)).toEqual(expected);
    const bigEndian = Buffer.from(text, 'utf16le').swap16();
    expect(read(Buffer.concat([Buffer.from([0xfe, 0xff]), bigEndian]), makeReader)).toEqual(expected);
    expect(read(bigEndian, makeReader)).toEqual(expected);
  });

  it('gives the same items wherever the chunks are cut', () => {
    const shapes = [
      JSON.stringify([task('a'), { id: 'b', text: 'ä€😀\\"\\\\\\u00e9', n: -1.5e3 }], null, 2),
      `${JSON.stringify({ value: [task('a'), task('b')], 'odata.nextLink': 'x' })}${JSON.stringify({ value: [] })}\n${JSON.stringify(task('c'))}`,
    ];
    for (const shape of shapes) {
      const bytes = new TextEncoder().encode(shape);
      const whole = read(bytes, makeReader);
      fc.assert(
        fc.property(fc.uniqueArray(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 12 }), (cuts) => {
          expect(read(bytes, makeReader, cuts)).toEqual(whole);
        }),
        { numRuns: 200 },
      );
    }
  });
});

describe.each(readers)('what it refuses, one problem with its place: %s', (_reader, makeReader) => {
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
    const problem = problemOf(input, makeReader);
    expect(problem.found).toBe(found);
    expect(problem.place).toEqual(place);
    expect(problem.truncated).toBe(truncated);
  });

  it('leaves nesting deeper than its limit to the streaming reader when read whole', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(readWhole(new TextEncoder().encode(deep), { item: () => undefined })).toBe(false);
    expect(problemOf(deep, makeReader).found).toMatch(/^values nested more than/);
  });

  it('names nesting deeper than its limit, at 100,000 levels, in no time and with no stack overflow', () => {
    for (const open of ['[', '{"a":']) {
      const problem = problemOf(`${open.repeat(100_000)}`, makeReader);
      expect(problem.found).toBe(`values nested more than ${maxDepth} deep (the most a Batch document needs is about 10)`);
      expect(problem.place?.line).toBe(1);
    }
  });

  it('stops at a single value larger than an item may be, before it holds it all', () => {
    const reader = makeReader({ item: () => undefined });
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
    const reader = makeReader({
      item: () => {
        throw failure;
      },
    });
    expect(() => reader.write(new TextEncoder().encode('[1, 2]'))).toThrow(failure);
  });
});

describe('the list lane: az lists read with JSON.parse, everything else streamed from where it stops', () => {
  afterEach(() => vi.restoreAllMocks());

  /** The items read, and the problem met if any, as one value to compare. */
  function outcome(input: Uint8Array, makeReader: MakeReader, cuts: number[] = []) {
    // The items given before a problem count too (a partial summary prints them), and so does whether the input was empty.
    const items: { value: unknown; from: TopLevel }[] = [];
    const reader = makeReader({ item: (value, from) => items.push({ value, from }) });
    try {
      feed(reader, input, cuts);
      return { items, empty: reader.empty };
    } catch (error) {
      if (!(error instanceof InputProblem)) throw error;
      return { items, problem: { found: error.found, place: error.place, truncated: error.truncated } };
    }
  }

  const tasks = [task('a'), { id: 'b', text: '}\n  }', nested: { deeper: [{}, [], { x: null }] }, n: -1.5e3 }, task('ä€😀')];

  it.each<[string, string]>([
    ['two spaces, as az prints', JSON.stringify(tasks, null, 2)],
    ['four spaces', JSON.stringify(tasks, null, 4)],
    ['tabs', JSON.stringify(tasks, null, '\t')],
    ['Windows line ends', JSON.stringify(tasks, null, 2).replace(/\n/g, '\r\n')],
    ['an empty list', '[]\n'],
  ])('reads an indented list (%s) without the streaming reader, wherever the chunks are cut', (_name, text) => {
    const streamed = vi.spyOn(ItemReader.prototype, 'write');
    const bytes = new TextEncoder().encode(text);
    const expected = read(bytes, streamingReader);
    streamed.mockClear();
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 8 }), (cuts) => {
        expect(read(bytes, laneReader, cuts)).toEqual(expected);
      }),
      { numRuns: 100 },
    );
    expect(streamed).not.toHaveBeenCalled();
  });

  it('tries the next close when a nested object closes at the item’s own indentation', () => {
    const text = '[\n  {\n  "a": {\n  },\n  "b": [\n  {}\n  ]\n  },\n  {"id": "c"\n  }\n]\n';
    expect(read(text, laneReader)).toEqual([
      { value: { a: {}, b: [{}] }, from: 'list' },
      { value: { id: 'c' }, from: 'list' },
    ]);
  });

  it('reads an item nested to the limit, and leaves one past it to the streaming reader, which names it', () => {
    // The list is one level: an item may nest one less than the limit.
    const listOf = (levels: number) => new TextEncoder().encode(`[\n  {"id": "a"\n  },\n  ${'{"a":'.repeat(levels)}1${'}'.repeat(levels - 1)}\n  }\n]`);
    for (const levels of [maxDepth - 2, maxDepth - 1, maxDepth])
      expect(outcome(listOf(levels), laneReader), `${levels} levels`).toEqual(outcome(listOf(levels), streamingReader));
    expect(outcome(listOf(maxDepth - 1), laneReader).items).toHaveLength(2);
    expect(outcome(listOf(maxDepth), laneReader).problem?.found).toBe(`values nested more than ${maxDepth} deep (the most a Batch document needs is about 10)`);
  });

  it('streams an item longer than its window, and white space longer than it, and reads alike', () => {
    for (const text of [
      `[\n  {"id": "a"\n  },\n  {"log": "${'x'.repeat(3 * 1024 * 1024)}"\n  },\n  {"id": "c"\n  }\n]`,
      `${' '.repeat(3 * 1024 * 1024)}[\n  {"id": "a"\n  }\n]`,
      `[\n  {"id": "a"\n  }${'\n'.repeat(3 * 1024 * 1024)}, {"id": "b"}]`,
    ]) {
      const bytes = new TextEncoder().encode(text);
      const cuts = Array.from({ length: 40 }, (_, index) => Math.floor(((index + 1) * bytes.length) / 41));
      expect(outcome(bytes, laneReader, cuts)).toEqual(outcome(bytes, streamingReader, cuts));
    }
  });

  /** A Batch-like value: objects, arrays, strings with what JSON escapes, numbers, and nothing else. */
  const batchLike = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.string({ unit: 'binary', maxLength: 12 }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constant(null),
      fc.array(tie('value'), { maxLength: 3 }),
      fc.dictionary(
        fc.string({ maxLength: 6 }).filter((key) => key !== '__proto__'),
        tie('value'),
        { maxKeys: 4 },
      ),
    ),
  })).value;

  /** What a hand or a broken program does to a list: cut it, change a byte, or slip text in. */
  const damage = fc.oneof(
    fc.constant(undefined),
    fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('byte' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
    fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(),
      text: fc.constantFrom('\n  }', '\n  },\n  {', ',', ']', '[', '{', '"', ' x', '\n  ]\n[', '\uFEFF', '\n  ,', ' '.repeat(40)),
    }),
  );

  it('reads any list, whole or damaged, in any chunks, exactly as the streaming reader does: the same items, and the same problem at the same place', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.dictionary(
            fc.string({ maxLength: 6 }).filter((key) => key !== '__proto__'),
            batchLike,
            { maxKeys: 4 },
          ),
          { maxLength: 5 },
        ),
        fc.constantFrom(2, 4, '\t'),
        damage,
        fc.uniqueArray(fc.nat(), { maxLength: 4 }),
        (items, indentation, change, cutsAt) => {
          let bytes: Uint8Array = new TextEncoder().encode(JSON.stringify(items, null, indentation));
          if (change?.kind === 'cut') bytes = bytes.subarray(0, change.at % (bytes.length + 1));
          else if (change?.kind === 'byte') bytes = Uint8Array.from(bytes, (byte, index) => (index === change.at % bytes.length ? change.byte : byte));
          let byteOrderMarkInserted = false;
          if (change?.kind === 'insert') {
            const at = change.at % (bytes.length + 1);
            // @streamparser/json 0.0.26 decodes strings with a TextDecoder that drops a leading U+FEFF (where a string, or
            // a chunk of one, starts); JSON.parse keeps it, rightly. Marks are slipped in where no string can start.
            fc.pre(change.text !== '\uFEFF' || bytes[at - 1] !== 0x22);
            byteOrderMarkInserted = change.text === '\uFEFF';
            bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(change.text), bytes.subarray(at)]);
          }
          // The same chunks for both: the streaming reader checks a chunk's UTF-8 before its grammar, so where chunks end decides which of two problems comes first.
          const cuts = byteOrderMarkInserted
            ? []
            : [...new Set(cutsAt.map((at) => 1 + (at % Math.max(1, bytes.length - 1))))].filter((at) => at < bytes.length);
          expect(outcome(bytes, laneReader, cuts)).toEqual(outcome(bytes, streamingReader, cuts));
        },
      ),
      { numRuns: 500 },
    );
  });
});
