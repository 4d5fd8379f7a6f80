/**
 * The fast lane for the list `az … list -o json` prints: `[`, then objects
 * that each open and close at one indentation, one line apart from the next.
 * JSON allows no raw line break inside a string, so a line that holds a `}` at
 * the indentation its item opened with is a place where the item may end;
 * `JSON.parse` decides whether it does (a nested `}` there leaves text that
 * does not parse). Items that parse, between `[`, commas and `]`, are exactly
 * the elements the streaming parser reads there, at a third of its cost.
 *
 * At the first byte this lane does not read (another shape, anything JSON
 * does not allow, an item past its window or nested past the limit), the
 * streaming `ItemReader` takes over at that byte, in the state the input is in
 * there: every problem is named by the streaming reader, at its own place.
 */
import { isUtf8 } from 'node:buffer';
import { depthOf, type ItemSink, maxDepth, type Place } from './input.js';
import { cutSequenceStart, ItemReader } from './json-stream.js';

/** The most bytes this lane holds while looking for an item's end; a longer item (or run of white space) streams. */
const windowBytes = 1024 * 1024;

/** Candidate ends tried for one item before it is left to the streaming reader (a nested `}` at the item's indentation). */
const attemptsPerItem = 8;

// The bytes this lane looks at.
const tab = 0x09;
const newline = 0x0a;
const carriageReturn = 0x0d;
const space = 0x20;
const comma = 0x2c;
const leftBracket = 0x5b;
const rightBracket = 0x5d;
const leftBrace = 0x7b;
const rightBrace = 0x7d;
const colon = 0x3a;

/**
 * Where the lane is: before the list (`start`), after `[` (`first`), after a
 * comma (`next`), after an item (`afterItem`), after `]` (`closed`).
 */
type Position = 'start' | 'first' | 'next' | 'afterItem' | 'closed';

/**
 * What the streaming reader is fed first to stand where the lane stood (see
 * `ItemReader.resumingAt`). Once an item held a string, number or literal, the
 * replay holds one too: @streamparser/json skips a byte order mark until it has
 * read one, and the reader taken over from must meet a later mark as the
 * streaming reader alone would.
 */
const replayAt = {
  withoutScalar: { first: '[', next: '[{},', afterItem: '[{}', closed: '[]' },
  withScalar: { first: '[', next: '["",', afterItem: '[""', closed: '[""]' },
} as const;

/** Reads chunks of bytes (`write`) and then the end (`end`), calling `sink.item` for each item; throws `InputProblem`. */
export class ListLaneReader {
  private streaming: ItemReader | undefined;
  private position: Position = 'start';
  /** Bytes not read yet; `pending[0]` is at `pendingStart` of the input, after `linesBefore` line breaks. */
  private pending: Buffer = Buffer.alloc(0);
  /** Where in `pending` the chunks it was written in ended: a hand-over writes them as they came. */
  private chunkEnds: number[] = [];
  /** Bytes of a UTF-8 sequence cut by the last chunk's end, checked with the next chunk. */
  private utf8Carry: Buffer = Buffer.alloc(0);
  /** An item read so far held a string, number or literal. */
  private sawScalar = false;
  private pendingStart = 0;
  private linesBefore = 0;
  /** The item being looked for: the line break and indentation it must close at, and where to look next. */
  private closer: Buffer | undefined;
  private searchFrom = 0;
  private attempts = 0;
  /** `end` came: fewer than four bytes are all there is. */
  private ending = false;

  constructor(private readonly sink: ItemSink) {}

  /** Whether any input other than white space came. */
  get empty(): boolean {
    return this.streaming === undefined ? this.position === 'start' : this.streaming.empty;
  }

  write(bytes: Uint8Array): void {
    if (this.streaming !== undefined) {
      this.streaming.write(bytes);
      return;
    }
    const chunk = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    // The streaming reader checks a chunk's UTF-8 before reading any of it: a chunk that is not UTF-8 is its to name, whole.
    const joined = this.utf8Carry.length > 0 ? Buffer.concat([this.utf8Carry, chunk]) : chunk;
    const cut = cutSequenceStart(joined);
    if (!isUtf8(joined.subarray(0, cut))) {
      this.handOver(0).write(chunk);
      return;
    }
    this.utf8Carry = joined.subarray(cut);
    if (this.pending.length > 0) this.chunkEnds.push(this.pending.length);
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    this.read();
  }

  end(): void {
    if (this.streaming === undefined) {
      this.ending = true;
      this.read();
    }
    if (this.streaming === undefined) {
      // Anything but a closed list and white space (a cut list, nothing at all) is the streaming reader's to name.
      if (this.position === 'closed' && skipWhiteSpace(this.pending, 0) === this.pending.length) return;
      this.handOver(0);
    }
    this.streaming?.end();
  }

  private read(): void {
    const bytes = this.pending;
    let at = 0;
    for (;;) {
      const next = skipWhiteSpace(bytes, at);
      if (next === bytes.length) break;
      const byte = bytes[next];
      if (this.position === 'start') {
        // The streaming reader tells encodings apart by the first four bytes: this lane reads only what it would read as UTF-8.
        if (bytes.length < 4 && !this.ending) break;
        if (byte !== leftBracket || bytes.subarray(0, 4).includes(0)) {
          this.handOver(at);
          return;
        }
        this.position = 'first';
        at = next + 1;
      } else if (this.position === 'afterItem') {
        if (byte === comma) this.position = 'next';
        else if (byte === rightBracket) this.position = 'closed';
        else {
          this.handOver(at);
          return;
        }
        at = next + 1;
      } else if (this.position === 'first' && byte === rightBracket) {
        this.position = 'closed';
        at = next + 1;
      } else if (this.position === 'closed' || byte !== leftBrace) {
        this.handOver(at);
        return;
      } else {
        const end = this.itemEnd(bytes, at, next);
        if (end === undefined) break;
        if (end === 'stream') {
          this.handOver(at);
          return;
        }
        at = end;
        this.position = 'afterItem';
        this.sawScalar ||= holdsScalar(bytes, next, end);
      }
    }
    this.consume(at);
    if (this.pending.length > windowBytes) this.handOver(0);
  }

  /**
   * Reads the item whose `{` is at `open` (white space from `from`): the
   * offset after it once it is given to the sink, `undefined` when more bytes
   * are needed, `'stream'` when it is the streaming reader's.
   */
  private itemEnd(bytes: Buffer, from: number, open: number): number | 'stream' | undefined {
    if (this.closer === undefined) {
      const indentation = indentationBefore(bytes, from, open);
      if (indentation === undefined) return 'stream';
      this.closer = Buffer.from(`\n${indentation}}`, 'latin1');
      this.searchFrom = open;
      this.attempts = 0;
    }
    for (;;) {
      const found = bytes.indexOf(this.closer, this.searchFrom);
      if (found === -1) {
        // Look again from where a closer cut by the chunk's end may start.
        this.searchFrom = Math.max(open, bytes.length - this.closer.length + 1);
        return undefined;
      }
      const end = found + this.closer.length;
      // An item longer than the window streams, as one arriving in many chunks does.
      if (end - open > windowBytes) return 'stream';
      this.searchFrom = end;
      const value = parseItem(bytes.subarray(open, end));
      if (value !== unparsed) {
        this.closer = undefined;
        this.sink.item(value, 'list');
        return end;
      }
      this.attempts += 1;
      if (this.attempts >= attemptsPerItem) return 'stream';
    }
  }

  /** Drops the bytes before `at`, counting their line breaks. */
  private consume(at: number): void {
    if (at === 0) return;
    this.linesBefore += countLineBreaks(this.pending, 0, at);
    this.pendingStart += at;
    this.searchFrom -= at;
    this.pending = this.pending.subarray(at);
    this.chunkEnds = this.chunkEnds.map((chunkEnd) => chunkEnd - at).filter((chunkEnd) => chunkEnd > 0);
  }

  /** Gives the streaming reader everything from `at` of what is pending, standing where the lane stands. */
  private handOver(at: number): ItemReader {
    this.consume(at);
    const place: Place = { byte: this.pendingStart, line: this.linesBefore + 1 };
    // Before the list nothing was read: the streaming reader starts from the first byte and sniffs the encoding itself.
    const replay = this.position === 'start' ? undefined : replayAt[this.sawScalar ? 'withScalar' : 'withoutScalar'][this.position];
    const streaming = replay === undefined ? new ItemReader(this.sink) : ItemReader.resumingAt(this.sink, place, replay);
    this.streaming = streaming;
    const rest = this.pending;
    const ends = [...this.chunkEnds, rest.length];
    this.pending = Buffer.alloc(0);
    this.chunkEnds = [];
    this.closer = undefined;
    let start = 0;
    for (const chunkEnd of ends) {
      streaming.write(rest.subarray(start, chunkEnd));
      start = chunkEnd;
    }
    return streaming;
  }
}

/** Returned by `parseItem` for text that is not one JSON value this lane may give out. */
const unparsed: unique symbol = Symbol('unparsed');

/** One item's text as its value, or `unparsed` when it is not UTF-8, not JSON, or nests past the limit. */
function parseItem(text: Buffer): unknown {
  if (!isUtf8(text)) return unparsed;
  let value: unknown;
  try {
    value = JSON.parse(text.toString('utf8'));
  } catch {
    return unparsed;
  }
  // Within the list, an item may nest one level less than the limit. Fewer brackets than that (some may be in strings) bound its depth; more are measured.
  return openingsIn(text) < maxDepth || depthOf(value) < maxDepth ? value : unparsed;
}

/** Whether `bytes[from, to)` holds anything but brackets, commas, colons and white space: a string, number or literal. */
function holdsScalar(bytes: Buffer, from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const byte = bytes[at];
    if (
      byte !== leftBrace &&
      byte !== rightBrace &&
      byte !== leftBracket &&
      byte !== rightBracket &&
      byte !== comma &&
      byte !== colon &&
      byte !== space &&
      byte !== newline &&
      byte !== carriageReturn &&
      byte !== tab
    )
      return true;
  }
  return false;
}

/** How many `{` and `[` bytes `text` holds, stopping at `maxDepth`. */
function openingsIn(text: Buffer): number {
  let count = 0;
  for (const opening of [leftBrace, leftBracket]) {
    for (let at = text.indexOf(opening); at !== -1 && count < maxDepth; at = text.indexOf(opening, at + 1)) count += 1;
  }
  return count;
}

/** The spaces and tabs between the last line break in `bytes[from, open)` and `open`; `undefined` when the item shares its line with what is before it. */
function indentationBefore(bytes: Buffer, from: number, open: number): string | undefined {
  let start = open;
  while (start > from && (bytes[start - 1] === space || bytes[start - 1] === tab)) start -= 1;
  if (start === from || bytes[start - 1] !== newline) return undefined;
  return bytes.toString('latin1', start, open);
}

function skipWhiteSpace(bytes: Buffer, from: number): number {
  let at = from;
  for (; at < bytes.length; at++) {
    const byte = bytes[at];
    if (byte !== space && byte !== newline && byte !== carriageReturn && byte !== tab) break;
  }
  return at;
}

function countLineBreaks(bytes: Buffer, from: number, to: number): number {
  let count = 0;
  for (let at = bytes.indexOf(newline, from); at !== -1 && at < to; at = bytes.indexOf(newline, at + 1)) count += 1;
  return count;
}
