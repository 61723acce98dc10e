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
  fieldset {
    display: contents;
  }
  legend {
    float: left;
    padding: 0;
    margin-inline-end: 0.25em;
    font-weight: 700;
  }
  .years {
    display: inline-flex;
    flex-wrap: wrap;
  }
  .year input,
  .compare input {
    position: absolute;
    opacity: 0;
    width: 1px;
    height: 1px;
  }
  .year span {
    display: inline-block;
    padding: 0.25em 0.6em;
    border: 1px solid var(--_accent);
    margin-inline-start: -1px;
    text-align: center;
    color: var(--_accent);
    background: var(--_bg);
    cursor: pointer;
  }
  .year:first-child span {
    border-start-start-radius: 0.375em;
    border-end-start-radius: 0.375em;
  }
  .year:last-child span {
    border-start-end-radius: 0.375em;
    border-end-end-radius: 0.375em;
  }
  .year input:checked + span {
    color: var(--_selected-text);
    background: var(--_selected);
    border-color: var(--_selected);
    font-weight: 700;
  }
  .year input:focus-visible + span,
  .compare input:focus-visible + span {
    outline: var(--_ring) solid var(--_focus);
    outline-offset: var(--_ring-offset);
  }
  .compare {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    cursor: pointer;
  }
  .compare span::before {
    content: '';
    display: inline-block;
    width: 1em;
    height: 1em;
    margin-inline-end: 0.375em;
    vertical-align: -0.125em;
    border: var(--_line) solid var(--_text);
    border-radius: 0.2em;
  }
  .compare input:checked + span::before {
    content: '✓';
    line-height: 1;
    text-align: center;
    font-weight: 700;
    color: var(--_selected-text);
    background: var(--_selected);
    border-color: var(--_selected);
  }
  /* Windows' forced colours would put a backplate of the page's colour behind the selected
     year's text and hide it: these keep their own colours (system colours there, by the tokens). */
  @media (forced-colors: active) {
    .year span,
    .compare span::before {
      forced-color-adjust: none;
    }
  }
`;
