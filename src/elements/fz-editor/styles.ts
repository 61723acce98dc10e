import { css } from 'lit';

/**
 * The editor's own parts: its steps, fields and buttons, the report's text with its marks, the
 * table of figures, the check list. Colours are the shared tokens (`--_accent`…), so the themes
 * and forced colours reach every one; sizes are in `em`, secondary text never under 12 px.
 */
export const editorStyles = css`
  .root {
    container: editor / inline-size;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1em;
  }
  .intro {
    max-width: 48em;
  }
  .step {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5em;
    min-width: 0;
    align-content: start;
  }
  .heading {
    font-size: 1.0625em;
    font-weight: 700;
    margin: 0;
    padding-bottom: 0.25em;
    border-bottom: 1px solid var(--_border);
  }
  .secondary,
  .note,
  .reason,
  .unit {
    color: var(--_muted);
    font-size: var(--_small);
  }
  .ok {
    font-weight: 700;
  }

  /* Fields and buttons. */
  .field {
    display: grid;
    gap: 0.25em;
    min-width: 0;
  }
  .field.inline {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
    max-width: 100%;
  }
  .field.inline select,
  .field.inline input {
    flex: 1 1 12em;
  }
  .options {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16em), 1fr));
    gap: 0.75em 1em;
    align-items: end;
  }
  input,
  textarea,
  select,
  button {
    font: inherit;
    color: var(--_text);
  }
  input[type='text'],
  input[type='number'],
  textarea,
  select {
    min-width: 0;
    max-width: 100%;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: 0.25em;
    padding: 0.25em 0.375em;
  }
  input[type='file'] {
    max-width: 100%;
    font-size: var(--_small);
  }
  textarea.paste {
    width: 100%;
    min-height: 10em;
    resize: vertical;
    line-height: 1.5;
  }
  input[aria-invalid='true'] {
    border: 2px solid var(--_alert);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 0.75em;
  }
  button {
    border-radius: 0.25em;
    padding: 0.25em 0.875em;
    cursor: pointer;
  }
  button.primary {
    color: var(--_selected-text);
    background: var(--_selected);
    border: 1px solid var(--_selected);
  }
  button.secondary {
    background: var(--_bg);
    border: 1px solid var(--_border);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.55;
  }
  button:focus-visible,
  input:focus-visible,
  textarea:focus-visible,
  select:focus-visible,
  mark:focus-visible,
  .report-text:focus-visible {
    outline: var(--_ring) solid var(--_focus);
    outline-offset: var(--_ring-offset);
  }
  .check-box {
    display: flex;
    align-items: baseline;
    gap: 0.5em;
  }
  .merge {
    display: grid;
    gap: 0.5em;
    margin: 0;
    padding: 0.5em 0.75em 0.75em;
    border: 1px solid var(--_border);
    border-radius: 0.375em;
    min-width: 0;
  }
  .merge legend {
    font-weight: 700;
    padding: 0 0.25em;
  }
  /* Work not kept: at the top of the window while the person edits further down, until it is kept again. */
  .unkept {
    position: sticky;
    top: 0;
    z-index: 2;
    background: var(--_bg);
    box-shadow: 0 0.25em 0.5em rgb(0 0 0 / 0.12);
  }
  .unkept .alert p {
    margin: 0 0 0.5em;
  }
  /* Whether the work is kept, what to do when it is not, the copies kept. */
  .storage {
    display: grid;
    gap: 0.5em;
    min-width: 0;
  }
  .storage .alert p {
    margin: 0 0 0.5em;
  }
  .keeping p {
    margin: 0;
  }
  .copies-heading {
    font-weight: 700;
    margin: 0;
  }
  .copy-list {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.375em;
  }
  .copy-list li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
  }
  .alert p + ul,
  .problem-list {
    margin-top: 0.25em;
    padding-inline-start: 1.25em;
  }
  .problem-list code {
    font-family: ui-monospace, Consolas, monospace;
    overflow-wrap: anywhere;
  }

  /* The report's text beside the table: one column on a phone, two from 56em. */
  .columns {
    display: grid;
    gap: 1em;
    min-width: 0;
  }
  .report-text {
    max-height: 20em;
    overflow: auto;
    white-space: pre-wrap;
    line-height: 1.75;
    padding: 0.5em 0.75em;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 0.375em;
  }
  /* Side by side, the report stays in view while the table scrolls past it. */
  @container editor (min-width: 56em) {
    .columns {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1.25fr);
    }
    /* As tall as its own content, not stretched to the row's (a grid item as tall as its row has nowhere to stick). */
    .text-column {
      position: sticky;
      top: 0.5em;
      align-self: start;
    }
    .report-text {
      max-height: calc(100vh - 9em);
      min-height: 20em;
    }
  }
  mark {
    color: var(--_text);
    background: var(--_accent-soft);
    border-bottom: 2px solid var(--_accent);
    cursor: pointer;
  }
  mark.flash {
    animation: fz-editor-flash 0.5s ease-in-out 3;
    outline: var(--_ring) solid var(--_focus);
  }
  @keyframes fz-editor-flash {
    50% {
      outline-color: transparent;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    mark.flash {
      animation: none;
    }
  }

  /* The table of figures: three columns; on a narrow screen each row a small block. */
  .figures {
    width: 100%;
    border-collapse: collapse;
  }
  .figures th,
  .figures td {
    text-align: start;
    vertical-align: top;
    padding: 0.375em 0.5em;
    border-bottom: 1px solid var(--_border);
  }
  .figures thead th {
    color: var(--_muted);
    font-size: var(--_small);
    font-weight: 700;
  }
  .figures .group th {
    background: var(--_surface);
    font-weight: 700;
    padding-top: 0.5em;
  }
  .figures th.name {
    font-weight: 400;
    width: 30%;
  }
  .figures .name input {
    width: 100%;
  }
  /* Under a row's name: an item's kind (渠道), where the year was read. */
  .figures th.name .note {
    display: block;
    overflow-wrap: anywhere;
  }
  .figures td.value {
    width: 7.5em;
  }
  .figures td.value.text input {
    width: 100%;
  }
  .number {
    display: flex;
    align-items: center;
    gap: 0.25em;
  }
  .number input {
    width: 100%;
    min-width: 4em;
  }
  .figures td.value[colspan='2'] .number {
    max-width: 7em;
  }
  .figures tr.selected > * {
    background: var(--_accent-soft);
  }
  .figures tr.selected > th:first-child {
    box-shadow: inset 0.25em 0 0 var(--_accent);
  }
  .quote q,
  .quote-button {
    font-size: var(--_small);
  }
  .quote-button {
    display: inline;
    text-align: start;
    padding: 0;
    border: none;
    background: none;
    color: var(--_text);
    text-decoration: underline dotted var(--_accent);
    text-underline-offset: 0.2em;
  }
  /* A figure's words typed by hand (added, or not in the report); a row taken out. */
  .quote-input {
    width: 100%;
    font-size: var(--_small);
  }
  .value .remove {
    display: block;
    margin-top: 0.25em;
    font-size: var(--_small);
  }
  /* A section the report gave nothing of, and adding a figure to one by hand. */
  .figures tr.none td {
    color: var(--_muted);
  }
  .figures tr.add-row .actions {
    margin: 0;
  }
  .would-break {
    flex-basis: 100%;
    margin: 0;
  }
  .not-in-text,
  .row-problem {
    display: block;
    color: var(--_alert);
    font-size: var(--_small);
    font-weight: 700;
  }
  @container editor (max-width: 34em) {
    .figures thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    .figures tr {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      border-bottom: 1px solid var(--_border);
      padding: 0.25em 0;
    }
    .figures th,
    .figures td,
    .figures th.name,
    .figures td.value {
      display: block;
      width: auto;
      border: none;
      padding: 0.125em 0.5em;
    }
    .figures td.value .number {
      max-width: 9em;
    }
  }

  /* The numbers to check. */
  .to-check-list {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .entry {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.375em;
    padding: 0.5em 0.75em;
    background: var(--_warn-bg);
    border-inline-start: 0.25em solid var(--_accent);
    border-radius: 0.25em;
  }
  .to-check-text {
    overflow-wrap: anywhere;
  }
  .preview fz-dashboard {
    min-width: 0;
  }

  /* Windows' forced colours: marks, the chosen row and fields with a problem keep their meaning. */
  @media (forced-colors: active) {
    mark {
      color: MarkText;
      background: Mark;
      forced-color-adjust: none;
    }
    mark.flash {
      outline-color: Highlight;
    }
    .figures tr.selected > th:first-child {
      box-shadow: none;
      outline: var(--_ring) solid Highlight;
      outline-offset: -0.25em;
    }
    input[aria-invalid='true'] {
      border-style: dashed;
    }
    button.primary {
      forced-color-adjust: none;
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }
    button:disabled {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
