import { halfWidth } from '../data/numerals.js';

/**
 * A report's text as the extractor reads it: the words as published (every quote is cut from
 * them), and the same words with full-width digits and punctuation as ASCII, one character for
 * one, for matching.
 */
export interface ReportText {
  /** As published, without the characters no text holds (see `withoutStrayCharacters`). */
  text: string;
  /** For matching: the same length, the same offsets. */
  plain: string;
  /** How many such characters were dropped. */
  dropped: number;
}

/** A clause: the words between two marks of punctuation, where a figure and its words live. */
export interface Clause {
  start: number;
  end: number;
  /** The clause as published. */
  text: string;
  /** Its sentence, for the check list and for context (`start` and `end` of the sentence too). */
  sentence: { start: number; end: number };
}

const ENTITIES: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ldquo: '“',
  rdquo: '”',
  mdash: '—',
  hellip: '…',
};

/** The address a saved page names for itself: the browser's `saved from url` mark, its canonical link, or its og:url. */
function savedFrom(input: string): string | undefined {
  const found =
    /<!--\s*saved from url=\(\d+\)(https?:\/\/[^\s>]+?)\s*-->/i.exec(input) ??
    /<link\b[^>]*\brel=["']?canonical["']?[^>]*\bhref=["'](https?:\/\/[^"']+)["']/i.exec(input) ??
    /<meta\b[^>]*\bproperty=["']og:url["'][^>]*\bcontent=["'](https?:\/\/[^"']+)["']/i.exec(input);
  return found?.[1].replace(/&amp;/g, '&');
}

/** Whether the input is a page's markup (its blocks end lines) rather than plain text. */
const isPage = (input: string) => /<(html|body|div|p|article|br|span|table)\b/i.test(input);

/**
 * The text of a page saved from a portal: the article's words without markup, scripts, styles or
 * the page's navigation; block elements end lines; the page's own address, when it names one, on a
 * first line of its own. Plain text is kept as it is.
 */
export function textOf(input: string): string {
  if (!isPage(input)) return input;
  const article = input.match(/<article\b[\s\S]*?<\/article>/i)?.[0] ?? input.match(/<body\b[\s\S]*<\/body>/i)?.[0] ?? input;
  const address = savedFrom(input);
  return (
    (address ? `${address}\n` : '') +
    article
      .replace(/<(script|style|nav|header|footer|noscript)\b[\s\S]*?<\/\1>/gi, '')
      // The page's own line breaks mean nothing; its blocks and cells do.
      .replace(/\s+/g, ' ')
      .replace(/<\/t[dh]>/gi, ' | ')
      .replace(/<(br|\/p|\/div|\/h\d|\/li|\/tr|\/table|\/section)\b[^>]*>/gi, '\n')
      .replace(/<[^>]+>/g, '')
      .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (entity, name: string) => {
        const code = name.startsWith('#x') ? Number.parseInt(name.slice(2), 16) : name.startsWith('#') ? Number(name.slice(1)) : undefined;
        // A number no character has (&#1114112;) is left as written.
        if (code !== undefined) return code <= 0x10ffff ? String.fromCodePoint(code) : entity;
        return ENTITIES[name.toLowerCase()] ?? entity;
      })
      .replace(/[ \t]+\n/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

/** Line breaks other than CR and LF: form feed, NEL, the Unicode line and paragraph separators. */
const OTHER_LINE_BREAK = /[\f\u0085\u2028\u2029]/g;

/**
 * What no report's words hold and no file or page can carry safely: control characters (tab and
 * line breaks aside), U+007F, the non-characters U+FFFE and U+FFFF, and surrogates without their
 * pair. A NUL pasted inside 信访总量 would otherwise hide the word from the extractor. Word's
 * Shift+Enter (U+000B) is one of them: it breaks a line on the page, never a sentence (其中12345⇣热线90件),
 * and the text box a report is pasted into shows its two sides as one line.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what it is for.
const STRAY = /[\0-\b\v\x0E-\x1F\x7F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` with its stray characters dropped (other line breaks become LF), and how many were dropped. */
export function withoutStrayCharacters(text: string): { text: string; dropped: number } {
  let dropped = 0;
  const kept = text.replace(OTHER_LINE_BREAK, '\n').replace(STRAY, () => {
    dropped++;
    return '';
  });
  return { text: kept, dropped };
}

/** A heading or a list item at a line's start: 一、 （一） (1) 1. 1、 ① 第一章 •. */
const OPENS_ITEM =
  /^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]+\s*[）)]|\d{1,2}\s*[、.．](?!\d)|[①-⑳]|第[一二三四五六七八九十\d]+[章节部分条]|[•·*#-])/;
/** A field of the page at a line's start: 发布机构：…, 索引号: … */
const FIELD = /^\s*[^\s，,。；;：:]{1,8}\s*[：:]/;
/** A line that stands on its own: a date (2025年3月1日, 2025-03-01), an address, a field of the page, a table's row, a title (…报告). */
const OWN_LINE = new RegExp(
  `^\\s*(?:[（(]?\\d{4}\\s*[年/.-]\\s*\\d{1,2}\\s*[月/.-]\\s*\\d{1,2}\\s*日?[）)]?\\s*$|https?://|.*\\||[^，,。；;]{4,60}(?:报告|总结)\\s*$)|${FIELD.source}`,
);
/** How a line left mid-sentence ends: a word, a number (98. of 98.6%), a percentage, a comma, or a quotation mark or bracket. */
const ENDS_MID_SENTENCE = /(?:[\p{Script=Han}\p{L}\p{N}%，,、《“‘（(【”’）)》」]|\d[.．])$/u;
/** How a line that goes on from the one before starts: a mark no line starts with (，。、；：…). */
const GOES_ON = /^[，,。、；;：:！？!?）)”’》」』%]/;
/** Marks of a sentence in a line: it is prose, not a title or a name. */
const PROSE = /[，,、；;。]/;

/**
 * Plain text whose lines were broken inside a sentence (a copy from a PDF, a line break typed in
 * the middle of 其中12345⇣热线90件) with each such line joined to the next: a line that is prose
 * (it holds a comma, a semicolon or a full stop; never a title, a heading, a field or a table's
 * row) ending without the mark that ends a sentence goes on with the next line, unless that line
 * starts a heading or a list item, or stands on its own (a date, an address, a field, a title); and a line
 * starting with a mark no line starts with (，、。) goes on from the one before.
 */
export function joinBrokenLines(text: string): string {
  const lines = text.split('\n');
  const joined: string[] = [];
  for (const line of lines) {
    const last = joined.length - 1;
    const before = joined[last]?.replace(/\s+$/, '');
    const next = line.replace(/^\s+/, '');
    const heading = before !== undefined && OPENS_ITEM.test(before) && !/[。；;]/.test(before);
    const goesOn =
      before !== undefined &&
      before !== '' &&
      !before.includes('|') &&
      !FIELD.test(before) &&
      next !== '' &&
      (GOES_ON.test(next) ||
        (!heading &&
          ENDS_MID_SENTENCE.test(before) &&
          (/[，,、]$/.test(before) || PROSE.test(before)) &&
          !OPENS_ITEM.test(next) &&
          !OWN_LINE.test(next)));
    // Two words of Latin letters keep a space between them; Chinese and numbers do not.
    if (goesOn) joined[last] = before + (/[A-Za-z]$/.test(before) && /^[A-Za-z]/.test(next) ? ' ' : '') + next;
    else joined.push(line);
  }
  return joined.join('\n');
}

/**
 * The report's text as read: the page's words without markup (`textOf`), without stray characters,
 * a plain text's lines broken inside a sentence joined again (`joinBrokenLines`).
 */
export function reportText(input: string): ReportText {
  const { text, dropped } = withoutStrayCharacters(textOf(input));
  const read = isPage(input) ? text : joinBrokenLines(text);
  return { text: read, plain: halfWidth(read), dropped };
}

/** Whether the text as read holds no word and no number: an empty report (a blank file, a page of markup only). */
export const isEmptyText = (text: string): boolean => !/[\p{L}\p{N}]/u.test(text);

/** Ends a sentence. */
const SENTENCE_END = /[。！？!?;；\n]/;
/** Ends a clause (and a sentence). Commas inside a number (1,234) do not. */
const CLAUSE_END = /[。！？!?;；\n，,、：:|]/;

/** A bracket opened at a clause's end for the clauses after it (…3326人次(其中:), with a few words and no number in it. */
const OPENS_AFTER = /[(（][^()（）\d]{0,4}$/;

/**
 * Where the clause `plain[start, end)` ends as words of its own: before a bracket it opens for the
 * clauses after it (839批3326人次(其中: → 839批3326人次), and before a bracket it closes for the
 * clauses before it (集体访150批2264人次) → 集体访150批2264人次).
 */
function withoutOpenBracket(plain: string, start: number, end: number): number {
  const text = plain.slice(start, end);
  const opened = OPENS_AFTER.exec(text);
  if (opened) return start + opened.index;
  if (/[)）]\s*$/.test(text) && !/[(（]/.test(text)) return start + text.search(/[)）]\s*$/);
  return end;
}

/** The clauses of the text, in order, each knowing its sentence. */
export function clausesOf({ text, plain }: ReportText): Clause[] {
  const clauses: Clause[] = [];
  let sentenceStart = 0;
  let clauseStart = 0;
  const pending: { start: number; end: number }[] = [];
  const flushSentence = (end: number) => {
    for (const clause of pending)
      clauses.push({ ...clause, text: text.slice(clause.start, clause.end), sentence: { start: sentenceStart, end } });
    pending.length = 0;
    sentenceStart = end + 1;
  };
  for (let i = 0; i <= plain.length; i++) {
    const char = plain[i] ?? '\n';
    const inNumber = (char === ',' || char === '，') && /\d/.test(plain[i - 1] ?? '') && /\d{3}/.test(plain.slice(i + 1, i + 4));
    if (!CLAUSE_END.test(char) || inNumber) continue;
    const raw = { start: clauseStart, end: withoutOpenBracket(plain, clauseStart, i) };
    // Without the blanks around it.
    while (raw.start < raw.end && /\s/.test(plain[raw.start])) raw.start++;
    while (raw.end > raw.start && /\s/.test(plain[raw.end - 1])) raw.end--;
    if (raw.end > raw.start) pending.push(raw);
    clauseStart = i + 1;
    if (SENTENCE_END.test(char)) flushSentence(i);
  }
  return clauses;
}
