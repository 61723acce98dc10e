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

  it(`draws a long one in bands of ${BAND_ROWS} rows that stack into one chart: every row a step below the one before, across the bands' seams too`, () => {
    const chart = draw(103);
    expect(chart.bands.map((band) => band.positions.length)).toEqual([50, 50, 3]);
    expect(chart.bands.reduce((sum, band) => sum + band.height, 0)).toBeCloseTo(chart.height, 6);
    const step = chart.height / 103;
    expect(chart.positions).toHaveLength(103);
    chart.positions.forEach((at, i) => {
      expect(at.y - chart.positions[0].y, `row ${i}`).toBeCloseTo(i * step, 6);
      expect(at.height, `row ${i}`).toBeCloseTo(step, 6);
    });
    // Every unit drawn once, with its name, its figure and its place; the host's bar in the band that holds it.
    const all = (selector: string) =>
      chart.bands.flatMap((band) => [...band.svg.querySelectorAll(selector)].map((each) => each.textContent));
    expect(all('.fz-rank-value text')).toEqual(rowsOf(103).map((row) => row.valueText));
    expect(all('.fz-rank-place text')).toEqual(rowsOf(103).map((row) => row.place));
    expect(chart.bands.map((band) => band.svg.querySelectorAll('.fz-rank-bar-host rect').length)).toEqual([0, 1, 0]);
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
