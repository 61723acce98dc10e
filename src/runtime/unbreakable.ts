/**
 * Text on a page with its figures kept whole: each number with its sign, mark and unit ("−11.5%",
 * "393件", "2024年") in a span no line may break (`.nb`), so that neither a narrow table column
 * nor a printed page leaves "−11." on one line and "5%" on the next; a closing mark right after a
 * figure ("29.3%；") goes with it, never starting a line, and an opening one right before it
 * ("（−11.5%）"), never ending one. The text reads the same.
 */
import { html, type TemplateResult } from 'lit';
import { CLOSING_MARK, FIGURE, OPENING_MARK } from '../charts/text.js';

const FIGURES = new RegExp(FIGURE.source, 'gu');
/** Where a figure kept whole ends: with the closing marks right after it (29.3%）；), none of which may start a line. */
function keptTo(text: string, end: number): number {
  let to = end;
  while (to < text.length && CLOSING_MARK.test(text.charAt(to))) to++;
  return to;
}

/** Where a figure kept whole starts: with the opening marks right before it (（−11.5%）), none of which may end a line; not before `last`. */
function keptFrom(text: string, start: number, last: number): number {
  let from = start;
  while (from > last && OPENING_MARK.test(text.charAt(from - 1))) from--;
  return from;
}

/**
 * The two templates every function here writes with, one call site each: Lit prepares a template
 * once, the first time it is used, and a chart's figures use them in its first render, so that no
 * text written later (a table's words kept when it shows, in the middle of a print()) prepares one.
 */
const kept = (text: string): TemplateResult => html`<span class="nb">${text}</span>`;
const joined = (parts: (string | TemplateResult)[]): TemplateResult => html`${parts}`;

export function unbreakable(text: string): TemplateResult | string {
  const parts: (string | TemplateResult)[] = [];
  let last = 0;
  for (const match of text.matchAll(FIGURES)) {
    const at = keptFrom(text, match.index ?? 0, last);
    if (at > last) parts.push(text.slice(last, at));
    last = keptTo(text, (match.index ?? 0) + match[0].length);
    parts.push(kept(text.slice(at, last)));
  }
  if (parts.length === 0) return text;
  if (last < text.length) parts.push(text.slice(last));
  return joined(parts);
}

/** A short aside in brackets: （对比2023年）, （虚构）, (compared with 2023). */
const ASIDE = /（[^（）]{1,12}）|\([^()]{1,18}\)/gu;

/**
 * A subtitle with its figures kept whole, and each short aside in brackets too: "2024年（对比2023年）"
 * breaks before the aside, never as "（对比 / 2023年）".
 */
export function asidesKept(text: string): TemplateResult | string {
  const parts: (string | TemplateResult)[] = [];
  let last = 0;
  for (const match of text.matchAll(ASIDE)) {
    const at = match.index ?? 0;
    if (at > last) parts.push(unbreakable(text.slice(last, at)));
    parts.push(kept(match[0]));
    last = at + match[0].length;
  }
  if (parts.length === 0) return unbreakable(text);
  if (last < text.length) parts.push(unbreakable(text.slice(last)));
  return joined(parts);
}

/**
 * A heading broken only between its words, never inside one: "示例镇2024年度 / 法治政府建设年度报告",
 * not "示例镇2024年度法 / 治政府建设年度报告". Each word (as the runtime's word segmenter finds them in
 * the report's language) is a span no line breaks; a runtime without one breaks as the browser does.
 */
export function wordsKept(text: string, lang: string): TemplateResult | string {
  const segmenter = segmenterOf(lang);
  if (!segmenter) return text;
  const words = [...segmenter.segment(text)].map(({ segment }) => segment);
  return joined(words.map(kept));
}

/** A Chinese word a narrow column keeps whole: two to eight characters, all of them Chinese (a longer run breaks as the browser breaks it). */
const CHINESE_WORD = /^[\u3400-\u9fff\uf900-\ufaff]{2,8}$/u;
/**
 * A word of English a narrow column keeps whole (Municipal, never Munic / ipal): two to sixteen
 * letters. A longer run of letters (a name pasted with no spaces) breaks where the column ends.
 */
const LATIN_WORD = /^[A-Za-z][A-Za-z’'-]{1,15}$/u;
/** A Chinese word of one character, kept with the word after it. */
const CHINESE_CHARACTER = /^[\u3400-\u9fff\uf900-\ufaff]$/u;

/**
 * Text in a narrow column (a data table's, on a phone): its figures kept whole, as `unbreakable`
 * keeps them, and its words too, as the runtime's word segmenter finds them in `lang`, so that
 * "占总量 29.3%" breaks between words and never as "占总 / 量 29.3%" (nor as "占 / 总量": a word of
 * one character goes with the next), and "Already counted" never as "Alread / y count / ed". Other
 * text breaks as the browser breaks it; a runtime without a segmenter keeps the figures only.
 */
export function figuresAndWordsKept(text: string, lang: string): TemplateResult | string {
  const segmenter = segmenterOf(lang);
  if (!segmenter) return unbreakable(text);
  const parts: (string | TemplateResult)[] = [];
  // Text between kept words goes as one string: each part of a list is a node of its own to Lit.
  let loose = '';
  const keep = (word: string) => {
    if (loose) parts.push(loose);
    loose = '';
    parts.push(kept(word));
  };
  const words = (between: string) => {
    // A word of one character goes with the word after it (占 / 总量 is 占总量), as long as that stays a word.
    let single = '';
    for (const { segment } of segmenter.segment(between)) {
      if (CHINESE_WORD.test(single + segment)) keep(single + segment);
      else if (!single && LATIN_WORD.test(segment)) keep(segment);
      else if (CHINESE_CHARACTER.test(segment)) {
        loose += single;
        single = segment;
        continue;
      } else loose += single + segment;
      single = '';
    }
    loose += single;
  };
  let last = 0;
  for (const match of text.matchAll(FIGURES)) {
    const at = match.index ?? 0;
    if (at > last) words(text.slice(last, at));
    last = keptTo(text, at + match[0].length);
    keep(text.slice(at, last));
  }
  if (last < text.length) words(text.slice(last));
  if (loose) parts.push(loose);
  return joined(parts);
}

const segmenters = new Map<string, Intl.Segmenter | null>();

/** The runtime's word segmenter for `lang`, made once (null where it has none). */
function segmenterOf(lang: string): Intl.Segmenter | null {
  if (!segmenters.has(lang))
    segmenters.set(lang, typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(lang, { granularity: 'word' }) : null);
  return segmenters.get(lang) ?? null;
}
