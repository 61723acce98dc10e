import { css } from 'lit';

/** The stated and the computed success rate above the chart. */
export const mediationStyles = css`
  .rates {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(10em, 100%), 1fr));
    gap: 0.5em 1em;
    margin-top: 0.5em;
  }
  .rate {
    display: flex;
    flex-direction: column;
  }
`;
