import { css, html, type TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { DeckSlide } from '../../export/deck-types.js';
import { keyFigureList } from './key-figures.js';

/** A slide around the charts, as the deck writes it too. */
export type FrameSlide = Extract<DeckSlide, { kind: 'title' | 'figures' | 'closing' }>;

/**
 * The slides of a presentation, in order: the title, the key figures, a chart per section, the
 * headline figures over the years (a dataset of more than one year), the ranking of the district's
 * units (a collection given), the source.
 */
export type Slide = FrameSlide | { kind: 'chart'; tag: string } | { kind: 'trend' } | { kind: 'ranking'; src: string; unit: string };

export function slidesOf(
  frame: { before: DeckSlide[]; after: DeckSlide[] },
  sections: readonly { tag: string }[],
  comparing: { years: readonly number[]; unit: string; collection?: string },
): Slide[] {
  const framed = (slides: DeckSlide[]) => slides.filter((slide): slide is FrameSlide => slide.kind !== 'chart');
  const { years, unit, collection } = comparing;
  return [
    ...framed(frame.before),
    ...sections.map(({ tag }) => ({ kind: 'chart' as const, tag })),
    ...(years.length > 1 ? [{ kind: 'trend' as const }] : []),
    ...(collection ? [{ kind: 'ranking' as const, src: collection, unit }] : []),
    ...framed(frame.after),
  ];
}

/** How a chart on a slide looks like the dashboard's: its language, theme (light when none is set) and large text. */
export interface ChartLook {
  lang: string;
  theme?: string;
  largeText: boolean;
}

/** One slide's content; a chart slide holds the section's own element, which follows the dashboard's data and year. */
export function renderSlide(slide: Slide, look: ChartLook): TemplateResult {
  switch (slide.kind) {
    case 'title':
      return html`<div class="slide-title">
        <h2 class="slide-heading">${slide.title}</h2>
        <p class="slide-unit">${slide.subtitle}</p>
        <p class="slide-date">${slide.date}</p>
      </div>`;
    case 'figures':
      return html`<h2 class="slide-heading">${slide.title}</h2>
        <p class="slide-subtitle">${slide.subtitle}</p>
        ${keyFigureList(slide.figures, slide.title)}`;
    case 'chart': {
      const name = unsafeStatic(slide.tag);
      return staticHtml`<${name} class="slide-chart" lang=${look.lang} theme=${look.theme ?? 'light'} ?large-text=${look.largeText}></${name}>`;
    }
    // The headline figures over the years: the dashboard's dataset, handed down as to its charts.
    case 'trend':
      return html`<fz-trend class="slide-chart" figures="headlines" lang=${look.lang} theme=${look.theme ?? 'light'} ?large-text=${look.largeText}></fz-trend>`;
    // The district's units ranked, this unit highlighted, in the dashboard's year.
    case 'ranking':
      return html`<fz-compare class="slide-chart" src=${slide.src} unit=${slide.unit} lang=${look.lang} theme=${look.theme ?? 'light'} ?large-text=${look.largeText}></fz-compare>`;
    case 'closing': {
      const [heading, ...lines] = slide.lines;
      return html`<div class="slide-title">
        <h2 class="slide-heading">${slide.title}</h2>
        <p class="slide-subtitle">${heading}</p>
        ${lines.map((line) => html`<p class="slide-line">${line}</p>`)}
      </div>`;
    }
  }
}

/**
 * Slides fill the screen (or the window, where fullscreen is refused). Sizes follow the slide's
 * box: at 1920 × 1080 the text is 30 px (never under 24 px, the smallest being 0.875 of it) and
 * key figures 108 px; light and high-contrast unless `theme` says otherwise (see the dashboard's styles).
 */
export const slidesStyles = css`
  /* A modal dialog, in the top layer over the page: it fills the screen, or the window. */
  .slides {
    position: fixed;
    inset: 0;
    width: 100%;
    height: 100%;
    max-width: none;
    max-height: none;
    margin: 0;
    display: flex;
    flex-direction: column;
    container-type: size;
    background: var(--_bg);
    color: var(--_text);
    border: none;
    border-radius: 0;
    padding: 0;
    overflow: hidden;
  }
  .slides:not([open]) {
    display: none;
  }
  .slide {
    flex: 1;
    min-height: 0;
    display: flex;
    flex-direction: column;
    justify-content: center;
    gap: 0.5em;
    padding: 3cqh 5cqw 1cqh;
    /* 30 px on a 1920 × 1080 screen, so that its smallest text (0.875 em) is 26 px; never so small on a phone that any falls under 12 px. */
    font-size: max(14px, min(2.8cqh, 1.6cqw));
    outline: none;
    /* A phone held upright scrolls what a projector shows at once. */
    overflow: auto;
  }
  @media (prefers-reduced-motion: no-preference) {
    .slide {
      animation: fz-slide-in 250ms ease-out;
    }
  }
  @keyframes fz-slide-in {
    from {
      opacity: 0;
      transform: translateX(1.5%);
    }
  }
  .slide-heading {
    font-size: 1.75em;
    font-weight: 700;
    line-height: 1.3;
  }
  .slide-title {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    text-align: center;
    align-items: center;
  }
  .slide-title .slide-heading {
    font-size: 2.25em;
  }
  .slide-unit {
    font-size: 1.5em;
  }
  .slide-subtitle,
  .slide-date {
    color: var(--_muted);
  }
  .slide .key-figures {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12em), 1fr));
    gap: 1em;
    margin-top: 1em;
  }
  /* A key figure read from the back of a hall: 108 px at 1080p. */
  .slide .key-figure .headline-figure {
    font-size: 3.6em;
    white-space: nowrap;
    line-height: 1.15;
  }
  /* The chart fills the slide; its table and its export menu stay on the page. */
  .slide-chart {
    min-height: 0;
    font-size: 1em;
  }
  .slide-chart::part(figure) {
    border: none;
    padding: 0;
  }
  /* On a wide screen, words on the left and the chart on the right: a chart's rows are many. */
  @container (min-aspect-ratio: 4 / 3) {
    .slide-chart::part(figure) {
      display: grid;
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
      grid-template-rows: repeat(12, auto) 1fr;
      column-gap: 3cqw;
      align-content: start;
    }
    .slide-chart::part(chart) {
      grid-column: 2;
      grid-row: 1 / -1;
      margin-top: 0;
    }
  }
  .slide-chart::part(title) {
    font-size: 1.5em;
  }
  .slide-chart::part(table),
  .slide-chart::part(export),
  .slide-chart::part(controls),
  .slide-chart::part(lens),
  .slide-chart::part(section-title),
  .slide-chart::part(panel-sentence) {
    display: none;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1.5em;
    padding: 0.5em 5cqw 1em;
    /* 26 px at 1080p. */
    font-size: max(14px, min(2.4cqh, 3.6cqw));
    border-top: 1px solid var(--_border);
  }
  .controls button {
    font: inherit;
    color: var(--_accent);
    background: var(--_bg);
    border: 1px solid var(--_accent);
    border-radius: 0.375em;
    padding: 0.125em 0.75em;
    cursor: pointer;
  }
  .controls button[aria-disabled='true'] {
    color: var(--_muted);
    border-color: var(--_border);
    cursor: default;
  }
  /* Forced colours would draw it as any button: it says it cannot go further in the system's words. */
  @media (forced-colors: active) {
    .controls button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }
  .controls button:focus-visible {
    outline: var(--_ring) solid var(--_focus);
    outline-offset: var(--_ring-offset);
  }
  .counter {
    font-variant-numeric: tabular-nums;
    min-width: 4em;
    text-align: center;
  }
  .controls .year-choices {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }
  .controls .leave {
    margin-inline-start: auto;
  }
  .keys {
    color: var(--_muted);
  }
  /* The sample-data mark as large as the rest: read from the back of the hall too. */
  .controls .badge {
    font-size: 1em;
  }
  .slides::backdrop {
    background: #000000;
  }
  /* Printed while presenting: the slide shown, on the page as it flows. */
  @media print {
    .slides {
      position: static;
      height: auto;
      overflow: visible;
      container-type: normal;
    }
    .slide {
      overflow: visible;
    }
    .controls {
      display: none;
    }
  }
`;
