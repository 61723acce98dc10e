/**
 * The characters a file cannot hold, and what a dataset's text may not hold. XML 1.0 — an SVG, every
 * part of a PowerPoint file — has no place for the C0 controls other than tab, line feed and carriage
 * return, nor for U+FFFE and U+FFFF; half of a surrogate pair cannot be written as UTF-8 at all. One
 * such character makes a picture that no browser decodes and a deck that office programs refuse.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: what XML 1.0 cannot hold
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/gu;
/** Tab, line feed and carriage return: XML holds them, but a name or a title is one line. */
const LINE_BREAKS = new Set([0x09, 0x0a, 0x0d]);

/**
 * `text` as every file writer puts it in a file (SVG, PNG through its SVG, CSV, PowerPoint, the
 * printed page): a vertical tab or form feed (what a line break copied from Word can leave) becomes
 * a space, every other character XML 1.0 or UTF-8 cannot hold is dropped. Text without one comes
 * back as it is.
 * @example xmlText('第一行\u000B第二行') // '第一行 第二行'
 */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, (character) => (character === '\u000B' || character === '\u000C' ? ' ' : ''));
}

/** What a character is, for saying why it cannot be used. */
export type CharacterKind = 'control' | 'noncharacter' | 'surrogate';

/** A character a text may not hold: its code (`U+000B`), its place counted in characters from 1, and what it is. */
export interface ForbiddenCharacter {
  code: string;
  at: number;
  kind: CharacterKind;
}

/**
 * The first character of `text` that a dataset may not hold, if any: a control character
 * (U+0000–U+001F, U+007F), U+FFFE or U+FFFF, or half of a surrogate pair. Tab, line feed and
 * carriage return only where `lineBreaks` allows them (a quote keeps the report's words as copied).
 */
export function forbiddenCharacter(text: string, { lineBreaks = false }: { lineBreaks?: boolean } = {}): ForbiddenCharacter | undefined {
  let at = 0;
  // Code points: an emoji is one character, a lone surrogate one too.
  for (const character of text) {
    at++;
    const code = character.codePointAt(0) ?? 0;
    const kind = kindOf(code);
    if (!kind || (lineBreaks && LINE_BREAKS.has(code))) continue;
    return { code: `U+${code.toString(16).toUpperCase().padStart(4, '0')}`, at, kind };
  }
  return undefined;
}

function kindOf(code: number): CharacterKind | undefined {
  if (code <= 0x1f || code === 0x7f) return 'control';
  if (code === 0xfffe || code === 0xffff) return 'noncharacter';
  if (code >= 0xd800 && code <= 0xdfff) return 'surrogate';
  return undefined;
}
