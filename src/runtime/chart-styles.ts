import { css, unsafeCSS } from 'lit';
import { barChartCss } from '../charts/bar-chart.css.js';
import { chartCss } from '../charts/chart.css.js';
import { platformsDiagramCss } from '../charts/platforms-diagram.css.js';

/** The chart functions' own rules, for the elements that draw them. */
export const chartStyles = unsafeCSS(chartCss);
export const barChartStyles = unsafeCSS(barChartCss);
export const platformsDiagramStyles = unsafeCSS(platformsDiagramCss);

/** A chart element's frame: summary and notes, the legend of years, the chart box, warnings. */
export const chartFrameStyles = css`
  /* A printed chart is never cut in two by a page break; one taller than a page (comparing years,
     with its table) breaks between its table's rows, never inside the drawing. */
  @media print {
    :host,
    .chart,
    tr {
      break-inside: avoid;
    }
  }
  .summary {
    margin-top: 0.5em;
  }
  .note {
    color: var(--_muted);
    margin-top: 0.25em;
  }
  .warning {
    background: var(--_warn-bg);
    border-inline-start: 0.25em solid var(--_focus);
    padding: 0.25em 0.75em;
    margin-top: 0.5em;
  }
  .chart {
    position: relative;
    /* Its tooltip over what follows it (the table's and the export's summaries). */
    z-index: 1;
    margin-top: 0.75em;
    /* A redraw lays out and paints this box alone, not the page around it. */
    contain: layout style;
  }
  /* 1em wide: when the text size changes, so does its width, and the chart is drawn again. */
  .em-probe {
    position: absolute;
    width: 1em;
    height: 0;
    visibility: hidden;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin-top: 0.5em;
    color: var(--_muted);
  }
  .legend-item {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
  }
  /* Drawn as the chart draws the two years' bars. */
  .swatch {
    display: inline-block;
    width: 1.5em;
    height: 0.75em;
  }
  .swatch-compared {
    background: var(--_bg);
    border: var(--_line) solid var(--_muted);
  }
  .swatch-current {
    background: var(--_accent);
  }
`;
