import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import { wrapText } from '../charts/text.js';
import { xmlText } from '../data/characters.js';
import { LIGHT } from '../internal/palette.js';
import type { Deck, DeckBar, DeckBars, DeckHub, DeckLines, DeckSlide } from './deck-types.js';

/**
 * Writes a deck as a 16:9 PowerPoint file: text, native bar charts and shapes that stay editable
 * in PowerPoint and WPS, the report's own words in the speaker notes.
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
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.title;
  pptx.author = deck.author;
  // pptxgenjs 4.0.1 writes the company into docProps/app.xml unescaped (node_modules/pptxgenjs/dist/pptxgen.es.js,
  // line 6436), unlike the title and author beside it: a publisher with `&` or `<` would break the file.
  pptx.company = escapeXml(deck.author);
  // Otherwise the file's subject reads "PptxGenJS Presentation".
  pptx.subject = deck.title;
  // The theme's font reaches text nothing here styles, such as the speaker notes.
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };
  // pptxgenjs has no deck-wide language: every text run and chart gets `deck.lang` (see `textStyle`).
  for (const described of deck.slides) {
    const slide = pptx.addSlide();
    slide.background = { color: PAPER };
    drawSlide(pptx, slide, described, deck.lang);
    if (deck.sample) markSample(slide, deck.sample, deck.lang);
  }
  const written = (await pptx.write({ outputType: 'arraybuffer' })) as ArrayBuffer;
  // The type that makes a browser and a mail client treat the file as a deck, not a zip.
  return new Blob([await writeZerosIntoWorkbooks(written, deck)], { type: PPTX_TYPE });
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

// The light theme's colours as pptxgenjs takes them: hex without '#'.
const hex = (colour: string) => colour.replace('#', '').toUpperCase();
const PAPER = hex(LIGHT.bg);
const TEXT = hex(LIGHT.text);
const ACCENT = hex(LIGHT.accent);
const MUTED = hex(LIGHT.muted);
/** The compared (earlier) year's bars, quieter than the accent. */
const SOFT = '9FB8D6';
const ALERT = hex(LIGHT.alert);

/** LAYOUT_WIDE in inches. */
const SLIDE_W = 13.333;
const SLIDE_H = 7.5;
const MARGIN = 0.6;
const CONTENT_W = SLIDE_W - 2 * MARGIN;

/** Read from the back of a hall: nothing smaller, anywhere. */
const MIN_PT = 14;

/** Where the header, the summary, the chart and the source line sit on a chart slide. */
const HEADER = { titleY: 0.5, titleH: 0.85, subtitleY: 1.35, subtitleH: 0.55 };
const CHART_SLIDE = { summaryY: 1.95, summaryH: 0.95, chartY: 2.95, chartH: 3.8, sourceY: 6.85, sourceH: 0.45 };

type Slide = PptxGenJS.Slide;
type TextOptions = PptxGenJS.TextPropsOptions;

function drawSlide(pptx: PptxGenJS, slide: Slide, described: DeckSlide, lang: string): void {
  switch (described.kind) {
    case 'title':
      drawTitle(slide, described, lang);
      break;
    case 'figures':
      drawFigures(slide, described, lang);
      break;
    case 'chart':
      drawChartSlide(pptx, slide, described, lang);
      break;
    case 'closing':
      drawClosing(slide, described, lang);
      break;
  }
}

/** The title large, an accent rule, then unit and year and the date line. */
function drawTitle(slide: Slide, { title, subtitle, date }: Extract<DeckSlide, { kind: 'title' }>, lang: string): void {
  const x = 0.9;
  const w = SLIDE_W - 2 * x;
  const titleBox = { x, y: 1.7, w, h: 2.1 };
  slide.addText(title, {
    ...titleBox,
    ...textStyle(lang, fitSize(title, titleBox, [44, 40, 36, 32])),
    bold: true,
    valign: 'bottom',
  });
  slide.addShape('rect', { x: x + 0.1, y: 3.95, w: 1.4, h: 0.08, fill: { color: ACCENT }, line: { type: 'none' } });
  const unitBox = { x, y: 4.2, w, h: 0.7 };
  slide.addText(subtitle, { ...unitBox, ...textStyle(lang, fitSize(subtitle, unitBox, [28, 24, 20])) });
  const dateBox = { x, y: 4.95, w, h: 0.55 };
  slide.addText(date, { ...dateBox, ...textStyle(lang, fitSize(date, dateBox, [20, 18, 16])) });
}

/** Title and subtitle, shared by the figures and chart slides. */
function drawHeader(slide: Slide, title: string, subtitle: string, lang: string): void {
  const titleBox = { x: MARGIN, y: HEADER.titleY, w: CONTENT_W, h: HEADER.titleH };
  slide.addText(title, { ...titleBox, ...textStyle(lang, fitSize(title, titleBox, [32, 28, 24])), bold: true, valign: 'bottom' });
  const subtitleBox = { x: MARGIN, y: HEADER.subtitleY, w: CONTENT_W, h: HEADER.subtitleH };
  slide.addText(subtitle, { ...subtitleBox, ...textStyle(lang, fitSize(subtitle, subtitleBox, [20, 18, 16])) });
}

/**
 * The key figures in a grid of at most two rows, centred in the space under the header: label
 * above, the value large in the accent, the change under it. Meant for up to eight figures.
 */
function drawFigures(slide: Slide, { title, subtitle, figures }: Extract<DeckSlide, { kind: 'figures' }>, lang: string): void {
  drawHeader(slide, title, subtitle, lang);
  const columns = figureColumns(figures.length);
  const rows = Math.ceil(figures.length / columns);
  const gap = 0.3;
  const area = { y: 2.1, h: SLIDE_H - 0.4 - 2.1 };
  const cellW = (CONTENT_W - gap * (columns - 1)) / columns;
  const cellH = FIGURE.labelH + FIGURE.valueH + FIGURE.changeH + 0.15;
  const top = area.y + Math.max(0, (area.h - rows * cellH) / 2);
  figures.forEach((figure, index) => {
    const x = MARGIN + (index % columns) * (cellW + gap);
    const y = top + Math.floor(index / columns) * cellH;
    drawFigure(slide, figure, x, y, cellW, lang);
  });
}

/** Heights in a figure's cell: the value's fits 60 pt on one line. */
const FIGURE = { labelH: 0.5, valueH: 1.2, changeH: 0.5 };

type Figure = Extract<DeckSlide, { kind: 'figures' }>['figures'][number];

function drawFigure(slide: Slide, { label, value, change }: Figure, x: number, y: number, w: number, lang: string): void {
  const labelBox = { x, y, w, h: FIGURE.labelH };
  slide.addText(label, { ...labelBox, ...textStyle(lang, fitSize(label, labelBox, [18, 16, 14])), valign: 'bottom' });
  const valueBox = { x, y: y + FIGURE.labelH, w, h: FIGURE.valueH };
  slide.addText(value, { ...valueBox, ...textStyle(lang, fitSize(value, valueBox, [60, 54, 48])), bold: true, color: ACCENT });
  if (!change) return;
  const changeBox = { x, y: y + FIGURE.labelH + FIGURE.valueH, w, h: FIGURE.changeH };
  slide.addText(change, { ...changeBox, ...textStyle(lang, fitSize(change, changeBox, [18, 16, 14])), valign: 'top' });
}

/** Up to three figures side by side, four as two by two, more in two rows. */
function figureColumns(count: number): number {
  if (count <= 3) return Math.max(count, 1);
  if (count === 4) return 2;
  return Math.ceil(count / 2);
}

/** Header, summary, the chart, the source line; the report's words go to the speaker notes. */
function drawChartSlide(pptx: PptxGenJS, slide: Slide, described: Extract<DeckSlide, { kind: 'chart' }>, lang: string): void {
  drawHeader(slide, described.title, described.subtitle, lang);
  const summaryBox = { x: MARGIN, y: CHART_SLIDE.summaryY, w: CONTENT_W, h: CHART_SLIDE.summaryH };
  slide.addText(described.summary, { ...summaryBox, ...textStyle(lang, fitSize(described.summary, summaryBox, [20, 18, 16])) });
  const chartBox = { x: MARGIN, y: CHART_SLIDE.chartY, w: CONTENT_W, h: CHART_SLIDE.chartH };
  if (described.chart.kind === 'bars') drawBars(pptx, slide, described.chart, chartBox, lang);
  else if (described.chart.kind === 'lines') drawLines(pptx, slide, described.chart, chartBox, lang);
  else drawHub(slide, described.chart, chartBox, lang);
  const sourceBox = { x: MARGIN, y: CHART_SLIDE.sourceY, w: CONTENT_W, h: CHART_SLIDE.sourceH };
  slide.addText(described.source, { ...sourceBox, ...textStyle(lang, fitSize(described.source, sourceBox, [16, 14])), color: MUTED });
  if (described.notes.length > 0) slide.addNotes(described.notes.join('\n'));
}

/**
 * A native horizontal bar chart, so the numbers stay editable in PowerPoint. The category axis runs
 * max-to-min because PowerPoint draws bar categories bottom-up: this keeps the given order top-down,
 * and in a comparison puts the compared year above the current one within each group.
 */
function drawBars(pptx: PptxGenJS, slide: Slide, { series }: DeckBars, box: Box, lang: string): void {
  const data = series.map(({ name, bars }) => ({ name, labels: bars.map((bar) => bar.label), values: bars.map((bar) => bar.value) }));
  const comparing = series.length === 2;
  slide.addChart(pptx.ChartType.bar, data, {
    ...box,
    barDir: 'bar',
    barGrouping: 'clustered',
    barGapWidthPct: comparing ? 60 : 50,
    // pptxgenjs types only 'minMax', but writes the value into <c:orientation> as given.
    catAxisOrientation: 'maxMin' as 'minMax',
    chartColors: seriesColors(series.length),
    lang,
    catAxisLabelFontFace: FONT,
    catAxisLabelFontSize: 18,
    catAxisLabelColor: TEXT,
    catAxisLineShow: true,
    catAxisLineColor: MUTED,
    catAxisMajorTickMark: 'none',
    valAxisHidden: true,
    // Hidden, but its text style is still written; keep it at the minimum like every other.
    valAxisLabelFontSize: MIN_PT,
    valAxisMinVal: 0,
    valGridLine: { style: 'none' },
    // A figure the report does not give stays empty, never a bar of 0.
    displayBlanksAs: 'gap',
    showValue: true,
    dataLabelPosition: 'outEnd',
    dataLabelFontFace: FONT,
    dataLabelFontSize: 18,
    dataLabelFontBold: true,
    dataLabelColor: TEXT,
    dataLabelFormatCode: valueFormatCode(series.flatMap((entry) => entry.bars)),
    showLegend: comparing,
    legendPos: 't',
    legendFontFace: FONT,
    legendFontSize: 16,
    legendColor: TEXT,
  });
}

/**
 * Each figure over the years as a small native line chart of its own, in a grid of at most three
 * columns (a count and a rate share no scale; a rate's runs from 0 to 100 %): its name above, each
 * year's value on its point, and a gap where a year's report does not give it, never a zero.
 */
function drawLines(pptx: PptxGenJS, slide: Slide, { years, lines }: DeckLines, box: Box, lang: string): void {
  const columns = Math.max(1, Math.min(3, lines.length));
  const rows = Math.ceil(lines.length / columns);
  const gap = 0.25;
  const w = (box.w - gap * (columns - 1)) / columns;
  const h = (box.h - gap * (rows - 1)) / rows;
  lines.forEach((line, i) => {
    const x = box.x + (i % columns) * (w + gap);
    const y = box.y + Math.floor(i / columns) * (h + gap);
    // pptxgenjs writes a null value as an empty point, which `displayBlanksAs: 'gap'` leaves out of the line.
    slide.addChart(pptx.ChartType.line, [{ name: line.name, labels: years, values: line.values as number[] }], {
      x,
      y,
      w,
      h,
      lang,
      chartColors: [ACCENT],
      lineSize: 2,
      lineDataSymbol: 'circle',
      lineDataSymbolSize: 8,
      showTitle: true,
      title: line.name,
      titleFontFace: FONT,
      titleFontSize: 16,
      titleColor: TEXT,
      catAxisLabelFontFace: FONT,
      catAxisLabelFontSize: MIN_PT,
      catAxisLabelColor: TEXT,
      valAxisHidden: true,
      valAxisLabelFontSize: MIN_PT,
      valAxisMinVal: 0,
      ...(line.rate ? { valAxisMaxVal: 1 } : {}),
      valGridLine: { style: 'none' },
      displayBlanksAs: 'gap',
      showValue: true,
      dataLabelPosition: 't',
      dataLabelFontFace: FONT,
      dataLabelFontSize: MIN_PT,
      dataLabelColor: TEXT,
      dataLabelFormatCode: line.rate ? '0.##%' : '#,##0',
      showLegend: false,
    });
  });
}

/**
 * Puts each bar of 0 back into its chart's workbook as 0. pptxgenjs 4.0.1 fills the workbook
 * embedded with every chart (the table PowerPoint and WPS open under "Edit data", and redraw the
 * chart from after an edit) with `values[idx] || ''` (node_modules/pptxgenjs/dist/pptxgen.es.js,
 * line 3227; upstream gitbrent/PptxGenJS#1331), so a 0 there is an empty cell, the same as a figure
 * the report does not give: once someone edits the chart, 行政复议 0件 becomes a gap. The chart's
 * own cache is right (`value || value === 0`, line 3794) and is left alone.
 *
 * Each chart's workbook is found through the relationships (slide → chart → workbook; the file
 * names count charts across every deck written), and each bar's cell through the chart's own
 * reference to its series, `<c:f>Sheet1!$C$2:$C$5</c:f>`: category i of that series is C(2 + i).
 * Only a cell still written as pptxgenjs writes a blank is touched. A deck without a 0 is handed
 * back as written.
 */
async function writeZerosIntoWorkbooks(written: ArrayBuffer, deck: Deck): Promise<ArrayBuffer> {
  const charts = deck.slides.flatMap((slide, index) =>
    slide.kind === 'chart' && slide.chart.kind === 'bars' && slide.chart.series.some(({ bars }) => bars.some((bar) => bar.value === 0))
      ? [{ slidePath: `ppt/slides/slide${index + 1}.xml`, series: slide.chart.series }]
      : [],
  );
  if (charts.length === 0) return written;
  const pptx = await JSZip.loadAsync(written);
  for (const { slidePath, series } of charts) {
    const chartPath = await relationshipTarget(pptx, slidePath, 'chart');
    const workbookPath = chartPath && (await relationshipTarget(pptx, chartPath, 'package'));
    const chartXml = chartPath && (await pptx.file(chartPath)?.async('string'));
    const workbookFile = workbookPath && pptx.file(workbookPath);
    if (!chartXml || !workbookPath || !workbookFile) continue;
    const workbook = await JSZip.loadAsync(await workbookFile.async('uint8array'));
    // pptxgenjs writes one sheet, the "Sheet1" the chart's references name.
    const sheetPath = 'xl/worksheets/sheet1.xml';
    const sheet = await workbook.file(sheetPath)?.async('string');
    if (!sheet) continue;
    const columns = seriesColumns(chartXml);
    let zeroed = sheet;
    series.forEach(({ bars }, index) => {
      const column = columns[index];
      bars.forEach((bar, category) => {
        if (bar.value !== 0 || !column) return;
        const cell = `${column.letters}${column.firstRow + category}`;
        zeroed = zeroed.replace(`<c r="${cell}"><v></v></c>`, `<c r="${cell}"><v>0</v></c>`);
      });
    });
    if (zeroed === sheet) continue;
    workbook.file(sheetPath, zeroed);
    pptx.file(workbookPath, await workbook.generateAsync({ type: 'uint8array' }));
  }
  return pptx.generateAsync({ type: 'arraybuffer' });
}

/** Where each series of a chart takes its values from, in series order: the column and its first row. */
function seriesColumns(chartXml: string): ({ letters: string; firstRow: number } | undefined)[] {
  return [...chartXml.matchAll(/<c:ser>(.*?)<\/c:ser>/gs)].map(([, series]) => {
    const range = /<c:val>.*?<c:f>Sheet1!\$([A-Z]+)\$(\d+):\$\1\$\d+<\/c:f>/s.exec(series);
    return range ? { letters: range[1], firstRow: Number(range[2]) } : undefined;
  });
}

/** The part a package part's relationship of this type (`chart`, `package`) points to, as a path in the zip. */
async function relationshipTarget(zip: JSZip, partPath: string, type: string): Promise<string | undefined> {
  const slash = partPath.lastIndexOf('/');
  const folder = partPath.slice(0, slash);
  const rels = await zip.file(`${folder}/_rels/${partPath.slice(slash + 1)}.rels`)?.async('string');
  const relationship = rels?.match(/<Relationship\b[^>]*>/g)?.find((tag) => tag.includes(`/relationships/${type}"`));
  const target = relationship && /\bTarget="([^"]+)"/.exec(relationship)?.[1];
  if (!target) return undefined;
  // A target is absolute in the package (`/ppt/charts/chart1.xml`) or relative to the part's folder.
  const segments = target.startsWith('/') ? [] : folder.split('/');
  for (const segment of target.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment && segment !== '.') segments.push(segment);
  }
  return segments.join('/');
}

/** The last series (the year shown) in the accent; any before it (the compared year) soft blue. */
function seriesColors(count: number): string[] {
  return Array.from({ length: count }, (_, index) => (index === count - 1 ? ACCENT : SOFT));
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
function drawHub(slide: Slide, { hub, parts }: DeckHub, box: Box, lang: string): void {
  const centre = box.x + box.w / 2;
  const hubBox = { x: centre - 2, y: box.y + 0.05, w: 4, h: 0.9 };
  slide.addText(hub, {
    ...hubBox,
    ...textStyle(lang, fitSize(hub, hubBox, [24, 20, 18])),
    shape: 'roundRect',
    rectRadius: 0.12,
    fill: { color: ACCENT },
    color: PAPER,
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
  connect(slide, centre, hubBox.y + hubBox.h, centre, busY);
  connect(slide, Math.min(first, centre), busY, Math.max(last, centre), busY);
  parts.forEach((part, index) => {
    const x = lefts[index];
    connect(slide, x + partW / 2, busY, x + partW / 2, partY);
    drawHubPart(slide, part, sized[index], { x, y: partY, w: partW, h: partH }, lang);
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
  lang: string,
): void {
  slide.addText(
    [
      { text: label, options: { ...textStyle(lang, labelSize), bold: true, breakLine: true } },
      { text: detail, options: textStyle(lang, detailSize) },
    ],
    {
      ...box,
      ...textStyle(lang, labelSize),
      shape: 'roundRect',
      rectRadius: 0.12,
      fill: { color: PAPER },
      line: { color: ACCENT, width: 1.5 },
      align: 'center',
      valign: 'top',
      paraSpaceAfter: PART_GAP_PT,
    },
  );
}

/** A line from (x1, y1) right and down to (x2, y2): pptxgenjs draws a line as the diagonal of its box. */
function connect(slide: Slide, x1: number, y1: number, x2: number, y2: number): void {
  // A single part sits right under the hub: its bus would be a line of no length.
  if (x2 - x1 <= 0 && y2 - y1 <= 0) return;
  slide.addShape('line', { x: x1, y: y1, w: x2 - x1, h: y2 - y1, line: { color: ACCENT, width: 2 } });
}

/** The closing title and its lines, centred under an accent rule. */
function drawClosing(slide: Slide, { title, lines }: Extract<DeckSlide, { kind: 'closing' }>, lang: string): void {
  const x = 0.9;
  const w = SLIDE_W - 2 * x;
  const titleBox = { x, y: 1.9, w, h: 1.4 };
  slide.addText(title, {
    ...titleBox,
    ...textStyle(lang, fitSize(title, titleBox, [40, 36, 32])),
    bold: true,
    align: 'center',
    valign: 'bottom',
  });
  slide.addShape('rect', { x: SLIDE_W / 2 - 0.7, y: 3.5, w: 1.4, h: 0.08, fill: { color: ACCENT }, line: { type: 'none' } });
  if (lines.length === 0) return;
  const linesBox = { x, y: 3.8, w, h: 3.1 };
  const size = fitSize(lines.join('\n'), linesBox, [24, 22, 20, 18, 16, 14]);
  slide.addText(
    lines.map((line) => ({ text: line, options: { ...textStyle(lang, size), breakLine: true } })),
    { ...linesBox, ...textStyle(lang, size), align: 'center', valign: 'top', paraSpaceAfter: 6 },
  );
}

/** An invented dataset says so in the top-right corner of every slide, above the title. */
function markSample(slide: Slide, sample: string, lang: string): void {
  const w = 4.5;
  slide.addText(sample, {
    x: SLIDE_W - 0.3 - w,
    y: 0.08,
    w,
    h: 0.4,
    ...textStyle(lang, MIN_PT),
    color: ALERT,
    bold: true,
    align: 'right',
    valign: 'middle',
  });
}

/** What every text run shares: the font, the colour, the language, a size never under the minimum. */
function textStyle(lang: string, fontSize: number): TextOptions {
  return { fontFace: FONT, fontSize: Math.max(fontSize, MIN_PT), color: TEXT, lang, fit: 'shrink' };
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
