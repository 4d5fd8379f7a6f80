/**
 * Checks on human-written text: characters that should never reach generated
 * code (bidi controls, control characters) and text damaged on its way into
 * the docs (mojibake). Each check returns what it found; callers report it.
 */

/** Bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069): "Trojan Source" characters. */
const bidiControlPattern = /[\u202a-\u202e\u2066-\u2069]/u;

/** C0 and C1 control characters, except tab (cells may hold tabs; they collapse to spaces). */
const controlCharacterPattern = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/u;

/**
 * Characters that bytes 0x80-0xBF become when UTF-8 is misread as Windows-1252:
 * the continuation bytes of a multi-byte sequence.
 */
const cp1252Continuation = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ\u00a0¡¢£¤¥¦§¨©ª«¬\u00ad®¯°±²³´µ¶·¸¹º»¼½¾¿';
const continuation = `[${cp1252Continuation}]`;

/** A lead byte (Â-ß, à-ï, ð-ô as Windows-1252) followed by as many continuation bytes as it announces. */
const mojibakePattern = new RegExp(`[\u00c2-\u00df]${continuation}|[\u00e0-\u00ef]${continuation}{2}|[\u00f0-\u00f4]${continuation}{3}`, 'u');

export interface CharacterFinding {
  /** Offset in the text (UTF-16 code units). */
  index: number;
  /** What was found, for the message: `U+202E` or the mojibake sequence. */
  found: string;
}

export function findBidiControl(text: string): CharacterFinding | undefined {
  return findCodePoint(text, bidiControlPattern);
}

export function findControlCharacter(text: string): CharacterFinding | undefined {
  return findCodePoint(text, controlCharacterPattern);
}

export function findMojibake(text: string): CharacterFinding | undefined {
  const match = mojibakePattern.exec(text);
  return match ? { index: match.index, found: match[0] } : undefined;
}

function findCodePoint(text: string, pattern: RegExp): CharacterFinding | undefined {
  const match = pattern.exec(text);
  if (!match) return undefined;
  const codePoint = match[0].codePointAt(0) ?? 0;
  return { index: match.index, found: `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}` };
}

/** Sentence-ending punctuation across the docs' languages. */
const finalPunctuation = /[.!?。！？．]$/u;

export function endsWithFullStop(text: string): boolean {
  return finalPunctuation.test(text);
}

/** The whitespace-delimited word of `text` around `index`: what a problem at that character is about. */
export function wordAround(text: string, index: number): string {
  const start = text.lastIndexOf(' ', index) + 1;
  const end = text.indexOf(' ', index);
  return text.slice(start, end === -1 ? undefined : end).slice(0, 80);
}
