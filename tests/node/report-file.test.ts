import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { extractReport, reasonText } from '../../src/extract/extract.js';
import { decodeReport, REPORT_LIMIT_BYTES, utf8Size } from '../../src/extract/report-file.js';
import { withoutStrayCharacters } from '../../src/extract/report-text.js';

const fixture = (path: string) => new Uint8Array(readFileSync(new URL(`../${path}`, import.meta.url)));
const report = readFileSync(new URL('../../data/reports/beiyang-2024.txt', import.meta.url), 'utf8');
const utf8 = new Uint8Array(Buffer.from(report, 'utf8'));
const utf16le = new Uint8Array(Buffer.from(report, 'utf16le'));
/** The same code units, each with its bytes the other way round. */
const swapped = (bytes: Uint8Array) => bytes.map((_, index) => bytes[index % 2 === 0 ? index + 1 : index - 1]);
const utf16be = swapped(utf16le);
const withBytes = (prefix: number[], bytes: Uint8Array) => new Uint8Array([...prefix, ...bytes]);

describe('decodeReport(bytes)', () => {
  it('reads UTF-8, with or without a BOM', () => {
    expect(decodeReport(utf8)).toEqual({ text: report, encoding: 'utf-8' });
    expect(decodeReport(withBytes([0xef, 0xbb, 0xbf], utf8))).toEqual({ text: report, encoding: 'utf-8' });
  });

  it('reads a short report with Word’s line breaks (U+000B) as text, however many it has', () => {
    const words = readFileSync(new URL('../fixtures/clerk/vt.txt', import.meta.url), 'utf8');
    expect(decodeReport(new Uint8Array(Buffer.from(words, 'utf8')))).toEqual({ text: words, encoding: 'utf-8' });
  });

  it('reads GB 18030 (a portal page saved as GBK)', () => {
    const gb = fixture('fixtures/encodings/beiyang-2024-gb18030.txt');
    expect(gb.length).toBeLessThan(utf8.length);
    expect(decodeReport(gb)).toEqual({ text: report, encoding: 'gb18030' });
  });

  it('reads UTF-16 little- and big-endian, with or without a BOM', () => {
    expect(decodeReport(withBytes([0xff, 0xfe], utf16le))).toEqual({ text: report, encoding: 'utf-16le' });
    expect(decodeReport(withBytes([0xfe, 0xff], utf16be))).toEqual({ text: report, encoding: 'utf-16be' });
    expect(decodeReport(utf16le)).toEqual({ text: report, encoding: 'utf-16le' });
    expect(decodeReport(utf16be)).toEqual({ text: report, encoding: 'utf-16be' });
  });

  it('reads UTF-16 without a BOM that has no ASCII character at all', () => {
    const words = '法治政府建设年度报告全年信访总量三百九十三条其中一百件来自热线';
    expect(decodeReport(new Uint8Array(Buffer.from(words, 'utf16le')))).toEqual({ text: words, encoding: 'utf-16le' });
    expect(decodeReport(swapped(new Uint8Array(Buffer.from(words, 'utf16le'))))).toEqual({ text: words, encoding: 'utf-16be' });
  });

  it('refuses Big5 rather than reading it as other characters', () => {
    const big5 = fixture('fixtures/encodings/invented-report-big5.txt');
    // GB 18030 reads these bytes without an error, as characters the report does not have.
    expect(new TextDecoder('gb18030', { fatal: true }).decode(big5)).not.toContain('法治政府');
    expect(decodeReport(big5)).toEqual({ refused: 'big5' });
  });

  it('refuses files that are not text: a picture, a compressed file, a Word document’s header', () => {
    expect(decodeReport(fixture('../docs/screenshots/dashboard-360.png'))).toEqual({ refused: 'binary' });
    expect(decodeReport(new Uint8Array(gzipSync(report)))).toEqual({ refused: 'binary' });
    const word = new Uint8Array(2048);
    word.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(decodeReport(word)).toEqual({ refused: 'binary' });
  });

  it('reads a text with a few stray control characters as text (they are dropped later, and said)', () => {
    const text = `${report.slice(0, 100)}\0${report.slice(100, 200)}\x01${report.slice(200)}`;
    expect(decodeReport(new Uint8Array(Buffer.from(text, 'utf8')))).toEqual({ text, encoding: 'utf-8' });
  });

  it('holds reports to 20 MB, a pasted text by its UTF-8 size', () => {
    expect(REPORT_LIMIT_BYTES).toBe(20 * 1024 * 1024);
    expect(utf8Size(report)).toBe(utf8.length);
    expect(utf8Size('a😀é')).toBe(1 + 4 + 2);
  });
});

describe('the report as read drops what no text holds', () => {
  it('drops controls, U+007F, U+FFFE/U+FFFF and lone surrogates, counting them, and keeps tabs, line breaks and pairs', () => {
    const stray = 'a\0b\x07c\x1Fd\x7Fe\uFFFEf\uFFFFg\uD800h\uDC00i';
    expect(withoutStrayCharacters(stray)).toEqual({ text: 'abcdefghi', dropped: 8 });
    expect(withoutStrayCharacters('a\tb\r\nc😀d')).toEqual({ text: 'a\tb\r\nc😀d', dropped: 0 });
    // Word's Shift+Enter breaks no sentence: dropped, its two sides joined, and counted; the other line breaks end a line.
    expect(withoutStrayCharacters('a\vb\fc\u2028d')).toEqual({ text: 'ab\nc\nd', dropped: 1 });
  });

  it('keeps the petitions of a report with a NUL inside 信访总量, its quote without the NUL, and says how many were dropped', () => {
    const at = report.indexOf('全年信访总量393条') + 3;
    const { draft, toCheck, text, dropped } = extractReport(`${report.slice(0, at)}\0${report.slice(at)}`);
    expect(draft.years[0].petitions?.total).toEqual({ value: 393, quote: '全年信访总量393条' });
    expect(dropped).toBe(1);
    expect(text).toBe(report);
    expect(JSON.stringify(toCheck)).not.toMatch(/\\u0000/);
  });

  it('reads an HTML page whose entities name a control, a lone surrogate or no character at all', () => {
    const page = `<html><body><p>某镇2024年度法治政府建设年度报告</p><p>a&#0;b&#xD800;c&#1114112;d</p></body></html>`;
    const { text, dropped } = extractReport(page);
    expect(text).toContain('abc&#1114112;d');
    expect(dropped).toBe(2);
  });
});

describe('reasonText', () => {
  it('words a reason code it does not know (from another version) instead of failing', () => {
    const item = { why: 'from-a-later-version' as never };
    expect(reasonText(item, 'zh-CN')).toBe('需要核对');
    expect(reasonText(item, 'en')).toBe('To be checked');
  });
});
