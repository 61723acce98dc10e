/** The rules for `platformsDiagram`'s classes. */
export const platformsDiagramCss = `
  .fz-hub rect {
    fill: var(--_accent);
  }
  .fz-hub text {
    fill: var(--_bg);
    font-weight: 700;
  }
  .fz-link path {
    fill: none;
    stroke: var(--_muted);
    stroke-width: var(--_line);
  }
  .fz-card rect {
    fill: var(--_surface);
    stroke: var(--_border);
  }
  .fz-card:focus-visible rect {
    stroke: var(--_focus);
    stroke-width: var(--_ring);
  }
  .fz-card-label {
    fill: var(--_text);
    font-weight: 700;
  }
  .fz-card-value {
    fill: var(--_muted);
  }
`;
