import { describe, expect, it } from 'vitest';
import beiyang from '../../data/beiyang.json';
import sample from '../../demo/data/sample-multi-year.json';
import { parseDataset } from '../../src/data/validate.js';
import { deckOf, FIGURES_A_SLIDE, frameSlides } from '../../src/export/deck-of.js';
import type { DeckBars, DeckSlide } from '../../src/export/deck-types.js';
import { messages } from '../../src/i18n/messages.js';
import { chartModelOf, subtitleOf } from '../../src/runtime/chart-model.js';
import { showingOf } from '../../src/runtime/showing.js';
import { sections } from '../../src/sections/registry.js';
import type { AnySection, KeyFigure } from '../../src/sections/section.js';
import { mutated } from '../helpers/dataset.js';

const t = messages['zh-CN'];

/** The deck the dashboard writes for `data` in `year`, worked out as the dashboard does (without its element). */
function deckFor(data: unknown, year?: number, compare?: string) {
  const dataset = parseDataset(data);
  const showing = showingOf({ status: 'ready', dataset }, year, compare);
  if (showing.status !== 'shown') throw new Error('not shown');
  const shown = (sections as readonly AnySection[]).filter((section) => !section.onlyWhenGiven || section.key in showing.figures);
  const charts = shown.map((section) => chartModelOf(section, showing, { t, lang: 'zh-CN' }));
  const keyFigures: KeyFigure[] = [{ label: '信访总量', value: '393件' }];
  return deckOf({
    t,
    lang: 'zh-CN',
    unitYear: subtitleOf(showing.figures, undefined, t, 'zh-CN'),
    subtitle: subtitleOf(showing.figures, undefined, t, 'zh-CN'),
    source: showing.figures.source,
    keyFigures,
    mark: showing.figures.mark,
    charts,
  });
}

const chartOf = (slides: DeckSlide[], title: string) => {
  const slide = slides.find((candidate) => candidate.kind === 'chart' && candidate.title === title);
  if (slide?.kind !== 'chart') throw new Error(`no chart slide ${title}`);
  return slide;
};

describe('deckOf(dashboard)', () => {
  it('makes the presentation’s slides: title, key figures, one per chart, the source', () => {
    const deck = deckFor(beiyang);
    expect(deck.slides.map((slide) => (slide.kind === 'chart' ? slide.title : slide.kind))).toEqual([
      'title',
      'figures',
      '信访件按渠道分布',
      '矛盾纠纷调解',
      '法治学习与培训',
      '基层智治平台',
      'closing',
    ]);
    expect(deck.title).toBe('北洋镇2024年度法治政府建设年度报告');
    expect(deck.author).toBe('北洋镇人民政府');
    expect(deck.sample).toBeUndefined();
  });

  it('charts the subsets (其中…，不另计) apart from the channels, so that no chart adds up past the total of 393', () => {
    const chart = chartOf(deckFor(beiyang).slides, '信访件按渠道分布').chart as DeckBars;
    expect(chart.series).toHaveLength(1);
    expect(chart.series[0].bars.map(({ label, value }) => `${label} ${value}`)).toEqual(['12345热线 354', '来访 8', '来信 2', '网信 29']);
    expect(chart.subsets?.heading).toBe('其中（已含在上述渠道中，不另计）');
    expect(chart.subsets?.series[0].bars.map(({ label, value }) => `${label} ${value}`)).toEqual(['省级来信 2', '市级来访 4', '重复件 5']);
    for (const series of [chart.series, chart.subsets!.series])
      for (const { bars } of series) expect(bars.reduce((sum, bar) => sum + (bar.value ?? 0), 0)).toBeLessThanOrEqual(393);
  });

  it('says the meeting, who reports it and when on the title slide, and names the unit for the band', () => {
    const dataset = parseDataset(beiyang);
    const showing = showingOf({ status: 'ready', dataset }, undefined, undefined);
    if (showing.status !== 'shown') throw new Error('not shown');
    const deck = deckOf({
      t,
      lang: 'zh-CN',
      unitYear: '北洋镇 · 2024年',
      subtitle: '北洋镇 · 2024年',
      source: showing.figures.source,
      keyFigures: [],
      charts: [],
      occasion: { meeting: '北洋镇第十八届人民代表大会第五次会议', reportingUnit: '北洋镇司法所', reporter: '王明', date: '2025-03-10' },
      band: '北洋镇司法所',
      theme: 'red',
      aspect: '4:3',
    });
    expect(deck.slides[0]).toEqual({
      kind: 'title',
      title: '北洋镇2024年度法治政府建设年度报告',
      subtitle: '北洋镇 · 2024年',
      meeting: '北洋镇第十八届人民代表大会第五次会议',
      date: '汇报单位：北洋镇司法所\n汇报人：王明\n2025年3月10日',
    });
    expect(deck.band).toBe('北洋镇司法所');
    expect(deck.aspect).toBe('4:3');
    expect(deck.colours?.accent).toBe('#b3141b');
  });

  it('puts the report’s words for every figure in the speaker notes', () => {
    const slide = chartOf(deckFor(beiyang).slides, '矛盾纠纷调解');
    expect(slide.notes).toContain('报告所述调解成功率：“成功率达99%”');
    expect(slide.notes.join('\n')).toContain('受理案件：');
    expect(slide.source).toBe('来源：北洋镇人民政府《北洋镇2024年度法治政府建设年度报告》（2025年2月24日）');
  });

  it('draws the platforms as a hub with its parts, not as bars', () => {
    const slide = chartOf(deckFor(beiyang).slides, '基层智治平台');
    expect(slide.chart).toEqual({
      kind: 'hub',
      hub: '基层智治',
      parts: ['党建统领', '经济生态', '平安法治', '公共服务'].map((label) => ({ label, detail: '' })),
    });
    // Its summary and the note under it, one paragraph as Chinese writes one: no space after 。.
    expect(slide.summary).toContain('公共服务。本年度报告未列出各平台的具体数据。');
  });

  it('when comparing, gives the compared year its series first, and a part of a run its heading', () => {
    const deck = deckFor(sample, 2024, 'previous');
    expect(deck.sample).toBe('示例数据');
    const petitions = chartOf(deck.slides, '信访件按渠道分布').chart as DeckBars;
    expect(petitions.series.map((series) => series.name)).toEqual(['2023年', '2024年']);
    const reviews = chartOf(deck.slides, '行政复议与行政应诉').chart as DeckBars;
    expect(reviews.series[1].bars.map((bar) => bar.label)).toEqual([
      '行政复议：复议案件',
      '行政复议：复议审结',
      '行政应诉：应诉案件',
      '行政应诉：应诉审结',
    ]);
  });

  it('never takes a figure the compared year lacks for zero', () => {
    const deck = deckFor(sample, 2022, 'previous');
    const reviews = deck.slides.find((slide) => slide.kind === 'chart' && slide.title === '行政复议与行政应诉');
    // 2021 gives no reviews at all: the slide shows 2022 alone.
    expect(reviews?.kind === 'chart' && (reviews.chart as DeckBars).series.map((series) => series.name)).toEqual(['2022年']);
    // A year before 2024 whose report gives no online petitions (网信), and no letters at all (0):
    // the online bar of that year is empty, the letters bar 0.
    const earlier = mutated((data) => {
      const year = structuredClone(data.years[0]);
      year.year = 2023;
      year.petitions.channels = year.petitions.channels.filter((channel: { id: string }) => channel.id !== 'online');
      for (const channel of year.petitions.channels) if (channel.id === 'letters') channel.value = 0;
      year.petitions.total.value = year.petitions.channels.reduce((sum: number, channel: { value: number }) => sum + channel.value, 0);
      data.years.unshift(year);
    });
    const petitions = chartOf(deckFor(earlier, 2024, 'previous').slides, '信访件按渠道分布').chart as DeckBars;
    const compared = Object.fromEntries(petitions.series[0].bars.map((bar) => [bar.label, bar.value]));
    expect(petitions.series[0].name).toBe('2023年');
    expect(compared.网信).toBeNull();
    expect(compared.来信).toBe(0);
    expect(compared['12345热线']).toBe(354);
  });
});

describe('the key figures', () => {
  const source = parseDataset(beiyang).years[0].source;
  /** The key figures slides of `count` figures: each slide's title and figures. */
  const figureSlidesOf = (count: number, lang: 'zh-CN' | 'en' = 'zh-CN') =>
    frameSlides({
      t: messages[lang],
      unitYear: '北洋镇 · 2024年',
      subtitle: '北洋镇 · 2024年',
      source,
      keyFigures: Array.from({ length: count }, (_, i) => ({ label: `数据${i + 1}`, value: `${i + 1}件` })),
    }).before.flatMap((slide) => (slide.kind === 'figures' ? [[slide.title, slide.figures.map((figure) => figure.value).join(' ')]] : []));

  it('are one slide for the six sections a report gives today, three by two', () => {
    expect(FIGURES_A_SLIDE).toBe(6);
    expect(figureSlidesOf(4)).toEqual([['主要数据', '1件 2件 3件 4件']]);
    expect(figureSlidesOf(6)).toEqual([['主要数据', '1件 2件 3件 4件 5件 6件']]);
  });

  it('take as many slides as they need when a town’s reports add sections, as even as can be, each titled with its part', () => {
    expect(figureSlidesOf(7)).toEqual([
      ['主要数据（1/2）', '1件 2件 3件 4件'],
      ['主要数据（2/2）', '5件 6件 7件'],
    ]);
    expect(figureSlidesOf(8).map(([, figures]) => figures)).toEqual(['1件 2件 3件 4件', '5件 6件 7件 8件']);
    expect(figureSlidesOf(13).map(([, figures]) => figures.split(' ').length)).toEqual([5, 4, 4]);
    expect(figureSlidesOf(7, 'en').map(([title]) => title)).toEqual(['Key figures (1 of 2)', 'Key figures (2 of 2)']);
  });
});
