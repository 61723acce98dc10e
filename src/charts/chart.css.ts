/**
 * What every chart function's SVG needs from its page: laid out as a block that never overflows
 * its box, text kept as laid out, and points that take focus without the browser's own ring
 * (each chart draws its own). Colours and line widths come from the host's tokens (`--_text`,
 * `--_accent`, `--_line`, `--_ring`…).
 */
export const chartCss = `
  .fz-chart {
    display: block;
    max-width: 100%;
    height: auto;
    overflow: visible;
    fill: currentColor;
  }
  .fz-chart text,
  .fz-chart tspan {
    white-space: pre;
  }
  .fz-point {
    cursor: default;
    outline: none;
  }
`;
