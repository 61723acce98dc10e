import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import { textWidthEm, wrapText } from '../charts/text.js';
import { xmlText } from '../data/characters.js';
import { LIGHT } from '../runtime/palette.js';
import { themed } from './deck-theme.js';
import type { Deck, DeckBar, DeckColours, DeckHub, DeckLines, DeckSeries, DeckSlide } from './deck-types.js';
import { writeZerosIntoWorkbooks } from './deck-workbooks.js';

/**
 * Writes a deck as a PowerPoint file, 16:9 or 4:3: text, native bar charts and shapes that stay
 * editable in PowerPoint and WPS, the report's own words in the speaker notes. Every slide is laid
 * out on a slide layout with a title placeholder (so the outline lists every slide, and an office's
 * own template restyles the deck) and, on the cover and the chart slides, a body placeholder for
 * the summary; a band across the top names the unit.
 *
 * Loaded on demand (`await import('./export/pptx.js')`): pptxgenjs and its zip library are too big
 * for the bundle every portal visitor downloads.
 *
 * @example
 * const blob = await writeDeck({ title: '某镇 · 2024年 法治政府建设年度报告', author: '某镇人民政府', lang: 'zh-CN', slides });
 */
export async function writeDeck(described: Deck): Promise<Blob> {
  const deck = heldByXml(described);
  const pptx = new PptxGenJS();
  const page = pageOf(deck);
  pptx.layout = deck.aspect === '4:3' ? 'LAYOUT_4x3' : 'LAYOUT_WIDE';
  pptx.title = deck.title;
  pptx.author = deck.author;
  // pptxgenjs 4.0.1 writes the company into docProps/app.xml unescaped (node_modules/pptxgenjs/dist/pptxgen.es.js,
  // line 6436), unlike the title and author beside it: a publisher with `&` or `<` would break the file.
  pptx.company = escapeXml(deck.author);
  // Otherwise the file's subject reads "PptxGenJS Presentation".
  pptx.subject = deck.title;
  // The theme's font reaches text nothing here styles, such as the speaker notes.
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };
  defineLayouts(pptx, page, deck);
  // pptxgenjs has no deck-wide language: every text run and chart gets `deck.lang` (see `textStyle`).
  for (const described of deck.slides) {
    const slide = pptx.addSlide({ masterName: LAYOUTS[described.kind] });
    drawSlide(pptx, slide, described, page);
    if (deck.sample) markSample(slide, deck.sample, page);
  }
  const written = await JSZip.loadAsync((await pptx.write({ outputType: 'arraybuffer' })) as ArrayBuffer);
  await writeZerosIntoWorkbooks(written, deck);
  await themed(written, page, FONT);
  await notesIn(written, deck.lang);
  // The type that makes a browser and a mail client treat the file as a deck, not a zip.
  return new Blob([await written.generateAsync({ type: 'arraybuffer' })], { type: PPTX_TYPE });
}

const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/**
 * A copy of `value` with every string as XML can hold it (`xmlText`): pptxgenjs escapes markup but
 * writes a control character, U+FFFE or half a surrogate pair as it is, and a deck holding one is
 * refused by office programs.
 */
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function heldByXml<T>(value: T): T {
  if (typeof value === 'string') return xmlText(value) as T;
  if (Array.isArray(value)) return value.map(heldByXml) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, heldByXml(item)])) as T;
  return value;
}

/** Chinese-first; PowerPoint and WPS substitute a CJK sans where it is missing. */
const FONT = 'Microsoft YaHei';

// Colours as pptxgenjs takes them: hex without '#'.
const hex = (colour: string) => colour.replace('#', '').toUpperCase();

/** The light theme's colours, unless the deck says otherwise. */
const LIGHT_DECK: DeckColours = {
  paper: LIGHT.bg,
  text: LIGHT.text,
  muted: LIGHT.muted,
  accent: LIGHT.accent,
  compared: '#9fb8d6',
  alert: LIGHT.alert,
};

/** The slide's size, its margins and colours, and the deck's language: what every drawing takes. */
interface Page {
  w: number;
  h: number;
  margin: number;
  contentW: number;
  lang: string;
  paper: string;
  text: string;
  muted: string;
  accent: string;
  compared: string;
  alert: string;
  /** The band's height: none without a band. */
  band: number;
  /** The emblem, a PNG data URL. */
  emblem?: string;
}

/** LAYOUT_WIDE (13.333 × 7.5 in) or LAYOUT_4x3 (10 × 7.5 in). */
function pageOf(deck: Deck): Page {
  const w = deck.aspect === '4:3' ? 10 : 13.333;
  const margin = deck.aspect === '4:3' ? 0.5 : 0.6;
  const colours = deck.colours ?? LIGHT_DECK;
  return {
    w,
    h: 7.5,
    margin,
    contentW: w - 2 * margin,
    lang: deck.lang,
    paper: hex(colours.paper),
    text: hex(colours.text),
    muted: hex(colours.muted),
    accent: hex(colours.accent),
    compared: hex(colours.compared),
    alert: hex(colours.alert),
    band: deck.band === undefined ? 0 : BAND_H,
    emblem: deck.emblem,
  };
}

/** Read from the back of a hall: nothing smaller, anywhere. */
const MIN_PT = 14;

/** The band across the top of every slide, in inches. */
const BAND_H = 0.45;

/** Where the header, the summary, the chart and the source line sit on a chart slide. */
const HEADER = { titleY: 0.5, titleH: 0.85, subtitleY: 1.35, subtitleH: 0.55 };
const CHART_SLIDE = { summaryY: 1.95, summaryH: 0.95, chartY: 2.95, chartH: 3.8, sourceY: 6.85, sourceH: 0.45 };

/** The slide layouts, by the kind of slide laid out on each: their names are what PowerPoint lists. */
const LAYOUTS: Record<DeckSlide['kind'], string> = {
  title: 'Title Slide',
  figures: 'Title Only',
  chart: 'Title and Content',
  closing: 'Title Only',
};

type Slide = PptxGenJS.Slide;
type TextOptions = PptxGenJS.TextPropsOptions;

/** Where the title and body placeholders sit on each layout. */
function placeholders(page: Page) {
  const { margin, contentW, w } = page;
  return {
    cover: { title: { x: 0.9, y: 1.9, w: w - 1.8, h: 1.9 }, body: { x: 0.9, y: 4.2, w: w - 1.8, h: 2.6 } },
    title: { x: margin, y: HEADER.titleY, w: contentW, h: HEADER.titleH },
    body: { x: margin, y: CHART_SLIDE.summaryY, w: contentW, h: CHART_SLIDE.summaryH },
  };
}

/**
 * The three layouts the slides are laid out on: a cover (title and body), a title only (the key
 * figures) and a title and content (the charts: their summary in the body); each with the band.
 */
function defineLayouts(pptx: PptxGenJS, page: Page, deck: Deck): void {
  const box = placeholders(page);
  const title = (at: Box, fontSize: number, align: 'left' | 'center' = 'left') => ({
    placeholder: {
      options: {
        name: 'title',
        type: 'title' as const,
        ...at,
        fontFace: FONT,
        fontSize,
        bold: true,
        color: page.text,
        align,
        valign: 'bottom' as const,
      },
      text: '',
    },
  });
  const body = (at: Box, fontSize: number, align: 'left' | 'center' = 'left') => ({
    placeholder: {
      options: { name: 'body', type: 'body' as const, ...at, fontFace: FONT, fontSize, color: page.text, align, valign: 'top' as const },
      text: '',
    },
  });
  const band: PptxGenJS.SlideMasterProps['objects'] =
    deck.band === undefined
      ? []
      : [
          { rect: { x: 0, y: 0, w: page.w, h: BAND_H, fill: { color: page.accent }, line: { type: 'none' } } },
          ...(deck.emblem
            ? [{ image: { data: deck.emblem, x: 0.15, y: 0.05, w: 0.35, h: 0.35, sizing: { type: 'contain' as const, w: 0.35, h: 0.35 } } }]
            : []),
          {
            text: {
              text: deck.band,
              options: {
                x: deck.emblem ? 0.55 : 0.3,
                y: 0,
                w: page.w / 2 - 0.6,
                h: BAND_H,
                fontFace: FONT,
                fontSize: MIN_PT,
                bold: true,
                color: page.paper,
                valign: 'middle',
                lang: page.lang,
              },
            },
          },
        ];
  const background = { color: page.paper };
  pptx.defineSlideMaster({
    title: LAYOUTS.title,
    background,
    objects: [...band, title(box.cover.title, 40, 'center'), body(box.cover.body, 24, 'center')],
  });
  pptx.defineSlideMaster({ title: LAYOUTS.figures, background, objects: [...band, title(box.title, 32)] });
  pptx.defineSlideMaster({ title: LAYOUTS.chart, background, objects: [...band, title(box.title, 32), body(box.body, 20)] });
}

function drawSlide(pptx: PptxGenJS, slide: Slide, described: DeckSlide, page: Page): void {
  switch (described.kind) {
    case 'title':
      drawTitle(slide, described, page);
      break;
    case 'figures':
      drawFigures(slide, described, page);
      break;
    case 'chart':
      drawChartSlide(pptx, slide, described, page);
      break;
    case 'closing':
      drawClosing(slide, described, page);
      break;
  }
}

/**
 * Text in a layout's placeholder, at a size that fits it. pptxgenjs gives a placeholder's own
 * options precedence over those of the text put in it, so each run carries its style (and the
 * paragraph's alignment) itself.
 */
function placed(
  slide: Slide,
  text: string | PptxGenJS.TextProps[],
  placeholder: 'title' | 'body',
  fontSize: number,
  page: Page,
  more: TextOptions = {},
): void {
  const { align, bold } = more;
  const paragraph = { ...textStyle(page, fontSize), ...(align ? { align } : {}), ...(bold ? { bold } : {}) };
  const runs =
    typeof text === 'string' ? [{ text, options: paragraph }] : text.map((run) => ({ ...run, options: { ...paragraph, ...run.options } }));
  slide.addText(runs, { placeholder, ...textStyle(page, fontSize), ...more });
}

/** The cover: the meeting above, the title large in the title placeholder, an accent rule, then unit and year and who reports it when in the body. */
function drawTitle(slide: Slide, { title, subtitle, date, meeting }: Extract<DeckSlide, { kind: 'title' }>, page: Page): void {
  const { cover } = placeholders(page);
  if (page.emblem) {
    const size = 0.7;
    slide.addImage({
      data: page.emblem,
      x: page.w / 2 - size / 2,
      y: 0.55,
      w: size,
      h: size,
      sizing: { type: 'contain', w: size, h: size },
    });
  }
  if (meeting) {
    const meetingBox = { x: cover.title.x, y: 1.3, w: cover.title.w, h: 0.6 };
    slide.addText(meeting, {
      ...meetingBox,
      ...textStyle(page, fitSize(meeting, meetingBox, [28, 24, 20])),
      align: 'center',
      bold: true,
      color: page.accent,
    });
  }
  placed(slide, title, 'title', fitSize(title, cover.title, [44, 40, 36, 32]), page, { bold: true, align: 'center' });
  slide.addShape('rect', { x: page.w / 2 - 0.7, y: 3.95, w: 1.4, h: 0.08, fill: { color: page.accent }, line: { type: 'none' } });
  const lines = [subtitle, ...date.split('\n')];
  const size = fitSize(lines.join('\n'), cover.body, [28, 24, 20, 18]);
  placed(
    slide,
    lines.map((line, index) => ({
      text: line,
      options: { ...textStyle(page, index === 0 ? size : Math.max(MIN_PT, size - 4)), breakLine: true },
    })),
    'body',
    size,
    page,
    { align: 'center', paraSpaceAfter: 6 },
  );
}

/** Title in the title placeholder and the subtitle under it, shared by the figures and chart slides. */
function drawHeader(slide: Slide, title: string, subtitle: string, page: Page): void {
  const { title: titleBox } = placeholders(page);
  placed(slide, title, 'title', fitSize(title, titleBox, [32, 28, 24]), page, { bold: true, valign: 'bottom' });
  const subtitleBox = { x: page.margin, y: HEADER.subtitleY, w: page.contentW, h: HEADER.subtitleH };
  slide.addText(subtitle, { ...subtitleBox, ...textStyle(page, fitSize(subtitle, subtitleBox, [20, 18, 16])) });
}

/**
 * The key figures in a grid of at most two rows, centred in the space under the header: label
 * above, the value large in the accent, the change under it. Meant for up to eight figures.
 */
function drawFigures(slide: Slide, { title, subtitle, figures }: Extract<DeckSlide, { kind: 'figures' }>, page: Page): void {
  drawHeader(slide, title, subtitle, page);
  const columns = figureColumns(figures.length, page);
  const rows = Math.ceil(figures.length / columns);
  const gap = 0.3;
  const area = { y: 2.1, h: page.h - 0.4 - 2.1 };
  const cellW = (page.contentW - gap * (columns - 1)) / columns;
  const cellH = FIGURE.labelH + FIGURE.valueH + FIGURE.changeH + 0.15;
  const top = area.y + Math.max(0, (area.h - rows * cellH) / 2);
  figures.forEach((figure, index) => {
    const x = page.margin + (index % columns) * (cellW + gap);
    const y = top + Math.floor(index / columns) * cellH;
    drawFigure(slide, figure, x, y, cellW, page);
  });
}

/** Heights in a figure's cell: the value's fits 60 pt on one line, the change two lines of words. */
const FIGURE = { labelH: 0.5, valueH: 1.2, changeH: 0.65 };

type Figure = Extract<DeckSlide, { kind: 'figures' }>['figures'][number];

function drawFigure(slide: Slide, { label, value, change }: Figure, x: number, y: number, w: number, page: Page): void {
  const labelBox = { x, y, w, h: FIGURE.labelH };
  slide.addText(label, { ...labelBox, ...textStyle(page, fitSize(label, labelBox, [18, 16, 14])), valign: 'bottom' });
  const valueBox = { x, y: y + FIGURE.labelH, w, h: FIGURE.valueH };
  slide.addText(value, { ...valueBox, ...textStyle(page, fitSize(value, valueBox, [60, 54, 48])), bold: true, color: page.accent });
  if (!change) return;
  const changeBox = { x, y: y + FIGURE.labelH + FIGURE.valueH, w, h: FIGURE.changeH };
  slide.addText(change, { ...changeBox, ...textStyle(page, fitSize(change, changeBox, [18, 16, 14])), valign: 'top' });
}

/** Up to three figures side by side (two on a 4:3 slide), four as two by two, more in two rows. */
function figureColumns(count: number, page: Page): number {
  const most = page.w < 12 ? 2 : 3;
  if (count <= most) return Math.max(count, 1);
  if (count === 4) return 2;
  return Math.min(Math.ceil(count / 2), most + 1);
}

/** Header, the summary in the body placeholder, the chart (and its subsets beside it), the source line; the report's words go to the speaker notes. */
function drawChartSlide(pptx: PptxGenJS, slide: Slide, described: Extract<DeckSlide, { kind: 'chart' }>, page: Page): void {
  drawHeader(slide, described.title, described.subtitle, page);
  const { body } = placeholders(page);
  placed(slide, described.summary, 'body', fitSize(described.summary, body, [20, 18, 16]), page);
  const chartBox = { x: page.margin, y: CHART_SLIDE.chartY, w: page.contentW, h: CHART_SLIDE.chartH };
  const { chart } = described;
  if (chart.kind === 'hub') drawHub(slide, chart, chartBox, page);
  else if (chart.kind === 'lines') drawLines(pptx, slide, chart, chartBox, page);
  else if (!chart.subsets) drawBars(pptx, slide, chart.series, chartBox, page, { highlight: chart.highlight });
  else {
    // The subsets apart, on the right: they are counted in the bars on the left already.
    const gap = 0.3;
    const left = { ...chartBox, w: (chartBox.w - gap) * 0.6 };
    const right = { ...chartBox, x: left.x + left.w + gap, w: chartBox.w - left.w - gap };
    // One scale for both, as on the screen: a subset of 2 is as long as a channel of 2.
    const most = Math.max(...[...chart.series, ...chart.subsets.series].flatMap(({ bars }) => bars.map((bar) => bar.value ?? 0)));
    drawBars(pptx, slide, chart.series, left, page, { most });
    drawBars(pptx, slide, chart.subsets.series, right, page, { title: chart.subsets.heading, most });
  }
  const sourceBox = { x: page.margin, y: CHART_SLIDE.sourceY, w: page.contentW, h: CHART_SLIDE.sourceH };
  slide.addText(described.source, { ...sourceBox, ...textStyle(page, fitSize(described.source, sourceBox, [16, 14])), color: page.muted });
  if (described.notes.length > 0) slide.addNotes(described.notes.join('\n'));
}

/**
 * A native horizontal bar chart, so the numbers stay editable in PowerPoint. The category axis runs
 * max-to-min because PowerPoint draws bar categories bottom-up: this keeps the given order top-down,
 * and in a comparison puts the compared year above the current one within each group. `title`
 * names the chart (the subsets'), `highlight` the bar that stands out, `most` the end of the value
 * scale it shares with another chart.
 */
function drawBars(
  pptx: PptxGenJS,
  slide: Slide,
  series: DeckSeries,
  box: Box,
  page: Page,
  { title, highlight, most }: { title?: string; highlight?: number; most?: number } = {},
): void {
  const data = series.map(({ name, bars }) => ({ name, labels: bars.map((bar) => bar.label), values: bars.map((bar) => bar.value) }));
  const comparing = series.length === 2;
  const { lang } = page;
  // Every bar named, as large as the rows allow: 18 pt for a few, down to 14 pt for as many as fit.
  const labelSize = barLabelSize(series[0]?.bars.length ?? 0, box);
  // One series with a bar standing out: a colour for each bar (pptxgenjs writes each as a data point of its own).
  const colours =
    highlight !== undefined && series.length === 1
      ? series[0].bars.map((_, index) => (index === highlight ? page.accent : page.compared))
      : seriesColors(series.length, page);
  slide.addChart(pptx.ChartType.bar, data, {
    ...box,
    // The subsets' own chart says what they are: 其中（已含在上述渠道中，不另计）.
    ...(title
      ? {
          showTitle: true,
          title,
          titleFontFace: FONT,
          titleFontSize: fitSize(title, { ...box, h: 0.9 }, [18, 16, 14]),
          titleColor: page.text,
        }
      : {}),
    barDir: 'bar',
    barGrouping: 'clustered',
    barGapWidthPct: comparing ? 60 : 50,
    // pptxgenjs types only 'minMax', but writes the value into <c:orientation> as given.
    catAxisOrientation: 'maxMin' as 'minMax',
    chartColors: colours,
    lang,
    catAxisLabelFontFace: FONT,
    catAxisLabelFontSize: labelSize,
    catAxisLabelFrequency: '1',
    catAxisLabelColor: page.text,
    catAxisLineShow: true,
    catAxisLineColor: page.muted,
    catAxisMajorTickMark: 'none',
    valAxisHidden: true,
    // Hidden, but its text style is still written; keep it at the minimum like every other.
    valAxisLabelFontSize: MIN_PT,
    valAxisMinVal: 0,
    ...(most ? { valAxisMaxVal: most } : {}),
    valGridLine: { style: 'none' },
    // A figure the report does not give stays empty, never a bar of 0.
    displayBlanksAs: 'gap',
    showValue: true,
    dataLabelPosition: 'outEnd',
    dataLabelFontFace: FONT,
    dataLabelFontSize: labelSize,
    // Bold only for a few bars, whose labels have room: many bars' bold labels run into each other.
    dataLabelFontBold: (series[0]?.bars.length ?? 0) * series.length <= 8,
    dataLabelColor: page.text,
    dataLabelFormatCode: valueFormatCode(series.flatMap((entry) => entry.bars)),
    showLegend: comparing,
    legendPos: 't',
    legendFontFace: FONT,
    legendFontSize: 16,
    legendColor: page.text,
  });
}

/** The names' and values' size for `count` bars in `box`: 18 pt while a row holds it, down to 14 pt (`MOST_BARS` fit at that). */
function barLabelSize(count: number, box: Box): number {
  // The bars take about nine tenths of the chart's height; a name needs 1.3 times its size, or a slide program leaves every other one out.
  const rowPt = (box.h * 72 * 0.9) / Math.max(1, count);
  return Math.max(MIN_PT, Math.min(18, Math.floor(rowPt / 1.3)));
}

/** A round number just at or above `value` (1, 2 or 5 times a power of ten, and its steps), for an axis's end. */
function niceAbove(value: number): number {
  if (value <= 0) return 1;
  const step = 10 ** Math.floor(Math.log10(value)) / 2;
  return Math.ceil(value / step) * step;
}

/**
 * Each figure over the years as a small native line chart of its own, in a grid of at most three
 * columns (a count and a rate share no scale; a rate's runs from 0 to 100 %): its name in a box of
 * its own above it (a chart's own title sits over the values at the top), each year's value on its
 * point, with room above the highest, and a gap where a year's report does not give it, never a zero.
 */
function drawLines(pptx: PptxGenJS, slide: Slide, { years, lines }: DeckLines, box: Box, page: Page): void {
  const columns = Math.max(1, Math.min(3, Math.ceil(lines.length / Math.ceil(lines.length / 3))));
  const rows = Math.ceil(lines.length / columns);
  const gap = 0.2;
  const nameH = 0.4;
  const w = (box.w - gap * (columns - 1)) / columns;
  const h = (box.h - gap * (rows - 1)) / rows;
  lines.forEach((line, i) => {
    const x = box.x + (i % columns) * (w + gap);
    const y = box.y + Math.floor(i / columns) * (h + gap);
    slide.addText(line.name, { x, y, w, h: nameH, ...textStyle(page, 16), bold: true, valign: 'bottom', margin: 0 });
    const highest = Math.max(0, ...line.values.map((value) => value ?? 0));
    // pptxgenjs writes a null value as an empty point, which `displayBlanksAs: 'gap'` leaves out of the line.
    slide.addChart(pptx.ChartType.line, [{ name: line.name, labels: years, values: line.values as number[] }], {
      x,
      y: y + nameH,
      w,
      h: h - nameH,
      lang: page.lang,
      chartColors: [page.accent],
      lineSize: 2,
      lineDataSymbol: 'circle',
      lineDataSymbolSize: 8,
      catAxisLabelFontFace: FONT,
      catAxisLabelFontSize: MIN_PT,
      catAxisLabelColor: page.text,
      catAxisLineColor: page.muted,
      valAxisHidden: true,
      valAxisLabelFontSize: MIN_PT,
      valAxisMinVal: 0,
      // Rates share the scale to 100 %, counts each its own; above the highest point, room for its value.
      valAxisMaxVal: line.rate ? 1.35 : niceAbove(highest * 1.35),
      valGridLine: { style: 'none' },
      displayBlanksAs: 'gap',
      showValue: true,
      dataLabelPosition: 't',
      dataLabelFontFace: FONT,
      dataLabelFontSize: MIN_PT,
      dataLabelColor: page.text,
      // A count as the slides write it (368件), a rate as a percentage.
      dataLabelFormatCode: line.rate
        ? '0.##%'
        : valueFormatCode(line.values.map((value, at) => ({ label: years[at], value, valueText: line.texts[at] }))),
      showLegend: false,
    });
  });
}

/** The speaker notes in the deck's language: pptxgenjs tags their words en-US whatever they are. */
async function notesIn(pptx: JSZip, lang: string): Promise<void> {
  for (const path of Object.keys(pptx.files).filter((name) => /^ppt\/notesSlides\/[^/]+\.xml$/.test(name))) {
    const xml = await pptx.file(path)?.async('string');
    if (xml !== undefined) pptx.file(path, xml.replace(/\blang="en-US"/g, `lang="${lang}"`));
  }
}

/** The last series (the year shown) in the accent; any before it (the compared year) quieter. */
function seriesColors(count: number, page: Page): string[] {
  return Array.from({ length: count }, (_, index) => (index === count - 1 ? page.accent : page.compared));
}

/**
 * A number format that makes the data labels read as the dashboard writes them ("354件",
 * "1,200件") when every value text is the value, plainly or grouped by thousands, with the same
 * unit after it; otherwise the plain value. pptxgenjs's own default, '#,##0', would round 98.5 to 99.
 * A bar without a value is left blank and has no label, whatever the format.
 */
function valueFormatCode(bars: DeckBar[]): string {
  const given = bars.flatMap(({ value, valueText }) => (value === null ? [] : [{ value, valueText }]));
  const decimals = Math.max(0, ...given.map(({ value }) => (String(value).split('.')[1] ?? '').length));
  const digits = decimals > 0 ? `.${'0'.repeat(decimals)}` : '';
  const numbers = [
    { code: `0${digits}`, write: (value: number) => value.toFixed(decimals) },
    {
      code: `#,##0${digits}`,
      write: (value: number) => value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }),
    },
  ];
  const first = given[0];
  for (const { code, write } of first ? numbers : []) {
    const unit = first.valueText.slice(write(first.value).length);
    if (unit.includes('"') || !given.every(({ value, valueText }) => valueText === `${write(value)}${unit}`)) continue;
    return unit ? `${code}"${unit}"` : code;
  }
  return 'General';
}

/**
 * The hub in a filled box at the top, its parts in a row of rounded boxes below, joined by straight
 * lines through a horizontal bus — all shapes and text, editable like the rest of the slide.
 */
function drawHub(slide: Slide, { hub, parts }: DeckHub, box: Box, page: Page): void {
  const centre = box.x + box.w / 2;
  const hubBox = { x: centre - 2, y: box.y + 0.05, w: 4, h: 0.9 };
  slide.addText(hub, {
    ...hubBox,
    ...textStyle(page, fitSize(hub, hubBox, [24, 20, 18])),
    shape: 'roundRect',
    rectRadius: 0.12,
    fill: { color: page.accent },
    color: page.paper,
    bold: true,
    align: 'center',
    valign: 'middle',
  });
  if (parts.length === 0) return;
  const gap = 0.3;
  const partW = (box.w - gap * (parts.length - 1)) / parts.length;
  const partY = box.y + 1.65;
  const sized = parts.map((part) => sizeHubPart(part, partW, box.y + box.h - partY));
  // One height for the row, as tall as its fullest part needs, so the boxes line up.
  const partH = Math.min(box.y + box.h - partY, Math.max(1.2, ...sized.map(({ height }) => height)));
  const busY = hubBox.y + hubBox.h + (partY - hubBox.y - hubBox.h) / 2;
  const lefts = parts.map((_, index) => box.x + index * (partW + gap));
  const first = lefts[0] + partW / 2;
  const last = lefts[lefts.length - 1] + partW / 2;
  connect(slide, centre, hubBox.y + hubBox.h, centre, busY, page);
  connect(slide, Math.min(first, centre), busY, Math.max(last, centre), busY, page);
  parts.forEach((part, index) => {
    const x = lefts[index];
    connect(slide, x + partW / 2, busY, x + partW / 2, partY, page);
    drawHubPart(slide, part, sized[index], { x, y: partY, w: partW, h: partH }, page);
  });
}

/** Space after the label's paragraph, in points. */
const PART_GAP_PT = 4;

/** The sizes of a part's label and detail in a box `width` wide, and the height they need. */
function sizeHubPart({ label, detail }: DeckHub['parts'][number], width: number, maxHeight: number) {
  const labelSize = fitSize(label, { x: 0, y: 0, w: width, h: 0.6 }, [22, 20, 18, 16]);
  const labelHeight = linesAt(label, width, labelSize) * lineHeight(labelSize) + PART_GAP_PT / 72;
  const detailBox = { x: 0, y: 0, w: width, h: maxHeight - labelHeight - 0.2 };
  const detailSize = fitSize(detail, detailBox, [18, 16, 14]);
  const height = labelHeight + linesAt(detail, width, detailSize) * lineHeight(detailSize) + INSET_H + 0.2;
  return { labelSize, detailSize, height };
}

/** One part: its label bold over its detail, in a rounded box outlined in the accent. */
function drawHubPart(
  slide: Slide,
  { label, detail }: DeckHub['parts'][number],
  { labelSize, detailSize }: { labelSize: number; detailSize: number },
  box: Box,
  page: Page,
): void {
  slide.addText(
    [
      { text: label, options: { ...textStyle(page, labelSize), bold: true, breakLine: true } },
      ...(detail ? [{ text: detail, options: textStyle(page, detailSize) }] : []),
    ],
    {
      ...box,
      ...textStyle(page, labelSize),
      shape: 'roundRect',
      rectRadius: 0.12,
      fill: { color: page.paper },
      line: { color: page.accent, width: 1.5 },
      align: 'center',
      valign: 'top',
      paraSpaceAfter: PART_GAP_PT,
    },
  );
}

/** A line from (x1, y1) right and down to (x2, y2): pptxgenjs draws a line as the diagonal of its box. */
function connect(slide: Slide, x1: number, y1: number, x2: number, y2: number, page: Page): void {
  // A single part sits right under the hub: its bus would be a line of no length.
  if (x2 - x1 <= 0 && y2 - y1 <= 0) return;
  slide.addShape('line', { x: x1, y: y1, w: x2 - x1, h: y2 - y1, line: { color: page.accent, width: 2 } });
}

/** The closing title in the title placeholder, an accent rule, and its lines centred under it. */
function drawClosing(slide: Slide, { title, lines }: Extract<DeckSlide, { kind: 'closing' }>, page: Page): void {
  placed(slide, title, 'title', fitSize(title, placeholders(page).title, [40, 36, 32]), page, { bold: true, align: 'center' });
  slide.addShape('rect', { x: page.w / 2 - 0.7, y: 1.55, w: 1.4, h: 0.08, fill: { color: page.accent }, line: { type: 'none' } });
  if (lines.length === 0) return;
  const linesBox = { x: page.margin, y: CHART_SLIDE.summaryY, w: page.contentW, h: page.h - CHART_SLIDE.summaryY - 0.4 };
  // Each line whole where a size lets it (the report's title is not broken before its last characters, 告》 alone);
  // the report's web address breaks where it must.
  const sizes = [24, 22, 20, 18, 16, 14];
  const words = lines.filter((line) => !/^https?:\/\//.test(line));
  const whole = sizes.filter((each) => words.every((line) => linesAt(line, linesBox.w, each) === 1));
  const size = fitSize(lines.join('\n'), linesBox, whole.length ? whole : sizes);
  // A box of its own, taller than the layout's body: the source's lines.
  slide.addText(
    lines.map((line) => ({ text: line, options: { ...textStyle(page, size), breakLine: true } })),
    { ...linesBox, ...textStyle(page, size), align: 'center', valign: 'top', paraSpaceAfter: 6 },
  );
}

/** An invented dataset says so in the top-right corner of every slide: in the band, as a label of its own. */
function markSample(slide: Slide, sample: string, page: Page): void {
  // In the band, a label as wide as its words; above the title without one.
  const w = page.band ? Math.min(4.5, (textWidthEm(sample) * MIN_PT) / 72 + INSET_W + 0.2) : 4.5;
  slide.addText(sample, {
    x: page.w - 0.3 - w,
    y: page.band ? 0.06 : 0.08,
    w,
    h: page.band ? page.band - 0.12 : 0.4,
    ...textStyle(page, MIN_PT),
    color: page.alert,
    bold: true,
    align: 'right',
    valign: 'middle',
    ...(page.band ? { fill: { color: page.paper } } : {}),
  });
}

/** What every text run shares: the font, the colour, the language, a size never under the minimum. */
function textStyle(page: Page, fontSize: number): TextOptions {
  return { fontFace: FONT, fontSize: Math.max(fontSize, MIN_PT), color: page.text, lang: page.lang, fit: 'shrink' };
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** PowerPoint's default text insets: 0.1 in left and right, 0.05 in top and bottom. */
const INSET_W = 0.2;
const INSET_H = 0.1;

/**
 * The largest of `sizes` (points, largest first) at which `text` fits its box, by a cautious
 * estimate: a CJK character is one em wide, anything else 0.6 em. `fit: 'shrink'` only takes effect
 * once PowerPoint re-lays the text out, so the size written must already leave room.
 */
function fitSize(text: string, box: Box, sizes: number[]): number {
  for (const size of sizes) {
    if (linesAt(text, box.w, size) * lineHeight(size) + INSET_H <= box.h) return size;
  }
  return sizes[sizes.length - 1] ?? MIN_PT;
}

/** How many lines `text` wraps to at `size` points in a box `width` inches wide. */
function linesAt(text: string, width: number, size: number): number {
  const emsPerLine = Math.max(((width - INSET_W) * 72) / size, 1);
  return text.split('\n').reduce((lines, paragraph) => lines + Math.max(1, wrapText(paragraph, emsPerLine).length), 0);
}

/** Microsoft YaHei's lines are tall: about 1.3 em, in inches. */
function lineHeight(size: number): number {
  return (size * 1.3) / 72;
}
