import { css } from 'lit';

/** Dark colours: `theme="dark"`, or no theme on a reader's system set to dark. */
const darkTokens = css`
  --_bg: var(--fz-color-background, #161b22);
  --_text: var(--fz-color-text, #e6edf3);
  --_muted: var(--fz-color-muted, #a4aeb9);
  --_accent: var(--fz-color-accent, #6cb6ff);
  --_accent-soft: var(--fz-color-accent-soft, #1c3350);
  --_border: var(--fz-color-border, #3d444d);
  --_surface: var(--fz-color-surface, #21262d);
  --_alert: var(--fz-color-alert, #ff938a);
  --_alert-bg: var(--fz-color-alert-background, #3a1d1d);
  --_warn-bg: var(--fz-color-warning-background, #3a2f12);
  --_focus: var(--fz-color-focus, #ffb366);
  --_up: var(--fz-color-increase, #ffa657);
  --_down: var(--fz-color-decrease, #d2a8ff);
`;

/**
 * Styles every element shares. Public custom properties (`--fz-*`) on the host feed private ones
 * (`--_*`). The root resets every inherited property a portal's CSS might set, except the font
 * size, which it takes from the page so a reader's text zoom reaches inside.
 *
 * Themes: light (default), dark (`theme="dark"`, or a dark system with no theme set), high
 * contrast (`theme="contrast"`: white and yellow on black, thicker lines), and large text
 * (`large-text`: every text 18 px or more, for the elderly-friendly mode).
 */
export const baseStyles = css`
  :host {
    --_bg: var(--fz-color-background, #ffffff);
    --_text: var(--fz-color-text, #1f2328);
    --_muted: var(--fz-color-muted, #57606a);
    --_accent: var(--fz-color-accent, #1d5fa8);
    --_accent-soft: var(--fz-color-accent-soft, #dbe8f7);
    --_border: var(--fz-color-border, #c9d1d9);
    --_surface: var(--fz-color-surface, #f6f8fa);
    --_alert: var(--fz-color-alert, #b42318);
    --_alert-bg: var(--fz-color-alert-background, #fef3f2);
    --_warn-bg: var(--fz-color-warning-background, #fff8e6);
    --_focus: var(--fz-color-focus, #b35900);
    --_up: var(--fz-color-increase, #a1460a);
    --_down: var(--fz-color-decrease, #5a32a3);
    --_line: 1.5px;
    /* Secondary text: smaller, never under 12 px; in large-text mode as large as the rest. */
    --_small: max(12px, 0.875em);
    display: block;
    min-width: 0;
    font-size: var(--fz-font-size, max(1rem, 1em));
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme])) {
      ${darkTokens}
    }
  }
  :host([theme='contrast']) {
    --_bg: #000000;
    --_text: #ffffff;
    --_muted: #ffffff;
    --_accent: #ffd500;
    --_accent-soft: #000000;
    --_border: #ffffff;
    --_surface: #000000;
    --_alert: #ffd500;
    --_alert-bg: #000000;
    --_warn-bg: #000000;
    --_focus: #00e5ff;
    --_up: #ffd500;
    --_down: #7ee0ff;
    --_line: 2.5px;
  }
  :host([large-text]) {
    --_small: 1em;
    font-size: var(--fz-font-size, max(1.125rem, 1em, 18px));
  }
  :host([hidden]) {
    display: none;
  }
  .root {
    box-sizing: border-box;
    color: var(--_text);
    background: var(--_bg);
    font-family: var(--fz-font-family, system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif);
    font-style: normal;
    font-weight: 400;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    direction: ltr;
    visibility: visible;
    cursor: auto;
    border: 1px solid var(--_border);
    border-radius: 0.5em;
    padding: 1em;
    margin: 0;
    /* Side by side in a grid, cards of one row share its height. */
    height: 100%;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  h2,
  h3,
  p,
  ul,
  figure {
    margin: 0;
    padding: 0;
  }
  .title {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.35;
  }
  .subtitle,
  .source {
    color: var(--_muted);
  }
  .source {
    margin-top: 0.75em;
    font-size: var(--_small);
  }
  .source a {
    color: inherit;
  }
  .badge {
    display: inline-block;
    margin-inline-start: 0.5em;
    padding: 0 0.4em;
    border: 1px solid var(--_alert);
    border-radius: 0.25em;
    color: var(--_alert);
    font-size: var(--_small);
    font-weight: 700;
    vertical-align: 0.1em;
  }
  .status {
    color: var(--_muted);
    padding: 1em 0;
  }
  .alert {
    color: var(--_alert);
    background: var(--_alert-bg);
    border-inline-start: 0.25em solid var(--_alert);
    padding: 0.5em 0.75em;
  }
  .alert ul {
    padding-inline-start: 1.25em;
  }
  .alert code {
    font-family: ui-monospace, Consolas, monospace;
    overflow-wrap: anywhere;
  }
  .alert button {
    font: inherit;
    margin-top: 0.5em;
  }
  .warning {
    background: var(--_warn-bg);
    border-inline-start: 0.25em solid var(--_focus);
    padding: 0.25em 0.75em;
    margin-top: 0.5em;
  }
  .summary {
    margin-top: 0.5em;
  }
  .note {
    color: var(--_muted);
    margin-top: 0.25em;
  }
  .change {
    font-weight: 700;
    white-space: nowrap;
  }
  .change-up {
    color: var(--_up);
  }
  .change-down {
    color: var(--_down);
  }
  .change-same,
  .change-none {
    color: var(--_muted);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .badge,
    .alert {
      border-color: CanvasText;
      color: CanvasText;
    }
  }
`;

/** Styles of a chart: the SVG, its marks, focus ring and tooltip. */
export const chartStyles = css`
  .chart {
    position: relative;
    margin-top: 0.75em;
    /* A redraw lays out and paints this box alone, not the page around it. */
    contain: layout style;
  }
  .chart svg {
    display: block;
    max-width: 100%;
    height: auto;
    overflow: visible;
    fill: currentColor;
  }
  .chart text,
  .chart tspan {
    white-space: pre;
  }
  .fz-heading {
    fill: var(--_muted);
    font-weight: 700;
  }
  .fz-label text,
  .fz-card-label {
    fill: var(--_text);
  }
  .fz-value text,
  .fz-card-value {
    fill: var(--_muted);
  }
  .fz-bar-part rect {
    fill: var(--_accent);
  }
  .fz-bar-part rect,
  .fz-bar-subset rect,
  .fz-bar-previous rect {
    /* Bars grow from their left end when the year changes. */
    transform-box: fill-box;
    transform-origin: left center;
  }
  .fz-bar-previous rect,
  .swatch-previous {
    fill: var(--_bg);
    background: var(--_bg);
    stroke: var(--_muted);
    stroke-width: var(--_line);
    border: var(--_line) solid var(--_muted);
  }
  .swatch-current {
    background: var(--_accent);
  }
  .fz-value-previous text {
    fill: var(--_muted);
  }
  .fz-change text {
    fill: var(--_muted);
    font-weight: 700;
  }
  .fz-change text.change-up {
    fill: var(--_up);
  }
  .fz-change text.change-down {
    fill: var(--_down);
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
  .swatch {
    display: inline-block;
    width: 1.5em;
    height: 0.75em;
  }
  .fz-bar-subset rect {
    fill: var(--_accent-soft);
    stroke: var(--_accent);
    stroke-width: var(--_line);
    stroke-dasharray: 4 3;
  }
  .fz-hit rect {
    fill: transparent;
  }
  .fz-point {
    cursor: default;
    outline: none;
  }
  .fz-point:focus-visible {
    stroke: var(--_focus);
    stroke-width: 3px;
  }
  .fz-card rect {
    fill: var(--_surface);
    stroke: var(--_border);
  }
  .fz-card:focus-visible rect {
    stroke: var(--_focus);
    stroke-width: 3px;
  }
  .fz-card-label {
    font-weight: 700;
  }
  .fz-link path {
    fill: none;
    stroke: var(--_muted);
    stroke-width: var(--_line);
  }
  .fz-hub rect {
    fill: var(--_accent);
  }
  .fz-hub text {
    fill: var(--_bg);
    font-weight: 700;
  }
  .tooltip {
    position: absolute;
    z-index: 1;
    display: flex;
    flex-direction: column;
    gap: 0.125em;
    max-width: min(20em, 100%);
    padding: 0.5em 0.75em;
    background: var(--_bg);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: 0.375em;
    box-shadow: 0 0.25em 0.75em rgb(0 0 0 / 0.18);
    pointer-events: none;
  }
  .tooltip-value {
    font-weight: 700;
  }
  .tooltip-quote {
    color: var(--_muted);
    font-size: var(--_small);
    quotes: '“' '”';
  }
  /* Windows High Contrast and the like: SVG keeps its own colours there, so they are set to system ones. */
  @media (forced-colors: active) {
    .chart text,
    .fz-heading,
    .fz-card-label,
    .fz-card-value,
    .fz-change text,
    .fz-change text.change-up,
    .fz-change text.change-down {
      fill: CanvasText;
    }
    .fz-bar-part rect,
    .fz-hub rect {
      fill: CanvasText;
    }
    .fz-hub text {
      fill: Canvas;
    }
    .fz-bar-subset rect,
    .fz-bar-previous rect,
    .fz-card rect {
      fill: Canvas;
      stroke: CanvasText;
    }
    .fz-link path {
      stroke: CanvasText;
    }
    .swatch-current {
      background: CanvasText;
    }
    .swatch-previous {
      border-color: CanvasText;
    }
    .fz-point:focus-visible,
    .fz-card:focus-visible rect {
      stroke: Highlight;
    }
    .tooltip {
      border-color: CanvasText;
    }
  }
`;

/** A chart's headline figure, e.g. "信访总量 393件", with the report's words beside it. */
export const leadStyles = css`
  .lead {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 1em;
    margin-top: 0.5em;
  }
  .lead-figure {
    font-size: 1.5em;
    font-weight: 700;
    color: var(--_accent);
    line-height: 1.2;
  }
  .lead-label {
    margin-inline-end: 0.25em;
  }
  .lead q {
    color: var(--_muted);
    font-size: var(--_small);
    quotes: '“' '”';
  }
`;

/** The data table behind each chart's "查看数据表" disclosure. */
export const tableStyles = css`
  .data-table {
    margin-top: 0.75em;
  }
  .data-table summary {
    cursor: pointer;
    color: var(--_accent);
    width: fit-content;
  }
  .data-table summary:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .table-scroll {
    overflow-x: auto;
    margin-top: 0.5em;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: var(--_small);
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-bottom: 0.25em;
  }
  caption,
  th,
  td {
    /* Narrow screens wrap long English words rather than push the table wider than the chart. */
    overflow-wrap: anywhere;
  }
  th,
  td {
    border: 1px solid var(--_border);
    padding: 0.25em 0.5em;
    text-align: start;
    vertical-align: top;
  }
  thead th {
    background: var(--_surface);
  }
  td q {
    quotes: '“' '”';
  }
`;
