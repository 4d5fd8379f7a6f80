/**
 * What the command writes to the terminal carries no control of it: control
 * characters (C0, DEL, C1), bidirectional overrides and line separators that
 * come with the input are shown escaped, in text and in JSON alike.
 */

/** Characters escaped wherever they come from the input: C0 controls, DEL, C1 controls, bidi controls, line and paragraph separators. */
const unsafe = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** The same without the C0 controls, which `JSON.stringify` already escapes. */
const unsafeInJson = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const named: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A character as JSON would escape it (`\u001b`). */
function escaped(character: string): string {
  return named[character] ?? `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** Text from the input, one line's worth: every control character, new lines included, written as an escape. */
export function escapeText(text: string): string {
  return text.replace(unsafe, escaped);
}

/** Text this command formatted: each line escaped, the line breaks kept. */
export function escapeLines(text: string): string {
  return text.split('\n').map(escapeText).join('\n');
}

/** JSON with the characters it leaves raw (C1, bidi controls, U+2028/U+2029) escaped too; still the same JSON value. */
export function escapeJson(json: string): string {
  return json.replace(unsafeInJson, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A copy of a value read from the input with every string escaped (`escapeText`), so a new line in an id cannot start a line of its own. */
export function escapeStrings<T>(value: T, depth = 0): T {
  if (typeof value === 'string') return escapeText(value) as T;
  if (typeof value !== 'object' || value === null || depth > 32) return value;
  if (Array.isArray(value)) return value.map((entry) => escapeStrings(entry, depth + 1)) as T;
  const copy: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) copy[key] = escapeStrings(entry, depth + 1);
  return copy as T;
}

/** Output gathered into large writes, each awaited (a pipe that is read slowly holds the command back, not its memory). */
export class Output {
  private pending: string[] = [];
  private size = 0;

  constructor(private readonly write: (text: string) => void | Promise<void>) {}

  /** Adds text; writes when enough has gathered. */
  async add(text: string): Promise<void> {
    this.pending.push(text);
    this.size += text.length;
    if (this.size >= 64 * 1024) await this.flush();
  }

  /** Writes what has gathered. */
  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const text = this.pending.join('');
    this.pending = [];
    this.size = 0;
    await this.write(text);
  }
}
