import { barX, plot, text } from '@observablehq/plot';
import { textWidthEm, wrapText } from './text.js';
import { cleanPlotSvg, markPoints } from './svg.js';
import type { BarSection, ChartOptions, ChartPoint } from './types.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
// A row, in ems: the label line, then the bar, then space before the next row.
const LABEL_EM = 1.55;
const BAR_EM = 1.1;
const ROW_EM = 3.4;
const HEADING_LINE_EM = 1.4;

/**
 * Horizontal bars, one row each: the label on its own line (long names never squeeze the bars),
 * the bar under it with its value at the end. Sections stack, each under an optional heading
 * that wraps to the width, all on one scale; points are numbered across sections in order.
 *
 * @example barChart([{ style: 'part', points }], { width: 600, fontSize: 16, ariaLabel: '信访', document })
 */
export function barChart(sections: readonly BarSection[], options: ChartOptions): SVGSVGElement {
  const { width, fontSize: f, document } = options;
  const points = sections.flatMap((section) => section.points);
  const max = Math.max(1, ...points.map((point) => point.value));
  // Room right of the longest bar for the widest value; bars keep at least 3 em.
  const valueRoom = Math.min((Math.max(...points.map((point) => textWidthEm(point.valueText))) + 0.5) * f, width - 3 * f);

  const root = document.createElementNS(SVG_NS, 'svg') as SVGSVGElement;
  let y = 0;
  let first = 0;
  for (const section of sections) {
    if (section.heading) {
      // Headings are bold, about a tenth wider than the estimate for regular text.
      const lines = wrapText(section.heading, ((width - 2) / f) * 0.88);
      const heading = document.createElementNS(SVG_NS, 'text');
      heading.setAttribute('class', 'fz-heading');
      heading.setAttribute('aria-hidden', 'true');
      lines.forEach((line, i) => {
        const tspan = document.createElementNS(SVG_NS, 'tspan');
        tspan.setAttribute('x', '1');
        tspan.setAttribute('y', String(y + (HEADING_LINE_EM * (i + 1) - 0.35) * f));
        tspan.textContent = line;
        heading.append(tspan);
      });
      root.append(heading);
      y += (lines.length * HEADING_LINE_EM + 0.3) * f;
    }
    const bars = sectionBars(section, first, points, { width, fontSize: f, max, valueRoom, document });
    bars.setAttribute('y', String(y));
    root.append(bars);
    y += Number(bars.getAttribute('height'));
    first += section.points.length;
  }
  const height = Math.ceil(y);
  root.setAttribute('class', 'fz-bars');
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('font-size', String(f));
  root.setAttribute('role', 'group');
  root.setAttribute('aria-label', options.ariaLabel);
  return root;
}

interface SectionLayout {
  width: number;
  fontSize: number;
  max: number;
  valueRoom: number;
  document: Document;
}

/** One section's rows, drawn with Plot; `first` is the number of points in the sections above. */
function sectionBars(section: BarSection, first: number, points: readonly ChartPoint[], layout: SectionLayout): SVGSVGElement {
  const { width, fontSize: f, max, valueRoom, document } = layout;
  const rows = section.points.map((point, i) => ({ key: `${first + i}`, index: first + i, point }));
  const value = (row: (typeof rows)[number]) => row.point.value;
  const inset = { insetTop: LABEL_EM * f, insetBottom: (ROW_EM - LABEL_EM - BAR_EM) * f };
  const svg = plot({
    document,
    width,
    height: Math.ceil(rows.length * ROW_EM * f),
    className: 'fz-plot',
    margin: 0,
    marginLeft: 1,
    marginRight: valueRoom,
    x: { domain: [0, max], axis: null },
    y: { domain: rows.map((row) => row.key), axis: null, padding: 0 },
    marks: [
      barX(rows, { x: value, y: 'key', ...inset, className: `fz-bar-${section.style}`, ariaHidden: 'true' }),
      text(rows, {
        y: 'key',
        text: (row) => row.point.label,
        frameAnchor: 'left',
        textAnchor: 'start',
        lineAnchor: 'bottom',
        dy: (LABEL_EM - 0.35 - ROW_EM / 2) * f,
        lineWidth: (width - 2) / f,
        textOverflow: 'ellipsis',
        className: 'fz-label',
        ariaHidden: 'true',
      }),
      text(rows, {
        x: value,
        y: 'key',
        text: (row) => row.point.valueText,
        textAnchor: 'start',
        dx: 0.35 * f,
        dy: (LABEL_EM + BAR_EM / 2 - ROW_EM / 2) * f,
        className: 'fz-value',
        ariaHidden: 'true',
      }),
      // Transparent rows on top: the targets for pointer and keyboard, covering label and bar alike.
      barX(rows, {
        x1: 0,
        x2: max,
        y: 'key',
        insetTop: 0,
        insetBottom: 0.2 * f,
        className: 'fz-hit',
        render(index, scales, values, dimensions, context, next) {
          const group = next!(index, scales, values, dimensions, context)!;
          markPoints(group.children, index.map((i) => rows[i].index), points);
          return group;
        },
      }),
    ],
  }) as SVGSVGElement;
  svg.setAttribute('font-size', String(f));
  return cleanPlotSvg(svg);
}
