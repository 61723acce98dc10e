// The petitions section: its view and chart of the 2024 report, and its extraction rules on the ways real reports write them.
import { describe, expect, it } from 'vitest';
import { drawnSvg } from '../../../tests/helpers/draw.js';
import { readPage } from '../../../tests/helpers/extract.js';
import { viewOf } from '../../../tests/helpers/sections.js';
import { petitions } from './section.js';

const options = { width: 640, fontSize: 16, ariaLabel: 'chart' };

const pointsOf = (svg: Element) => [...svg.querySelectorAll('.fz-point')];
const texts = (svg: Element) => [...svg.querySelectorAll('text')].map((text) => text.textContent);

describe('petitions(2024)', () => {
  it('writes the hotline as "354件 · 90.1%" beside its bar in Chinese and "354 · 90.1%" in English', () => {
    expect(viewOf(petitions).points[0].markText).toBe('354件 · 90.1%');
    expect(viewOf(petitions, 'en').points[0]).toMatchObject({ label: '12345 hotline', markText: '354 · 90.1%' });
  });

  it('names each point once, with its value and share: "12345热线，354件，占总量 90.1%"', () => {
    expect(viewOf(petitions).points[0]).toMatchObject({
      name: '12345热线，354件，占总量 90.1%',
      valueText: '354件',
      share: '占总量 90.1%',
      details: [],
    });
    expect(viewOf(petitions, 'en').points[0].name).toBe('12345 hotline, 354, 90.1% of total');
  });

  it('puts the flagged subsets after the channels, drawn as outlined subsets under their own heading', () => {
    const view = viewOf(petitions);
    expect(view.points.slice(4).map((point) => point.label)).toEqual(['省级来信', '市级来访', '重复件']);
    expect(view.points[4].details).toEqual(['已含在上述渠道中，不另计']);
    const svg = drawnSvg(view.chart, options);
    expect(svg.querySelectorAll('.fz-bar-subset rect')).toHaveLength(3);
    expect(texts(svg).join('')).toContain('不另计');
  });
});

describe('the petitions chart', () => {
  const svg = drawnSvg(viewOf(petitions).chart, options);

  it('numbers the seven points 0–6 across both sections, one tab stop', () => {
    const points = pointsOf(svg);
    expect(points.map((point) => point.getAttribute('data-index'))).toEqual(['0', '1', '2', '3', '4', '5', '6']);
    expect(points.map((point) => point.getAttribute('tabindex'))).toEqual(['0', '-1', '-1', '-1', '-1', '-1', '-1']);
    expect(points[0].getAttribute('aria-label')).toBe('12345热线，354件，占总量 90.1%');
  });

  it('writes every label and value', () => {
    const all = texts(svg);
    for (const text of [
      '12345热线',
      '来访',
      '来信',
      '网信',
      '354件 · 90.1%',
      '8件 · 2.0%',
      '2件 · 0.5%',
      '29件 · 7.4%',
      '重复件',
      '5件 · 1.3%',
    ]) {
      expect(all).toContain(text);
    }
  });

  it('draws bar lengths in proportion: 354 is 354/29 times 29', () => {
    const bars = [...svg.querySelectorAll('.fz-bar-part rect')].map((rect) => Number(rect.getAttribute('width')));
    expect(bars).toHaveLength(4);
    expect(bars[0] / bars[3]).toBeCloseTo(354 / 29, 1);
  });

  it('outlines the subsets on the same scale as the channels', () => {
    const part = [...svg.querySelectorAll('.fz-bar-part rect')].map((rect) => Number(rect.getAttribute('width')));
    const subset = [...svg.querySelectorAll('.fz-bar-subset rect')].map((rect) => Number(rect.getAttribute('width')));
    expect(subset).toHaveLength(3);
    expect(subset[0]).toBeCloseTo(part[2], 5); // 2 provincial letters, 2 letters
  });

  it('leaves no inline <style> for a strict Content-Security-Policy', () => {
    expect(svg.querySelectorAll('style')).toHaveLength(0);
  });

  it('keeps bars and values inside the width', () => {
    for (const width of [288, 640, 1888]) {
      const chart = drawnSvg(viewOf(petitions, 'en').chart, { ...options, width });
      expect(chart.getAttribute('width')).toBe(String(width));
      for (const rect of chart.querySelectorAll('.fz-bar-part rect')) {
        expect(Number(rect.getAttribute('x')) + Number(rect.getAttribute('width'))).toBeLessThanOrEqual(width);
      }
    }
  });

  it('on paper sets each label beside its bar, unless a label would be cut short there: then every label keeps a line of its own', () => {
    // Chinese at a printed page's width: beside, whole.
    const paper = drawnSvg(viewOf(petitions).chart, { ...options, width: 680, fontSize: 14, labels: 'beside' });
    const shown = drawnSvg(viewOf(petitions).chart, { ...options, width: 680, fontSize: 14 });
    expect(Number(paper.getAttribute('height'))).toBeLessThan(Number(shown.getAttribute('height')));
    // English in narrow columns: beside while the labels fit in half the width, else as on the screen; never cut short.
    for (const width of [240, 288, 360, 480]) {
      const narrow = drawnSvg(viewOf(petitions, 'en').chart, { ...options, width, fontSize: 14, labels: 'beside' });
      expect(
        texts(narrow).filter((text) => text?.includes('…')),
        `${width} px`,
      ).toEqual([]);
    }
    const narrowest = drawnSvg(viewOf(petitions, 'en').chart, { ...options, width: 240, fontSize: 14, labels: 'beside' });
    expect(narrowest.outerHTML).toBe(drawnSvg(viewOf(petitions, 'en').chart, { ...options, width: 240, fontSize: 14 }).outerHTML);
  });

  it('grows with the text size', () => {
    const small = drawnSvg(viewOf(petitions).chart, options);
    const large = drawnSvg(viewOf(petitions).chart, { ...options, fontSize: 24 });
    expect(Number(large.getAttribute('height'))).toBeGreaterThan(Number(small.getAttribute('height')) * 1.4);
  });
});

describe('petitions as real reports write them', () => {
  it('sends a channel with no total anywhere to a person, named: 网上受理信访事项682件', () => {
    const { year, unsure, words } = readPage('网上受理信访事项682件，较往年同期下降43.58%。');
    expect(year.petitions).toBeUndefined();
    expect(unsure).toEqual(['petitions.channels 682 no-total']);
    expect(words[0]).toBe('网上受理信访事项682件 报告没有写信访总量：这个渠道的件数请核对后再放入');
  });

  it('sends visits counted in batches to a person, as batches: 来县访839批3326人次', () => {
    const { year, unsure } = readPage('全年共接待群众来县访839批3326人次（其中：个访689批1062人次，集体访150批2264人次）。');
    expect(year.petitions).toBeUndefined();
    expect(unsure).toContain('petitions.channels 839 batches');
  });

  it('reads cases counted in 件次 and a channel after 全区: 全区网上信访1564件次', () => {
    expect(readPage('2024年，全区网上信访1564件次，网上信访占比77.66%。').unsure).toEqual(['petitions.channels 1564 no-total']);
    const { year } = readPage('全年受理信访件1600件次，其中全区网上信访1564件次，来访36件次。');
    expect(year.petitions?.channels.map(({ label, value }) => `${label} ${value}`)).toEqual(['网上信访 1564', '来访 36']);
  });

  it('reads a hotline’s requests as its channel: 受理答复8890诉求655件', () => {
    expect(readPage('聚焦群众诉求办理质量，受理答复8890诉求655件，掌上基层流转12089件。').unsure).toEqual([
      'petitions.channels 655 no-total',
    ]);
  });
});
