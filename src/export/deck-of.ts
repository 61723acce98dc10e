import type { BarSection, ChartPoint } from '../charts/types.js';
import { httpAddress } from '../data/address.js';
import type { Mark } from '../data/derive.js';
import type { Source } from '../data/schema.js';
import { quoted } from '../i18n/format.js';
import type { Messages } from '../i18n/messages.js';
import type { ChartModel } from '../runtime/chart-model.js';
import { LIGHT, RED } from '../runtime/palette.js';
import type { KeyFigure, SectionView } from '../sections/section.js';
import type { Deck, DeckBars, DeckColours, DeckHub, DeckSeries, DeckSlide, Occasion } from './deck-types.js';

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
  /** The meeting it is presented at, and who reports it: on the title slide. */
  occasion?: Occasion;
  /** The unit's name in the band across every slide (汇报单位, else the report's unit); none: no band. */
  band?: string;
  /** The emblem, a PNG as a data URL. */
  emblem?: string;
  /** The dashboard's theme: `red` writes the deck in red and white, anything else in the light theme's colours. */
  theme?: string;
  aspect?: Deck['aspect'];
  /** Slides after the charts: the dataset over its years, the ranking of the district's units. */
  extra?: DeckSlide[];
}

/** Each bar's name on one axis: a run's heading before it when there are several ("行政复议：办结"). */
function barLabels(bars: BarSection[], t: Messages): string[] {
  if (bars.length < 2) return bars.flatMap(({ points }) => points.map((point) => point.label));
  return bars.flatMap(({ heading, points }) => points.map(({ label }) => (heading ? t.pair(heading, label) : label)));
}

/** The series of some runs of bars; when comparing, the compared year's first, a figure it lacks left empty (never 0). */
function seriesOf(bars: BarSection[], frame: { year: number; comparedYear?: number }, t: Messages): DeckSeries {
  const points = bars.flatMap((section) => section.points);
  const labels = barLabels(bars, t);
  const current = { name: t.year(frame.year), bars: points.map(({ value, valueText }, i) => ({ label: labels[i], value, valueText })) };
  if (frame.comparedYear === undefined || !points.some((point) => point.compared)) return [current];
  const compared = {
    name: t.year(frame.comparedYear),
    bars: points.map(({ compared }, i) => ({
      label: labels[i],
      value: compared?.value ?? null,
      valueText: compared?.valueText ?? t.noValue,
    })),
  };
  return [compared, current];
}

/** The bars of a chart; its subsets (其中…, counted in the bars already) a chart of their own, so that no chart adds up past its total. */
function barsOf(bars: BarSection[], frame: { year: number; comparedYear?: number }, t: Messages): DeckBars {
  const parts = bars.filter((section) => section.style !== 'subset');
  const subsets = bars.filter((section) => section.style === 'subset');
  return {
    kind: 'bars',
    series: seriesOf(parts, frame, t),
    ...(subsets.length > 0
      ? {
          subsets: {
            heading: t.list(subsets.map((section) => section.heading ?? '')),
            series: seriesOf(
              subsets.map(({ heading: _, ...section }) => section),
              frame,
              t,
            ),
          },
        }
      : {}),
  };
}

function hubOf(hub: string, points: ChartPoint[], t: Messages): DeckHub {
  return {
    kind: 'hub',
    hub,
    parts: points.map((point) => ({ label: point.label, detail: t.series([point.markText, ...point.details].filter(Boolean)) })),
  };
}

/**
 * The report's words for each figure of a chart, for the speaker notes: `8890热线：“…”`; one
 * sentence that names several figures (the four platforms) once, after all their names.
 */
function quotesOf(view: SectionView, t: Messages): string[] {
  const figures = [...view.headlines, ...(view.tableRows ?? []), ...view.points];
  const labelsOf = new Map<string, string[]>();
  for (const { label, quote } of figures) {
    if (!quote) continue;
    const labels = labelsOf.get(quote) ?? [];
    if (!labels.includes(label)) labels.push(label);
    labelsOf.set(quote, labels);
  }
  return [...labelsOf].map(([quote, labels]) => t.pair(t.list(labels), quoted(quote)));
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
    // Why a compared year is missing, and what the chart's notes say (no platform's figures given, two rates that differ), is said on the slide too.
    summary: t.sentences([view.summary, ...(view.after?.sentence ? [view.after.sentence] : []), ...model.notes]),
    chart: view.chart.type === 'hub' ? hubOf(view.chart.hub, view.chart.points, t) : barsOf(view.chart.bars, frame, t),
    source: t.source(t.cite(publisher, title), date),
    notes: [view.summary, ...model.notes, ...(view.speakerNotes ?? []), ...quotesOf(view, t), ...model.warnings],
  };
}

/** What the slides around the charts show: the title (and the meeting), the key figures, the source. */
export type FrameInput = Pick<DeckInput, 't' | 'unitYear' | 'subtitle' | 'source' | 'keyFigures' | 'occasion'>;

/** Who reports and when, on the title slide: the meeting's reporting unit, reporter and date when given, else who published the report when. */
function bylineOf(t: Messages, source: Source, occasion: Occasion = {}): string {
  const { reportingUnit, reporter, date } = occasion;
  const lines = [
    ...(reportingUnit ? [t.present.reportingUnit(reportingUnit)] : []),
    ...(reporter ? [t.present.reporter(reporter)] : []),
    ...(date ? [t.present.meetingDate(date)] : []),
  ];
  return lines.length > 0 ? lines.join('\n') : t.present.byline(source.publisher, source.date);
}

/** The most key figures one slide shows: three by two, read from the back of a hall on any projector. */
export const FIGURES_A_SLIDE = 6;

/**
 * The key figures in slides of `FIGURES_A_SLIDE` at most, as even as can be (seven are four and
 * three): one slide for a report of up to six sections, whatever sections a town's reports add.
 */
function figureSlides<T>(figures: readonly T[]): T[][] {
  const parts = Math.max(1, Math.ceil(figures.length / FIGURES_A_SLIDE));
  const size = Math.floor(figures.length / parts);
  const longer = figures.length % parts;
  // Where each slide's figures start: the first `longer` slides take one more each.
  const start = (part: number) => part * size + Math.min(part, longer);
  return Array.from({ length: parts }, (_, part) => figures.slice(start(part), start(part + 1)));
}

/** The slides before and after the charts, as the presentation shows them and the deck writes them: the key figures on as many slides as they need. */
export function frameSlides({ t, unitYear, subtitle, source, keyFigures, occasion }: FrameInput): {
  before: DeckSlide[];
  after: DeckSlide[];
} {
  const address = httpAddress(source.url);
  return {
    before: [
      {
        kind: 'title',
        title: source.title,
        subtitle: unitYear,
        date: bylineOf(t, source, occasion),
        ...(occasion?.meeting ? { meeting: occasion.meeting } : {}),
      },
      ...figureSlides(keyFigures).map((figures, i, parts) => ({
        kind: 'figures' as const,
        title: parts.length > 1 ? t.present.part(t.dashboard.keyFigures, i + 1, parts.length) : t.dashboard.keyFigures,
        subtitle,
        figures: figures.map(({ label, value, change }) => ({
          label,
          value,
          change: change && (change.words ?? change.text),
          direction: change?.direction,
        })),
      })),
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

/**
 * What the presenter's view says beside each slide of the presentation (in its order: the frame's
 * slides around a slide per chart): its title, and the speaker notes the deck writes for it — the
 * summary and the report's words for a chart, the figures for the key figures, the lines of the
 * others.
 */
export function slideNotes(
  frame: { before: DeckSlide[]; after: DeckSlide[] },
  charts: ChartModel<SectionView>[],
  t: Messages,
): { titles: string[]; notes: string[][] } {
  const frameNotes = (slide: DeckSlide): string[] => {
    if (slide.kind === 'figures')
      return slide.figures.map(({ label, value, change }) => t.pair(label, change ? t.clauses([value, change]) : value));
    if (slide.kind === 'title') return [slide.subtitle, ...slide.date.split('\n')];
    if (slide.kind === 'closing') return slide.lines;
    return slide.notes;
  };
  const chartNotes = charts.map((chart) => {
    const slide = chartSlide(chart, t);
    return { title: chart.title, notes: slide?.kind === 'chart' ? slide.notes : slide ? frameNotes(slide) : [] };
  });
  const all = [
    ...frame.before.map((slide) => ({ title: slide.title, notes: frameNotes(slide) })),
    ...chartNotes,
    ...frame.after.map((slide) => ({ title: slide.title, notes: frameNotes(slide) })),
  ];
  return { titles: all.map(({ title }) => title), notes: all.map(({ notes }) => notes) };
}

/** The deck's colours: red and white for the red theme, else the light theme's. */
function coloursOf(theme: string | undefined): DeckColours {
  const tokens = theme === 'red' ? RED : LIGHT;
  return {
    paper: tokens.bg,
    text: tokens.text,
    muted: tokens.muted,
    accent: tokens.accent,
    compared: theme === 'red' ? '#e3a3a6' : '#9fb8d6',
    alert: tokens.alert,
  };
}

/** The presentation's slides as a deck: title, key figures, a slide per chart, the source. */
export function deckOf(input: DeckInput): Deck {
  const { t, lang, source, mark, charts, band, emblem, theme, aspect } = input;
  const { before, after } = frameSlides(input);
  return {
    title: source.title,
    author: source.publisher,
    lang,
    sample: mark ? t[mark] : undefined,
    ...(band === undefined ? {} : { band }),
    ...(emblem ? { emblem } : {}),
    ...(aspect ? { aspect } : {}),
    colours: coloursOf(theme),
    slides: [...before, ...charts.flatMap((chart) => chartSlide(chart, t) ?? []), ...(input.extra ?? []), ...after],
  };
}
