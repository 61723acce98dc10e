/**
 * Numbers as reports write them: Arabic digits (12, 1,234, 98.5), full-width digits (１２), and
 * Chinese numerals (十二, 一百二十, 两千, 三千五百, 一万二千). Pure: no DOM, runs in Node and in the browser.
 */

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** A number written in Arabic or Chinese numerals, as matched by `NUMBER`. */
export const NUMBER = '(?:[0-9][0-9,，]*(?:\\.[0-9]+)?万?|[零〇一二两三四五六七八九十百千万]+)';

/** Full-width digits, letters and ASCII punctuation as their ASCII selves, one character for one (offsets stay). */
export function halfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** The value of Chinese numerals below 10 000 (一百二十 → 120, 十二 → 12, 两千 → 2000); undefined when they are not one number. */
function belowTenThousand(text: string): number | undefined {
  if (!text) return 0;
  // Digits alone, as in a year or an index: 二〇二四 → 2024.
  if ([...text].every((char) => char in DIGITS) && text.length > 1) return Number([...text].map((char) => DIGITS[char]).join(''));
  let total = 0;
  let digit: number | undefined;
  let lastUnit = Infinity;
  for (const char of text) {
    if (char === '零' || char === '〇') {
      // A zero holds a place: 一百零五 is 105.
      if (digit !== undefined) return undefined;
    } else if (char in DIGITS) {
      if (digit !== undefined) return undefined;
      digit = DIGITS[char];
    } else if (char in UNITS) {
      const unit = UNITS[char];
      if (unit >= lastUnit) return undefined;
      // 十二 is 12: a ten alone counts one, first; any other unit needs its digit.
      if (digit === undefined && (unit !== 10 || total !== 0)) return undefined;
      total += (digit ?? 1) * unit;
      digit = undefined;
      lastUnit = unit;
    } else return undefined;
  }
  return total + (digit ?? 0);
}

/**
 * What reports count in, after a number: longest first, so that 件次 is read whole, never 件 and a
 * loose 次. One list for reading a report (what a number counts) and for writing a figure (its
 * unit kept with it on a line).
 */
export const COUNT_UNITS = [
  '个百分点',
  '件次',
  '场次',
  '人次',
  '户次',
  '批次',
  '万元',
  ...'件起条批宗个次场期轮人名家项户份册张篇元%',
] as const;

/** `COUNT_UNITS` as one alternation for a regular expression. */
export const COUNT_UNIT = `(?:${COUNT_UNITS.join('|')})`;

/** A percentage in Chinese numerals, its number as the named group `n`: 百分之九十七点七. */
export const CHINESE_PERCENT = '百分之(?<n>[零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?)';

/** The number of a percentage in words, as `CHINESE_PERCENT` reads it: 百分之九十七点七 is 97.7, and 百分之百 is 100 (百 alone is no number elsewhere: 百姓). */
export const percentNumber = (n: string): number | undefined => (n === '百' ? 100 : parseNumber(n));

/** The value of a number as `NUMBER` matches it (or Chinese numerals with a decimal point, 九十七点七); undefined when it is not one (a stray character, 十十). */
export function parseNumber(text: string): number | undefined {
  const plain = halfWidth(text).replace(/[,，]/g, '');
  if (/^[0-9]+(\.[0-9]+)?$/.test(plain)) return Number(plain);
  // 1.2万 is 12 000.
  if (/^[0-9]+(\.[0-9]+)?万$/.test(plain)) return Math.round(Number(plain.slice(0, -1)) * 10_000);
  const [whole, decimals, ...more] = plain.split('点');
  if (decimals !== undefined) {
    const integer = more.length === 0 ? parseNumber(whole) : undefined;
    const digits = [...decimals].map((char) => DIGITS[char]);
    return integer === undefined || digits.some((digit) => digit === undefined) ? undefined : Number(`${integer}.${digits.join('')}`);
  }
  const [high, low, ...rest] = plain.split('万');
  if (rest.length > 0) return undefined;
  if (low === undefined) return belowTenThousand(high);
  const ten = high === '' ? 1 : belowTenThousand(high);
  const below = belowTenThousand(low);
  return ten === undefined || below === undefined ? undefined : ten * 10_000 + below;
}
