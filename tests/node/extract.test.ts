import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import beiyang from '../../data/beiyang.json';
import { datasetProblems } from '../../src/data/validate.js';
import { extractReport } from '../../src/extract/extract.js';

const beiyangReport = readFileSync(new URL('../../data/reports/beiyang-2024.txt', import.meta.url), 'utf8');

/** A dataset's items as the test compares them: ids and English labels aside. */
const items = (list: { label: unknown; value?: number; quote?: string }[] | undefined) =>
  list?.map(({ label, value, quote }) => ({
    label: typeof label === 'string' ? label : (label as { 'zh-CN': string })['zh-CN'],
    value,
    quote,
  }));

describe('extractReport(北洋镇2024年度法治政府建设年度报告)', () => {
  const { draft, review, text } = extractReport(beiyangReport, { unitId: 'beiyang' });
  const [year] = draft.years;
  const expected = beiyang.years[0];

  it('is a draft dataset the schema accepts', () => {
    expect(datasetProblems(draft)).toEqual([]);
    expect(draft.draft).toBe(true);
    expect(draft.unit.name).toEqual({ 'zh-CN': '北洋镇' });
  });

  it('finds the source as the page gives it (the address is not in the text)', () => {
    const { url: _, ...source } = expected.source;
    expect(year.source).toEqual(source);
    expect(year.year).toBe(2024);
  });

  it('reproduces the petitions of data/beiyang.json, figure for figure and quote for quote', () => {
    expect(year.petitions?.total).toEqual(expected.petitions.total);
    expect(items(year.petitions?.channels)).toEqual(items(expected.petitions.channels));
    expect(items(year.petitions?.flags)).toEqual(items(expected.petitions.flags));
  });

  it('reproduces the mediation: accepted, resolved, the rate as stated', () => {
    expect(year.mediation).toEqual(expected.mediation);
  });

  it('reproduces the study and training sessions by kind', () => {
    expect(items(year.training)).toEqual(items(expected.training));
  });

  it('reproduces the four platforms with the words naming them', () => {
    expect(items(year.platforms)).toEqual(items(expected.platforms));
  });

  it('quotes only words of the report, verbatim', () => {
    const quotes = JSON.stringify(draft).match(/"quote":"(?:[^"\\]|\\.)*"/g) ?? [];
    expect(quotes.length).toBeGreaterThan(15);
    for (const quote of quotes) expect(text).toContain(JSON.parse(`{${quote}}`).quote);
  });

  it('puts on the review list the one counted number it does not place (the plans for 2025 name 四个平台 again), and no name or date', () => {
    expect(review.map(({ kind, text }) => `${kind} ${text}`)).toEqual(['unplaced 四个']);
    expect(review[0].sentence).toContain('继续推动“党建统领、经济生态、平安法治、公共服务”四个平台建设');
  });
});
