import { COUNT_UNIT } from '../data/numerals.js';

/**
 * Text width estimates for layout before the chart is in a page (no measuring in Node or in a
 * detached tree). They err wide, so text given the estimated room does not collide.
 */

const WIDE = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/**
 * Estimated advance of `text` in ems: CJK characters are 1 em, digits 0.64 (as wide as common
 * fonts' are), Latin letters about 0.6, the per cent sign 0.95 (DejaVu Sans's, what system-ui is
 * on many Linux desktops: the widest of the common fonts').
 */
export function textWidthEm(text: string): number {
  let width = 0;
  for (const char of text) {
    if (WIDE.test(char)) width += 1;
    else if (char === ' ') width += 0.3;
    else if (/\d/.test(char)) width += 0.64;
    else if (char === '%') width += 0.95;
    else if (/[A-Z@MW]/.test(char)) width += 0.72;
    else if (/[ilj.,:;'|!·()]/.test(char)) width += 0.32;
    else width += 0.6;
  }
  return width;
}

/** Characters set one to an em, each a place a line may break: Chinese, Japanese and Korean, and their punctuation. */
const CJK = '\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef';

/** A number with its mark, sign and unit (what reports count in, or a date's), which no line may break: "▼ −62", "−11.5%", "393件", "2024年", "1.28个百分点", "1564件次". */
export const FIGURE = new RegExp(`[▲▼●]?\\s?[+\\-−±]?\\d[\\d,.]*(?:${COUNT_UNIT}|[年月日天岁号])?`, 'u');

/** The pieces a text is laid out in: a figure (`FIGURE`) and the spaces after it; a CJK character; a word with the spaces after it; spaces. */
const ATOMS = new RegExp(`(?:${FIGURE.source})\\s*|[${CJK}]|[^\\s${CJK}]+\\s*|\\s+`, 'gu');

/** Closing punctuation, which may not begin a line (Chinese typesetting's 避头尾): it goes with what is before it. */
export const CLOSING_MARK = /[）)」』”’。，、；：！？…%》〉】〕\]}·,.;:!?]/u;
const CLOSING = new RegExp(`^${CLOSING_MARK.source}`, 'u');
/** Opening brackets and quotes, which may not end a line: they go with what comes after. */
export const OPENING_MARK = /[（(「『“‘《〈【〔[{]/u;
const OPENING = new RegExp(`${OPENING_MARK.source}$`, 'u');

/** The atoms of `text`, joined where no line may break: closing punctuation to what is before it, an opening bracket to what follows. */
function clusters(text: string): string[] {
  const result: string[] = [];
  let joinNext = false;
  for (const atom of text.match(ATOMS) ?? []) {
    if (result.length > 0 && (joinNext || CLOSING.test(atom))) result[result.length - 1] += atom;
    else result.push(atom);
    joinNext = OPENING.test(atom.trimEnd());
  }
  return result;
}

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
 * by the rules of Chinese typesetting: no closing punctuation at the start of a line, no opening
 * bracket at its end, and never inside a number with its sign and unit (only a piece too wide for
 * any line is cut). With `maxLines`, the last line kept ends in "…". `widthOf` gives a text's
 * width in ems: estimated, unless the caller can measure.
 */
export function wrapText(text: string, maxEm: number, maxLines = Infinity, widthOf = textWidthEm): string[] {
  const lines: string[] = [];
  let line = '';
  for (const cluster of clusters(text).flatMap((each) => pieces(each, maxEm, widthOf))) {
    if (line && widthOf((line + cluster).trimEnd()) > maxEm) {
      lines.push(line.trimEnd());
      line = cluster.trimStart();
    } else {
      line += cluster;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  return [...lines.slice(0, maxLines - 1), cutShort(lines[maxLines - 1], maxEm)];
}

/**
 * `text` in as many lines as `wrapText` needs at `maxEm`, each as long as the others as it can be (as CSS's
 * `text-wrap: balance`): a title never leaves one character alone on its last line (行政机关负责人出庭应诉 / 率 →
 * 行政机关负责 / 人出庭应诉率).
 */
export function wrapBalanced(text: string, maxEm: number, widthOf = textWidthEm): string[] {
  const lines = wrapText(text, maxEm, Infinity, widthOf);
  if (lines.length < 2) return lines;
  // The narrowest measure that still needs no more lines, to a hundredth of an em.
  let [low, high] = [widthOf(text) / lines.length, maxEm];
  while (high - low > 0.01) {
    const middle = (low + high) / 2;
    if (wrapText(text, middle, Infinity, widthOf).length > lines.length) low = middle;
    else high = middle;
  }
  return wrapText(text, high, Infinity, widthOf);
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
