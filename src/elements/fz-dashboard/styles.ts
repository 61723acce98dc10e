import { css } from 'lit';
import { lightTokens } from '../../runtime/styles.js';

export const dashboardStyles = css`
  /* A projector in a lit hall: light and high-contrast whatever the presenter's system says,
     secondary text nearly as dark as the rest; \`theme\` still chooses, and forced colours win. */
  @media (forced-colors: none) {
    :host([mode]:not([theme])) {
      ${lightTokens}
      color-scheme: only light;
      --_projected-muted: var(--fz-color-muted, #3b434b);
      --_muted: var(--_projected-muted);
    }
    /* Its charts' too (a name they do not define themselves, so it reaches them). */
    :host([mode]:not([theme])) .slide-chart {
      --fz-color-muted: var(--_projected-muted);
    }
  }
  /* The charts are cards of their own: no second frame around them and little padding, so narrow
     screens keep their width. The theme's background stays: a dark dashboard on a light page must
     carry its own. */
  .root {
    border: none;
    padding: 0.5em;
  }
  /* The Present button and the export menu, under the key figures. */
  .tools {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.5em 1.5em;
    margin-top: 0.75em;
  }
  .tools .export-menu {
    margin: 0;
  }
  /* The menu opens under the row, placed in the row rather than in the 导出 disclosure (a word wide):
     as wide as its longest choice, never wider than the dashboard. */
  .tools {
    position: relative;
  }
  .tools .export-menu details {
    position: static;
  }
  .present {
    font: inherit;
    color: var(--_selected-text);
    background: var(--_selected);
    border: 1px solid var(--_selected);
    border-radius: 0.25em;
    padding: 0.125em 0.75em;
    cursor: pointer;
  }
  .present:focus-visible {
    outline: var(--_ring) solid var(--_focus);
    outline-offset: var(--_ring-offset);
  }
  .key-figures {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(7.5em, 100%), 1fr));
    gap: 0.75em;
    margin: 0.75em 0 0;
  }
  .key-figure {
    margin: 0;
    padding: 0.5em 0.75em;
    background: var(--_surface);
    border-radius: 0.375em;
  }
  .key-figure dt {
    color: var(--_muted);
  }
  .key-figure dd {
    margin: 0;
  }
  .key-figure dd.change {
    white-space: normal;
  }
  .charts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 24em), 1fr));
    gap: 1em;
    margin-top: 1em;
  }
  /* A handout: no controls, one chart under the other, nothing after the last. */
  @media print {
    .root {
      padding: 0;
    }
    .tools {
      display: none;
    }
    .charts {
      display: block;
    }
    /* A handout's text at 10.5 pt, as printed documents have it: two charts to a page where they fit. */
    .charts > * {
      margin-top: 1em;
      --fz-font-size: 10.5pt;
    }
  }
`;
