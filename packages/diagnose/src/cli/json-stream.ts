/**
 * Bytes in, Batch items out, as they arrive, in bounded memory: one JSON
 * document, a list (`az … list -o json`), REST list bodies
 * (`{ "value": [...], "odata.nextLink": … }`, one or several concatenated),
 * or JSON Lines. The tokenizer and the value assembly are those of
 * `@streamparser/json`; this module only decides, at the top two levels, what
 * is an item, and holds the input to its limits (nesting depth, the size of
 * one item, UTF-8), naming the byte offset and line of anything it refuses.
 */
import { isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';
import type { Tokenizer, TokenParser } from '@streamparser/json';
import type { ParsedElementInfo } from '@streamparser/json/utils/types/parsedElementInfo.js';
import type { ParsedTokenInfo } from '@streamparser/json/utils/types/parsedTokenInfo.js';
import { InputProblem, type ItemSink, maxDepth, maxItemBytes, type Place, type TopLevel } from './input.js';

type Parser = typeof import('@streamparser/json');

/** The parser module, loaded when the first streaming reader is made (a small document never needs it). */
let parserModule: Parser | undefined;

/** Loads the streaming parser; `ItemReader` can be made synchronously after. */
export async function loadStreamingParser(): Promise<void> {
  parserModule ??= await import('@streamparser/json');
}

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** Reads chunks of bytes (`write`) and then the end (`end`), calling `sink.item` for each item; throws `InputProblem`. */
export class ItemReader {
  private readonly tokenizer: Tokenizer;
  /** Top-level arrays: each element is an item, dropped once emitted. */
  private readonly listParser: TokenParser;
  /** Top-level objects and scalars: the whole value (a page's envelope, with its entries left out). */
  private readonly documentParser: TokenParser;
  /** The entries of a page's `value` array: each is an item, dropped once emitted. */
  private readonly entryParser: TokenParser;
  private parser: TokenParser;
  private depth = 0;
  /** In a page's `value` array: its entries go to `entryParser`. */
  private inPage = false;
  /** The current top-level value was a page (its envelope is not an item). */
  private wasPage = false;
  /** At depth 1 of a top-level object: the next string is a key. */
  private expectingKey = false;
  private lastKey: string | undefined;
  /** The last token was the colon after a `value` key at depth 1. */
  private afterValueKey = false;
  /** Where the item being read (or the top-level value) started, for the size limit. */
  private itemStart = 0;
  private lastOffset = 0;

  // What has been fed so far, for places.
  private fed = 0;
  /** Lines before the current chunk, and in all that was fed. */
  private linesBeforeChunk = 0;
  private lines = 0;
  private endsWithNewline = false;
  private chunk: Uint8Array = new Uint8Array(0);
  private chunkStart = 0;

  // Encoding: sniffed from the first bytes; UTF-16 is decoded to UTF-8 on the way in.
  private encoding: Encoding | undefined;
  private head: Uint8Array = new Uint8Array(0);
  private utf16: TextDecoder | undefined;
  private offsetShift = 0;
  /** Bytes of a UTF-8 sequence cut by the chunk's end, checked with the next chunk. */
  private utf8Carry: Uint8Array = new Uint8Array(0);
  private sawInput = false;
  /** Feeding the text of `resumingAt`: its values are not the input's items. */
  private replaying = false;

  private readonly token: Parser['TokenType'];

  /** A reader; `loadStreamingParser` must have been awaited. */
  constructor(private readonly sink: ItemSink) {
    if (parserModule === undefined) throw new Error('the streaming parser is not loaded (await loadStreamingParser() first)');
    const { Tokenizer, TokenType } = parserModule;
    this.token = TokenType;
    this.tokenizer = new Tokenizer({ stringBufferSize: 64 * 1024, numberBufferSize: 64 });
    this.tokenizer.onToken = (token) => this.onToken(token);
    this.tokenizer.onError = (error) => {
      throw error;
    };
    this.listParser = this.tokenParser(['$.*'], () => 'list');
    this.documentParser = this.tokenParser(['$'], () => (this.wasPage ? undefined : 'document'));
    this.entryParser = this.tokenParser(['$.*'], () => 'page');
    this.parser = this.documentParser;
  }

  /**
   * A reader that takes over the same input from another at `at`, once
   * `replay` (JSON text whose values are no items) has put it where the input
   * is there: `'['` at a list's first item, `'[{},'` at a later one, `'[{}'`
   * after an item, `'[]'` after the list. Places stay the input's own.
   */
  static resumingAt(sink: ItemSink, at: Place, replay: string): ItemReader {
    const reader = new ItemReader(sink);
    reader.encoding = 'utf-8';
    reader.replaying = true;
    try {
      if (replay !== '') reader.tokenizer.write(replay);
    } finally {
      reader.replaying = false;
    }
    reader.fed = replay.length;
    reader.chunkStart = replay.length;
    reader.offsetShift = at.byte - replay.length;
    reader.lines = at.line - 1;
    reader.linesBeforeChunk = at.line - 1;
    return reader;
  }

  /** Whether any input other than white space came. */
  get empty(): boolean {
    return !this.sawInput;
  }

  /** Bytes read so far. */
  get bytesRead(): number {
    return this.fed + this.offsetShift;
  }

  write(bytes: Uint8Array): void {
    if (this.encoding === undefined) {
      this.head = concat(this.head, bytes);
      if (this.head.length >= 4) this.feed(this.startEncoding(this.head));
      return;
    }
    if (this.encoding !== 'utf-8') {
      bytes = Buffer.from(this.utf16?.decode(bytes, { stream: true }) ?? '', 'utf8');
    } else this.checkUtf8(bytes);
    this.feed(bytes);
  }

  end(): void {
    if (this.encoding === undefined) this.feed(this.startEncoding(this.head));
    else if (this.encoding !== 'utf-8') this.feed(Buffer.from(this.utf16?.decode() ?? '', 'utf8'));
    // A sequence cut by the end, in a short input too (whose encoding was just picked).
    if (this.utf8Carry.length > 0) throw new InputProblem('bytes that are not UTF-8 (a binary file?)', this.placeOf(this.fed));
    try {
      this.tokenizer.end();
    } catch (error) {
      throw this.problemOf(error, true);
    }
    if (this.depth > 0) throw new InputProblem('the end of the input inside a value', this.placeOf(this.fed), true);
  }

  private tokenParser(paths: string[], topLevel: () => TopLevel | undefined): TokenParser {
    const parser = new (parserModule as Parser).TokenParser({ paths, keepStack: false, separator: '' });
    parser.onValue = ({ value }: ParsedElementInfo) => {
      const from = topLevel();
      this.itemStart = this.lastOffset;
      if (from === undefined || this.replaying) return;
      try {
        this.sink.item(value, from);
      } catch (error) {
        // Not the input's fault: passed through the tokenizer untouched.
        throw new SinkFailure(error);
      }
    };
    parser.onError = (error) => {
      throw error;
    };
    return parser;
  }

  /** Picks the encoding from the first bytes (RFC 8259 and RFC 4627's pattern of zero bytes); returns the bytes to feed. */
  private startEncoding(head: Uint8Array): Uint8Array {
    const [a, b, c, d] = head;
    if (a === 0xef && b === 0xbb && c === 0xbf) {
      this.encoding = 'utf-8';
      this.offsetShift = 3;
      const rest = head.subarray(3);
      this.checkUtf8(rest);
      return rest;
    }
    if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) {
      this.encoding = a === 0xff ? 'utf-16le' : 'utf-16be';
      this.utf16 = new TextDecoder(this.encoding, { ignoreBOM: false });
      return Buffer.from(this.utf16.decode(head, { stream: true }), 'utf8');
    }
    if (head.length >= 4 && (a === 0 || b === 0 || c === 0 || d === 0)) {
      if (a !== 0 && b === 0 && c !== 0 && d === 0) this.encoding = 'utf-16le';
      else if (a === 0 && b !== 0 && c === 0 && d !== 0) this.encoding = 'utf-16be';
      else throw new InputProblem('zero bytes where text should be (UTF-32, or a binary file?)', { byte: 0, line: 1 });
      this.utf16 = new TextDecoder(this.encoding);
      return Buffer.from(this.utf16.decode(head, { stream: true }), 'utf8');
    }
    this.encoding = 'utf-8';
    this.checkUtf8(head);
    return head;
  }

  /** Fails at the first byte that is not UTF-8; a sequence cut by the chunk's end is checked with the next chunk. */
  private checkUtf8(bytes: Uint8Array): void {
    const joined = this.utf8Carry.length > 0 ? concat(this.utf8Carry, bytes) : bytes;
    const cut = cutSequenceStart(joined);
    const whole = joined.subarray(0, cut);
    if (!isUtf8(whole)) {
      const start = this.fed - this.utf8Carry.length;
      throw new InputProblem('bytes that are not UTF-8 (a binary file?)', this.placeInBytes(whole, start, firstInvalidUtf8(whole)));
    }
    this.utf8Carry = joined.slice(cut);
  }

  private feed(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.chunk = bytes;
    this.chunkStart = this.fed;
    this.linesBeforeChunk = this.lines;
    this.fed += bytes.length;
    this.lines += countNewlines(bytes);
    this.endsWithNewline = bytes[bytes.length - 1] === 10;
    try {
      this.tokenizer.write(bytes);
    } catch (error) {
      throw this.problemOf(error, false);
    }
    // One value still open past the limit (a string of gigabytes): stop before it fills memory.
    const openSince = this.depth === 0 ? Math.max(this.itemStart, this.lastOffset) : this.itemStart;
    if (this.fed - openSince > maxItemBytes) this.tooLarge(openSince, this.fed);
  }

  private tooLarge(start: number, at: number): never {
    throw new InputProblem(
      `a value of more than ${maxItemBytes / 1024 / 1024} MiB from byte ${start + (this.encoding === 'utf-8' ? this.offsetShift : 0)} (one item may be at most that)`,
      this.placeOf(at),
    );
  }

  private onToken(info: ParsedTokenInfo): void {
    const { token } = info;
    const TokenType = this.token;
    this.lastOffset = info.offset;
    this.sawInput = true;
    if (this.depth === 0) {
      // A new top-level value: a list, or a document (which may turn out to be a page).
      this.itemStart = info.offset;
      this.parser = token === TokenType.LEFT_BRACKET ? this.listParser : this.documentParser;
      this.wasPage = false;
      this.inPage = false;
    } else if (info.offset - this.itemStart > maxItemBytes) this.tooLarge(this.itemStart, info.offset);

    if (token === TokenType.LEFT_BRACE || token === TokenType.LEFT_BRACKET) {
      const pageStarts = token === TokenType.LEFT_BRACKET && this.depth === 1 && this.afterValueKey && this.parser === this.documentParser;
      this.afterValueKey = false;
      this.depth += 1;
      if (this.depth > maxDepth)
        throw new InputProblem(`values nested more than ${maxDepth} deep (the most a Batch document needs is about 10)`, this.placeOf(info.offset));
      if (this.depth === 1) this.expectingKey = token === TokenType.LEFT_BRACE;
      if (pageStarts) {
        // The envelope sees an empty `value` array; the entries parser sees the array with its entries.
        this.inPage = true;
        this.wasPage = true;
        this.documentParser.write(info);
        this.itemStart = info.offset;
        this.entryParser.write(info);
        return;
      }
    } else if (token === TokenType.RIGHT_BRACE || token === TokenType.RIGHT_BRACKET) {
      this.afterValueKey = false;
      if (this.inPage && this.depth === 2) {
        this.entryParser.write(info);
        this.inPage = false;
        this.depth -= 1;
        this.documentParser.write(info);
        return;
      }
      this.depth -= 1;
    } else if (this.depth === 1 && this.parser === this.documentParser && !this.inPage) {
      // Keys of a top-level object, to find a page's `value` array.
      if (token === TokenType.STRING && this.expectingKey) {
        this.lastKey = info.value as string;
        this.expectingKey = false;
      } else if (token === TokenType.COMMA) this.expectingKey = true;
      this.afterValueKey = token === TokenType.COLON && this.lastKey === 'value';
    } else this.afterValueKey = false;

    (this.inPage ? this.entryParser : this.parser).write(info);
  }

  /** An error of the tokenizer or of a parser as an `InputProblem` at its place; the sink's own errors are thrown as they are. */
  private problemOf(error: unknown, atEnd: boolean): InputProblem {
    if (error instanceof SinkFailure) throw error.cause;
    if (error instanceof InputProblem) return error;
    const message = error instanceof Error ? error.message : String(error);
    if (atEnd || /ended in the middle|ended in mid|Unexpected end/i.test(message))
      return new InputProblem('the end of the input inside a value', this.placeOf(this.fed), true);
    const absolute = /absolute position "(\d+)"/.exec(message)?.[1];
    if (absolute !== undefined) {
      const offset = Number(absolute);
      const byte = this.chunk[offset - this.chunkStart];
      return new InputProblem(`${describeByte(byte, this.chunk, offset - this.chunkStart)}, which JSON does not allow there`, this.placeOf(offset));
    }
    // A parser's grammar error (a missing comma or colon): the token it was given is the place.
    const what = /Unexpected (\w+) \(("(?:[^"\\]|\\.)*"|[^)]*)\)/.exec(message);
    const found = what ? `${what[2]} (${what[1]?.toLowerCase().replace(/_/g, ' ')}), which JSON does not allow there` : 'text JSON cannot read';
    return new InputProblem(found, this.placeOf(this.lastOffset));
  }

  /** The place of an offset in the current chunk, or at the end of what was fed (the line of the last character then). */
  private placeOf(offset: number): Place {
    const byte = this.encoding === 'utf-8' ? offset + this.offsetShift : offset;
    if (offset >= this.fed) return { byte, line: Math.max(1, this.lines + (this.endsWithNewline ? 0 : 1)) };
    const within = Math.max(0, Math.min(offset - this.chunkStart, this.chunk.length));
    return { byte, line: this.linesBeforeChunk + countNewlines(this.chunk.subarray(0, within)) + 1 };
  }

  /** The place of an offset in bytes not fed yet (the UTF-8 check runs first): `bytes` start at `start`, which may be before `fed` (a carried sequence). */
  private placeInBytes(bytes: Uint8Array, start: number, index: number): Place {
    const carried = this.fed - start;
    return { byte: start + index + this.offsetShift, line: this.lines + countNewlines(bytes.subarray(Math.max(0, carried), Math.max(carried, index))) + 1 };
  }
}

/** An error of the sink, carried through the tokenizer's error handling as it is. */
class SinkFailure extends Error {
  constructor(override readonly cause: unknown) {
    super('the sink failed');
  }
}

/** Where a UTF-8 sequence that may go on in the next chunk starts at the end of `bytes` (its length when none is cut). */
export function cutSequenceStart(bytes: Uint8Array): number {
  // Back up over the lead of a sequence that may continue in the next chunk (at most 3 bytes).
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const byte = bytes[bytes.length - back] ?? 0;
    if (byte < 0x80) break;
    if (byte >= 0xc0) {
      const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return length > back ? bytes.length - back : bytes.length;
    }
  }
  return bytes.length;
}

function concat(left: Uint8Array, right: Uint8Array): Uint8Array {
  const joined = new Uint8Array(left.length + right.length);
  joined.set(left, 0);
  joined.set(right, left.length);
  return joined;
}

function countNewlines(bytes: Uint8Array): number {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  let count = 0;
  for (let at = buffer.indexOf(10); at !== -1; at = buffer.indexOf(10, at + 1)) count += 1;
  return count;
}

/** The index of the first byte that makes the bytes not UTF-8: the start of the first sequence that is not a whole character. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let at = 0;
  while (at < bytes.length) {
    const lead = bytes[at] ?? 0;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    // `isUtf8` judges the sequence itself (overlong forms, surrogates, a cut or a wrong continuation byte).
    if (length === 0 || !isUtf8(bytes.subarray(at, at + length))) return at;
    at += length;
  }
  return at;
}

/** A byte as it fits "found …": a character shown as JSON writes it, or its value in hex. */
function describeByte(byte: number | undefined, chunk: Uint8Array, index: number): string {
  if (byte === undefined) return 'text JSON cannot read';
  if (byte >= 0x20 && byte < 0x7f) return JSON.stringify(String.fromCharCode(byte));
  if (byte < 0x20 || byte === 0x7f) return `the control character ${JSON.stringify(String.fromCharCode(byte))}`;
  const text = Buffer.from(chunk.subarray(index, index + 4))
    .toString('utf8')
    .slice(0, 1);
  return JSON.stringify(text);
}
