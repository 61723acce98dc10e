import { css } from 'lit';

export const dashboardStyles = css`
  /* The charts are cards of their own: no second frame around them and little padding, so narrow
     screens keep their width. The theme's background stays: a dark dashboard on a light page must
     carry its own. */
  .root {
    border: none;
    padding: 0.5em;
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
`;
