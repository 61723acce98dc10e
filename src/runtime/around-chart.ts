/**
 * What a chart element shows around its chart — the figures above it, the notes under it — as the
 * page shows it and as a picture of the chart (PNG, SVG) writes it, side by side so the two say
 * the same.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { PictureLine } from '../export/picture.js';
import { quoted } from '../i18n/format.js';
import type { Messages } from '../i18n/messages.js';
import type { Headline, SectionView } from '../sections/section.js';
import { reportQuote } from './quote.js';
import { slot, slotted } from './sentence.js';
import { unbreakable } from './unbreakable.js';

export type { PictureLine };

/**
 * The figures above a chart: one on a line of its own ("信访总量 393件 ▼ −62，−11.5%"), several side
 * by side (the rates). `quotes: false` leaves the report's words out (a slide: they are in the
 * speaker notes).
 */
export function headlinesTemplate(headlines: readonly Headline[], { quotes = true } = {}): TemplateResult | typeof nothing {
  if (headlines.length === 0) return nothing;
  if (!quotes) return headlinesTemplate(headlines.map(({ quote: _, ...headline }) => headline));
  if (headlines.length === 1) {
    const [{ label, valueText, change, quote, details }] = headlines;
    return html`<p class="lead">
      <span><span class="lead-label">${label}</span><span class="headline-figure">${valueText}</span></span>
      ${changeTemplate(change)}${quote ? reportQuote(quote) : nothing}${details.map((line) => html`<span class="secondary">${unbreakable(line)}</span>`)}
    </p>`;
  }
  return html`<div class="headlines">
    ${headlines.map(
      ({ label, valueText, change, quote, details }) => html`<p class="headline">
        <span>${label}</span>
        <span><span class="headline-figure">${valueText}</span> ${changeTemplate(change)}</span>
        ${quote ? reportQuote(quote) : nothing}${details.map((line) => html`<span class="secondary">${unbreakable(line)}</span>`)}
      </p>`,
    )}
  </div>`;
}

const changeTemplate = (change: Headline['change']) =>
  change ? html`<span class="change change-${change.direction}">${unbreakable(change.words ?? change.text)}</span>` : nothing;

/** A headline figure as a picture writes it: label, figure and change on one line, the report's words and details under it. */
export function headlineLines({ label, valueText, change, quote, details }: Headline): PictureLine[] {
  return [
    { text: [label, valueText, change && (change.words ?? change.text)].filter(Boolean).join('  '), tone: 'figure' },
    ...(quote ? [{ text: quoted(quote), tone: 'small' as const }] : []),
    ...details.map((detail) => ({ text: detail, tone: 'small' as const })),
  ];
}

/**
 * The notes under a chart: each part's figures ("综合执法：巡查12次"), or one sentence; and the
 * report's words naming the parts, after "报告原文：" said to screen readers only — unless
 * `quoteLabel` is false (a static figure, where no stylesheet of ours hides it).
 */
export function afterTemplate(
  after: SectionView['after'],
  t: Messages,
  { quoteLabel = true }: { quoteLabel?: boolean } = {},
): TemplateResult | typeof nothing {
  if (!after) return nothing;
  const { items, sentence, quote } = after;
  return html`<div class="after">
    ${sentence ? html`<p>${unbreakable(sentence)}</p>` : nothing}
    ${
      items.length
        ? html`<ul>
          ${items.map(({ label, text }) => html`<li>${slotted(t.pair(slot(0), slot(1)), html`<strong>${label}</strong>`, unbreakable(text))}</li>`)}
        </ul>`
        : nothing
    }
    ${quote ? html`<p>${reportQuote(quote, { label: quoteLabel ? t.quoteLabel : undefined })}</p>` : nothing}
  </div>`;
}

/** The notes under a chart as a picture writes them. */
export function afterLines(after: SectionView['after'], t: Messages): string[] {
  if (!after) return [];
  const { items, sentence, quote } = after;
  return [...(sentence ? [sentence] : []), ...items.map(({ label, text }) => t.pair(label, text)), ...(quote ? [quoted(quote)] : [])];
}

export const aroundChartStyles = css`
  .lead {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 1em;
    margin-top: 0.5em;
  }
  .lead-label {
    margin-inline-end: 0.25em;
  }
  .headlines {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(10em, 100%), 1fr));
    gap: 0.5em 1em;
    margin-top: 0.5em;
  }
  .headline {
    display: flex;
    flex-direction: column;
  }
  .after {
    margin-top: 0.75em;
  }
  .after ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
`;
