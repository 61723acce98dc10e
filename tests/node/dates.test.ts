import { describe, expect, it } from 'vitest';
import { dateText } from '../../src/i18n/format.js';

describe('dateText', () => {
  it('writes a dataset date as each language writes dates', () => {
    expect(dateText('2025-02-24', 'zh-CN')).toBe('2025年2月24日');
    expect(dateText('2025-02-24', 'en')).toBe('February 24, 2025');
    expect(dateText('0099-01-05', 'en')).toBe('January 5, 99');
  });

  it('leaves a date no calendar has as it is written, never moving it to another day', () => {
    for (const impossible of ['2025-02-30', '2025-13-01', '2025-00-10', '2024-02-30']) {
      expect(dateText(impossible, 'zh-CN')).toBe(impossible);
      expect(dateText(impossible, 'en')).toBe(impossible);
    }
    expect(dateText('2024-02-29', 'zh-CN')).toBe('2024年2月29日');
  });
});

describe('dateText against Intl', () => {
  it('writes every day of 2023–2025 and some far years as Intl.DateTimeFormat writes a long date', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const intl = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
      const days = [];
      for (let time = Date.UTC(2023, 0, 1); time <= Date.UTC(2025, 11, 31); time += 86_400_000) days.push(new Date(time));
      for (const year of [1000, 1999, 2100, 9999]) days.push(new Date(Date.UTC(year, 6, 9)));
      for (const day of days) expect(dateText(day.toISOString().slice(0, 10), lang)).toBe(intl.format(day));
    }
  });
});
