import { css, html, nothing, type TemplateResult, unsafeCSS } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { DeckSlide } from '../../export/deck-types.js';
// The trend and the ranking a presentation may show (their small classes are in the bundle; their charts load when they connect).
import '../fz-compare/fz-compare.js';
import '../fz-trend/fz-trend.js';
import { asidesKept, wordsKept } from '../../runtime/unbreakable.js';
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

/** How a slide looks like the dashboard's: its language, theme (light when none is set), large text, and the emblem for the title slide. */
export interface ChartLook {
  lang: string;
  theme?: string;
  largeText: boolean;
  /** The emblem's address, on the title slide. */
  emblem?: string;
}

/** One slide's content; a chart slide holds the section's own element, which follows the dashboard's data and year and fills the slide. */
export function renderSlide(slide: Slide, look: ChartLook): TemplateResult {
  switch (slide.kind) {
    case 'title':
      return html`<div class="slide-title">
        ${look.emblem ? html`<img class="slide-emblem" src=${look.emblem} alt="" />` : nothing}
        ${slide.meeting ? html`<p class="slide-meeting">${slide.meeting}</p>` : nothing}
        <h2 class="slide-heading">${wordsKept(slide.title, look.lang)}</h2>
        <p class="slide-unit">${asidesKept(slide.subtitle)}</p>
        ${slide.date.split('\n').map((line) => html`<p class="slide-date">${line}</p>`)}
      </div>`;
    case 'figures':
      return html`<h2 class="slide-heading">${slide.title}</h2>
        <p class="slide-subtitle">${asidesKept(slide.subtitle)}</p>
        ${keyFigureList(slide.figures, slide.title, `figures-${slide.figures.length}`)}`;
    case 'chart': {
      const name = unsafeStatic(slide.tag);
      return staticHtml`<${name} class="slide-chart" .slide=${true} lang=${look.lang} theme=${look.theme ?? 'light'} ?large-text=${look.largeText}></${name}>`;
    }
    // The headline figures over the years: the dashboard's dataset, handed down as to its charts.
    case 'trend':
      return html`<fz-trend class="slide-chart" figures="headlines" .slide=${true} lang=${look.lang} theme=${look.theme ?? 'light'} ?large-text=${look.largeText}></fz-trend>`;
    // The district's units ranked, this unit highlighted, in the dashboard's year.
    case 'ranking':
      return html`<fz-compare class="slide-chart" src=${slide.src} unit=${slide.unit} .slide=${true} lang=${look.lang} theme=${look.theme ?? 'light'} ?large-text=${look.largeText}></fz-compare>`;
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
 * A slide's measures, known here for its own styles and for the controls over it: its text in
 * units of the box it fills (its frame's `cqh`/`cqw`, or the screen's `vh`/`vw`), its margins above
 * and below in its frame's height, and the shape under which it stacks its words over its chart,
 * its source line last.
 */
export const slideText = (height: 'cqh' | 'vh', width: 'cqw' | 'vw') => unsafeCSS(`max(12px, min(3.6${height}, 2.8${width}))`);
/** A slide's smallest text (its band's, its number's): 0.875 of its text, never under 12 px. */
export const slideSmall = (height: 'cqh' | 'vh', width: 'cqw' | 'vw') => unsafeCSS(`max(12px, calc(0.875 * ${slideText(height, width)}))`);
export const SLIDE_TOP = unsafeCSS('2.5cqh');
export const SLIDE_BOTTOM = unsafeCSS('4.5cqh');
const STACKED_UNDER = unsafeCSS('29 / 20');

/**
 * A slide is a box that fills the screen, or the window, or (in the presenter's view) a frame of
 * its own, whatever its shape: everything in it is sized by the box (container units), so a 4:3
 * projector at 1024 × 768 shows the same slide as a 1920 × 1080 one, smaller. Its text is 3.6 % of
 * the box's height (27.6 px at 768 lines, so that its smallest, 0.875 em, is 24 px) unless the box
 * is narrow for it; key figures three times that. On a wide box a chart's words sit left of the
 * chart, on a 4:3 box the chart is under its title and figures; its summary sentence and the
 * report's words are in the speaker notes. Charts fill the height left to them.
 */
export const slidesStyles = css`
  .frame {
    position: relative;
    display: flex;
    flex-direction: column;
    container-type: size;
    overflow: hidden;
    background: var(--_bg);
    color: var(--_text);
    /* Worked out by what is in the frame, so that the units are the frame's. Its smallest text (the band's, the number's),
       0.875 of it, never under 12 px; so are a slide's labels (max(12px, 0.875em)). */
    --_slide-text: ${slideText('cqh', 'cqw')};
    --_slide-small: ${slideSmall('cqh', 'cqw')};
  }
  /* The unit's name across the top, with the emblem and the sample mark. */
  .band {
    flex: none;
    display: flex;
    align-items: center;
    gap: 0.5em;
    padding: 0.2em 3cqw;
    min-height: 1.75em;
    background: var(--_accent);
    color: var(--_bg);
    font-size: var(--_slide-small);
    font-weight: 700;
    line-height: 1.3;
  }
  .band img {
    height: 1.3em;
    width: auto;
  }
  .band .badge {
    margin-inline-start: auto;
    white-space: nowrap;
    color: var(--_alert);
    background: var(--_bg);
    border-color: var(--_bg);
    font-size: 1em;
  }
  @media (forced-colors: active) {
    .band {
      border-bottom: 2px solid CanvasText;
    }
  }
  .slide {
    flex: 1;
    min-height: 0;
    display: flex;
    flex-direction: column;
    /* Whatever does not fit goes below, never up under the band. */
    justify-content: safe center;
    gap: 0.4em;
    padding: ${SLIDE_TOP} 4cqw ${SLIDE_BOTTOM};
    outline: none;
    overflow: hidden;
    font-size: var(--_slide-text);
  }
  .counter {
    position: absolute;
    inset-inline-end: 2cqw;
    bottom: 0.6cqh;
    font-size: var(--_slide-small);
    line-height: 1.2;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
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
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.3;
    /* A long title in lines of even length, not a word left alone on the last. */
    text-wrap: balance;
  }
  .slide-title {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    text-align: center;
    align-items: center;
  }
  .slide-title .slide-heading {
    font-size: 2em;
  }
  .slide-emblem {
    height: 4em;
    width: auto;
  }
  .slide-meeting {
    font-size: 1.2em;
    font-weight: 700;
    color: var(--_accent);
  }
  .slide-unit {
    font-size: 1.3em;
  }
  .slide-subtitle,
  .slide-date {
    color: var(--_muted);
  }
  .slide .key-figures {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 9em), 1fr));
    gap: 0.75em;
    margin-top: 0.75em;
  }
  .slide .key-figures.figures-4 {
    grid-template-columns: repeat(4, minmax(0, 1fr));
  }
  .slide .key-figures.figures-5,
  .slide .key-figures.figures-6 {
    grid-template-columns: repeat(3, minmax(0, 1fr));
  }
  /* A key figure read from the back of a hall: three times the text, 83 px at 768 lines. */
  .slide .key-figure .headline-figure {
    font-size: 3em;
    white-space: nowrap;
    line-height: 1.15;
  }
  /* A figure's name and how it changed as small as a chart's labels (24 px at 768 lines): six figures and their words fit a 4:3 slide in English too. */
  .slide .key-figure dt,
  .slide .key-figure dd.change {
    font-size: max(12px, 0.875em);
    line-height: 1.25;
  }
  /* The chart fills the slide; its table and its export menu stay on the page, its warnings in the speaker notes; the band marks invented figures or a draft. */
  .slide-chart {
    flex: 1 1 0;
    min-height: 0;
    font-size: 1em;
  }
  .slide-chart::part(figure) {
    border: none;
    padding: 0;
    background: transparent;
    display: flex;
    flex-direction: column;
    min-height: 0;
  }
  .slide-chart::part(title) {
    font-size: 1.4em;
  }
  /* The chart's labels 0.875 em of the slide's text: 24 px at 768 lines. Its box is sized by the slide, not by the chart. */
  .slide-chart::part(chart) {
    flex: 1 1 0;
    min-height: 0;
    contain: size;
    margin-top: 0.4em;
    font-size: max(12px, 0.875em);
  }
  .slide-chart::part(table),
  .slide-chart::part(export),
  .slide-chart::part(badge),
  .slide-chart::part(warning),
  .slide-chart::part(summary),
  .slide-chart::part(controls),
  .slide-chart::part(lens),
  .slide-chart::part(section-title),
  .slide-chart::part(panel-sentence) {
    display: none;
  }
  /* What the room needs of a ranking is the unit's place in words (北岙镇：信访总量第8位（共12个镇街）…). */
  fz-compare.slide-chart::part(summary) {
    display: block;
  }
  /* Four keys or more across: four figures side by side; on a 4:3 box two by two, and six in three columns; on a box
     taller than wide (a phone held upright), two columns for six too. */
  @container (max-aspect-ratio: ${STACKED_UNDER}) {
    .slide .key-figures.figures-4 {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container (max-aspect-ratio: 1 / 1) {
    .slide .key-figures.figures-5,
    .slide .key-figures.figures-6 {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  /* On a wide box the words on the left and the chart on the right. */
  @container (min-aspect-ratio: ${STACKED_UNDER}) {
    .slide-chart::part(figure) {
      display: grid;
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
      grid-template-rows: repeat(12, auto) 1fr;
      column-gap: 3cqw;
      align-content: start;
      height: 100%;
    }
    .slide-chart::part(chart) {
      grid-column: 2;
      grid-row: 1 / -1;
      margin-top: 0;
    }
  }
`;
