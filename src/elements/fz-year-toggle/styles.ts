import { css } from 'lit';

export const toggleStyles = css`
  .root {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    border: none;
    padding: 0;
    height: auto;
    margin-block: 0.5em 1em;
  }
  /* A control has no place on paper; the charts' subtitles say the year. */
  @media print {
    :host {
      display: none;
    }
  }
`;
