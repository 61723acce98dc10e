import type { ChartPoint } from '../charts/types.js';
import type { Mark, YearFigures } from '../data/derive.js';
import type { Label } from '../data/parts.js';
import type { Dataset, Source } from '../data/schema.js';
import { type Lang, labelText } from '../i18n/format.js';
import type { Messages } from '../i18n/messages.js';
import { type AnySection, type SectionView, voiceOf, warningWords } from '../sections/section.js';
import { type Failure, failureOf } from './failure.js';
import type { PointWords } from './points-controller.js';
import type { Showing } from './showing.js';

export type ViewOf<S extends AnySection> = ReturnType<S['view']>;

/** What a chart shows around the chart: the year, the source, whether the data is a sample. */
export interface Frame {
  dataset: Dataset;
  year: number;
  comparedYear?: number;
  subtitle: string;
  mark?: Mark;
  source: Source;
}

/** Everything a chart shows, from the year shown: what its element lays out, a slide shows and an export writes. */
export type ChartModel<V extends SectionView> = { title: string; readable: string } & (
  | { status: 'loading' }
  | { status: 'failed'; failure: Failure }
  /** The year's report does not give this section. */
  | { status: 'missing'; frame: Frame; sentence: string }
  | {
      status: 'shown';
      frame: Frame;
      view: V;
      /** Said under the summary: no year to compare with, or the compared year lacks the section. */
      notes: string[];
      /** Data-quality warnings of this section, worded. */
      warnings: string[];
      /** Which bar is which year, when comparing. */
      legend?: { compared: string; current: string };
      table: TableOfFigures;
      words: PointWords;
    }
);

/** A chart's figures as a table: one row per point, its caption, and the two years' names when comparing. */
export interface TableOfFigures {
  rows: readonly ChartPoint[];
  caption: string;
  years?: { current: string; compared: string };
}

/** Unit and year under a title, with the compared year: "某镇 · 2023年（对比2022年）". */
export function subtitleOf(figures: YearFigures, compared: YearFigures | undefined, t: Messages, lang: Lang): string {
  const yearTitle = t.yearTitle(labelText(figures.unitName, lang), figures.year);
  return compared ? yearTitle + t.comparedWith(compared.year) : yearTitle;
}

/** What a chart's model is worded with. */
export interface ModelVoice {
  t: Messages;
  lang: Lang;
  /** The dataset's words for this section (its `labels`), for a title before the year is known. */
  labels?: Partial<Record<string, Label>>;
}

/** The model of `section`'s chart for the year shown. */
export function chartModelOf<S extends AnySection>(section: S, showing: Showing, { t, lang, labels }: ModelVoice): ChartModel<ViewOf<S>> {
  if (showing.status !== 'shown') {
    // The region's own title as soon as the dataset gives it, also for a year it lacks.
    const title = voiceOf(section, lang, labels).m.title;
    const status =
      showing.status === 'loading'
        ? ({ status: 'loading' } as const)
        : ({ status: 'failed', failure: failureOf(showing.error, t) } as const);
    const said = status.status === 'loading' ? t.loading : status.failure.message;
    return { ...status, title, readable: t.pair(title, said) };
  }
  const { dataset, figures, compared } = showing;
  const voice = voiceOf(section, lang, figures.labels?.[section.key], { year: figures.year, comparedYear: compared?.year });
  const { m } = voice;
  const frame: Frame = {
    dataset,
    year: figures.year,
    comparedYear: compared?.year,
    subtitle: subtitleOf(figures, compared, t, lang),
    mark: figures.mark,
    source: figures.source,
  };
  const own = figures[section.key as keyof typeof figures];
  if (own === undefined) {
    const sentence = t.sectionMissing(m.name);
    return { status: 'missing', title: m.title, frame, sentence, readable: t.readable(m.title, frame.subtitle, sentence) };
  }
  const comparedSection = compared && { year: compared.year, figures: compared[section.key as keyof typeof compared] };
  const view = section.view(own, figures.year, comparedSection, voice) as ViewOf<S>;
  const notes = [
    ...(showing.noComparison ? [t.compareNone(t.list(showing.noComparison.map(String)))] : []),
    ...(comparedSection && comparedSection.figures === undefined ? [t.sectionMissingIn(comparedSection.year, m.name)] : []),
  ];
  const years = compared && { current: t.year(figures.year), compared: t.year(compared.year) };
  return {
    status: 'shown',
    title: m.title,
    frame,
    view,
    notes,
    warnings: figures.warnings.filter((warning) => warning.section === section.key).map((warning) => warningWords(section, warning, lang)),
    legend: years && view.points.some((point) => point.compared) ? years : undefined,
    table: { rows: [...(view.tableRows ?? []), ...view.points], caption: t.caption(m.title, frame.subtitle), years },
    words: {
      announce: (point, index, count) =>
        t.clauses([point.name, ...(point.change ? [point.change.text] : []), ...point.details, t.position(index + 1, count)]),
      comparedLine: compared && ((valueText) => t.pair(t.year(compared.year), valueText)),
      quoteLabel: t.quoteLabel,
    },
    readable: t.readable(m.title, frame.subtitle, view.summary),
  };
}
