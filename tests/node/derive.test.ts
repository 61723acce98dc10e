import { describe, expect, it } from 'vitest';
import beiyang from '../../data/beiyang.json';
import { deriveYear, yearsOf } from '../../src/data/derive.js';
import type { Dataset } from '../../src/data/schema.js';
import { DatasetError } from '../../src/data/validate.js';
import { warningText } from '../../src/sections/registry.js';
import { mutated } from '../helpers/dataset.js';

const dataset = beiyang as Dataset;

describe('deriveYear(beiyang)', () => {
  const figures = deriveYear(dataset);

  it('takes the latest year when none is asked for', () => {
    expect(figures.year).toBe(2024);
  });

  it('puts 354 of 393 petitions (90.08 %) on the 12345 hotline', () => {
    const hotline = figures.petitions!.channels[0];
    expect(hotline.value).toBe(354);
    expect(hotline.share).toBeCloseTo(354 / 393, 10);
  });

  it('adds the channels up to the stated total, so there is no warning', () => {
    expect(figures.petitions!.channelSum).toBe(393);
    expect(figures.warnings).toEqual([]);
  });

  it('gives the flagged subsets shares of the total, not of the channels', () => {
    expect(figures.petitions!.flags.map((flag) => [flag.value, +flag.share.toFixed(4)])).toEqual([
      [2, 0.0051],
      [4, 0.0102],
      [5, 0.0127],
    ]);
  });

  it('computes the mediation rate as 98/99 = 98.99 % beside the stated 99 %', () => {
    expect(figures.mediation!.computedRate).toBeCloseTo(0.989899, 6);
    expect(figures.mediation!.statedRate!.value).toBe(0.99);
  });

  it('totals training at 41 sessions', () => {
    expect(figures.training!.total).toBe(41);
    expect(figures.training!.items.map((item) => item.value)).toEqual([12, 13, 16]);
  });
});

describe('data-quality warnings', () => {
  it('warn when the channels do not add up to the total, with both figures', () => {
    const figures = deriveYear(mutated((d) => (d.years[0].petitions.total.value = 400)) as Dataset);
    expect(figures.warnings).toEqual([
      { section: 'petitions', code: 'channels-sum', path: ['years', 0, 'petitions', 'channels'], values: { sum: 393, total: 400 } },
    ]);
    expect(warningText(figures.warnings[0], 'zh-CN')).toBe('各渠道合计 393 件，与信访总量 400 件相差 -7 件。');
    expect(warningText(figures.warnings[0], 'en')).toBe('The channels add up to 393, the stated total is 400 (difference -7).');
  });

  it('warn when more cases are resolved than accepted', () => {
    const figures = deriveYear(mutated((d) => (d.years[0].mediation.resolved.value = 120)) as Dataset);
    expect(figures.warnings.map((w) => w.code)).toEqual(['resolved-above-accepted', 'stated-rate']);
  });

  it('warn when the stated rate is far from the computed one', () => {
    const figures = deriveYear(mutated((d) => (d.years[0].mediation.statedRate.value = 0.9)) as Dataset);
    expect(figures.warnings.map((w) => w.code)).toEqual(['stated-rate']);
  });

  it('give no rate, and no division by zero, when nothing was accepted', () => {
    const figures = deriveYear(
      mutated((d) => {
        d.years[0].mediation.accepted.value = 0;
        d.years[0].mediation.resolved.value = 0;
        delete d.years[0].mediation.statedRate;
      }) as Dataset,
    );
    expect(figures.mediation!.computedRate).toBeNull();
  });
});

describe('years', () => {
  const twoYears = mutated((d) => d.years.unshift({ ...structuredClone(d.years[0]), year: 2023 })) as Dataset;

  it('are listed oldest first', () => {
    expect(yearsOf(twoYears)).toEqual([2023, 2024]);
  });

  it('can be chosen', () => {
    expect(deriveYear(twoYears, 2023).year).toBe(2023);
  });

  it('that the dataset lacks throw a DatasetError naming the years it has', () => {
    try {
      deriveYear(twoYears, 2019);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DatasetError);
      expect((error as DatasetError).detail).toEqual({ year: 2019, years: [2023, 2024] });
    }
  });

  it('with a section missing leave that section out instead of zeros', () => {
    const figures = deriveYear(mutated((d) => delete d.years[0].training) as Dataset);
    expect(figures.training).toBeUndefined();
    expect(figures.petitions).toBeDefined();
  });
});
