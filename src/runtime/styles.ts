import { css, unsafeCSS } from 'lit';
import { FONT_STACK, tokenDeclarations } from './palette.js';

/** Dark colours: `theme="dark"`; no theme in a page that is dark; `theme="auto"` on a reader's system set to dark. */
const darkTokens = unsafeCSS(tokenDeclarations('dark'));

/** Light colours: the default, what every theme prints in, and a presentation's unless `theme` says otherwise. */
export const lightTokens = unsafeCSS(tokenDeclarations('light'));

/**
 * Styles every element shares. Public custom properties (`--fz-*`) on the host feed private
 * tokens (`--_*`), and every colour of every element and chart is one of those tokens: a theme,
 * and Windows' forced colours, are a set of tokens. The root resets every inherited property a
 * portal's CSS might set, except the font size, which it takes from the page so a reader's text
 * zoom reaches inside.
 *
 * Themes: light, or dark where the page around is dark (the default: see page-scheme.ts), dark
 * (`theme="dark"`), the system's (`theme="auto"`: dark on a system set to dark), high
 * contrast (`theme="contrast"`: white and yellow on black, thicker lines), red (`theme="red"`: red
 * and white, for a government meeting), and large text
 * (`large-text`: every text 18 px or more, for the elderly-friendly mode).
 */
export const baseStyles = css`
  :host {
    ${lightTokens}
    /* Drawn light as it is: a browser that darkens the pages that never asked for dark (its auto dark
       theme) leaves it alone, where it would darken the card and not its drawing's words. Where the
       browser darkens the page, an element with no theme is dark (page-scheme.ts). */
    color-scheme: only light;
    --_line: 1.5px;
    /* What is chosen (the selected year), and the keyboard focus ring. */
    --_selected: var(--_accent);
    --_selected-text: var(--_bg);
    --_ring: 3px;
    --_ring-offset: 2px;
    /* Secondary text: smaller, never under 12 px; in large-text mode as large as the rest. */
    --_small: max(12px, 0.875em);
    display: block;
    min-width: 0;
    font-size: var(--fz-font-size, max(1rem, 1em));
  }
  :host([theme='dark']) {
    ${darkTokens}
    color-scheme: dark;
  }
  /* No theme: dark where the page around is (PageSchemeController sets the state). A rule of its
     own, so that a browser that knows no custom states drops it alone. */
  :host(:state(dark)) {
    ${darkTokens}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkTokens}
      color-scheme: dark;
    }
  }
  :host([theme='contrast']) {
    ${unsafeCSS(tokenDeclarations('contrast'))}
    color-scheme: dark;
    --_line: 2.5px;
  }
  :host([theme='red']) {
    ${unsafeCSS(tokenDeclarations('red'))}
  }
  /* Windows High Contrast and the like force the colours of text and boxes but not of SVG
     marks: every token becomes a system colour, whatever the theme. */
  @media (forced-colors: active) {
    :host([theme]),
    :host(:not([theme])) {
      ${unsafeCSS(tokenDeclarations('forced'))}
      --_selected: Highlight;
      --_selected-text: HighlightText;
    }
  }
  :host([large-text]) {
    --_small: 1em;
    font-size: var(--fz-font-size, max(1.125rem, 1em, 18px));
  }
  :host([hidden]) {
    display: none;
  }
  .root {
    box-sizing: border-box;
    color: var(--_text);
    background: var(--_bg);
    font-family: var(--fz-font-family, ${unsafeCSS(FONT_STACK)});
    font-style: normal;
    font-weight: 400;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    /* A word too long for its line (a 300-letter name) breaks rather than widen the page. */
    overflow-wrap: anywhere;
    direction: ltr;
    visibility: visible;
    cursor: auto;
    border: 1px solid var(--_border);
    border-radius: 0.5em;
    padding: 1em;
    margin: 0;
    /* Side by side in a grid, cards of one row share its height. */
    height: 100%;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  h2,
  h3,
  p,
  ul,
  figure {
    margin: 0;
    padding: 0;
  }
  .title {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.35;
  }
  .subtitle,
  .source {
    color: var(--_muted);
  }
  .source {
    margin-top: 0.75em;
    font-size: var(--_small);
  }
  .source a {
    color: inherit;
  }
  @media (forced-colors: active) {
    .source a {
      color: LinkText;
    }
  }
  .badge {
    display: inline-block;
    margin-inline-start: 0.5em;
    padding: 0 0.4em;
    border: 1px solid var(--_alert);
    border-radius: 0.25em;
    color: var(--_alert);
    font-size: var(--_small);
    font-weight: 700;
    vertical-align: 0.1em;
  }
  .status {
    color: var(--_muted);
    padding: 1em 0;
  }
  .alert {
    color: var(--_alert);
    background: var(--_alert-bg);
    border-inline-start: 0.25em solid var(--_alert);
    padding: 0.5em 0.75em;
  }
  .alert ul {
    padding-inline-start: 1.25em;
  }
  .alert code {
    font-family: ui-monospace, Consolas, monospace;
    overflow-wrap: anywhere;
  }
  .alert button {
    font: inherit;
    margin-top: 0.5em;
  }
  /* How a figure changed: its figures kept whole (unbreakable), its words broken where a line ends. */
  .change {
    font-weight: 700;
  }
  /* A figure with its sign and unit, never split across lines (unbreakable.ts). */
  .nb {
    white-space: nowrap;
  }
  .change-up {
    color: var(--_up);
  }
  .change-down {
    color: var(--_down);
  }
  .change-same,
  .change-none {
    color: var(--_muted);
  }
  /* Secondary words beside a figure: the report's words, how a rate is computed. */
  .secondary {
    color: var(--_muted);
    font-size: var(--_small);
  }
  /* A figure that heads a chart, a rate, a key figure. */
  .headline-figure {
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.2;
    color: var(--_accent);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .unselectable {
    user-select: none;
  }
  /* On paper: light colours whatever the theme, and nothing that only a screen reader hears. */
  @media print {
    :host([theme]),
    :host(:not([theme])) {
      ${lightTokens}
      color-scheme: only light;
    }
    .visually-hidden {
      display: none;
    }
  }
`;
