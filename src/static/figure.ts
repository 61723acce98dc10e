import { html, nothing, type TemplateResult } from 'lit';
import { drawChart } from '../charts/chart.js';
import type { Dataset } from '../data/schema.js';
import type { Lang } from '../i18n/format.js';
import { type Messages, messages } from '../i18n/messages.js';
import { afterTemplate } from '../runtime/around-chart.js';
import { chartModelOf } from '../runtime/chart-model.js';
import { dataTable } from '../runtime/data-table.js';
import { reportQuote } from '../runtime/quote.js';
import { slot, slotted } from '../runtime/sentence.js';
import { showingOf } from '../runtime/showing.js';
import { STATIC_CLASS } from '../runtime/static-figure.js';
import { sourceLine } from '../runtime/templates.js';
import type { AnySection, Headline } from '../sections/section.js';

/** What a static figure is drawn for: the year, the language, and the room its chart has. */
export interface FigureOptions {
  /** The dataset's address, linked for the reader (the element's `src`). */
  src: string;
  /** The year to show; default the dataset's latest. */
  year?: number;
  /** A year to show beside it, as the element's `compare`: `previous` or a year. */
  compare?: string;
  lang: Lang;
  /** The chart's width in CSS pixels: what the element would measure; the chart scales down to a narrower box. */
  width: number;
  /** Text size in CSS pixels, as the element's (16 unless the page's root is larger). */
  fontSize: number;
  /** Whether the chart is drawn, with the key to its years' bars (unless told no): without it, the figure is its words, figures and table. */
  chart?: boolean;
}

/**
 * The figure an element shows before its script runs, or where none may: the chart as the element
 * draws it (the same model, `chartModelOf`, and chart function, `drawChart`), its title, unit and
 * year, summary, key figures, which bar is which year when comparing, the notes under it, the data table (open) and the source line, as
 * plain HTML that reads in order without any stylesheet. Undefined when the year's report does
 * not give the section (the element then says so itself).
 */
export function staticFigure(section: AnySection, dataset: Dataset, options: FigureOptions): TemplateResult | undefined {
  const t = messages[options.lang];
  const model = chartModelOf(section, showingOf({ status: 'ready', dataset }, options.year, options.compare), {
    t,
    lang: options.lang,
    labels: dataset.labels?.[section.key],
  });
  if (model.status !== 'shown') return undefined;
  const { frame, view } = model;
  const id = `${section.tag}-${frame.year}`;
  const drawn = options.chart !== false;
  const chart = drawn
    ? drawChart(view.chart, { width: options.width, fontSize: options.fontSize, ariaLabel: model.title, describedBy: `${id}-summary` })
    : nothing;
  return html`<section class=${STATIC_CLASS} lang=${t.locale} aria-labelledby="${id}-title">
    <h2 id="${id}-title">${model.title}</h2>
    ${frame.mark ? html`<p><strong>${t[frame.mark]}</strong></p>` : nothing}
    <p>${frame.subtitle}</p>
    <p id="${id}-summary">${view.summary}</p>
    ${model.notes.map((note) => html`<p>${note}</p>`)}${view.headlines.map((each) => headline(each, t))}
    ${model.legend && drawn ? html`<p>□ ${model.legend.compared} ■ ${model.legend.current}</p>` : nothing}
    ${chart}
    ${afterTemplate(view.after, t, { quoteLabel: false })}${model.warnings.map((warning) => html`<p>${warning}</p>`)}
    ${dataTable(model.table, t, { open: true })}
    <p>${slotted(t.pair(t.exports.menu, slot(0)), html`<a href=${options.src}>${t.exports.dataset}</a>`)}</p>
    ${sourceLine(frame.source, t)}
  </section>`;
}

/** A figure above the chart, as a line of text: "信访总量：<strong>393件</strong>", its change and the report's words after it. */
function headline({ label, valueText, change, quote, details }: Headline, t: Messages): TemplateResult {
  const figure = slotted(t.pair(label, slot(0)), html`<strong>${valueText}</strong>`);
  return html`<p>${figure}${change ? ` ${change.text}` : nothing}${quote ? html` ${reportQuote(quote)}` : nothing}${details.map((line) => ` ${line}`)}</p>`;
}
