/**
 * A report file's bytes as text, for the editor and the command line alike: UTF-8 (with or without
 * a BOM), UTF-16 (little- or big-endian, with or without a BOM) and GB 18030 (with GBK and GB 2312,
 * as many Chinese government sites still serve their pages) are read; Big5 and files that are not
 * text (a PDF, a Word document, a picture) are refused, so that nothing garbled is ever extracted.
 * No DOM: `TextDecoder` exists in Node and in browsers.
 */
import { withoutStrayCharacters } from './report-text.js';

/** The largest report read, in bytes (20 MB): a year's report is tens of kilobytes, and a larger file would hold the page or the command for long. */
export const REPORT_LIMIT_BYTES = 20 * 1024 * 1024;

export type ReportEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** A file's text and the encoding it was read in, or why it is not read. */
export type DecodedReport = { text: string; encoding: ReportEncoding } | { refused: 'big5' | 'binary' };

/** The size of `text` in UTF-8 bytes, to hold a pasted report to the same limit as a file. */
export function utf8Size(text: string): number {
  let size = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) size += 1;
    else if (unit < 0x800) size += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      size += 4;
      i++;
    } else size += 3;
  }
  return size;
}

/** The file's text, or why it cannot be read as a report (see the module's comment). */
export function decodeReport(bytes: Uint8Array): DecodedReport {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return textOrBinary(decode('utf-8', bytes) ?? decode('utf-8', bytes, false), 'utf-8');
  if (startsWith(bytes, [0xff, 0xfe])) return textOrBinary(decode('utf-16le', bytes, false), 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return textOrBinary(decode('utf-16be', bytes, false), 'utf-16be');
  const utf16 = utf16WithoutBom(bytes, false);
  if (utf16) return utf16;
  const utf8 = decode('utf-8', bytes);
  if (utf8 !== undefined) return textOrBinary(utf8, 'utf-8');
  // Chinese text in UTF-16 with no BOM and (nearly) no ASCII, no digit, no line break, has (nearly) no zero bytes to tell it by.
  const wideOnly = utf16WithoutBom(bytes, true);
  if (wideOnly) return wideOnly;
  if (looksLikeBig5(bytes)) return { refused: 'big5' };
  const gb = decode('gb18030', bytes);
  return gb === undefined ? { refused: 'binary' } : textOrBinary(gb, 'gb18030');
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** The bytes decoded, or undefined when they are not valid in `encoding` (fatal decoding). A leading BOM is taken away. */
function decode(encoding: ReportEncoding | 'big5', bytes: Uint8Array, fatal = true): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Text with a few stray characters is text (they are dropped as it is read); with many, it is a
 * binary file's bytes. Word's line breaks (U+000B) are text's, however many a short report has.
 */
function textOrBinary(text: string | undefined, encoding: ReportEncoding): DecodedReport {
  if (text === undefined || withoutStrayCharacters(text.replace(/\v/g, '')).dropped > text.length * 0.02) return { refused: 'binary' };
  return { text, encoding };
}

/** What a report's characters are: ASCII text, Latin-1 and general punctuation, CJK punctuation and ideographs, full-width forms. */
function isTextLike(unit: number): boolean {
  return (
    unit === 0x09 ||
    unit === 0x0a ||
    unit === 0x0d ||
    (unit >= 0x20 && unit <= 0x7e) ||
    (unit >= 0xa0 && unit <= 0xff) ||
    (unit >= 0x2000 && unit <= 0x206f) ||
    (unit >= 0x2460 && unit <= 0x25ff) ||
    (unit >= 0x3000 && unit <= 0x30ff) ||
    (unit >= 0x3200 && unit <= 0x32ff) ||
    (unit >= 0x4e00 && unit <= 0x9fff) ||
    (unit >= 0xff00 && unit <= 0xffef)
  );
}

/** The share of `text`'s UTF-16 code units that a report's text is made of. */
function textLikeShare(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (isTextLike(text.charCodeAt(i))) count++;
  return text.length === 0 ? 0 : count / text.length;
}

/**
 * UTF-16 with no BOM. Its ASCII characters (digits, line breaks) have a zero byte, all on the same
 * side of each pair: odd offsets in little-endian, even in big-endian, which no UTF-8 or GB 18030
 * text has. With `wideOnly` (bytes that are no UTF-8), a text is taken as UTF-16 when nearly every
 * character it then reads as is a report's (ideographs, CJK punctuation); GB 18030 and UTF-8 bytes
 * read that way are Hangul, private-use and surrogate code points instead.
 */
function utf16WithoutBom(bytes: Uint8Array, wideOnly: boolean): DecodedReport | undefined {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return undefined;
  let zerosEven = 0;
  let zerosOdd = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) i % 2 === 0 ? zerosEven++ : zerosOdd++;
  const pairs = bytes.length / 2;
  const candidates: ReportEncoding[] = wideOnly
    ? ['utf-16le', 'utf-16be']
    : zerosOdd >= pairs * 0.02 && zerosEven <= zerosOdd * 0.1
      ? ['utf-16le']
      : zerosEven >= pairs * 0.02 && zerosOdd <= zerosEven * 0.1
        ? ['utf-16be']
        : [];
  for (const encoding of candidates) {
    const text = decode(encoding, bytes);
    if (text !== undefined && textLikeShare(text) >= (wideOnly ? 0.98 : 0.9)) return { text, encoding };
  }
  return undefined;
}

/**
 * Big5 (traditional characters, as Taiwan and Hong Kong write them), which GB 18030 would read
 * without an error but as other characters. A simplified report's two-byte characters are nearly
 * all in GB 2312's rows (both bytes 0xA1 and over); about half of Big5's second bytes are below
 * 0xA1.
 */
function looksLikeBig5(bytes: Uint8Array): boolean {
  let pairs = 0;
  let gb2312 = 0;
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    const trail = bytes[i + 1] ?? 0;
    pairs++;
    if (lead >= 0xa1 && lead <= 0xf7 && trail >= 0xa1 && trail <= 0xfe) gb2312++;
    i += 2;
  }
  return pairs >= 4 && gb2312 < pairs * 0.8 && decode('big5', bytes) !== undefined;
}
