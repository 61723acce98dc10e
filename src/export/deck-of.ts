import type { BarSection, ChartPoint } from '../charts/types.js';
import { httpAddress } from '../data/address.js';
import type { Mark } from '../data/derive.js';
import type { Source } from '../data/schema.js';
import type { Messages } from '../i18n/messages.js';
import type { ChartModel } from '../internal/chart-model.js';
import type { KeyFigure, SectionView } from '../sections/section.js';
import type { Deck, DeckBars, DeckHub, DeckSlide } from './deck-types.js';

/** What the deck is made of: the dashboard's words and figures, and each chart's model. */
export interface DeckInput {
  t: Messages;
  lang: string;
  /** Unit and year: "某镇 · 2024年", and with the compared year: "某镇 · 2024年（对比2023年）". */
  unitYear: string;
  subtitle: string;
  source: Source;
  keyFigures: KeyFigure[];
  mark?: Mark;
  charts: ChartModel<SectionView>[];
}

/** Each bar's name on one axis: a run's heading before it ("行政复议：办结"), a subset marked as one ("其中：越级访"). */
function barLabels(bars: BarSection[], t: Messages): string[] {
  if (bars.length < 2) return bars.flatMap(({ points }) => points.map((point) => point.label));
  return bars.flatMap(({ heading, style, points }) =>
    points.map(({ label }) => (style === 'subset' ? t.ofWhich(label) : heading ? t.pair(heading, label) : label)),
  );
}

/** The bars of a chart; when comparing, the compared year's first, a figure it lacks left empty (never 0). */
function barsOf(bars: BarSection[], frame: { year: number; comparedYear?: number }, t: Messages): DeckBars {
  const points = bars.flatMap((section) => section.points);
  const labels = barLabels(bars, t);
  const current = { name: t.year(frame.year), bars: points.map(({ value, valueText }, i) => ({ label: labels[i], value, valueText })) };
  if (frame.comparedYear === undefined || !points.some((point) => point.compared)) return { kind: 'bars', series: [current] };
  const compared = {
    name: t.year(frame.comparedYear),
    bars: points.map(({ compared }, i) => ({
      label: labels[i],
      value: compared?.value ?? null,
      valueText: compared?.valueText ?? t.noValue,
    })),
  };
  return { kind: 'bars', series: [compared, current] };
}

function hubOf(hub: string, points: ChartPoint[], t: Messages): DeckHub {
  return {
    kind: 'hub',
    hub,
    parts: points.map((point) => ({ label: point.label, detail: t.series([point.valueText, ...point.details]) })),
  };
}

/** The report's words for each figure of a chart, for the speaker notes: `8890热线：“…”`. */
function quotesOf(view: SectionView, t: Messages): string[] {
  const figures = [...view.headlines, ...(view.tableRows ?? []), ...view.points];
  const seen = new Set<string>();
  return figures.flatMap(({ label, quote }) => {
    if (!quote || seen.has(`${label}${quote}`)) return [];
    seen.add(`${label}${quote}`);
    return [t.pair(label, `“${quote}”`)];
  });
}

function chartSlide(model: ChartModel<SectionView>, t: Messages): DeckSlide | undefined {
  if (model.status === 'missing') return { kind: 'closing', title: model.title, lines: [model.frame.subtitle, model.sentence] };
  if (model.status !== 'shown') return undefined;
  const { frame, view } = model;
  const { title, publisher, date } = frame.source;
  return {
    kind: 'chart',
    title: model.title,
    subtitle: frame.subtitle,
    // Why a compared year is missing is said on the slide too.
    summary: [view.summary, ...model.notes].join(' '),
    chart: view.chart.type === 'hub' ? hubOf(view.chart.hub, view.chart.points, t) : barsOf(view.chart.bars, frame, t),
    source: t.source(t.cite(publisher, title), date),
    notes: [view.summary, ...model.notes, ...(view.speakerNotes ?? []), ...quotesOf(view, t), ...model.warnings],
  };
}

/** What the slides around the charts show: the title, the key figures, the source. */
export type FrameInput = Pick<DeckInput, 't' | 'unitYear' | 'subtitle' | 'source' | 'keyFigures'>;

/** The slides before and after the charts, as the presentation shows them and the deck writes them. */
export function frameSlides({ t, unitYear, subtitle, source, keyFigures }: FrameInput): { before: DeckSlide[]; after: DeckSlide[] } {
  const address = httpAddress(source.url);
  return {
    before: [
      { kind: 'title', title: source.title, subtitle: unitYear, date: t.present.byline(source.publisher, source.date) },
      {
        kind: 'figures',
        title: t.dashboard.keyFigures,
        subtitle,
        figures: keyFigures.map(({ label, value, change }) => ({
          label,
          value,
          change: change && (change.words ?? change.text),
          direction: change?.direction,
        })),
      },
    ],
    after: [
      {
        kind: 'closing',
        title: t.present.closing,
        lines: [
          t.present.sourceHeading,
          t.cite(source.publisher, source.title),
          t.present.published(source.date),
          ...(address ? [address] : []),
        ],
      },
    ],
  };
}

/** The presentation's slides as a deck: title, key figures, a slide per chart, the source. */
export function deckOf(input: DeckInput): Deck {
  const { t, lang, source, mark, charts } = input;
  const { before, after } = frameSlides(input);
  return {
    title: source.title,
    author: source.publisher,
    lang,
    sample: mark ? t[mark] : undefined,
    slides: [...before, ...charts.flatMap((chart) => chartSlide(chart, t) ?? []), ...after],
  };
}
