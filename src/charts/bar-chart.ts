import { html, nothing, svg, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Change } from '../i18n/change.js';
import { fitText, textWidthEm, wrapText } from './text.js';
import { type BarSection, type ChartOptions, type ChartPoint, POINT_CLASS } from './types.js';

// Heights in ems: the label line, a bar, the compared year's bar when comparing, space after a row.
const LABEL_EM = 1.55;
const BAR_EM = 1.1;
const COMPARED_BAR_EM = 0.8;
const GAP_EM = 0.15;
const AFTER_EM = 0.75;
const LINE_EM = 1.4;
/** Where a value's text starts after the end of its bar, in ems. */
const VALUE_GAP_EM = 0.35;
/** Bars start one pixel in, so that a subset's outline is not cut. */
const LEFT = 1;

/** Where one point's row sits, in pixels from the top of the chart. */
interface Row {
  index: number;
  point: ChartPoint;
  /** Unique in the chart: a subset may share an id with a channel. */
  key: string;
  /** The label in the lines it fits (one; up to three beside a bar with the room; the whole of it is in the tooltip and the table). */
  label: readonly string[];
  style: BarSection['style'];
  top: number;
  bottom: number;
  labelY: number;
  bar: [number, number];
}

/** Where everything of a chart sits: rows, the compared years' bars, the changes, the headings; where bars start, and the height. */
interface Layout {
  rows: Row[];
  comparedBars: ComparedBar[];
  changes: ChangeMark[];
  headings: Heading[];
  height: number;
  /** Where the bars start: beside the labels, or at the left edge under them. */
  barsFrom: number;
  /** Room right of the longest bar, for its value (and, beside the labels, its change). */
  valueRoom: number;
  /** The text size the chart is drawn at: the one asked for, or smaller when its rows would not fit the height asked for. */
  fontSize: number;
}

/** The compared year's bar of a row, above the row's own. */
interface ComparedBar {
  key: string;
  value: number;
  valueText: string;
  bar: [number, number];
}

/** The change since the compared year, on the label line or, when it does not fit there, on its own line(s). */
interface ChangeMark {
  key: string;
  change: Change;
  lines: string[];
  /** The baseline of its last line. */
  y: number;
  ownLine: boolean;
  /** Beside the labels: after the value written at the end of a bar of this value. */
  afterValue?: { value: number; text: string };
}

interface Heading {
  lines: string[];
  /** The top of its first line. */
  y: number;
}

/**
 * Horizontal bars, one row each: the label on its own line (long names never squeeze the bars),
 * the bar under it with its value at the end. Sections stack, each under an optional heading
 * that wraps to the width, all on one scale; points are numbered across sections in order.
 * Points that carry the compared year's figure get a second, outlined bar above their own, and
 * the change on the label line.
 *
 * The marks are keyed by their points' ids: drawn again for other figures (another year), the
 * same elements take the new sizes, and the bars grow to them (`bar-chart.css.ts`).
 *
 * @example render(barChart([{ style: 'part', points }], { width: 600, fontSize: 16, ariaLabel: '信访' }), box)
 */
export function barChart(sections: readonly BarSection[], options: ChartOptions): TemplateResult {
  const { width, ariaLabel, tabStop = 0 } = options;
  const points = sections.flatMap((section) => section.points);
  const max = Math.max(1, ...points.flatMap((point) => [point.value, point.compared?.value ?? 0]));
  const {
    rows,
    comparedBars,
    changes,
    headings,
    height,
    barsFrom,
    valueRoom,
    fontSize: f,
  } = options.labels === 'beside' && (options.height !== undefined || labelsFitBeside(points, width, options.fontSize))
    ? layoutBeside(sections, width, options.fontSize, options.height)
    : layout(sections, width, options.fontSize);
  // A linear scale from 0 to the largest value, written out as d3's scaleLinear computes it: d3-scale
  // (or d3-interpolate, whose file is one piece with d3-color) would add 4–9 kB gzip to the bundle every
  // page loads, for this one line.
  const x = (value: number) => {
    const t = value / max;
    return barsFrom * (1 - t) + (width - valueRoom) * t;
  };
  const length = (value: number) => x(value) - barsFrom;
  const middle = ([top, bottom]: [number, number]) => (top + bottom) / 2;
  const bars = (style: BarSection['style']) => rows.filter((row) => row.style === style);
  const bar = (key: string, [top, bottom]: [number, number], value: number) =>
    svg`<rect x=${barsFrom} y=${top} width=${length(value)} height=${bottom - top} data-key=${key}></rect>`;
  const valueText = (key: string, value: number, y: number, text: string) =>
    svg`<text x=${x(value) + VALUE_GAP_EM * f} y=${y} dy="0.32em" data-key=${key}>${text}</text>`;
  const changeX = ({ afterValue, ownLine }: ChangeMark) =>
    afterValue ? x(afterValue.value) + (VALUE_GAP_EM + textWidthEm(afterValue.text) + 0.5) * f : ownLine ? LEFT : width;

  return html`<svg
    class=${options.moving ? 'fz-chart fz-moving' : 'fz-chart'}
    width=${width}
    height=${height}
    viewBox="0 0 ${width} ${height}"
    font-size=${f}
    role="group"
    aria-label=${ariaLabel}
    aria-describedby=${options.describedBy ?? nothing}
  >
    <g class="fz-bar-compared" aria-hidden="true">${repeat(
      comparedBars,
      (compared) => compared.key,
      (compared) => bar(compared.key, compared.bar, compared.value),
    )}</g>
    ${(['part', 'subset'] as const).map(
      (style) =>
        svg`<g class="fz-bar-${style}" aria-hidden="true">${repeat(
          bars(style),
          (row) => row.key,
          (row) => bar(row.key, row.bar, row.point.value),
        )}</g>`,
    )}
    <g class="fz-heading" aria-hidden="true" text-anchor="start">${headings.map((heading) =>
      textLines(LEFT, heading.y, heading.lines, 0.71 * LINE_EM),
    )}</g>
    <g class="fz-label" aria-hidden="true" text-anchor="start">${repeat(
      rows,
      (row) => row.key,
      (row) => textLines(LEFT, row.labelY, row.label, ((1 - row.label.length) * LINE_EM) / 2),
    )}</g>
    <g class="fz-change" aria-hidden="true">${repeat(
      changes,
      (mark) => mark.key,
      (mark) =>
        textLines(changeX(mark), mark.y, mark.lines, (1 - mark.lines.length) * LINE_EM, {
          className: `change-${mark.change.direction}`,
          anchor: mark.ownLine || mark.afterValue ? 'start' : 'end',
        }),
    )}</g>
    <g class="fz-value fz-value-compared" aria-hidden="true" text-anchor="start">${repeat(
      comparedBars,
      (compared) => compared.key,
      (compared) => valueText(compared.key, compared.value, middle(compared.bar), compared.valueText),
    )}</g>
    <g class="fz-value" aria-hidden="true" text-anchor="start">${repeat(
      rows,
      (row) => row.key,
      (row) => valueText(row.key, row.point.value, middle(row.bar), row.point.markText),
    )}</g>
    <g class="fz-hit">${repeat(
      rows,
      (row) => row.key,
      (row) =>
        svg`<rect
          class=${POINT_CLASS}
          x=${LEFT}
          y=${row.top}
          width=${x(max) - LEFT}
          height=${row.bottom - row.top}
          data-index=${row.index}
          tabindex=${row.index === tabStop ? 0 : -1}
          role="img"
          aria-label=${row.point.name}
        ></rect>`,
    )}</g>
  </svg>`;
}

/**
 * A text of one or more lines `LINE_EM` apart, the first `firstDy` ems below `y`: each line a
 * tspan when there are several (SVG editors that know no CSS keep them too).
 */
function textLines(
  x: number,
  y: number,
  lines: readonly string[],
  firstDy: number,
  { className, anchor }: { className?: string; anchor?: 'start' | 'end' } = {},
): TemplateResult {
  const [only] = lines;
  const dy = lines.length === 1 && firstDy !== 0 ? `${firstDy}em` : nothing;
  const content =
    lines.length === 1 ? only : lines.map((line, i) => svg`<tspan x=${x} dy="${i === 0 ? firstDy : LINE_EM}em">${line}</tspan>`);
  return svg`<text class=${className ?? nothing} x=${x} y=${y} dy=${dy} text-anchor=${anchor ?? nothing}>${content}</text>`;
}

/** The widest text written right of a bar (the value, the compared year's value), in ems. */
const widestValue = (points: ChartPoint[]) =>
  Math.max(...points.flatMap((point) => [point.markText, point.compared?.valueText ?? ''].map(textWidthEm)));

/** Places headings and rows top to bottom, each label on its own line above its bar; returns them with the total height. */
function layout(sections: readonly BarSection[], width: number, f: number): Layout {
  const rows: Row[] = [];
  const comparedBars: ComparedBar[] = [];
  const changes: ChangeMark[] = [];
  const headings: Heading[] = [];
  const widthEm = (width - 2) / f;
  let y = 0;
  for (const section of sections) {
    if (section.heading) {
      // Headings are bold, about a tenth wider than the estimate for regular text.
      const lines = wrapText(section.heading, widthEm * 0.88);
      headings.push({ lines, y: y + 0.2 * f });
      y += (lines.length * LINE_EM + 0.4) * f;
    }
    for (const point of section.points) {
      const key = `${section.style}:${point.id}`;
      const top = y;
      const labelY = top + (LABEL_EM - 0.3) * f;
      const { change, compared } = point;
      const label = fitText(point.label, widthEm);
      const ownLine = change !== undefined && textWidthEm(label) + textWidthEm(change.text) + 1 > widthEm;
      if (change) {
        // On its own line(s) when it does not fit beside the label; a change too long for one line wraps.
        const lines = ownLine ? wrapText(change.text, widthEm) : [change.text];
        changes.push({ key, change, lines, y: ownLine ? labelY + lines.length * LINE_EM * f : labelY, ownLine });
        if (ownLine) y += lines.length * LINE_EM * f;
      }
      y += LABEL_EM * f;
      if (compared) {
        comparedBars.push({ key: `${key}~compared`, ...compared, bar: [y, y + COMPARED_BAR_EM * f] });
        y += (COMPARED_BAR_EM + GAP_EM) * f;
      }
      const bar: [number, number] = [y, y + BAR_EM * f];
      y += (BAR_EM + AFTER_EM) * f;
      rows.push({ index: rows.length, point, key, label: [label], style: section.style, top, bottom: y - 0.2 * f, labelY, bar });
    }
  }
  // Room right of the longest bar for the widest value; bars keep at least 3 em.
  const valueRoom = Math.min((widestValue(sections.flatMap((section) => section.points)) + 0.5) * f, width - 3 * f);
  return { rows, comparedBars, changes, headings, height: Math.ceil(y), barsFrom: LEFT, valueRoom, fontSize: f };
}

/** Labels beside their bars take at most this share of the width (a slide's chart); longer, they are cut short. */
const BESIDE_LABELS_SHARE = 0.4;
/** On paper, labels beside their bars may take up to half the width, so that they stay whole. */
const PAPER_LABELS_SHARE = 0.5;

/**
 * Whether every label fits whole beside its bar on paper (labels beside, no height to fill): a
 * chart whose labels would be cut short there ("Provincial lett…") keeps them on lines of their own.
 */
function labelsFitBeside(points: readonly ChartPoint[], width: number, fontSize: number): boolean {
  return Math.max(...points.map((point) => textWidthEm(point.label))) + 0.75 <= ((width - 2) / fontSize) * PAPER_LABELS_SHARE;
}

/** The least share of a chart's width its bars keep beside labels that take more than theirs. */
const BARS_LEAST_SHARE = 0.3;

/** Bars at most this thick beside their labels, in ems, however much height there is to fill. */
const BESIDE_BAR_MAX_EM = 2.4;

/**
 * Places each label beside its bar (a slide's chart: one line a row), the change after the value;
 * with `height`, the rows spread to fill it — bars thicker up to a limit, the rest between them —
 * and a chart whose rows would not fit it is drawn at a smaller text size.
 */
function layoutBeside(sections: readonly BarSection[], width: number, fontSize: number, height?: number): Layout {
  const points = sections.flatMap((section) => section.points);
  const comparing = points.some((point) => point.compared);
  const headingCount = sections.filter((section) => section.heading).length;
  // Heights in ems of one row: its bars, and the space after it; a heading's line.
  const natural = { bar: BAR_EM, compared: COMPARED_BAR_EM, gap: GAP_EM, after: 0.55, heading: LINE_EM + 0.2 };
  const rowEm = (scale: number) =>
    Math.max(1.35, (natural.bar + (comparing ? natural.compared + natural.gap : 0)) * scale) + natural.after * scale;
  const naturalEm = points.length * rowEm(1) + headingCount * natural.heading;
  // Too many rows for the height: a smaller text size, never under 0.7 of the one asked for.
  const f = height ? Math.max(fontSize * 0.7, Math.min(fontSize, height / naturalEm)) : fontSize;
  const room = height ? height / f : naturalEm;
  const barEm = (scale: number) => natural.bar * scale;
  let scale = 1;
  if (height && room > naturalEm) {
    const most = BESIDE_BAR_MAX_EM / natural.bar;
    scale = Math.min(most, (room - headingCount * natural.heading) / points.length / rowEm(1));
  }
  const share = height === undefined ? PAPER_LABELS_SHARE : BESIDE_LABELS_SHARE;
  const changeOf = (point: ChartPoint) => (point.change ? `  ${point.change.text}` : '');
  const widthEm = (width - 2) / f;
  const valuesEm = Math.max(...points.map((point) => textWidthEm(point.markText + changeOf(point)))) + 0.75;
  // The labels their share of the width, or more where the values after the bars leave it (English labels on a slide).
  const labelsMost = Math.max(widthEm * share, widthEm * (1 - BARS_LEAST_SHARE) - valuesEm);
  const labelsEm = Math.min(Math.max(...points.map((point) => textWidthEm(point.label))) + 0.75, labelsMost);
  const barsFrom = LEFT + labelsEm * f;
  const valueRoom = Math.min(valuesEm * f, width - barsFrom - 3 * f);
  const used = points.length * rowEm(scale) + headingCount * natural.heading;
  // What is left of the height goes between the rows, and at the top and bottom.
  const spare = height ? Math.max(0, room - used) / (points.length + headingCount + 1) : 0;
  // A label too long for its share on as many lines (three at most) as its row is tall for (a slide's), cut short on one otherwise.
  const labelLines = Math.max(1, Math.min(3, Math.floor((rowEm(scale) + spare) / LINE_EM)));
  const rows: Row[] = [];
  const comparedBars: ComparedBar[] = [];
  const changes: ChangeMark[] = [];
  const headings: Heading[] = [];
  let y = spare * f;
  for (const section of sections) {
    if (section.heading) {
      const lines = wrapText(section.heading, ((width - 2) / f) * 0.88, 1);
      headings.push({ lines, y: y + 0.2 * f });
      y += (natural.heading + spare) * f;
    }
    for (const point of section.points) {
      const key = `${section.style}:${point.id}`;
      const top = y;
      const block = rowEm(scale) - natural.after * scale;
      const barsHeight = (barEm(scale) + (point.compared ? (natural.compared + natural.gap) * scale : 0)) * f;
      let barTop = top + (block * f - barsHeight) / 2;
      const drawnTop = barTop;
      if (point.compared) {
        const comparedBottom = barTop + natural.compared * scale * f;
        comparedBars.push({ key: `${key}~compared`, ...point.compared, bar: [barTop, comparedBottom] });
        barTop = comparedBottom + natural.gap * scale * f;
      }
      const bar: [number, number] = [barTop, barTop + barEm(scale) * f];
      const labelY = (bar[0] + bar[1]) / 2 + 0.35 * f;
      if (point.change) {
        const afterValue = { value: point.value, text: point.markText };
        changes.push({
          key,
          change: point.change,
          lines: [point.change.text],
          y: (bar[0] + bar[1]) / 2 + 0.32 * f,
          ownLine: false,
          afterValue,
        });
      }
      y += (block + natural.after * scale + spare) * f;
      const label = wrapText(point.label, labelsEm - 0.5, labelLines);
      // The row as drawn, its label's lines and its bars (the pointer's target, the tooltip under it): not the room between rows.
      const middle = (bar[0] + bar[1]) / 2;
      const labelHalf = (label.length * LINE_EM * f) / 2;
      rows.push({
        index: rows.length,
        point,
        key,
        label,
        style: section.style,
        top: Math.max(top, Math.min(drawnTop, middle - labelHalf) - 0.15 * f),
        bottom: Math.max(bar[1], middle + labelHalf) + 0.15 * f,
        labelY,
        bar,
      });
    }
  }
  return { rows, comparedBars, changes, headings, height: Math.ceil(height ? Math.max(height, y) : y), barsFrom, valueRoom, fontSize: f };
}
