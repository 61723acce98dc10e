/**
 * One figure over the years, drawn by Observable Plot: a line through the years that give it, a
 * dot and its value at each, and, for a year whose report does not give it, a dotted rule and the
 * word for it — the line is broken there, never drawn through it and never down to zero. Plot
 * draws the chart whole; its scales (`svg.scale`, its public API) place our points for the pointer,
 * the keyboard and screen readers. Its `<style>` element is left out: a strict
 * Content-Security-Policy refuses it, and the element's stylesheet carries those rules (`trendChartCss`).
 */
import { axisX, dot, line, type Plot, plot, ruleX, ruleY, text } from '@observablehq/plot';
import { scaleLinear, scalePoint } from 'd3';
import { PLOT_CLASS, type PlotChart, withoutStyle } from './plot-chart.js';

export interface TrendChartInput {
  years: readonly number[];
  /** A value for each year, null where its report does not give it. */
  values: readonly (number | null)[];
  /** Each value as written beside its dot ("431件"). */
  texts: readonly string[];
  /** Each point's accessible name ("2024年，431件"), given to Plot's dots. */
  names: readonly string[];
  /** Rates and shares share the scale from 0 to 100 %; a count has its own, from zero. */
  measure: 'count' | 'rate' | 'share';
}

export interface TrendChartOptions {
  width: number;
  height: number;
  /** The size its text is drawn at, in CSS pixels, for the room labels take. */
  fontSize: number;
  /** The word for a year whose report does not give the figure. */
  notGiven: string;
  /** The year shown by the page's year toggle, marked. */
  year?: number;
  document: Document;
  /** Estimates a text's width in ems (CJK characters are wider than Latin ones). */
  textWidth: (text: string) => number;
}

export function trendChart(input: TrendChartInput, options: TrendChartOptions): PlotChart {
  const { years, values, texts, names, measure } = input;
  const { width, height, fontSize, notGiven, year, document, textWidth } = options;
  const domain = years.map(String);
  const data = years.map((each, i) => ({ year: String(each), value: values[i] ?? Number.NaN, text: texts[i], name: names[i] }));
  const given = data.filter((point) => !Number.isNaN(point.value));
  const missing = data.filter((point) => Number.isNaN(point.value));
  const max = Math.max(0, ...given.map((point) => point.value));
  const top = measure === 'count' ? (max > 0 ? max * 1.15 : 1) : 1;
  const side = Math.max(...texts.map((text) => textWidth(text)), 2.5) * fontSize * 0.5 + 4;
  const step = (width - 2 * side) / Math.max(1, years.length - 1);
  // Every value is written where they fit side by side; otherwise the last, the first, the highest and the lowest, as many as fit.
  const room = (point: { year: string }) => domain.indexOf(point.year) * step;
  const wide = (point: { text: string }) => textWidth(point.text) * fontSize + fontSize * 0.5;
  const labelled: typeof given = [];
  for (const candidate of [given[given.length - 1], given[0], ...extremesOf(given), ...given]) {
    if (!candidate || labelled.includes(candidate)) continue;
    const clear = labelled.every((other) => Math.abs(room(other) - room(candidate)) >= (wide(other) + wide(candidate)) / 2);
    if (clear) labelled.push(candidate);
  }
  labelled.sort((a, b) => domain.indexOf(a.year) - domain.indexOf(b.year));
  const yearWidth = textWidth('2024') * fontSize + fontSize * 0.75;
  const every = Math.max(1, Math.ceil(yearWidth / Math.max(step, 1)));
  // Counted from the latest year back, a year's width apart: the latest is always written, and no two touch.
  const ticks = domain.filter((_, i) => (domain.length - 1 - i) % every === 0);
  // The word for a year not given, over its year (moved in from the chart's edge): written where it clears both neighbours (a point
  // and its value, or a year not given either); where it does not, the dotted rule alone says it, the tooltip and the table the words.
  const notGivenHalf = (textWidth(notGiven) * fontSize) / 2 + 2;
  const [marginTop, marginBottom] = [fontSize * 1.8, fontSize * 1.9];
  // The scales Plot is given (their ranges, not its defaults), so that the words placed here stand where it draws.
  const xScale = scalePoint(domain, [side, width - side]).padding(0);
  const yScale = scaleLinear([0, top], [height - marginBottom, marginTop]);
  const xOf = (at: number) => xScale(domain[at]) ?? side;
  const yOf = (value: number) => yScale(value);
  const notGivenY = yOf(top * 0.55);
  /** Whether a line of text centred at `y` would cross the word's line. */
  const beside = (y: number, half: number) => Math.abs(y - notGivenY) < fontSize * 0.6 + half;
  const reach = (at: number, towards: -1 | 1) => {
    const neighbour = data[at + towards];
    if (!neighbour) return towards < 0 ? 0 : width;
    if (Number.isNaN(neighbour.value)) return xOf(at + towards) - (towards * step) / 2;
    // Its value, written above its point, where it is level with the word; else its point, never past it.
    const y = yOf(neighbour.value);
    const level = labelled.includes(neighbour) && beside(y - fontSize * 0.85, fontSize * 0.6);
    const room = level ? wide(neighbour) / 2 : beside(y, 4) ? fontSize * 0.5 : 4;
    return xOf(at + towards) - towards * room;
  };
  const notGivenAt = missing.map((point) => {
    const at = domain.indexOf(point.year);
    const [left, right] = [reach(at, -1), reach(at, 1)];
    const x = Math.min(Math.max(xOf(at), left + notGivenHalf), right - notGivenHalf);
    return { point, dx: x - xOf(at), fits: right - left >= 2 * notGivenHalf };
  });
  const worded = new Set(notGivenAt.flatMap(({ point, fits }) => (fits ? [point] : [])));
  const chosen = year === undefined ? undefined : data.find((point) => point.year === String(year));
  // Where a year's rule stops: under its point, whose value is written above it; under the word of a year not given.
  const ruleTop = (point: (typeof data)[number]) => (Number.isNaN(point.value) ? (worded.has(point) ? top * 0.35 : top) : point.value);
  const svg = plot({
    document,
    className: PLOT_CLASS,
    width,
    height,
    marginTop,
    marginBottom,
    marginLeft: side,
    marginRight: side,
    x: { type: 'point', domain, range: xScale.range(), padding: 0, axis: null },
    y: { domain: [0, top], range: yScale.range(), axis: null },
    marks: [
      ruleY([0], { className: 'fz-trend-base' }),
      // The year chosen: a line from the axis up to its point, never through the value written above it.
      ...(chosen ? [ruleX([chosen], { x: 'year', y1: 0, y2: ruleTop(chosen), className: 'fz-trend-year', strokeDasharray: '4 3' })] : []),
      // The rule stops under the word, which it would strike through.
      ruleX(missing, { x: 'year', y1: 0, y2: ruleTop, className: 'fz-trend-missing', strokeDasharray: '1 4' }),
      ...notGivenAt
        .filter(({ fits }) => fits)
        .map(({ point, dx }) => text([point], { x: 'year', y: top * 0.55, dx, text: () => notGiven, className: 'fz-trend-missing-label' })),
      line(data, { x: 'year', y: 'value', className: 'fz-trend-line', strokeWidth: 2 }),
      dot(given, { x: 'year', y: 'value', r: 3.5, className: 'fz-trend-dot', ariaLabel: 'name' }),
      text(labelled, { x: 'year', y: 'value', text: 'text', dy: -fontSize * 0.85, className: 'fz-trend-value' }),
      // The year chosen is written bold on the axis too, where it has a tick.
      axisX(
        ticks.filter((tick) => tick !== chosen?.year),
        { tickSize: 0, tickPadding: fontSize * 0.5, label: null, className: 'fz-trend-axis' },
      ),
      ...(chosen && ticks.includes(chosen.year)
        ? [
            axisX([chosen.year], {
              tickSize: 0,
              tickPadding: fontSize * 0.5,
              label: null,
              fontWeight: 700,
              className: 'fz-trend-axis-year',
            }),
          ]
        : []),
    ],
  });
  const x = svg.scale('x');
  const y = svg.scale('y');
  return {
    svg: withoutStyle(svg as SVGSVGElement & Plot),
    width,
    height,
    positions: data.map((point) => ({
      x: x?.apply(point.year) as number,
      y: y?.apply(Number.isNaN(point.value) ? 0 : point.value) as number,
    })),
  };
}

/** The highest and the lowest point. */
function extremesOf<P extends { value: number }>(points: P[]): P[] {
  if (points.length === 0) return [];
  const sorted = [...points].sort((a, b) => a.value - b.value);
  return [sorted[0], sorted[sorted.length - 1]];
}

/** The rules for the classes `trendChart` gives Plot's marks: colours from the element's tokens. */
export const trendChartCss = `
  .fz-trend-base {
    stroke: var(--_border);
  }
  .fz-trend-year {
    stroke: var(--_muted);
  }
  .fz-trend-missing {
    stroke: var(--_muted);
  }
  .fz-trend-missing-label,
  .fz-trend-axis {
    fill: var(--_muted);
  }
  .fz-trend-axis-year {
    fill: var(--_text);
  }
  .fz-trend-line {
    stroke: var(--_accent);
  }
  .fz-trend-dot {
    fill: var(--_accent);
  }
  .fz-trend-value {
    fill: var(--_text);
  }
  @media (forced-colors: active) {
    .fz-trend-line {
      stroke: CanvasText;
    }
    .fz-trend-dot {
      fill: CanvasText;
    }
  }
`;
