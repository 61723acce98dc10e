import { css } from 'lit';

/** Each platform's figures and notes under the diagram. */
export const platformStyles = css`
  .platform-notes {
    margin-top: 0.75em;
  }
  .platform-notes ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
`;
