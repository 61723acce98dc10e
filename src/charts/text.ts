/**
 * Text width estimates for layout before the chart is in a page (no measuring in Node or in a
 * detached tree). They err wide, so text given the estimated room does not collide.
 */

const WIDE = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Estimated advance of `text` in ems: CJK characters are 1 em, Latin letters and digits about 0.6. */
export function textWidthEm(text: string): number {
  let width = 0;
  for (const char of text) {
    if (WIDE.test(char)) width += 1;
    else if (char === ' ') width += 0.3;
    else if (/[A-Z%@MW]/.test(char)) width += 0.72;
    else if (/[ilj.,:;'|!·()]/.test(char)) width += 0.32;
    else width += 0.6;
  }
  return width;
}

// Punctuation that may not begin a line in Chinese typesetting.
const NO_BREAK_BEFORE = /^[）)」』”’。，、；：！？…%》〉]/u;

/**
 * Splits `text` into lines no wider than `maxEm`, breaking at spaces or between CJK characters,
 * never putting closing punctuation at the start of a line (it takes the character before it along).
 */
export function wrapText(text: string, maxEm: number): string[] {
  const tokens =
    text.match(
      /[\u1100-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]|[^\s\u1100-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]+\s*|\s+/gu,
    ) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line && textWidthEm((line + token).trimEnd()) > maxEm) {
      const chars = [...line];
      const carried = NO_BREAK_BEFORE.test(token) && chars.length > 1 ? chars[chars.length - 1] : '';
      lines.push((carried ? line.slice(0, -carried.length) : line).trimEnd());
      line = carried + token.trimStart();
    } else {
      line += token;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
