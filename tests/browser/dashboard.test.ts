import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import beiyang from '../../data/beiyang.json';
import { allFz, cleanup, deepText, inShadow, mount, settled } from './helpers.js';

const SAMPLE = '/demo/data/sample-multi-year.json';

afterEach(() => {
  vi.restoreAllMocks();
  cleanup();
});

/** What an element holds as its dataset, as loaded or handed down (not part of the public API). */
const stateOf = (element: Element) => (element as unknown as { datasetState: unknown }).datasetState;
const charts = (dashboard: Element) => allFz(dashboard).slice(1);

describe('a dashboard', () => {
  it('checks its dataset once and hands that same dataset to its charts, which neither load nor check it again', async () => {
    const dashboard = mount('fz-dashboard', {}, 1280, { data: structuredClone(beiyang) });
    await settled(dashboard);
    expect(charts(dashboard)).toHaveLength(4);
    for (const chart of charts(dashboard)) {
      expect(stateOf(chart)).toBe(stateOf(dashboard));
      expect(chart.hasAttribute('src') || (chart as unknown as { data?: unknown }).data !== undefined).toBe(false);
    }
  });

  it('hands a new dataset to its charts when its own changes', async () => {
    const dashboard = mount('fz-dashboard', {}, 1280, { data: structuredClone(beiyang) });
    await settled(dashboard);
    const changed = structuredClone(beiyang) as any;
    changed.years[0].training[0].value = 20;
    (dashboard as unknown as { data: unknown }).data = changed;
    const training = charts(dashboard).find((chart) => chart.localName === 'fz-training')!;
    await expect.poll(() => deepText(training)).toContain('学习培训合计 49次');
  });

  it('hands its year to its charts: they follow it, carry no year of their own, and ignore other groups', async () => {
    const toggle = mount('fz-year-toggle', { src: SAMPLE });
    const dashboard = mount('fz-dashboard', { src: SAMPLE, group: 'report', year: '2022' }, 1280);
    await settled(toggle);
    await settled(dashboard);
    const petitions = charts(dashboard)[0];
    expect(deepText(petitions)).toContain('信访总量540件');
    expect(charts(dashboard).every((chart) => !chart.hasAttribute('year') && !chart.hasAttribute('group'))).toBe(true);

    await userEvent.click(inShadow(toggle, 'input[value="2021"]')!.parentElement!);
    await expect.poll(() => location.hash).toBe('#year=2021');
    expect(deepText(petitions)).toContain('信访总量540件');

    (dashboard as unknown as { year: number; compare: string }).year = 2023;
    (dashboard as unknown as { compare: string }).compare = 'previous';
    await expect.poll(() => deepText(petitions)).toContain('2023年信访总量478件，比2022年减少62件');
  });

  it('follows a toggle of its own group, and so do its charts', async () => {
    const toggle = mount('fz-year-toggle', { src: SAMPLE, group: 'g' });
    const dashboard = mount('fz-dashboard', { src: SAMPLE, group: 'g' }, 1280);
    await settled(toggle);
    await settled(dashboard);
    await userEvent.click(inShadow(toggle, 'input[value="2021"]')!.parentElement!);
    for (const chart of charts(dashboard)) await expect.poll(() => inShadow(chart, '.subtitle')?.textContent).toContain('2021年');
  });
});

describe('行政复议与行政应诉, a section only some reports give', () => {
  it('is on the dashboard only in the years that give it, with its headline figure', async () => {
    const dashboard = mount('fz-dashboard', { src: SAMPLE, group: 'reviews' }, 1280);
    await settled(dashboard);
    expect(charts(dashboard).map((chart) => chart.localName)).toEqual([
      'fz-petitions',
      'fz-mediation',
      'fz-training',
      'fz-platforms',
      'fz-reviews',
      'fz-legality',
    ]);
    const keyFigures = () =>
      [...dashboard.shadowRoot!.querySelectorAll('.key-figure')].map((figure) => figure.textContent!.replace(/\s+/g, ''));
    expect(keyFigures()).toContain('负责人出庭应诉率100%');
    (dashboard as unknown as { year: number }).year = 2021;
    await expect
      .poll(() => charts(dashboard).map((chart) => chart.localName))
      .toEqual(['fz-petitions', 'fz-mediation', 'fz-training', 'fz-platforms']);
    expect(keyFigures().some((figure) => figure.includes('应诉'))).toBe(false);
  });

  it('is not on the dashboard of a report that gives none, which stays as it was', async () => {
    const dashboard = mount('fz-dashboard', { src: '/data/beiyang.json' }, 1280);
    await settled(dashboard);
    expect(charts(dashboard).map((chart) => chart.localName)).toEqual(['fz-petitions', 'fz-mediation', 'fz-training', 'fz-platforms']);
  });

  it('alone, says so of a report that gives none, and charts one that does', async () => {
    const none = mount('fz-reviews', { src: '/data/beiyang.json' }, 640);
    const given = mount('fz-reviews', { src: SAMPLE, group: 'alone', compare: 'previous' }, 640);
    await settled(none);
    await settled(given);
    expect(deepText(none)).toContain('本年度报告未列出行政复议与应诉数据。');
    const text = deepText(given);
    for (const piece of [
      '行政复议与行政应诉',
      '行政机关负责人出庭应诉率',
      '100%',
      '案件',
      '应诉案件',
      '审结',
      '（示例）行政机关负责人出庭应诉率100%',
    ])
      expect(text).toContain(piece);
    expect(given.shadowRoot!.querySelectorAll('.fz-bar-compared rect')).toHaveLength(4);
  });
});
