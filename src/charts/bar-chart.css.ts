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
  /* Outlined: the background shows through. */
  .fz-bar-compared rect {
    fill: none;
    stroke: var(--_muted);
    stroke-width: var(--_line);
  }
  /* Drawn for another year, the bars grow from their old lengths; numbers change at once, never seen half-way. */
  @media (prefers-reduced-motion: no-preference) {
    .fz-moving rect[data-key] {
      transition: width 300ms cubic-bezier(0.33, 1, 0.68, 1);
    }
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
