import { plot, rect, text, type RenderFunction } from '@observablehq/plot';
import { textWidthEm, wrapText } from './text.js';
import { cleanPlotSvg, markPoints } from './svg.js';
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
  style: BarSection['style'];
  top: number;
  bottom: number;
  labelY: number;
  changeY: number;
  /** The change goes on its own line when it does not fit beside the label. */
  changeOwnLine: boolean;
  bar: [number, number];
  comparedBar?: [number, number];
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
  const points = sections.flatMap((section) => section.points);
  const { rows, headings, height } = layout(sections, width, f);
  const max = Math.max(1, ...points.flatMap((point) => [point.value, point.compared?.value ?? 0]));
  const widest = Math.max(...points.flatMap((point) => [point.markText, point.compared?.valueText ?? ''].map(textWidthEm)));
  // Room right of the longest bar for the widest value; bars keep at least 3 em.
  const valueRoom = Math.min((widest + 0.5) * f, width - 3 * f);
  const compared = rows.filter((row) => row.comparedBar);
  const changed = rows.filter((row) => row.point.change);

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
      rect(compared, {
        x1: 0,
        x2: (row: Row) => row.point.compared!.value,
        y1: (row: Row) => row.comparedBar![0],
        y2: (row: Row) => row.comparedBar![1],
        className: 'fz-bar-compared',
        ariaHidden: 'true',
        render: keyBy(compared, (row) => `${row.point.id}~compared`),
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
        text: (row: Row) => row.point.label,
        frameAnchor: 'left',
        textAnchor: 'start',
        lineAnchor: 'bottom',
        lineWidth: (width - 2) / f,
        textOverflow: 'ellipsis',
        className: 'fz-label',
        ariaHidden: 'true',
      }),
      text(changed, {
        y: 'changeY',
        text: (row: Row) => row.point.change!.text,
        frameAnchor: 'left',
        textAnchor: 'start',
        lineAnchor: 'bottom',
        className: 'fz-change',
        ariaHidden: 'true',
        filter: (row: Row) => row.changeOwnLine,
        render: byDirection(changed),
      }),
      text(changed, {
        y: 'changeY',
        text: (row: Row) => row.point.change!.text,
        frameAnchor: 'right',
        textAnchor: 'end',
        lineAnchor: 'bottom',
        dx: valueRoom,
        className: 'fz-change',
        ariaHidden: 'true',
        filter: (row: Row) => !row.changeOwnLine,
        render: byDirection(changed),
      }),
      text(compared, {
        x: (row: Row) => row.point.compared!.value,
        y: (row: Row) => (row.comparedBar![0] + row.comparedBar![1]) / 2,
        text: (row: Row) => row.point.compared!.valueText,
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
        render(index, scales, values, dimensions, context, next) {
          const group = next!(index, scales, values, dimensions, context)!;
          markPoints(group.children, index.map((i) => rows[i].index), points);
          return group;
        },
      }),
    ],
  }) as SVGSVGElement;
  svg.classList.add('fz-chart');
  svg.setAttribute('font-size', String(f));
  svg.setAttribute('role', 'group');
  svg.setAttribute('aria-label', options.ariaLabel);
  return cleanPlotSvg(svg);
}

/** A render transform that hands each drawn element to `annotate` with its row. */
function eachDrawn(data: readonly Row[], annotate: (element: Element, row: Row) => void): RenderFunction {
  return (index, scales, values, dimensions, context, next) => {
    const group = next!(index, scales, values, dimensions, context)!;
    [...group.children].forEach((child, i) => annotate(child, data[index[i]]));
    return group;
  };
}

/** Names each bar after its point, so a redraw for another year can grow it from its old width. */
const keyBy = (data: readonly Row[], key: (row: Row) => string) => eachDrawn(data, (bar, row) => bar.setAttribute('data-key', key(row)));

/** Marks each change by its direction (▲ up, ▼ down), for its colour. */
const byDirection = (data: readonly Row[]) => eachDrawn(data, (text, row) => text.classList.add(`change-${row.point.change!.direction}`));

/** Places headings and rows top to bottom; returns them with the total height. */
function layout(sections: readonly BarSection[], width: number, f: number): { rows: Row[]; headings: Heading[]; height: number } {
  const rows: Row[] = [];
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
      const change = point.change?.text ?? '';
      const changeOwnLine = change !== '' && textWidthEm(point.label) + textWidthEm(change) + 1 > widthEm;
      if (changeOwnLine) y += LINE_EM * f;
      y += LABEL_EM * f;
      let comparedBar: [number, number] | undefined;
      if (point.compared) {
        comparedBar = [y, y + COMPARED_BAR_EM * f];
        y += (COMPARED_BAR_EM + GAP_EM) * f;
      }
      const bar: [number, number] = [y, y + BAR_EM * f];
      y += (BAR_EM + AFTER_EM) * f;
      rows.push({
        index: rows.length,
        point,
        style: section.style,
        top,
        bottom: y - 0.2 * f,
        labelY,
        changeY: changeOwnLine ? labelY + LINE_EM * f : labelY,
        changeOwnLine,
        bar,
        comparedBar,
      });
    }
  }
  return { rows, headings, height: Math.ceil(y) };
}
