import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { BAND_ROWS, type RankingRow, rankingChart } from '../../src/charts/ranking-chart.js';
import { textWidthEm } from '../../src/charts/text.js';

const { document } = new Window();

/** `count` invented units, ranked. */
const rowsOf = (count: number): RankingRow[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `unit-${i}`,
    name: `示例单位${i + 1}`,
    place: String(i + 1),
    value: 1000 - i,
    valueText: `${1000 - i}件`,
    host: i === 61,
    compared: i % 3 === 0 ? 990 - i : undefined,
  }));

const draw = (count: number) =>
  rankingChart(rowsOf(count), { width: 720, fontSize: 14, document: document as unknown as Document, textWidth: textWidthEm });

describe('rankingChart', () => {
  it('draws a ranking of a few units as one Plot chart', () => {
    const chart = draw(12);
    expect(chart.bands).toHaveLength(1);
    expect(chart.bands[0].svg.querySelectorAll('.fz-rank-bar rect')).toHaveLength(12);
    expect(chart.height).toBe(chart.bands[0].height);
  });

  it(`draws a long one in bands of ${BAND_ROWS} rows, each when first asked for, that stack into one chart`, () => {
    const chart = draw(103);
    expect(chart.bands.map((band) => band.drawn)).toEqual([true, false, false]);
    expect(chart.bands.map((band) => band.height / (chart.height / 103))).toEqual([50, 50, 3]);
    expect(chart.bands.reduce((sum, band) => sum + band.height, 0)).toBeCloseTo(chart.height, 6);
    // Every row a step below the one before, across the bands' seams too; each where Plot drew its bar, band by band.
    const step = chart.height / 103;
    expect(chart.positions).toHaveLength(103);
    chart.positions.forEach((at, i) => {
      expect(at.y - chart.positions[0].y, `row ${i}`).toBeCloseTo(i * step, 6);
      expect(at.height, `row ${i}`).toBeCloseTo(step, 6);
    });
    const bars = chart.bands.flatMap((band, b) =>
      [...band.svg.querySelectorAll('.fz-rank-bar rect, .fz-rank-bar-host rect')].map((bar) => ({
        y: b * BAND_ROWS * step + Number(bar.getAttribute('y')),
        height: Number(bar.getAttribute('height')),
      })),
    );
    expect(chart.bands.every((band) => band.drawn)).toBe(true);
    bars.sort((a, b) => a.y - b.y);
    bars.forEach((bar, i) => {
      const at = chart.positions[i];
      // The bar sits in the middle of its row: as much of the row above it as below.
      const above = bar.y - at.y;
      const below = at.y + step - (bar.y + bar.height);
      expect(above, `row ${i}`).toBeGreaterThan(0);
      expect(above, `row ${i}`).toBeCloseTo(below, 6);
    });
    // Every unit drawn once, with its figure and its place; the host's bar in the band that holds it.
    const all = (selector: string) =>
      chart.bands.flatMap((band) => [...band.svg.querySelectorAll(selector)].map((each) => each.textContent));
    expect(all('.fz-rank-value text')).toEqual(rowsOf(103).map((row) => row.valueText));
    expect(all('.fz-rank-place text')).toEqual(rowsOf(103).map((row) => row.place));
    expect(chart.bands.map((band) => band.svg.querySelectorAll('.fz-rank-bar-host rect').length)).toEqual([0, 1, 0]);
  });

  it('on a slide, draws every band at once, its rows as tall as the height gives', () => {
    const chart = rankingChart(rowsOf(60), {
      width: 720,
      fontSize: 14,
      height: 1000,
      document: document as unknown as Document,
      textWidth: textWidthEm,
    });
    expect(chart.bands.map((band) => band.drawn)).toEqual([true, true]);
    expect(chart.positions).toHaveLength(60);
    expect(chart.positions[59].y + (chart.positions[59].height ?? 0)).toBeLessThanOrEqual(1000 + 1e-6);
  });

  it('gives every band the same scale: a figure is as long a bar in the last band as in the first', () => {
    const chart = draw(60);
    const widthOf = (band: number, value: number) => {
      const bars = [...chart.bands[band].svg.querySelectorAll('.fz-rank-bar rect')];
      const values = rowsOf(60)
        .slice(band * BAND_ROWS, (band + 1) * BAND_ROWS)
        .filter((row) => !row.host);
      return Number(bars[values.findIndex((row) => row.value === value)]?.getAttribute('width')) / value;
    };
    expect(widthOf(1, 945)).toBeCloseTo(widthOf(0, 1000), 6);
    const margins = chart.bands.map((band) => band.svg.querySelector('.fz-rank-bar rect')?.getAttribute('x'));
    expect(new Set(margins).size).toBe(1);
  });
});
