/**
 * Text width estimates for layout before the chart is in a page (no measuring in Node or in a
 * detached tree). They err wide, so text given the estimated room does not collide.
 */

const WIDE = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Estimated advance of `text` in ems: CJK characters are 1 em, digits 0.64 (as wide as common fonts' are), Latin letters about 0.6. */
export function textWidthEm(text: string): number {
  let width = 0;
  for (const char of text) {
    if (WIDE.test(char)) width += 1;
    else if (char === ' ') width += 0.3;
    else if (/\d/.test(char)) width += 0.64;
    else if (/[A-Z%@MW]/.test(char)) width += 0.72;
    else if (/[ilj.,:;'|!·()]/.test(char)) width += 0.32;
    else width += 0.6;
  }
  return width;
}

// Punctuation that may not begin a line in Chinese typesetting.
const NO_BREAK_BEFORE = /^[）)」』”’。，、；：！？…%》〉]/u;

/** Pieces of a word too wide for a line, each no wider than `maxEm` (a 300-letter name, a long number). */
function pieces(word: string, maxEm: number, widthOf: (text: string) => number): string[] {
  if (widthOf(word.trimEnd()) <= maxEm) return [word];
  const result: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && widthOf(piece + char) > maxEm) {
      result.push(piece);
      piece = '';
    }
    piece += char;
  }
  return [...result, piece];
}

/**
 * Splits `text` into lines no wider than `maxEm`, breaking at spaces or between CJK characters
 * (and inside a word too long for any line), never putting closing punctuation at the start of a
 * line (it takes the word or character before it along). With `maxLines`, the last line kept ends
 * in "…". `widthOf` gives a text's width in ems: estimated, unless the caller can measure.
 */
export function wrapText(text: string, maxEm: number, maxLines = Infinity, widthOf = textWidthEm): string[] {
  const tokens = (
    text.match(
      /[\u1100-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]|[^\s\u1100-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]+\s*|\s+/gu,
    ) ?? []
  ).flatMap((token) => pieces(token, maxEm, widthOf));
  const lines: string[] = [];
  let line: string[] = [];
  const joined = (parts: string[]) => parts.join('');
  for (const token of tokens) {
    if (line.length && widthOf(joined([...line, token]).trimEnd()) > maxEm) {
      const carried = NO_BREAK_BEFORE.test(token) && line.length > 1 ? line.slice(-1) : [];
      lines.push(joined(line.slice(0, line.length - carried.length)).trimEnd());
      line = [...carried, token.trimStart()];
    } else {
      line.push(token);
    }
  }
  if (joined(line).trim()) lines.push(joined(line).trimEnd());
  if (lines.length <= maxLines) return lines;
  return [...lines.slice(0, maxLines - 1), cutShort(lines[maxLines - 1], maxEm)];
}

const ELLIPSIS = '…';

/** `text` as it fits in `maxEm`: whole, or cut short and ended with "…" (the whole text is in the tooltip and the table). */
export function fitText(text: string, maxEm: number): string {
  return textWidthEm(text) <= maxEm ? text : cutShort(text, maxEm);
}

/** As much of `text` as fits in `maxEm` with "…" after it. */
function cutShort(text: string, maxEm: number): string {
  let kept = '';
  for (const char of text) {
    if (textWidthEm(kept + char + ELLIPSIS) > maxEm) break;
    kept += char;
  }
  return kept + ELLIPSIS;
}
