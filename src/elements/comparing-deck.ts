/**
 * The dashboard's slides of the trend and of the ranking, as the deck writes them: the headline
 * figures over the years as native line charts (a year whose report does not give one a gap), and
 * the ranking of the collection's units as a native bar chart (the year before beside it), each
 * with its summary, source and the report's words in the speaker notes.
 */
import { comparingMessages } from '../comparing/messages.js';
import { shownRows } from '../comparing/ranking.js';
import { trendModel } from '../comparing/trend-model.js';
import type { Collection } from '../data/collection.js';
import { yearsOf } from '../data/derive.js';
import type { Dataset } from '../data/schema.js';
import { type DeckBar, type DeckSlide, MOST_BARS } from '../export/deck-types.js';
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

/**
 * The figures over the years in rows of at most `LINES_IN_A_ROW`, of even length (six as three and
 * three, five as three and two), a slide each: a row of charts as tall as a slide's chart, whose
 * values a slide program sets on one line (LibreOffice wraps a value, 99.34%, in a shorter chart).
 */
function inRows<T>(panels: readonly T[]): T[][] {
  const rows = Math.ceil(panels.length / LINES_IN_A_ROW);
  const size = Math.ceil(panels.length / Math.max(1, rows));
  return Array.from({ length: rows }, (_, i) => panels.slice(i * size, (i + 1) * size));
}

const LINES_IN_A_ROW = 3;

export async function comparingSlides({ dataset, lang, t, year, collection, timeoutMs }: ComparingDeckInput): Promise<DeckSlide[]> {
  const slides: DeckSlide[] = [];
  const words = comparingMessages[lang];
  if (yearsOf(dataset).length > 1) {
    const trend = trendModel(dataset, lang, 'headlines');
    const parts = inRows(trend.sections.flatMap((section) => section.panels));
    parts.forEach((panels, i) => {
      const summary = panels.map((panel) => panel.sentence).join(lang === 'zh-CN' ? '' : ' ');
      slides.push({
        kind: 'chart',
        title: parts.length > 1 ? words.trend.part(words.trend.title, i + 1, parts.length) : words.trend.title,
        subtitle: trend.subtitle,
        summary,
        chart: {
          kind: 'lines',
          years: trend.years.map((each) => t.year(each)),
          lines: panels.map((panel) => ({ name: panel.name, values: panel.values, texts: panel.texts, rate: panel.measure !== 'count' })),
        },
        source: trend.source,
        notes: [
          summary,
          ...panels.flatMap((panel) =>
            panel.points.flatMap((_, year) =>
              panel.quotes[year] ? [t.pair(t.caption(panel.name, t.year(trend.years[year])), `“${panel.quotes[year]}”`)] : [],
            ),
          ),
        ],
      });
    });
  }
  if (collection) {
    const ranking = await rankingOf({ ...collection, unit: dataset.unit.id, year, lang, timeoutMs });
    const shown = shownRows(ranking.ranked.length, MOST_BARS, ranking.hostIndex).map((i) => ranking.ranked[i]);
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
      summary: t.sentences([
        ranking.summary,
        ...(ranking.missing.length ? [words.compare.missing(ranking.year, t.list(ranking.missing))] : []),
        ...(ranking.noReport.length ? [words.compare.noReport(ranking.year, t.list(ranking.noReport))] : []),
      ]),
      // The year's figures, the host unit's bar in the accent; the year before is in each unit's place and change, in the notes.
      chart: {
        kind: 'bars',
        series: [{ name: t.year(ranking.year), bars: shown.map((row) => bar(row.value, row.valueText, labelOf(row))) }],
        ...(shown.some((row) => row.host) ? { highlight: shown.findIndex((row) => row.host) } : {}),
      },
      source: ranking.source,
      notes: [
        ranking.summary,
        ...ranking.ranked.map((row) => (row.quote ? t.pair(row.sentence, `“${row.quote}”`) : row.sentence)),
        ...(ranking.noPopulation.length ? [words.compare.noPopulation(t.list(ranking.noPopulation))] : []),
        ...ranking.broken.map(({ name, why }) => words.compare.brokenUnit(name, why)),
        ...(ranking.populationNote ? [ranking.populationNote] : []),
        ranking.placeNote,
      ],
    });
  }
  return slides;
}
