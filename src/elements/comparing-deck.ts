/**
 * The dashboard's slides of the trend and of the ranking, as the deck writes them: the headline
 * figures over the years as native line charts (a year whose report does not give one a gap), and
 * the ranking of the collection's units as a native bar chart (the year before beside it), each
 * with its summary, source and the report's words in the speaker notes.
 */
import { comparingMessages } from '../comparing/messages.js';
import { trendModel } from '../comparing/trend-model.js';
import type { Collection } from '../data/collection.js';
import { yearsOf } from '../data/derive.js';
import type { Dataset } from '../data/schema.js';
import type { DeckBar, DeckSlide } from '../export/deck-types.js';
import type { Lang } from '../i18n/format.js';
import type { Messages } from '../i18n/messages.js';
import { rankingOf } from './fz-compare/ranking-of.js';

export interface ComparingDeckInput {
  dataset: Dataset;
  lang: Lang;
  t: Messages;
  /** The year the dashboard shows: the ranking's. */
  year: number;
  /** A collection of the district's units, loaded, and its address, for a ranking slide. */
  collection?: { collection: Collection; base: string };
  timeoutMs: number;
}

/** A deck's ranking names at most this many units: the first, the host and those beside it, the last. */
const MOST_BARS = 30;

export async function comparingSlides({ dataset, lang, t, year, collection, timeoutMs }: ComparingDeckInput): Promise<DeckSlide[]> {
  const slides: DeckSlide[] = [];
  const words = comparingMessages[lang];
  if (yearsOf(dataset).length > 1) {
    const trend = trendModel(dataset, lang, 'headlines');
    const panels = trend.sections.flatMap((section) => section.panels);
    slides.push({
      kind: 'chart',
      title: words.trend.title,
      subtitle: trend.subtitle,
      summary: trend.summary,
      chart: {
        kind: 'lines',
        years: trend.years.map((each) => t.year(each)),
        lines: panels.map((panel) => ({ name: panel.name, values: panel.values, texts: panel.texts, rate: panel.measure !== 'count' })),
      },
      source: trend.source,
      notes: [
        trend.summary,
        ...panels.flatMap((panel) =>
          panel.points.flatMap((_, i) =>
            panel.quotes[i] ? [t.pair(t.caption(panel.name, t.year(trend.years[i])), `“${panel.quotes[i]}”`)] : [],
          ),
        ),
      ],
    });
  }
  if (collection) {
    const ranking = await rankingOf({ ...collection, unit: dataset.unit.id, year, lang, timeoutMs });
    const shown = ranking.ranked.filter(
      (_, i) =>
        ranking.ranked.length <= MOST_BARS ||
        i < 15 ||
        i >= ranking.ranked.length - 5 ||
        (ranking.hostIndex !== undefined && Math.abs(i - ranking.hostIndex) <= 2),
    );
    const bar = (value: number | undefined, valueText: string | undefined, label: string): DeckBar => ({
      label,
      value: value ?? null,
      valueText: valueText ?? t.noValue,
    });
    const labelOf = (row: (typeof shown)[number]) => `${words.compare.rankCell(row.rank, row.tied)} ${row.name}`;
    slides.push({
      kind: 'chart',
      title: ranking.title,
      subtitle: ranking.subtitle,
      summary: [
        ranking.summary,
        ...(ranking.missing.length ? [words.compare.missing(ranking.year, t.list(ranking.missing))] : []),
        ...(ranking.noReport.length ? [words.compare.noReport(ranking.year, t.list(ranking.noReport))] : []),
      ].join(' '),
      chart: {
        kind: 'bars',
        series: [
          ...(ranking.comparedYear === undefined
            ? []
            : [
                {
                  name: t.year(ranking.comparedYear),
                  bars: shown.map((row) => bar(row.compared?.value, row.compared?.valueText, labelOf(row))),
                },
              ]),
          { name: t.year(ranking.year), bars: shown.map((row) => bar(row.value, row.valueText, labelOf(row))) },
        ],
      },
      source: ranking.source,
      notes: [
        ranking.summary,
        ...ranking.ranked.map((row) => (row.quote ? t.pair(row.sentence, `“${row.quote}”`) : row.sentence)),
        ...(ranking.noPopulation.length ? [words.compare.noPopulation(t.list(ranking.noPopulation))] : []),
        ...ranking.broken.map(({ name, why }) => words.compare.brokenUnit(name, why)),
        ...(ranking.populationNote ? [ranking.populationNote] : []),
      ],
    });
  }
  return slides;
}
