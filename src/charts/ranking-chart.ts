/**
 * Units ranked on one figure, drawn by Observable Plot: a bar each, largest first, its place and
 * its name on the left, its figure at the bar's end, and a tick where the unit stood in the year
 * compared with; the host unit's bar and name stand out (and say so in words elsewhere: colour is
 * never the only sign). Plot draws the chart whole, in bands of `BAND_ROWS` rows on the same
 * scales (a thousand units' ranking is 20 bands, of which the browser lays out those near the
 * viewport); each band's scale (`svg.scale('y')`, public API) places the element's own rows over
 * it for the pointer, the keyboard and screen readers.
 */
import { barX, type Plot, plot, text, tickX } from '@observablehq/plot';
import { type Band, type BandedChart, PLOT_CLASS, type PlotChart, withoutStyle } from './plot-chart.js';
import { fitText } from './text.js';

export interface RankingRow {
  id: string;
  name: string;
  /** The place, as written beside the name ("1", "2", "2", "4"). */
  place: string;
  value: number;
  valueText: string;
  host: boolean;
  /** The unit's figure in the year compared with, when it gives it. */
  compared?: number;
}

export interface RankingChartOptions {
  width: number;
  /** The size its text is drawn at, in CSS pixels. */
  fontSize: number;
  /**
   * A height to fill (a slide's chart): the rows spread over it (the caller shows no more rows
   * than `rowsIn` says fit). Default: as tall as the rows need.
   */
  height?: number;
  document: Document;
  /** Estimates a text's width in ems (CJK characters are wider than Latin ones). */
  textWidth: (text: string) => number;
  /** Names each row's bar for assistive technology ("北岙镇，367件，第8位"). */
  names?: readonly string[];
}

/**
 * Where a row's figure is written (in the figure's units): right after its bar, or, where last
 * year's tick stands within the figure's room after the bar (`room` pixels), past the tick, so that
 * the tick never crosses it; a figure far from a higher tick stays by its own bar, read as its own.
 */
function labelAt({ value, compared }: Pick<RankingRow, 'value' | 'compared'>, room: number, perUnit: number): number {
  if (compared === undefined || compared <= value) return value;
  return (compared - value) * perUnit > room ? value : compared;
}

/** Rows in a band: about two screens of them (each band is a Plot chart to make: a thousand rows in 20 bands took less time to show than in 40). */
export const BAND_ROWS = 50;

export function rankingChart(rows: readonly RankingRow[], options: RankingChartOptions): BandedChart {
  const { width, fontSize, document, textWidth } = options;
  // A whole number of pixels a row, so that Plot's rounded band scale spaces the rows of every band alike.
  const row = options.height ? options.height / Math.max(1, rows.length) : Math.round(fontSize * 2.15);
  const placeWidth = Math.max(1.5, ...rows.map((each) => textWidth(each.place))) * fontSize;
  const longest = Math.max(2, ...rows.map((each) => textWidth(each.name)));
  // A name longer than a third of the chart is cut short with "…" (the whole of it is in the tooltip and the table).
  const nameEm = Math.min(longest, (width * 0.34) / fontSize);
  const marginLeft = placeWidth + nameEm * fontSize + fontSize * 1.25;
  const marginRight = Math.max(2, ...rows.map((each) => textWidth(each.valueText))) * fontSize + fontSize * 0.75;
  const max = Math.max(0, ...rows.flatMap((each) => [each.value, each.compared ?? 0]));
  // Pixels a unit of the figure takes, as Plot's x scale spans the room between the margins.
  const perUnit = max > 0 ? Math.max(0, width - marginLeft - marginRight) / max : 0;
  const data = rows.map((each, i) => ({
    ...each,
    shown: fitText(each.name, nameEm),
    aria: options.names?.[i] ?? each.name,
    // The figure is written right after its bar; past last year's tick only where the tick would cross it.
    end: labelAt(each, (textWidth(each.valueText) + 0.8) * fontSize, perUnit),
  }));
  const layout = { document, width, row, max, marginLeft, marginRight, placeWidth, fontSize };
  const slices = Array.from({ length: Math.ceil(Math.max(1, data.length) / BAND_ROWS) }, (_, i) =>
    data.slice(i * BAND_ROWS, (i + 1) * BAND_ROWS),
  );
  // A slide's few rows are as tall as its height gives (not a whole number of pixels): each band is drawn now, its own scale placing them.
  const now = options.height ? slices.map((slice) => bandOf(slice, layout)) : [bandOf(slices[0], layout)];
  const bands = slices.map((slice, i) => lazyBand(now[i] ?? (() => bandOf(slice, layout)), width, Math.max(1, slice.length) * row));
  const [first] = now[0].positions;
  const positions = options.height
    ? now.flatMap((band, i) => band.positions.map((at) => ({ ...at, y: i * BAND_ROWS * row + at.y })))
    : // Every band spaces its rows as the first does (a whole number of pixels a row): row i is i rows below the first.
      data.map((_, i) => ({ ...first, y: first.y + i * row }));
  return { bands, width, height: Math.max(1, rows.length) * row, positions };
}

/** A band whose drawing is made when first asked for (or is `drawn` already). */
function lazyBand(drawn: PlotChart | (() => PlotChart), width: number, height: number): Band {
  let chart = typeof drawn === 'function' ? undefined : drawn;
  return {
    width,
    height,
    get drawn() {
      return chart !== undefined;
    },
    get svg() {
      chart ??= (drawn as () => PlotChart)();
      return chart.svg;
    },
  };
}

/**
 * One band's rows: a Plot chart `row` pixels a row. Its band scale's outer padding is half its
 * inner padding, and its step is exactly `row`: bands stacked one under the other space their rows
 * as one chart would.
 */
function bandOf(
  data: (RankingRow & { shown: string; aria: string; end: number })[],
  layout: {
    document: Document;
    width: number;
    row: number;
    max: number;
    marginLeft: number;
    marginRight: number;
    placeWidth: number;
    fontSize: number;
  },
): PlotChart {
  const { document, width, row, max, marginLeft, marginRight, placeWidth, fontSize } = layout;
  const height = Math.max(1, data.length) * row;
  const others = data.filter((each) => !each.host);
  const host = data.filter((each) => each.host);
  const svg = plot({
    document,
    className: PLOT_CLASS,
    width,
    height,
    marginTop: 0,
    marginBottom: 0,
    marginLeft,
    marginRight,
    x: { domain: [0, max > 0 ? max : 1], axis: null },
    y: { type: 'band', domain: data.map((each) => each.id), paddingInner: 0.3, paddingOuter: 0.15, axis: null },
    marks: [
      barX(others, { x: 'value', y: 'id', className: 'fz-rank-bar', ariaLabel: 'aria' }),
      barX(host, { x: 'value', y: 'id', className: 'fz-rank-bar-host', ariaLabel: 'aria' }),
      tickX(
        data.filter((each) => each.compared !== undefined),
        { x: 'compared', y: 'id', className: 'fz-rank-compared', strokeWidth: 2, strokeDasharray: '3 2', insetTop: -2, insetBottom: -2 },
      ),
      text(data, { x: 'end', y: 'id', text: 'valueText', textAnchor: 'start', dx: fontSize * 0.4, className: 'fz-rank-value' }),
      text(others, { x: 0, y: 'id', text: 'shown', textAnchor: 'end', dx: -fontSize * 0.5, className: 'fz-rank-name' }),
      text(host, { x: 0, y: 'id', text: 'shown', textAnchor: 'end', dx: -fontSize * 0.5, className: 'fz-rank-name-host' }),
      text(data, {
        x: 0,
        y: 'id',
        text: 'place',
        textAnchor: 'end',
        dx: -(marginLeft - placeWidth - fontSize * 0.25),
        className: 'fz-rank-place',
      }),
    ],
  }) as SVGSVGElement & Plot;
  const y = svg.scale('y');
  const band = y?.bandwidth ?? row;
  const step = y?.step ?? row;
  return {
    svg: withoutStyle(svg),
    width,
    height,
    // Each row's whole width, and the band with the gap around it: a row is met wherever the pointer crosses it.
    positions: data.map((each) => ({ x: 0, y: (y?.apply(each.id) as number) - (step - band) / 2, width, height: step })),
  };
}

/** How many rows of text `fontSize` px fit in `height` when the rows spread over it. */
export const rowsIn = (height: number, fontSize: number): number => Math.max(1, Math.floor(height / (fontSize * 1.3)));

/** The rules for the classes `rankingChart` gives Plot's marks: colours from the element's tokens. */
export const rankingChartCss = `
  .fz-rank-bar {
    fill: var(--_accent-soft);
    stroke: var(--_accent);
    stroke-width: 1px;
  }
  .fz-rank-bar-host {
    fill: var(--_accent);
  }
  .fz-rank-compared {
    stroke: var(--_text);
  }
  .fz-rank-value,
  .fz-rank-place {
    fill: var(--_muted);
  }
  .fz-rank-name {
    fill: var(--_text);
  }
  .fz-rank-name-host {
    fill: var(--_text);
    font-weight: 700;
  }
  @media (forced-colors: active) {
    .fz-rank-bar {
      fill: Canvas;
      stroke: CanvasText;
    }
    .fz-rank-bar-host {
      fill: Highlight;
    }
    .fz-rank-compared {
      stroke: CanvasText;
    }
  }
`;
