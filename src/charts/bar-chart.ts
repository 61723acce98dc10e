import { plot, type RenderFunction, rect, text } from '@observablehq/plot';
import type { Change } from '../i18n/change.js';
import { cleanPlotSvg, markPoints, resetPoints } from './svg.js';
import { fitText, textWidthEm, wrapText } from './text.js';
import type { BarSection, ChartOptions, ChartPoint } from './types.js';

// Heights in ems: the label line, a bar, the compared year's bar when comparing, space after a row.
const LABEL_EM = 1.55;
const BAR_EM = 1.1;
const COMPARED_BAR_EM = 0.8;
const GAP_EM = 0.15;
const AFTER_EM = 0.75;
const LINE_EM = 1.4;

/** Where one point's row sits, in pixels from the top of the chart. */
interface Row {
  index: number;
  point: ChartPoint;
  /** The label as it fits on its line (the whole of it is in the tooltip and the table). */
  label: string;
  style: BarSection['style'];
  top: number;
  bottom: number;
  labelY: number;
  bar: [number, number];
}

/** The compared year's bar of a row, above the row's own. */
interface ComparedBar {
  id: string;
  value: number;
  valueText: string;
  bar: [number, number];
}

/** The change since the compared year, on the label line or, when it does not fit there, on its own line. */
interface ChangeMark {
  change: Change;
  /** The change as written: on its own line(s), wrapped to the width. */
  text: string;
  y: number;
  ownLine: boolean;
}

interface Heading {
  text: string;
  y: number;
}

/**
 * Horizontal bars, one row each: the label on its own line (long names never squeeze the bars),
 * the bar under it with its value at the end. Sections stack, each under an optional heading
 * that wraps to the width, all on one scale; points are numbered across sections in order.
 * Points that carry the compared year's figure get a second, outlined bar above their own, and
 * the change on the label line.
 *
 * @example barChart([{ style: 'part', points }], { width: 600, fontSize: 16, ariaLabel: '信访', document })
 */
export function barChart(sections: readonly BarSection[], options: ChartOptions): SVGSVGElement {
  const { width, fontSize: f, document } = options;
  const drawn = geometry(sections, options);
  const { points, rows, comparedBars, changes, headings, height, max, valueRoom } = drawn;

  const svg = plot({
    document,
    width,
    height,
    className: 'fz-plot',
    margin: 0,
    marginLeft: 1,
    marginRight: valueRoom,
    x: { domain: [0, max], axis: null },
    y: { type: 'identity', axis: null },
    marks: [
      rect(comparedBars, {
        x1: 0,
        x2: 'value',
        y1: (bar: ComparedBar) => bar.bar[0],
        y2: (bar: ComparedBar) => bar.bar[1],
        className: 'fz-bar-compared',
        ariaHidden: 'true',
        render: keyBy(comparedBars, (bar) => `${bar.id}~compared`),
      }),
      ...(['part', 'subset'] as const).map((style) => {
        const styled = rows.filter((row) => row.style === style);
        return rect(styled, {
          x1: 0,
          x2: (row: Row) => row.point.value,
          y1: (row: Row) => row.bar[0],
          y2: (row: Row) => row.bar[1],
          className: `fz-bar-${style}`,
          ariaHidden: 'true',
          render: keyBy(styled, (row) => row.point.id),
        });
      }),
      text(headings, {
        y: 'y',
        text: 'text',
        frameAnchor: 'left',
        textAnchor: 'start',
        lineAnchor: 'top',
        lineHeight: LINE_EM,
        className: 'fz-heading',
        ariaHidden: 'true',
      }),
      text(rows, {
        y: 'labelY',
        text: 'label',
        frameAnchor: 'left',
        textAnchor: 'start',
        lineAnchor: 'bottom',
        className: 'fz-label',
        ariaHidden: 'true',
      }),
      text(changes, {
        y: 'y',
        text: 'text',
        frameAnchor: 'left',
        textAnchor: 'start',
        lineAnchor: 'bottom',
        lineHeight: LINE_EM,
        className: 'fz-change',
        ariaHidden: 'true',
        filter: (mark: ChangeMark) => mark.ownLine,
        render: byDirection(changes),
      }),
      text(changes, {
        y: 'y',
        text: 'text',
        frameAnchor: 'right',
        textAnchor: 'end',
        lineAnchor: 'bottom',
        dx: valueRoom,
        className: 'fz-change',
        ariaHidden: 'true',
        filter: (mark: ChangeMark) => !mark.ownLine,
        render: byDirection(changes),
      }),
      text(comparedBars, {
        x: 'value',
        y: (bar: ComparedBar) => (bar.bar[0] + bar.bar[1]) / 2,
        text: 'valueText',
        textAnchor: 'start',
        dx: 0.35 * f,
        className: 'fz-value fz-value-compared',
        ariaHidden: 'true',
      }),
      text(rows, {
        x: (row: Row) => row.point.value,
        y: (row: Row) => (row.bar[0] + row.bar[1]) / 2,
        text: (row: Row) => row.point.markText,
        textAnchor: 'start',
        dx: 0.35 * f,
        className: 'fz-value',
        ariaHidden: 'true',
      }),
      // Transparent rows on top: the targets for pointer and keyboard, covering label and bars alike.
      rect(rows, {
        x1: 0,
        x2: max,
        y1: 'top',
        y2: 'bottom',
        className: 'fz-hit',
        render: (...args) => {
          const group = ownDrawing(...args);
          markPoints(
            group.children,
            args[0].map((i) => rows[i].index),
            points,
          );
          return group;
        },
      }),
    ],
  }) as SVGSVGElement;
  svg.classList.add('fz-chart');
  svg.setAttribute('font-size', String(f));
  svg.setAttribute('role', 'group');
  svg.setAttribute('aria-label', options.ariaLabel);
  layouts.set(svg, { key: drawn.layoutKey, valueRoom });
  return cleanPlotSvg(svg);
}

/** The layout each drawn chart has (rows, lines and size, all but the figures' lengths), and the room its values have. */
const layouts = new WeakMap<SVGSVGElement, { key: string; valueRoom: number }>();

/**
 * Moves a chart `barChart` drew to other figures in place, when the new ones lay out the same
 * (the same rows, labels, headings and lines at the same places, the same size): bars, values,
 * changes and names are joined to the drawn marks by their order and key and given the new
 * figures, exactly as `barChart` would draw them. Returns whether it could; when not (a row
 * more, a change that needs a line of its own…), the chart is left as it was, to be drawn anew.
 */
export function moveBarChart(svg: SVGSVGElement, sections: readonly BarSection[], options: ChartOptions): boolean {
  const moved = geometry(sections, options);
  const drawn = layouts.get(svg);
  if (drawn?.key !== moved.layoutKey || svg.getAttribute('aria-label') !== options.ariaLabel) return false;
  const { points, rows, comparedBars, changes, max, valueRoom } = moved;
  const { width, fontSize: f } = options;
  // Plot's x scale (d3's linear interpolation): [0, max] onto [marginLeft, width - marginRight].
  const x = (value: number) => {
    const t = value / max;
    return 1 * (1 - t) + (width - valueRoom) * t;
  };
  // Bars by their order in their mark, as drawn (a subset may share an id with a channel).
  for (const style of ['part', 'subset'] as const) {
    const marks = svg.querySelectorAll(`g.fz-bar-${style} > rect`);
    for (const [i, row] of rows.filter((each) => each.style === style).entries())
      marks[i]?.setAttribute('width', String(x(row.point.value) - x(0)));
  }
  const comparedDrawn = svg.querySelectorAll('g.fz-bar-compared > rect');
  for (const [i, bar] of comparedBars.entries()) comparedDrawn[i]?.setAttribute('width', String(x(bar.value) - x(0)));
  const place = (text: Element | undefined, value: number, y: number, words: string) => {
    text?.setAttribute('transform', `translate(${x(value)},${y})`);
    if (text && text.textContent !== words) text.textContent = words;
  };
  const values = svg.querySelectorAll('g.fz-value:not(.fz-value-compared) > text');
  for (const [i, row] of rows.entries()) place(values[i], row.point.value, (row.bar[0] + row.bar[1]) / 2, row.point.markText);
  const comparedValues = svg.querySelectorAll('g.fz-value-compared > text');
  for (const [i, bar] of comparedBars.entries()) place(comparedValues[i], bar.value, (bar.bar[0] + bar.bar[1]) / 2, bar.valueText);
  // A change beside its label is anchored at the right of the bars' room; one on its own line, at the left.
  const [ownLine, beside] = [changes.filter((mark) => mark.ownLine), changes.filter((mark) => !mark.ownLine)];
  const changeGroups = svg.querySelectorAll('g.fz-change');
  const besideGroup = [...changeGroups].find((group) => group.getAttribute('text-anchor') === 'end');
  // Plot offsets groups by half a pixel on some screens: the drawn offset stays, the room's change is added.
  const [, drawnX = '0', drawnY = '0'] = /translate\(([^,)]+),?([^)]*)\)/.exec(besideGroup?.getAttribute('transform') ?? '') ?? [];
  besideGroup?.setAttribute('transform', `translate(${Number(drawnX) - drawn.valueRoom + valueRoom},${Number(drawnY) || 0})`);
  layouts.set(svg, { key: drawn.key, valueRoom });
  const changeTexts = (group: Element | undefined) => [...(group?.children ?? [])];
  for (const [i, mark] of beside.entries()) {
    const text = changeTexts(besideGroup)[i];
    text?.setAttribute('transform', `translate(${width - valueRoom},${mark.y})`);
    rechange(text, mark);
  }
  const ownLineGroup = [...changeGroups].find((group) => group !== besideGroup);
  for (const [i, mark] of ownLine.entries()) rechange(changeTexts(ownLineGroup)[i], mark);
  for (const hit of svg.querySelectorAll('g.fz-hit > rect')) hit.setAttribute('width', String(x(max) - x(0)));
  resetPoints(svg, points);
  svg.setAttribute('font-size', String(f));
  return true;
}

/** Gives a drawn change its new words and direction (its lines are part of the layout, so the same). */
function rechange(text: Element | undefined, mark: ChangeMark): void {
  if (!text) return;
  for (const name of [...text.classList]) if (name.startsWith('change-')) text.classList.remove(name);
  text.classList.add(`change-${mark.change.direction}`);
  const lines = mark.text.split('\n');
  const spans = text.querySelectorAll('tspan');
  if (spans.length === 0) text.textContent = mark.text;
  else for (const [i, span] of [...spans].entries()) span.textContent = lines[i] ?? '';
}

/** Everything `barChart` lays out, and the key of its layout without the figures' lengths. */
function geometry(sections: readonly BarSection[], { width, fontSize: f }: ChartOptions) {
  const points = sections.flatMap((section) => section.points);
  const laid = layout(sections, width, f);
  const max = Math.max(1, ...points.flatMap((point) => [point.value, point.compared?.value ?? 0]));
  const widest = Math.max(...points.flatMap((point) => [point.markText, point.compared?.valueText ?? ''].map(textWidthEm)));
  // Room right of the longest bar for the widest value; bars keep at least 3 em.
  const valueRoom = Math.min((widest + 0.5) * f, width - 3 * f);
  const layoutKey = JSON.stringify([
    width,
    f,
    laid.height,
    laid.headings,
    laid.rows.map((row) => [row.point.id, row.style, row.label, row.top, row.bottom, row.labelY, row.bar]),
    laid.comparedBars.map((bar) => [bar.id, bar.bar]),
    laid.changes.map((mark) => [mark.y, mark.ownLine, mark.text.split('\n').length]),
  ]);
  return { points, ...laid, max, valueRoom, layoutKey };
}

/** A render transform that hands each drawn element to `annotate` with its datum. */
function eachDrawn<T>(data: readonly T[], annotate: (element: Element, datum: T) => void): RenderFunction {
  return (...args) => {
    const group = ownDrawing(...args);
    const index = args[0];
    for (let i = 0; i < group.children.length; i++) annotate(group.children[i], data[index[i]]);
    return group;
  };
}

/** What the mark's own renderer draws, for a render transform to add to. */
function ownDrawing(...[index, scales, values, dimensions, context, next]: Parameters<RenderFunction>): SVGElement {
  const group = next?.(index, scales, values, dimensions, context);
  if (!group) throw new Error('Plot drew nothing for a mark');
  return group;
}

/** Names each bar after its point, so a redraw for another year can grow it from its old width. */
const keyBy = <T>(data: readonly T[], key: (datum: T) => string) =>
  eachDrawn(data, (bar, datum) => bar.setAttribute('data-key', key(datum)));

/** Marks each change by its direction (▲ up, ▼ down), for its colour. */
const byDirection = (marks: readonly ChangeMark[]) =>
  eachDrawn(marks, (text, mark) => text.classList.add(`change-${mark.change.direction}`));

/** Places headings and rows top to bottom; returns them with the total height. */
function layout(
  sections: readonly BarSection[],
  width: number,
  f: number,
): { rows: Row[]; comparedBars: ComparedBar[]; changes: ChangeMark[]; headings: Heading[]; height: number } {
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
      headings.push({ text: lines.join('\n'), y: y + 0.2 * f });
      y += (lines.length * LINE_EM + 0.4) * f;
    }
    for (const point of section.points) {
      const top = y;
      const labelY = top + (LABEL_EM - 0.3) * f;
      const { change, compared } = point;
      const label = fitText(point.label, widthEm);
      const ownLine = change !== undefined && textWidthEm(label) + textWidthEm(change.text) + 1 > widthEm;
      if (change) {
        // On its own line(s) when it does not fit beside the label; a change too long for one line wraps.
        const lines = ownLine ? wrapText(change.text, widthEm) : [change.text];
        changes.push({ change, text: lines.join('\n'), y: ownLine ? labelY + lines.length * LINE_EM * f : labelY, ownLine });
        if (ownLine) y += lines.length * LINE_EM * f;
      }
      y += LABEL_EM * f;
      if (compared) {
        comparedBars.push({ id: point.id, ...compared, bar: [y, y + COMPARED_BAR_EM * f] });
        y += (COMPARED_BAR_EM + GAP_EM) * f;
      }
      const bar: [number, number] = [y, y + BAR_EM * f];
      y += (BAR_EM + AFTER_EM) * f;
      rows.push({
        index: rows.length,
        point,
        label,
        style: section.style,
        top,
        bottom: y - 0.2 * f,
        labelY,
        bar,
      });
    }
  }
  return { rows, comparedBars, changes, headings, height: Math.ceil(y) };
}
