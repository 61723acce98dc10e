import { describe, expect, it } from 'vitest';
import { halfWidth, NUMBER, parseNumber } from '../../src/data/numerals.js';

describe('parseNumber(numerals)', () => {
  it.each([
    ['12', 12],
    ['1,234', 1234],
    ['98.5', 98.5],
    ['１２', 12],
    ['十二', 12],
    ['十', 10],
    ['二十', 20],
    ['一百二十', 120],
    ['一百零五', 105],
    ['两千', 2000],
    ['三千五百', 3500],
    ['一万二千', 12000],
    ['十万', 100000],
    ['二〇二四', 2024],
    ['零', 0],
  ])('reads %s as %d', (text, value) => expect(parseNumber(text)).toBe(value));

  it.each(['十十', '百十', '二三十', '万万'])('refuses %s, which is no number', (text) => expect(parseNumber(text)).toBeUndefined());
});

describe('halfWidth(text)', () => {
  it('turns full-width digits and punctuation into ASCII, one character for one', () => {
    const text = '受理案件９９起，成功率达９９％';
    expect(halfWidth(text)).toBe('受理案件99起,成功率达99%');
    expect(halfWidth(text)).toHaveLength(text.length);
  });
});

describe('NUMBER', () => {
  it('matches the numbers of a sentence as written', () => {
    const matches = [...'开展集中学法十二次，培训1,200人次，化解98.5%'.matchAll(new RegExp(NUMBER, 'g'))].map((match) => match[0]);
    expect(matches).toEqual(['十二', '1,200', '98.5']);
  });
});
