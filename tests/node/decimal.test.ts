import { describe, expect, it } from 'vitest';
import { decimal } from '../../src/i18n/decimal.js';

/** What the runtime's own number format writes: the reference the hand-written one must equal. */
const references = new Map<string, Intl.NumberFormat>();
function intl(lang: string, value: number, maxDigits: number, minDigits = 0, percent = false): string {
  const key = `${lang} ${maxDigits} ${minDigits} ${percent}`;
  const format =
    references.get(key) ??
    new Intl.NumberFormat(lang, {
      style: percent ? 'percent' : 'decimal',
      maximumFractionDigits: maxDigits,
      minimumFractionDigits: minDigits,
    });
  references.set(key, format);
  return format.format(value);
}

/** A small seeded generator, so that a failure names values that can be tried again. */
function* seeded(seed: number, count: number): Generator<number> {
  let state = seed;
  for (let i = 0; i < count; i++) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    yield state / 2 ** 31;
  }
}

const FORMS = [
  { max: 2, min: 0, percent: false },
  { max: 2, min: 2, percent: false },
  { max: 0, min: 0, percent: true },
  { max: 1, min: 1, percent: true },
  { max: 2, min: 2, percent: true },
];

describe('decimal', () => {
  it('writes as Intl.NumberFormat writes in zh-CN and en, at the edges of rounding and grouping', () => {
    const edges = [
      0,
      -0,
      1,
      -1,
      5,
      12,
      393,
      999.995,
      1000,
      1234.5,
      12345,
      123456789,
      1e21,
      1.005,
      2.675,
      0.125,
      0.135,
      1.45,
      0.005,
      0.0049,
      0.0004,
      0.00001,
      1e-7,
      5e-7,
      0.999,
      0.9995,
      0.99949,
      0.2935,
      0.293,
      0.901,
      0.9899,
      98 / 99,
      354 / 393,
      1 / 3,
      2 / 3,
      0.5,
      0.05,
      0.045,
      -0.001,
      -0.005,
      -1234.567,
      -0.2935,
      Number.MAX_SAFE_INTEGER,
      2 ** 53 + 2,
      1.7976931348623157e308,
      5e-324,
    ];
    for (const lang of ['zh-CN', 'en'])
      for (const value of edges)
        for (const { max, min, percent } of FORMS)
          expect(
            decimal(value, max, min, percent ? 2 : 0) + (percent ? '%' : ''),
            `${lang} ${value} ${max}/${min}${percent ? '%' : ''}`,
          ).toBe(intl(lang, value, max, min, percent));
  });

  it('writes 5 000 seeded values of every size as Intl.NumberFormat does', () => {
    const random = seeded(20261206, 5_000);
    for (const r of random) {
      const magnitude = Math.floor(r * 1e6) % 12;
      const value = (r - 0.3) * 10 ** (magnitude - 4);
      const rounded = Math.round(value * 10 ** (r > 0.5 ? 3 : 4)) / 10 ** (r > 0.5 ? 3 : 4);
      for (const v of [value, rounded])
        for (const { max, min, percent } of FORMS)
          expect(decimal(v, max, min, percent ? 2 : 0) + (percent ? '%' : ''), `${v} ${max}/${min}${percent ? '%' : ''}`).toBe(
            intl('zh-CN', v, max, min, percent),
          );
    }
  });

  it('writes whole numbers of every size up to 10^21, of either sign, as Intl.NumberFormat does', () => {
    const random = seeded(20261207, 2_000);
    for (const r of random) {
      const whole = Math.round((r - 0.5) * 10 ** (Math.floor(r * 1e6) % 22));
      for (const { max, min, percent } of FORMS.filter((form) => !form.percent))
        expect(decimal(whole, max, min), `${whole} ${max}/${min}`).toBe(intl('zh-CN', whole, max, min, percent));
    }
  });

  it('leaves what is not a finite number to Intl', () => {
    expect(decimal(Number.NaN, 2)).toBe('NaN');
    expect(decimal(Number.POSITIVE_INFINITY, 2)).toBe('∞');
  });
});
