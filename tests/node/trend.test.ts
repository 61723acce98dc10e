import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import sample from '../../demo/data/sample-multi-year.json';
import { textWidthEm } from '../../src/charts/text.js';
import { trendChart } from '../../src/charts/trend-chart.js';
import { offeredFigures } from '../../src/comparing/figures.js';
import { asWritten, digitsOf } from '../../src/comparing/ranking.js';
import { trendModel } from '../../src/comparing/trend-model.js';
import { deriveYear } from '../../src/data/derive.js';
import { parseDataset } from '../../src/data/validate.js';
import { slideGridOf } from '../../src/elements/fz-trend/trend-view.js';

const dataset = parseDataset(sample);
const { document } = new Window();
/** The names of the sample's headline figures' charts, in their order. */
const headlines = (lang: 'zh-CN' | 'en') =>
  trendModel(dataset, lang)
    .sections.flatMap((section) => section.panels)
    .filter((panel) => panel.role === 'headline')
    .map((panel) => panel.name);

describe('the legality reviews’ totals over the years', () => {
  it('never put a total a report states, every kind added up and a few kinds added up on one line', () => {
    const mixed = parseDataset({
      ...sample,
      years: sample.years.slice(1).map((entry, i) => ({
        ...entry,
        legality: [
          { total: { value: 98, quote: '（示例）合法性审查98件' } },
          entry.legality,
          { decisions: entry.legality!.decisions, contracts: entry.legality!.contracts },
        ][i],
      })),
    });
    const lines = trendModel(mixed, 'zh-CN')
      .sections.flatMap((section) => section.panels)
      .filter((panel) => panel.key.startsWith('legality.') && !panel.key.includes('.share'))
      .map((panel) => [panel.key, panel.values]);
    expect(lines).toEqual(
      expect.arrayContaining([
        ['legality.total', [98, null, null]],
        ['legality.sum', [null, 68, null]],
        ['legality.sum-decisions-contracts', [null, null, 73]],
      ]),
    );
  });
});

describe('the figures the sections offer', () => {
  it('are every headline figure and part of every section the year gives, and each part’s share, named by section and id', () => {
    const figures = offeredFigures(deriveYear(dataset, 2024), 'zh-CN');
    const keys = figures.map((figure) => figure.key);
    expect(keys.slice(0, 4)).toEqual(['petitions.total', 'petitions.hotline-12345', 'petitions.hotline-12345.share', 'petitions.visits']);
    expect(keys).toContain('mediation.stated-rate');
    expect(keys).toContain('mediation.accepted');
    expect(keys).toContain('training.total');
    expect(keys).toContain('reviews.head-appearance-rate');
    expect(keys).toContain('legality.sum');
    // The platforms' values only size their cards: no figure of the report.
    expect(keys.some((key) => key.startsWith('platforms.'))).toBe(false);
    expect(figures.find((figure) => figure.key === 'petitions.hotline-12345.share')).toMatchObject({
      label: '12345热线占比',
      measure: 'share',
      valueText: '88.2%',
      quote: '（示例）12345热线380件',
    });
    expect(figures.find((figure) => figure.key === 'mediation.stated-rate')).toMatchObject({
      measure: 'rate',
      value: 0.98,
      valueText: '98%',
    });
  });
});

describe('trendModel(sample)', () => {
  const model = trendModel(dataset, 'zh-CN');
  const panels = model.sections.flatMap((section) => section.panels);

  it('says how each headline figure moved: 2021年至2024年信访总量由612件降至431件，下降29.6%', () => {
    expect(model.summary).toContain('2021年至2024年信访总量由612件降至431件，下降29.6%');
    expect(model.summary).toContain('2022年至2024年报告所述调解成功率由95%升至98%，上升3个百分点');
    expect(trendModel(dataset, 'en').summary).toContain('From 2021 to 2024, petitions in total fell from 612 to 431, down 29.6%');
  });

  it('names each headline figure so that it stands alone, as a slide shows it with no section title above', () => {
    expect(headlines('zh-CN')).toEqual([
      '信访总量',
      '报告所述调解成功率',
      '按数计算调解成功率',
      // Sums worked out from the report's figures, as a ranking names them: not the report's own figures.
      '学习培训合计（计算值）',
      '行政机关负责人出庭应诉率',
      '合法性审查（三类合计）（计算值）',
    ]);
    expect(headlines('en')).toContain('Mediation success as stated');
    expect(headlines('en')).toContain('Mediation success by the counts');
  });

  it('lists every figure of every year of the sample in its table, with the report’s words', () => {
    const rows = new Map(model.rows.map((row) => [row.id, row]));
    let count = 0;
    for (const year of [2021, 2022, 2023, 2024])
      for (const figure of offeredFigures(deriveYear(dataset, year), 'zh-CN')) {
        const row = rows.get(`${figure.key}@${year}`);
        // Its value as it is written (88.2% is 0.882), its words and the report's.
        expect(row, `${figure.key}@${year}`).toMatchObject({
          value: asWritten(figure.value, digitsOf(figure.measure, false)),
          valueText: figure.valueText,
          quote: figure.quote,
        });
        // Each row's name is its own (复议审结, 应诉审结: each says its part); a sum worked out from the report says so.
        const named = figure.computed && figure.measure === 'count' ? `${figure.label}（计算值）` : figure.label;
        expect(row?.label).toBe(`${named}（${year}年）`);
        count++;
      }
    expect(count).toBeGreaterThan(100);
  });

  it('never takes a year whose report does not give a figure for zero: it is a missing point', () => {
    const accepted = panels.find((panel) => panel.key === 'mediation.accepted');
    expect(accepted?.values).toEqual([null, 84, 92, 101]);
    expect(accepted?.points[0]).toMatchObject({ reported: false, valueText: '2021年：未列出', details: ['2021年报告未列出'] });
    expect(accepted?.sentence).toBe('2022年至2024年受理案件由84起升至101起，上升20.2%。');
    const row = model.rows.find((candidate) => candidate.id === 'mediation.accepted@2021');
    expect(row).toMatchObject({ reported: false, valueText: '未列出' });
  });

  it('names two figures a report calls alike each with the part it belongs to: a petitions channel and a kind of training both 来访', () => {
    const alike = parseDataset({
      ...sample,
      years: sample.years.map((entry) =>
        entry.training ? { ...entry, training: entry.training.map((item, i) => (i === 0 ? { ...item, label: '来访' } : item)) } : entry,
      ),
    });
    const named = trendModel(alike, 'zh-CN')
      .sections.flatMap((section) => section.panels)
      .filter((panel) => panel.name.endsWith('来访'))
      .map((panel) => panel.name);
    expect(named).toHaveLength(2);
    expect(
      named.every((name) => /^.+：来访$/.test(name)),
      named.join(),
    ).toBe(true);
    expect(new Set(named).size).toBe(2);
  });

  it('names every figure’s chart apart: the cases decided of each part say their part (复议审结, 应诉审结)', () => {
    const decided = panels.filter((panel) => panel.key.endsWith('-decided'));
    expect(decided.map((panel) => panel.name)).toEqual(['复议审结', '应诉审结']);
    expect(decided[0].sentence).toBe('2022年至2024年复议审结由3件升至5件，上升66.7%。');
    expect(decided[1].points[3].label).toBe('应诉审结');
    // Every chart has a name of its own; a name no other figure has stays as the report's section says it.
    expect(new Set(panels.map((panel) => panel.name)).size).toBe(panels.length);
    expect(panels.find((panel) => panel.key === 'petitions.total')?.name).toBe('信访总量');
    const english = trendModel(dataset, 'en')
      .sections.flatMap((section) => section.panels)
      .filter((panel) => panel.key.endsWith('-decided'));
    expect(english.map((panel) => panel.name)).toEqual(['Reconsiderations decided', 'Lawsuits decided']);
  });

  it('files each value as it is written: a rate worked out from counts to a hundredth of a percent', () => {
    const computed = model.rows.filter((row) => row.id.startsWith('mediation.computed-rate@') && row.reported !== false);
    expect(computed.length).toBeGreaterThan(0);
    for (const row of computed) expect(String(row.value)).toMatch(/^0\.\d{1,4}$/);
  });

  it('shows only the headline figures when asked', () => {
    const headlines = trendModel(dataset, 'zh-CN', 'headlines').sections.flatMap((section) => section.panels.map((panel) => panel.key));
    expect(headlines).toEqual([
      'petitions.total',
      'mediation.stated-rate',
      'mediation.computed-rate',
      'training.total',
      'reviews.head-appearance-rate',
      'legality.sum',
    ]);
  });
});

describe('trendChart', () => {
  const accepted = trendModel(dataset, 'zh-CN')
    .sections.flatMap((section) => section.panels)
    .find((panel) => panel.key === 'mediation.accepted')!;
  const draw = (width: number, more: { height?: number; year?: number } = {}) =>
    trendChart(
      {
        years: [2021, 2022, 2023, 2024],
        values: accepted.values,
        texts: accepted.texts,
        names: accepted.points.map((point) => point.name),
        measure: 'count',
      },
      { width, height: 160, fontSize: 14, notGiven: '未列出', document: document as unknown as Document, textWidth: textWidthEm, ...more },
    );

  it('draws a dot and its value for every year that gives the figure, none for the year that does not', () => {
    const { svg } = draw(480);
    const dots = [...svg.querySelectorAll('.fz-trend-dot circle')];
    expect(dots.map((dot) => dot.getAttribute('aria-label'))).toEqual(['2022年，84起', '2023年，92起', '2024年，101起']);
    expect([...svg.querySelectorAll('.fz-trend-value text')].map((text) => text.textContent)).toEqual(['84起', '92起', '101起']);
  });

  it('marks the missing year with a dotted rule and the words 未列出, and draws no line into it', () => {
    const { svg, positions } = draw(480);
    expect(svg.querySelectorAll('.fz-trend-missing line')).toHaveLength(1);
    expect(svg.querySelector('.fz-trend-missing-label text')?.textContent).toBe('未列出');
    // The dotted rule stops below the words: it does not strike them through.
    const rule = svg.querySelector('.fz-trend-missing line')!;
    const ruleTop = Math.min(Number(rule.getAttribute('y1')), Number(rule.getAttribute('y2')));
    const label = svg.querySelector('.fz-trend-missing-label text')!;
    const labelY = Number(/translate\([^,]+,([\d.]+)\)/.exec(label.getAttribute('transform') ?? '')?.[1] ?? label.getAttribute('y'));
    expect(ruleTop).toBeGreaterThan(labelY + 14 * 0.6);
    const path = svg.querySelector('.fz-trend-line path')?.getAttribute('d') ?? '';
    // The line starts at 2022: nothing is drawn at 2021's place.
    expect(path.startsWith(`M${positions[1].x},`)).toBe(true);
    expect(path).not.toContain(`${positions[0].x},`);
  });

  it('writes 未列出 (not given) only where it has room between its year’s neighbours: never over the next point or its value', () => {
    for (const [notGiven, width] of [
      ['not given', 296],
      ['未列出', 296],
      ['not given', 600],
    ] as const) {
      const { svg, positions } = trendChart(
        {
          years: [2021, 2022, 2023, 2024],
          values: [null, 59, 68, 77],
          texts: ['', '59件', '68件', '77件'],
          names: ['a', 'b', 'c', 'd'],
          measure: 'count',
        },
        { width, height: 180, fontSize: 24, notGiven, document: document as unknown as Document, textWidth: textWidthEm },
      );
      const label = svg.querySelector('.fz-trend-missing-label text');
      if (!label) continue;
      // Where it stands: its own place, moved by its mark's group (in from the chart's edge).
      const shift = (element: Element | null) => Number(/translate\(([\d.-]+),/.exec(element?.getAttribute('transform') ?? '')?.[1] ?? 0);
      const x = shift(label) + shift(label.parentElement);
      const half = (textWidthEm(notGiven) * 24) / 2;
      // Clear of the next point's value, written centred above it (59件: 1.64 em wide).
      expect(x + half, `${notGiven} at ${width}`).toBeLessThanOrEqual(positions[1].x - (textWidthEm('59件') * 24) / 2);
      expect(x - half).toBeGreaterThanOrEqual(0);
    }
    // Where it fits, it is written.
    const wide = trendChart(
      {
        years: [2021, 2022, 2023, 2024],
        values: [null, 59, 68, 77],
        texts: ['', '59件', '68件', '77件'],
        names: ['a', 'b', 'c', 'd'],
        measure: 'count',
      },
      { width: 600, height: 180, fontSize: 24, notGiven: 'not given', document: document as unknown as Document, textWidth: textWidthEm },
    );
    expect(wide.svg.querySelector('.fz-trend-missing-label text')?.textContent).toBe('not given');
    // Year by year: where one missing year has room for the word and another has not, the first still has it.
    const some = trendChart(
      {
        years: [2019, 2020, 2021, 2022, 2023, 2024],
        values: [null, 1000, 10000, 4800, null, 4800],
        texts: ['', '1000件', '10000件', '4800件', '', '4800件'],
        names: ['a', 'b', 'c', 'd', 'e', 'f'],
        measure: 'count',
      },
      { width: 367, height: 180, fontSize: 14, notGiven: 'not given', document: document as unknown as Document, textWidth: textWidthEm },
    );
    expect(some.svg.querySelectorAll('.fz-trend-missing-label text')).toHaveLength(1);
    expect(some.svg.querySelectorAll('.fz-trend-missing line')).toHaveLength(2);
  });

  it('writes years on its axis a year’s width apart, the latest always, the year chosen bold: never two touching', () => {
    // Narrow: room for every other year. From the latest back, 2022 and 2024, not 2021, 2023 and 2024 side by side.
    const narrow = (year?: number) => draw(150, { height: 120, year }).svg;
    const years = (svg: SVGSVGElement) =>
      [...svg.querySelectorAll('.fz-trend-axis text, .fz-trend-axis-year text')].map((text) => text.textContent).sort();
    expect(years(narrow())).toEqual(['2022', '2024']);
    expect(years(narrow(2024))).toEqual(['2022', '2024']);
    expect(narrow(2024).querySelector('.fz-trend-axis-year text')?.textContent).toBe('2024');
    // Wide: every year.
    expect(years(draw(480).svg)).toEqual(['2021', '2022', '2023', '2024']);
  });

  it('leaves out Plot’s inline <style>, which a strict Content-Security-Policy refuses', () => {
    const { svg } = draw(480);
    expect(svg.querySelector('style')).toBeNull();
    expect(svg.getAttribute('class')).toBe('fz-plot');
  });
});

describe('a slide’s grid of the trend’s charts', () => {
  const titles = ['Petitions in total', 'Mediation success as stated', 'Mediation success by the counts', 'Sessions in total'];

  it('breaks a title too long for its cell into lines, and leaves each chart the height under the longest', () => {
    const fontSize = 20;
    const grid = slideGridOf(titles, 600, 600, fontSize, 10 * fontSize);
    expect(grid.titleLines).toHaveLength(titles.length);
    for (const [i, lines] of grid.titleLines.entries()) {
      expect(lines.join(' ')).toBe(titles[i]);
      // Bold, a little wider than the estimate: still inside the cell.
      for (const line of lines) expect(textWidthEm(line) * fontSize * 1.1).toBeLessThanOrEqual(grid.cellWidth);
    }
    const most = Math.max(...grid.titleLines.map((lines) => lines.length));
    expect(most).toBeGreaterThan(1);
    const rows = Math.ceil(titles.length / grid.columns);
    expect(grid.titleHeight).toBeGreaterThanOrEqual(fontSize * 1.25 * most);
    expect(rows * (grid.titleHeight + grid.chartHeight) + (rows - 1) * grid.gap.y).toBeLessThanOrEqual(600);
  });

  it('breaks a title into lines as long as each other: never one character alone on its last (行政机关负责人出庭应诉 / 率)', () => {
    // The sample's six headline charts in three columns on a 1024 × 768 slide: the greedy break left 率 alone.
    const grid = slideGridOf(headlines('zh-CN'), 960, 470, 24.192, 10 * 24.192);
    expect(grid.columns).toBe(3);
    const lines = grid.titleLines[4];
    expect(lines.join('')).toBe('行政机关负责人出庭应诉率');
    expect(lines.length).toBeGreaterThan(1);
    expect(Math.min(...lines.map((line) => [...line].length))).toBeGreaterThanOrEqual(Math.floor(12 / lines.length));
  });

  it('keeps a title that fits on one line of its cell', () => {
    const grid = slideGridOf(['信访总量', '学习培训合计'], 900, 600, 20, 200);
    expect(grid.titleLines).toEqual([['信访总量'], ['学习培训合计']]);
    expect(grid.titleHeight).toBe(30);
  });
});
