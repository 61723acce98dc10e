/** The rules for `barChart`'s classes. */
export const barChartCss = `
  .fz-heading {
    fill: var(--_muted);
    font-weight: 700;
  }
  .fz-label text {
    fill: var(--_text);
  }
  .fz-value text {
    fill: var(--_muted);
  }
  .fz-bar-part rect {
    fill: var(--_accent);
  }
  .fz-bar-subset rect {
    fill: var(--_accent-soft);
    stroke: var(--_accent);
    stroke-width: var(--_line);
    stroke-dasharray: 4 3;
  }
  .fz-bar-compared rect {
    fill: var(--_bg);
    stroke: var(--_muted);
    stroke-width: var(--_line);
  }
  .fz-bar-part rect,
  .fz-bar-subset rect,
  .fz-bar-compared rect {
    /* Bars grow from their left end when the year changes. */
    transform-box: fill-box;
    transform-origin: left center;
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
  .fz-hit rect {
    fill: transparent;
  }
  .fz-point:focus-visible {
    stroke: var(--_focus);
    stroke-width: var(--_ring);
  }
`;
