import { posix } from 'node:path';
import { Window } from 'happy-dom';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { textWidthEm } from '../../src/charts/text.js';
import { writeDeck } from '../../src/export/deck.js';
import type { Deck, DeckBars, DeckSlide } from '../../src/export/deck-types.js';
import { pptxXmlParts, wellFormed } from '../helpers/files.js';

const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
const EMU_PER_INCH = 914_400;

const channels2024 = [
  { label: '12345热线', value: 354, valueText: '354件' },
  { label: '来访', value: 29, valueText: '29件' },
  { label: '来信', value: 8, valueText: '8件' },
  { label: '网上信访', value: 2, valueText: '2件' },
];
const channels2023 = [
  { label: '12345热线', value: 310, valueText: '310件' },
  { label: '来访', value: 41, valueText: '41件' },
  { label: '来信', value: 12, valueText: '12件' },
  // The 2023 report does not give this channel: a blank, never a 0.
  { label: '网上信访', value: null, valueText: '未公布' },
];
const platforms = [
  { label: '党建统领', detail: '网格党支部覆盖全镇二十一个村社区' },
  { label: '经济生态', detail: '企业服务专员联系辖区一百二十六家企业' },
  { label: '平安法治', detail: '矛盾纠纷调解成功率98.5%' },
  { label: '公共服务', detail: '便民服务事项全程网上办理' },
];

/** As long as a summary gets: 90 characters. */
const longSummary =
  '全年共受理群众信访事项三百九十三件，其中通过一二三四五热线反映的占九成以上，来访和来信数量均较上年明显减少，网上信访仍然很少，群众反映诉求的渠道正在集中到热线，需继续做好热线办理。';

const slides: DeckSlide[] = [
  { kind: 'title', title: '北洋镇2024年法治政府建设年度报告', subtitle: '北洋镇 · 2024年', date: '北洋镇人民政府 · 发布日期：2025-02-24' },
  {
    kind: 'figures',
    title: '全年要点',
    subtitle: '2024年，与2023年相比',
    figures: [
      { label: '信访总量', value: '393件', change: '较上年 +25件' },
      { label: '调解成功率', value: '98.5%', change: '较上年 +1.2个百分点' },
      { label: '法治培训', value: '12场' },
      { label: '基层治理平台', value: '4个' },
    ],
  },
  {
    kind: 'chart',
    title: '九成信访经12345热线反映',
    subtitle: '2024年信访渠道',
    summary: longSummary,
    chart: { kind: 'bars', series: [{ name: '2024年', bars: channels2024 }] },
    source: '来源：北洋镇2024年法治政府建设年度报告',
    notes: ['12345热线：「全年通过12345热线受理群众诉求354件」', '来访：「接待群众来访29批次」'],
  },
  {
    kind: 'chart',
    title: '热线增加，来访来信减少',
    subtitle: '2023年与2024年信访渠道对比',
    summary: '与2023年相比，12345热线增加44件，来访减少12件，来信减少4件。',
    chart: {
      kind: 'bars',
      series: [
        { name: '2023年', bars: channels2023 },
        { name: '2024年', bars: channels2024 },
      ],
    },
    source: '来源：北洋镇2023年、2024年法治政府建设年度报告',
    notes: ['2023年：「全年受理信访事项368件」', '2024年：「全年受理信访事项393件」'],
  },
  {
    kind: 'chart',
    title: '基层智治：四个平台',
    subtitle: '2024年基层治理',
    summary: '基层智治统领党建统领、经济生态、平安法治和公共服务四个平台。',
    chart: { kind: 'hub', hub: '基层智治', parts: platforms },
    source: '来源：北洋镇2024年法治政府建设年度报告',
    notes: ['基层智治：「构建“1+4”基层智治体系，四个平台协同运行」'],
  },
  { kind: 'closing', title: '谢谢', lines: ['北洋镇人民政府', '2025年1月'] },
];

const sampled: Deck = {
  title: '北洋镇 · 2024年 法治政府建设年度报告',
  author: '北洋镇人民政府',
  lang: 'zh-CN',
  sample: '示例数据（虚构）',
  slides,
};
const { sample: _, ...real } = sampled;

/** A written deck, unzipped, with the ways into it the tests need. */
interface Written {
  blob: Blob;
  zip: JSZip;
  /** `ppt/slides/slideN.xml`, in slide order. */
  slidePaths: string[];
  /** A part as a reader sees it drawn: each of its theme's colours as the colour (`<a:srgbClr val="1D5FA8"/>`). */
  read(path: string): Promise<string>;
  /** A part as written, naming its theme's colours (`<a:schemeClr val="accent1"/>`). */
  raw(path: string): Promise<string>;
  /** Where a part's relationship of this type (`chart`, `notesSlide`, `image`, `package`) points, as zip paths. */
  targets(partPath: string, type: string): Promise<string[]>;
}

const written = new Map<Deck, Promise<Written>>();

/** Writes each deck once for all the tests that read it. */
function write(deck: Deck): Promise<Written> {
  let entry = written.get(deck);
  if (!entry) {
    entry = unzip(deck);
    written.set(deck, entry);
  }
  return entry;
}

async function unzip(deck: Deck): Promise<Written> {
  const blob = await writeDeck(deck);
  const zip = await JSZip.loadAsync(await blob.arrayBuffer());
  const slidePaths = paths(zip, /^ppt\/slides\/slide(\d+)\.xml$/).sort((a, b) => slideNumber(a) - slideNumber(b));
  const raw = (path: string) => {
    const file = zip.file(path);
    if (!file) throw new Error(`${path} is not in the deck`);
    return file.async('string');
  };
  // The names a slide gives its theme's colours, and the theme's slots (the master's standard colour map).
  const scheme = schemeOf(await raw('ppt/theme/theme1.xml'));
  const slot: Record<string, string> = { tx1: 'dk1', bg1: 'lt1', tx2: 'dk2', bg2: 'lt2' };
  const read = async (path: string) =>
    (await raw(path)).replace(/<a:schemeClr val="(\w+)"(\/>|>(.*?)<\/a:schemeClr>)/gs, (whole, name: string, _end, inner?: string) => {
      const hex = scheme[slot[name] ?? name];
      if (!hex) return whole;
      return inner === undefined ? `<a:srgbClr val="${hex}"/>` : `<a:srgbClr val="${hex}">${inner}</a:srgbClr>`;
    });
  const targets = async (partPath: string, type: string) => {
    const rels = await read(`${posix.dirname(partPath)}/_rels/${posix.basename(partPath)}.rels`);
    return [...rels.matchAll(/<Relationship\b[^>]*>/g)]
      .map(([tag]) => tag)
      .filter((tag) => tag.includes(`/relationships/${type}"`))
      .map((tag) => resolveTarget(partPath, /Target="([^"]+)"/.exec(tag)![1]));
  };
  return { blob, zip, slidePaths, read, raw, targets };
}

function paths(zip: JSZip, pattern: RegExp): string[] {
  return Object.values(zip.files)
    .filter((file) => !file.dir && pattern.test(file.name))
    .map((file) => file.name);
}

function slideNumber(path: string): number {
  return Number(/(\d+)\.xml$/.exec(path)![1]);
}

/** Relationship targets are absolute (`/ppt/charts/chart1.xml`) or relative to the part's folder. */
function resolveTarget(partPath: string, target: string): string {
  return target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(posix.dirname(partPath), target));
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Every text run: its words, size in hundredths of a point, colour and language. */
function runs(xml: string): { text: string; size: number | null; color: string | null; lang: string | null }[] {
  return [...xml.matchAll(/<a:r>(.*?)<\/a:r>/gs)].map(([, run]) => {
    const properties = /<a:rPr\b([^>]*)>/.exec(run)?.[1] ?? '';
    return {
      text: decode(/<a:t>(.*?)<\/a:t>/s.exec(run)?.[1] ?? ''),
      size: Number(/\bsz="(\d+)"/.exec(properties)?.[1]) || null,
      color: /<a:srgbClr val="([0-9A-F]{6})"/i.exec(run)?.[1]?.toUpperCase() ?? null,
      lang: /\blang="([^"]+)"/.exec(properties)?.[1] ?? null,
    };
  });
}

/** A theme's colours by name (dk1, lt1, accent1…), as hex. */
function schemeOf(theme: string): Record<string, string> {
  const scheme = /<a:clrScheme\b[^>]*>(.*?)<\/a:clrScheme>/s.exec(theme)?.[1] ?? '';
  return Object.fromEntries(
    [...scheme.matchAll(/<a:(\w+)><a:(?:srgbClr val|sysClr val="\w+" lastClr)="([0-9A-Fa-f]{6})"/g)].map(([, name, hex]) => [
      name,
      hex.toUpperCase(),
    ]),
  );
}

/** Every font size set on a run, a paragraph default or a paragraph end, in hundredths of a point. */
function fontSizes(xml: string): number[] {
  return [...xml.matchAll(/<a:(?:rPr|defRPr|endParaRPr)\b[^>]*?\bsz="(\d+)"/g)].map(([, size]) => Number(size));
}

interface Shape {
  geometry: string;
  text: string;
  /** Inches. */
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The slide's shapes and chart frames with where they sit. */
function shapes(xml: string): Shape[] {
  return [...xml.matchAll(/<p:(sp|graphicFrame)>(.*?)<\/p:\1>/gs)].map(([, kind, body]) => {
    const [, x, y, w, h] = /<a:off x="(-?\d+)" y="(-?\d+)"\/>\s*<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(body)!.map(Number);
    return {
      geometry: kind === 'graphicFrame' ? 'chart' : (/<a:prstGeom prst="(\w+)"/.exec(body)?.[1] ?? ''),
      text: runs(body)
        .map((run) => run.text)
        .join(''),
      x: x / EMU_PER_INCH,
      y: y / EMU_PER_INCH,
      w: w / EMU_PER_INCH,
      h: h / EMU_PER_INCH,
    };
  });
}

/** Overlap by more than rounding: boxes that only touch don't count. */
function overlap(a: Shape, b: Shape): boolean {
  const slack = 0.01;
  return a.x + slack < b.x + b.w && b.x + slack < a.x + a.w && a.y + slack < b.y + b.h && b.y + slack < a.y + a.h;
}

function slideIndexes(kind: (slide: DeckSlide) => boolean): number[] {
  return slides.flatMap((slide, index) => (kind(slide) ? [index] : []));
}

const barsSlides = slideIndexes((slide) => slide.kind === 'chart' && slide.chart.kind === 'bars');
const chartSlides = slideIndexes((slide) => slide.kind === 'chart');
const hubSlide = slideIndexes((slide) => slide.kind === 'chart' && slide.chart.kind === 'hub')[0];
const figuresSlide = slideIndexes((slide) => slide.kind === 'figures')[0];

function barsOf(index: number): DeckBars {
  const slide = slides[index];
  if (slide.kind !== 'chart' || slide.chart.kind !== 'bars') throw new Error(`slide ${index + 1} has no bars`);
  return slide.chart;
}

async function chartXmlOf(deck: Written, index: number): Promise<string> {
  const charts = await deck.targets(deck.slidePaths[index], 'chart');
  expect(charts).toHaveLength(1);
  return deck.read(charts[0]);
}

/** 行政复议: no application and none concluded in 2024, and a figure the 2023 report does not give. */
const reviews: DeckBars = {
  kind: 'bars',
  series: [
    {
      name: '2023年',
      bars: [
        { label: '案件', value: 3, valueText: '3件' },
        { label: '审结', value: 3, valueText: '3件' },
        { label: '纠错', value: 0, valueText: '0件' },
        { label: '行政应诉', value: null, valueText: '未公布' },
      ],
    },
    {
      name: '2024年',
      bars: [
        { label: '案件', value: 0, valueText: '0件' },
        { label: '审结', value: 0, valueText: '0件' },
        { label: '纠错', value: 0, valueText: '0件' },
        { label: '行政应诉', value: 2, valueText: '2件' },
      ],
    },
  ],
};
const zeros: Deck = {
  ...real,
  slides: [
    {
      kind: 'chart',
      title: '全年未收到行政复议申请',
      subtitle: '2023年与2024年行政复议和行政应诉对比',
      summary: '2024年未收到行政复议申请，行政应诉案件2件。',
      chart: reviews,
      source: '来源：北洋镇2023年、2024年法治政府建设年度报告',
      notes: [],
    },
  ],
};

/** Parses XML strictly enough to catch a broken part: an unclosed or crossed tag, a second root, a bare attribute. */
async function parseXml(xml: string): Promise<Document> {
  const window = new Window();
  try {
    const document = new window.DOMParser().parseFromString(xml, 'application/xml') as unknown as Document;
    if (document.getElementsByTagName('parsererror').length > 0) throw new Error('not well-formed XML');
    return document;
  } finally {
    await window.happyDOM.close();
  }
}

/** A chart's embedded workbook, unzipped. */
async function workbookOf(deck: Written, index: number): Promise<JSZip> {
  const [chart] = await deck.targets(deck.slidePaths[index], 'chart');
  const workbooks = await deck.targets(chart, 'package');
  expect(workbooks).toHaveLength(1);
  expect(workbooks[0]).toMatch(/^ppt\/embeddings\/Microsoft_Excel_Worksheet\d+\.xlsx$/);
  return JSZip.loadAsync(await deck.zip.file(workbooks[0])!.async('uint8array'));
}

type Cell = string | number | null;

/**
 * The workbook's sheet as rows of cells: a shared string as its text, a number as a number, a cell
 * without a value as null. Each cell must sit where its reference says (`C3` third in row 3).
 */
async function sheetOf(workbook: JSZip): Promise<Cell[][]> {
  const strings = await parseXml(await workbook.file('xl/sharedStrings.xml')!.async('string'));
  const shared = [...strings.getElementsByTagName('si')].map((item) => item.textContent ?? '');
  const sheet = await parseXml(await workbook.file('xl/worksheets/sheet1.xml')!.async('string'));
  return [...sheet.getElementsByTagName('row')].map((row, rowIndex) =>
    [...row.getElementsByTagName('c')].map((cell, columnIndex) => {
      expect(cell.getAttribute('r')).toBe(`${String.fromCharCode(65 + columnIndex)}${rowIndex + 1}`);
      const value = cell.getElementsByTagName('v')[0]?.textContent ?? '';
      if (cell.getAttribute('t') === 's') return shared[Number(value)];
      expect(cell.getAttribute('t'), 'a value cell is a number').toBeNull();
      return value === '' ? null : Number(value);
    }),
  );
}

/** The values a chart caches for each series, as written: `''` for a point without one. */
function cachedValues(chartXml: string): string[][] {
  return [...chartXml.matchAll(/<c:ser>.*?<\/c:ser>/gs)].map(([series]) => {
    const values = /<c:val>(.*?)<\/c:val>/s.exec(series)![1];
    return [...values.matchAll(/<c:v>(.*?)<\/c:v>/g)].map(([, value]) => value);
  });
}

describe('writeDeck(deck)', () => {
  it('writes a 16:9 PowerPoint file with one slide per described slide', async () => {
    const deck = await write(sampled);
    expect(deck.blob).toBeInstanceOf(Blob);
    expect(deck.blob.type).toBe(PPTX_TYPE);
    expect(deck.slidePaths).toHaveLength(slides.length);
    expect(deck.slidePaths.map(slideNumber)).toEqual(slides.map((_, index) => index + 1));
    expect(await deck.read('ppt/presentation.xml')).toContain('<p:sldSz cx="12192000" cy="6858000"');
  });

  it("puts the deck's title, author and company in the file's properties", async () => {
    const deck = await write(sampled);
    const core = await deck.read('docProps/core.xml');
    expect(core).toContain('<dc:title>北洋镇 · 2024年 法治政府建设年度报告</dc:title>');
    expect(core).toContain('<dc:creator>北洋镇人民政府</dc:creator>');
    expect(await deck.read('docProps/app.xml')).toContain('<Company>北洋镇人民政府</Company>');
  });

  it('draws the title slide with the title, unit and year, and who published it when', async () => {
    const deck = await write(sampled);
    const xml = await deck.read(deck.slidePaths[0]);
    const texts = shapes(xml).map((shape) => shape.text);
    expect(texts).toContain('北洋镇2024年法治政府建设年度报告');
    // Unit and year, and the date line, are the body placeholder's paragraphs.
    expect(texts).toContain('北洋镇 · 2024年北洋镇人民政府 · 发布日期：2025-02-24');
    expect(runs(xml).map((run) => run.text)).toEqual(expect.arrayContaining(['北洋镇 · 2024年', '北洋镇人民政府 · 发布日期：2025-02-24']));
  });

  /** The placeholder a slide's shape fills (`title`, `body`), by the shape's text. */
  const placeholdersOf = (xml: string) =>
    Object.fromEntries(
      [...xml.matchAll(/<p:sp>(.*?)<\/p:sp>/gs)].flatMap(([, body]) => {
        const type = /<p:ph\b[^>]*\btype="(\w+)"/.exec(body)?.[1];
        return type
          ? [
              [
                type,
                runs(body)
                  .map((run) => run.text)
                  .join(''),
              ],
            ]
          : [];
      }),
    ) as Record<string, string>;

  it('lays every slide out on a named layout with its title in the title placeholder (the outline lists every slide), a chart’s summary in the body', async () => {
    const deck = await write(sampled);
    const layouts = await Promise.all(paths(deck.zip, /^ppt\/slideLayouts\/slideLayout\d+\.xml$/).map((path) => deck.read(path)));
    const names = layouts.map((xml) => /<p:cSld name="([^"]+)"/.exec(xml)?.[1]);
    expect(names).toEqual(expect.arrayContaining(['Title Slide', 'Title Only', 'Title and Content']));
    for (const xml of layouts.filter((layout) => /name="Title/.test(layout))) expect(xml).toMatch(/<p:ph\b[^>]*type="title"/);
    for (const [index, slide] of slides.entries()) {
      const placed = placeholdersOf(await deck.read(deck.slidePaths[index]));
      expect(placed.title, `slide ${index + 1}`).toBe(slide.title);
      if (slide.kind === 'chart') expect(placed.body, `slide ${index + 1}`).toBe(slide.summary);
    }
  });

  it('sets each line of words of the closing slide on one line of a 4:3 slide, large: the report’s title never broken, 告》 never alone', async () => {
    const closing: DeckSlide = {
      kind: 'closing',
      title: '谢谢！',
      lines: [
        '数据来源',
        '北洋镇人民政府《北洋镇2024年度法治政府建设年度报告》',
        '发布日期：2025年2月24日',
        'https://www.zjhy.gov.cn/art/2025/2/24/art_1588307_59138456.html',
      ],
    };
    const deck = await write({ ...real, aspect: '4:3', slides: [closing] });
    const xml = await deck.read(deck.slidePaths[0]);
    const box = shapes(xml).find((shape) => shape.text.startsWith('数据来源'))!;
    const lines = runs(xml).filter((run) => closing.lines.includes(run.text));
    expect(lines.map((line) => line.text)).toEqual(closing.lines);
    // Each line of words, at its size, as wide as the deck measures text (a CJK character an em, others 0.6), within the
    // box less its insets; the web address breaks where it must, and the words stay large (20 pt and more).
    for (const { text, size } of lines.slice(0, 3)) {
      expect((textWidthEm(text) * (size ?? 0)) / 100 / 72, text).toBeLessThanOrEqual(box.w - 0.2);
      expect(size, text).toBeGreaterThanOrEqual(2000);
    }
  });

  it('writes a 4:3 deck for an old projector, every box within its 10 inches', async () => {
    const deck = await write({ ...sampled, aspect: '4:3', band: '北洋镇人民政府' });
    expect(await deck.read('ppt/presentation.xml')).toContain('<p:sldSz cx="9144000" cy="6858000"');
    for (const path of deck.slidePaths) {
      for (const box of shapes(await deck.read(path)).filter((shape) => shape.geometry !== 'line')) {
        expect(box.x + box.w, `${path}: ${box.text}`).toBeLessThanOrEqual(10.01);
        expect(box.y + box.h, `${path}: ${box.text}`).toBeLessThanOrEqual(7.51);
      }
    }
  });

  it('puts the unit’s name in a band across the top of every slide, with the emblem, in the deck’s colours', async () => {
    const emblem = `data:image/png;base64,${'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=='}`;
    const colours = { paper: '#ffffff', text: '#1f2328', muted: '#574f4f', accent: '#b3141b', compared: '#e3a3a6', alert: '#8c1d12' };
    const deck = await write({ ...real, band: '北洋镇人民政府', emblem, colours });
    const layouts = await Promise.all(paths(deck.zip, /^ppt\/slideLayouts\/slideLayout\d+\.xml$/).map((path) => deck.read(path)));
    for (const xml of layouts.filter((layout) => /name="Title/.test(layout))) {
      expect(runs(xml).map((run) => run.text)).toContain('北洋镇人民政府');
      expect(xml).toContain('<a:srgbClr val="B3141B"/>');
    }
    expect(paths(deck.zip, /^ppt\/media\//).length).toBeGreaterThan(0);
    const single = await chartXmlOf(deck, barsSlides[0]);
    expect(single).toContain('B3141B');
  });

  it('draws each bars slide as one native bar chart holding every label, value and series name', async () => {
    const deck = await write(sampled);
    expect(paths(deck.zip, /^ppt\/charts\/chart\d+\.xml$/)).toHaveLength(barsSlides.length);
    for (const index of barsSlides) {
      const chart = await chartXmlOf(deck, index);
      expect(chart).toContain('<c:barDir val="bar"/>');
      const { series } = barsOf(index);
      expect(chart.match(/<c:ser>/g)).toHaveLength(series.length);
      for (const { name, bars } of series) {
        expect(chart).toContain(`<c:v>${name}</c:v>`);
        for (const bar of bars) {
          expect(chart).toContain(`<c:v>${bar.label}</c:v>`);
          if (bar.value !== null) expect(chart).toContain(`<c:v>${bar.value}</c:v>`);
        }
      }
    }
  });

  it('keeps the bars in the given order from top to bottom', async () => {
    const deck = await write(sampled);
    for (const index of barsSlides) {
      const chart = await chartXmlOf(deck, index);
      // PowerPoint draws bar categories bottom-up unless the category axis runs max to min.
      const categoryAxis = /<c:catAx>(.*?)<\/c:catAx>/s.exec(chart)![1];
      expect(categoryAxis).toContain('<c:orientation val="maxMin"/>');
      const firstSeriesLabels = /<c:cat>(.*?)<\/c:cat>/s.exec(chart)![1];
      const labels = [...firstSeriesLabels.matchAll(/<c:v>(.*?)<\/c:v>/g)].map(([, label]) => label);
      expect(labels).toEqual(['12345热线', '来访', '来信', '网上信访']);
    }
  });

  it('labels the bars as the dashboard writes them, colours the shown year in the accent and has a legend only when comparing', async () => {
    const deck = await write(sampled);
    const [single, comparing] = await Promise.all(barsSlides.map((index) => chartXmlOf(deck, index)));
    for (const chart of [single, comparing]) expect(chart).toContain('formatCode="0&quot;件&quot;"');
    const seriesColors = (chart: string) =>
      [...chart.matchAll(/<c:ser>.*?<c:spPr>\s*<a:solidFill><a:srgbClr val="(\w{6})"/gs)].map(([, color]) => color);
    expect(seriesColors(single)).toEqual(['1D5FA8']);
    expect(single).not.toContain('<c:legend>');
    expect(seriesColors(comparing)).toEqual(['9FB8D6', '1D5FA8']);
    expect(comparing).toContain('<c:legend>');
  });

  it('leaves a figure the report does not give blank, never 0', async () => {
    const deck = await write(sampled);
    const comparing = await chartXmlOf(deck, barsSlides[1]);
    const compared = /<c:ser>.*?<\/c:ser>/s.exec(comparing)![0];
    const values = /<c:val>(.*?)<\/c:val>/s.exec(compared)![1];
    expect([...values.matchAll(/<c:v>(.*?)<\/c:v>/g)].map(([, value]) => value)).toEqual(['310', '41', '12', '']);
    expect(comparing).toContain('<c:dispBlanksAs val="gap"/>');
  });

  it('writes grouped and decimal values with their unit as the dashboard does', async () => {
    const budget: DeckSlide = {
      kind: 'chart',
      title: '法治建设经费',
      subtitle: '2024年',
      summary: '全年法治建设经费1,234.5万元。',
      chart: {
        kind: 'bars',
        series: [
          {
            name: '2024年',
            bars: [
              { label: '普法宣传', value: 1234.5, valueText: '1,234.5万元' },
              { label: '法律顾问', value: 98, valueText: '98.0万元' },
            ],
          },
        ],
      },
      source: '来源：北洋镇2024年法治政府建设年度报告',
      notes: [],
    };
    const deck = await write({ ...real, slides: [budget] });
    expect(await chartXmlOf(deck, 0)).toContain('formatCode="#,##0.0&quot;万元&quot;"');
  });

  it('draws the hub as editable shapes with text joined by lines, not as a picture', async () => {
    const deck = await write(sampled);
    const path = deck.slidePaths[hubSlide];
    const drawn = shapes(await deck.read(path));
    const boxes = drawn.filter((shape) => shape.geometry === 'roundRect').map((shape) => shape.text);
    expect(boxes).toEqual(['基层智治', ...platforms.map(({ label, detail }) => `${label}${detail}`)]);
    // One line down from the hub, one across, one down to each part.
    expect(drawn.filter((shape) => shape.geometry === 'line')).toHaveLength(2 + platforms.length);
    expect(drawn.some((shape) => shape.geometry === 'chart')).toBe(false);
    expect(await deck.targets(path, 'image')).toEqual([]);
    expect(paths(deck.zip, /^ppt\/media\//)).toEqual([]);
  });

  it("puts each chart slide's quotes from the report in its speaker notes", async () => {
    const deck = await write(sampled);
    for (const index of chartSlides) {
      const slide = slides[index];
      if (slide.kind !== 'chart') throw new Error('not a chart slide');
      const notesPaths = await deck.targets(deck.slidePaths[index], 'notesSlide');
      expect(notesPaths).toHaveLength(1);
      const noted = runs(await deck.read(notesPaths[0]));
      const notes = noted.map((run) => run.text).join('\n');
      for (const quote of slide.notes) expect(notes).toContain(quote);
      // In the deck's language, as a screen reader and the spelling checker take them.
      expect(new Set(noted.map((run) => run.lang))).toEqual(new Set(['zh-CN']));
    }
  });

  it('marks every slide of an invented dataset in red, and no slide of a real one', async () => {
    const [invented, actual] = await Promise.all([write(sampled), write(real)]);
    for (const path of invented.slidePaths) {
      const marks = runs(await invented.read(path)).filter((run) => run.text === sampled.sample);
      expect(marks, path).toHaveLength(1);
      expect(marks[0].color).toBe('B42318');
    }
    for (const path of actual.slidePaths) {
      const xml = await actual.read(path);
      expect(xml).not.toContain(sampled.sample);
      expect(xml).not.toContain('B42318');
    }
  });

  it('sets no text under 14 pt on any slide or in any chart', async () => {
    const deck = await write(sampled);
    const parts = [...deck.slidePaths, ...paths(deck.zip, /^ppt\/charts\/chart\d+\.xml$/)];
    for (const path of parts) {
      const sizes = fontSizes(await deck.read(path));
      expect(sizes.length, path).toBeGreaterThan(0);
      expect(Math.min(...sizes), path).toBeGreaterThanOrEqual(1400);
    }
  });

  it('sets the key figures at 48 pt or more, the titles at about 32 pt', async () => {
    const deck = await write(sampled);
    const figures = slides[figuresSlide];
    if (figures.kind !== 'figures') throw new Error('not the figures slide');
    const drawn = runs(await deck.read(deck.slidePaths[figuresSlide]));
    for (const { value } of figures.figures) {
      const run = drawn.find((candidate) => candidate.text === value);
      expect(run?.size, value).toBeGreaterThanOrEqual(4800);
      expect(run?.color).toBe('1D5FA8');
    }
    const title = drawn.find((run) => run.text === figures.title);
    expect(title?.size).toBeGreaterThanOrEqual(2800);
    expect(title?.size).toBeLessThanOrEqual(3600);
  });

  it("tags every text run with the deck's language and its theme's font", async () => {
    const deck = await write(sampled);
    for (const path of deck.slidePaths) {
      const xml = await deck.read(path);
      for (const run of runs(xml)) expect(run.lang, `${path}: ${run.text}`).toBe('zh-CN');
      // The theme's Chinese font (heading or body), which is the deck's.
      expect(xml.match(/<a:r>/g)?.length).toBe(xml.match(/<a:ea typeface="\+m[jn]-ea"/g)?.length);
    }
  });

  it('draws in the colours and fonts of its theme, so that an office’s theme restyles every slide and chart', async () => {
    const colours = { paper: '#fffdf7', text: '#1f2328', muted: '#574f4f', accent: '#b3141b', compared: '#e3a3a6', alert: '#8c1d12' };
    const deck = await write({ ...sampled, band: '示例镇人民政府', colours });
    const theme = await deck.read('ppt/theme/theme1.xml');
    // The theme holds the deck's colours and its font, for Latin and Chinese text, headings and body.
    expect(schemeOf(theme)).toMatchObject({
      dk1: '1F2328',
      lt1: 'FFFDF7',
      dk2: '574F4F',
      accent1: 'B3141B',
      accent2: 'E3A3A6',
      accent3: '8C1D12',
    });
    for (const font of ['majorFont', 'minorFont']) {
      const fonts = new RegExp(`<a:${font}>(.*?)</a:${font}>`, 's').exec(theme)![1];
      expect(fonts, font).toContain('<a:latin typeface="Microsoft YaHei"');
      expect(fonts, font).toContain('<a:ea typeface="Microsoft YaHei"');
    }
    // Nothing drawn names a colour or a font of its own: each is the theme's.
    const drawn = paths(deck.zip, /^ppt\/(slides|slideLayouts|slideMasters|charts)\/[^/]+\.xml$/);
    expect(drawn.some((path) => path.startsWith('ppt/charts/'))).toBe(true);
    for (const path of drawn) {
      const xml = await deck.raw(path);
      expect(xml, path).not.toMatch(/<a:srgbClr val="(1F2328|FFFDF7|574F4F|B3141B|E3A3A6|8C1D12)"/i);
      expect(xml, path).not.toContain('Microsoft YaHei');
    }
    // A title takes the theme's heading font, other text its body font.
    const titled = await deck.raw(deck.slidePaths[0]);
    expect(titled).toMatch(/<a:ea typeface="\+mj-ea"/);
    expect(titled).toMatch(/<a:ea typeface="\+mn-ea"/);
  });

  it('keeps every box on the slide and clear of the others', async () => {
    const deck = await write(sampled);
    for (const path of deck.slidePaths) {
      // Lines meet the boxes they join; everything else keeps apart.
      const boxes = shapes(await deck.read(path)).filter((shape) => shape.geometry !== 'line');
      for (const box of boxes) {
        expect(box.x, `${path}: ${box.text}`).toBeGreaterThanOrEqual(0);
        expect(box.y, `${path}: ${box.text}`).toBeGreaterThanOrEqual(0);
        expect(box.x + box.w, `${path}: ${box.text}`).toBeLessThanOrEqual(13.34);
        expect(box.y + box.h, `${path}: ${box.text}`).toBeLessThanOrEqual(7.5);
      }
      for (const [index, a] of boxes.entries()) {
        for (const b of boxes.slice(index + 1)) expect(overlap(a, b), `${path}: "${a.text}" and "${b.text}"`).toBe(false);
      }
    }
  });

  it('sets a 90-character summary small enough to fit its box', async () => {
    expect([...longSummary]).toHaveLength(90);
    const deck = await write(sampled);
    const index = slides.findIndex((slide) => slide.kind === 'chart' && slide.summary === longSummary);
    const box = shapes(await deck.read(deck.slidePaths[index])).find((shape) => shape.text === longSummary)!;
    const size = runs(await deck.read(deck.slidePaths[index])).find((run) => run.text === longSummary)!.size! / 100;
    // Every character as wide as a CJK one, lines 1.2 em apart, PowerPoint's default insets.
    const perLine = Math.floor(((box.w - 0.2) * 72) / size);
    const lines = Math.ceil(90 / perLine);
    expect(size).toBeGreaterThanOrEqual(14);
    expect((lines * size * 1.2) / 72 + 0.1).toBeLessThanOrEqual(box.h);
  });
  it("writes a bar of 0 as 0 in its chart's workbook, and a figure not given as an empty cell", async () => {
    const deck = await write(zeros);
    // As pptxgenjs lays it out: series names across row 1, one category a row below, series by column.
    expect(await sheetOf(await workbookOf(deck, 0))).toEqual([
      ['', '2023年', '2024年'],
      ['案件', 3, 0],
      ['审结', 3, 0],
      ['纠错', 0, 0],
      ['行政应诉', null, 2],
    ]);
  });

  it('caches a bar of 0 as 0 in the chart, and a figure not given as no value', async () => {
    const deck = await write(zeros);
    const chart = await chartXmlOf(deck, 0);
    expect(cachedValues(chart)).toEqual([
      ['3', '3', '0', ''],
      ['0', '0', '0', '2'],
    ]);
    expect(chart).toContain('<c:dispBlanksAs val="gap"/>');
    expect(chart).toContain('formatCode="0&quot;件&quot;"');
  });

  it('keeps every part of a deck with a 0, and of its workbook, well-formed', async () => {
    const deck = await write(zeros);
    expect(deck.blob.type).toBe(PPTX_TYPE);
    const parts = paths(deck.zip, /\.(xml|rels)$/);
    expect(parts).toEqual(expect.arrayContaining(['[Content_Types].xml', 'ppt/presentation.xml', 'ppt/slides/slide1.xml']));
    for (const path of parts) await expect(parseXml(await deck.read(path)), path).resolves.toBeDefined();
    const workbook = await workbookOf(deck, 0);
    const workbookParts = Object.values(workbook.files).filter((file) => !file.dir && /\.(xml|rels)$/.test(file.name));
    expect(workbookParts.map((file) => file.name)).toContain('xl/worksheets/sheet1.xml');
    for (const file of workbookParts) await expect(parseXml(await file.async('string')), file.name).resolves.toBeDefined();
    const sheet = await parseXml(await workbook.file('xl/worksheets/sheet1.xml')!.async('string'));
    expect(sheet.documentElement.localName).toBe('worksheet');
    // A header row and a row a category, each with the label column and a column a series.
    expect(sheet.getElementsByTagName('c')).toHaveLength((1 + 4) * (1 + 2));
  });

  it('leaves the workbook of a deck without a 0 as pptxgenjs writes it', async () => {
    const deck = await write(sampled);
    const comparing = await sheetOf(await workbookOf(deck, barsSlides[1]));
    expect(comparing).toEqual([
      ['', '2023年', '2024年'],
      ...channels2024.map((bar, index) => [bar.label, channels2023[index].value, bar.value]),
    ]);
  });

  it('writes every part, and every part of its workbooks, as well-formed XML in valid UTF-8 whatever its words hold', async () => {
    // Words a validated dataset cannot hold, beside those XML must escape: the writer must not depend on validation.
    const hostile = (text: string) => `${text}\u000B\u0000\u001F\uFFFE\uFFFF\uD800\u0001\uDC00<&>"' ]]> \u202E😀`;
    const words = <T>(value: T): T =>
      typeof value === 'string'
        ? (hostile(value) as T)
        : Array.isArray(value)
          ? (value.map(words) as T)
          : value && typeof value === 'object'
            ? (Object.fromEntries(
                Object.entries(value).map(([key, item]) => [key, key === 'kind' || key === 'lang' ? item : words(item)]),
              ) as T)
            : value;
    const deck = await unzip(words(sampled));
    const parts = await pptxXmlParts(deck.blob);
    expect([...parts.keys()]).toEqual(
      expect.arrayContaining(['ppt/slides/slide1.xml', 'ppt/notesSlides/notesSlide3.xml', 'docProps/core.xml']),
    );
    expect([...parts.keys()].some((name) => name.endsWith('.xlsx!/xl/sharedStrings.xml'))).toBe(true);
    for (const [name, xml] of parts) wellFormed(xml, name);
    // pptxgenjs escapes the title and author but not the company: written once, escaped once.
    expect(parts.get('docProps/app.xml')).toContain(`<Company>北洋镇人民政府 &lt;&amp;&gt;"' ]]&gt; \u202E😀</Company>`);
    // A vertical tab (a line break from Word) is a space; what no file can hold is gone; the rest stays.
    expect(runs(parts.get('ppt/slides/slide1.xml')!).map((run) => run.text)).toContain(
      `北洋镇2024年法治政府建设年度报告 <&>"' ]]> \u202E😀`,
    );
  });
});

describe('writeDeck(deck): the ranking of units and the figures over the years', () => {
  const towns = [
    '红桥街道',
    '南塘镇',
    '白鹭街道',
    '石桥镇',
    '柳岸街道',
    '云峰乡',
    '金沙街道',
    '北岙镇',
    '桃湾镇',
    '青石镇',
    '东溪镇',
    '西岭镇',
  ];
  const ranking = (count: number): DeckSlide => ({
    kind: 'chart',
    title: '信访总量：各镇街排名',
    subtitle: '示例区（虚构） · 2024年',
    summary: '北岙镇：信访总量第8位（共12个镇街），名次与上年持平',
    chart: {
      kind: 'bars',
      series: [
        {
          name: '2024年',
          bars: Array.from({ length: count }, (_, i) => ({
            label: `第${i + 1}位 ${towns[i % towns.length]}${i >= towns.length ? i : ''}`,
            value: 800 - i * 40,
            valueText: `${800 - i * 40}件`,
          })),
        },
      ],
      highlight: 7,
    },
    source: '来源：示例区（虚构）各单位2024年度法治政府建设年度报告（12份）',
    notes: [],
  });
  const lines: DeckSlide = {
    kind: 'chart',
    title: '历年数据',
    subtitle: '北岙镇 · 2022—2024年',
    summary: '2022年至2024年信访总量由368件降至367件，下降0.3%',
    chart: {
      kind: 'lines',
      years: ['2022年', '2023年', '2024年'],
      lines: [
        { name: '信访总量', values: [368, 367, 367], texts: ['368件', '367件', '367件'], rate: false },
        { name: '报告所述成功率', values: [0.99, 0.9, 0.98], texts: ['99%', '90%', '98%'], rate: true },
        { name: '按数计算', values: [0.9934, 0.9024, 0.9832], texts: ['99.34%', '90.24%', '98.32%'], rate: true },
        { name: '学习培训合计', values: [36, 29, 36], texts: ['36次', '29次', '36次'], rate: false },
        { name: '行政机关负责人出庭应诉率', values: [1, 1, 1], texts: ['100%', '100%', '100%'], rate: true },
      ],
    },
    source: '来源：北岙镇人民政府（示例）2022年至2024年法治政府建设年度报告（3份）',
    notes: [],
  };
  const deckOf = (...shown: DeckSlide[]): Deck => ({ title: '示例', author: '示例区', lang: 'zh-CN', slides: shown });
  /** The points of a chart given colours of their own, by index. */
  const pointColours = (chart: string) =>
    new Map(
      [...chart.matchAll(/<c:dPt>\s*<c:idx val="(\d+)"\/>.*?<a:srgbClr val="(\w{6})"/gs)].map(([, index, colour]) => [
        Number(index),
        colour,
      ]),
    );
  const axisLabelSize = (chart: string) => Number(/<c:catAx>.*?<a:defRPr\b[^>]*\bsz="(\d+)"/s.exec(chart)?.[1]);

  it('fills the host unit’s bar in the accent, the others quieter, and names every bar', async () => {
    const deck = await write(deckOf(ranking(12)));
    const chart = await chartXmlOf(deck, 0);
    expect(chart.match(/<c:ser>/g)).toHaveLength(1);
    const colours = pointColours(chart);
    expect(colours.get(7)).toBe('1D5FA8');
    expect([...colours.entries()].filter(([, colour]) => colour === '1D5FA8').map(([index]) => index)).toEqual([7]);
    expect(colours.size).toBe(12);
    expect(chart).toContain('<c:tickLblSkip val="1"/>');
    // Value labels of one weight, as large as the names, which are as large as twelve rows allow.
    expect(axisLabelSize(chart)).toBeGreaterThanOrEqual(1400);
    expect(axisLabelSize(chart)).toBeLessThanOrEqual(1800);
    expect(/<c:dLbls>.*?<a:defRPr\b[^>]*\bb="1"/s.test(chart)).toBe(false);
  });

  it('sets the names smaller for more units, never under 14 pt', async () => {
    const few = axisLabelSize(await chartXmlOf(await write(deckOf(ranking(5))), 0));
    const many = axisLabelSize(await chartXmlOf(await write(deckOf(ranking(14))), 0));
    expect(few).toBe(1800);
    expect(many).toBeLessThan(few);
    expect(many).toBeGreaterThanOrEqual(1400);
  });

  it('names each small chart over the years in a box of its own above it, clear of its values, each value’s scale leaving room above its highest point', async () => {
    const deck = await write(deckOf(lines));
    const slide = await deck.read(deck.slidePaths[0]);
    const found = shapes(slide);
    const charts = found.filter((shape) => shape.geometry === 'chart');
    expect(charts).toHaveLength(5);
    for (const line of ['信访总量', '报告所述成功率', '按数计算', '学习培训合计', '行政机关负责人出庭应诉率']) {
      const name = found.find((shape) => shape.text === line);
      expect(name, line).toBeDefined();
      expect(charts.some((chart) => name && Math.abs(chart.y - (name.y + name.h)) < 0.05 && Math.abs(chart.x - name.x) < 0.05)).toBe(true);
    }
    for (const [index, a] of found.entries())
      for (const b of found.slice(index + 1)) expect(overlap(a, b), `"${a.text}" and "${b.text}"`).toBe(false);
    for (const part of await deck.targets(deck.slidePaths[0], 'chart')) {
      const chart = await deck.read(part);
      expect(chart).not.toContain('<c:title>');
      const values = cachedValues(chart)[0].map(Number);
      const max = Number(/<c:valAx>.*?<c:max val="([\d.]+)"\/>/s.exec(chart)?.[1]);
      expect(max).toBeGreaterThan(Math.max(...values) * 1.1);
      // Its axis line, as all it draws, in a colour of the theme.
      expect(await deck.raw(part)).toMatch(/<c:catAx>.*?<a:ln\b[^>]*>\s*<a:solidFill><a:schemeClr val="tx2"\/>/s);
    }
    // Each value written as the slides write it: 368件, 36次, 99%.
    const formats = await Promise.all((await deck.targets(deck.slidePaths[0], 'chart')).map(async (part) => await deck.raw(part)));
    const named = (name: string) => formats.find((xml) => xml.includes(`<c:v>${name}</c:v>`)) ?? '';
    expect(named('信访总量')).toContain('formatCode="0&quot;件&quot;"');
    expect(named('学习培训合计')).toContain('formatCode="0&quot;次&quot;"');
    expect(named('报告所述成功率')).toContain('formatCode="0.##%"');
  });
});
