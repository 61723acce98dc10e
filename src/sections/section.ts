/**
 * What a report section is: its data half (its part of the dataset and how its figures are worked
 * out, `section-data.ts`), how its figures are worded and drawn, and its element. Each section
 * lives in one folder, its data half listed in `data-registry.ts`, the whole in `registry.ts`.
 */
import type { Chart } from '../charts/chart.js';
import type { ChartPoint } from '../charts/types.js';
import type { Label } from '../data/parts.js';
import type { Change } from '../i18n/change.js';
import { type Lang, type NumberFormat, numberFormat, regionalWord } from '../i18n/format.js';
import { type Messages, messages } from '../i18n/messages.js';
import type { DataWarning, SectionData } from './section-data.js';

/** The words every section has, in each language. */
export interface SectionMessages {
  /** The chart's title. */
  title: string;
  /** The section's name in "本年度报告未列出…数据". */
  name: string;
  /** The label of its headline figure on the dashboard. */
  keyFigure: string;
  /** A number of what it counts, with its unit: "393件", "99起" (a section that counts things says how). */
  count?: (n: string) => string;
  /** Each data-quality warning the section's derivation gives, by code. */
  warnings?: Record<string, (values: Record<string, number>, n: NumberFormat) => string>;
}

/** What a section's words are made with: the general catalogue, its own words and the number format, all in the reader's language. */
export interface Voice<M> {
  t: Messages;
  m: M;
  n: NumberFormat;
  /** For picking a label's name in the dataset (`labelText`), never for choosing words. */
  lang: Lang;
  /** The year shown and the year compared with, for saying a change in words ("比上年减少62件"). */
  years?: { year: number; comparedYear?: number };
}

/** The year compared with; `figures` is absent when that year's report does not give the section. */
export interface Compared<F> {
  year: number;
  figures?: F;
}

/** A section's chart for one year, worded: what the element lays out and the exports reuse. */
export interface SectionView {
  /** The points, in the order the chart numbers them. */
  points: ChartPoint[];
  /** What the chart draws: bars or a hub with its parts, worded. */
  chart: Chart;
  /** One sentence saying what the chart shows: under the title, and the chart's description. */
  summary: string;
  /**
   * Figures the data table lists before the chart's points, e.g. the total or the rates: the
   * section's headline figures in the trend over the years, a ranking of units and `npm run collect`'s
   * index too (comparing/figures.ts), as its points are its parts there.
   */
  tableRows?: ChartPoint[];
  /** The figures above the chart (the total, the rates), each with its change and the report's words. */
  headlines: Headline[];
  /** Figures the chart does not show that a presenter may be asked about (a rate the counts give beside the stated one): the speaker notes add them. */
  speakerNotes?: string[];
  /** What is said under the chart, after its figures: each part's figures and notes, or one sentence; and the report's words naming them. */
  after?: { items: { label: string; text: string }[]; sentence?: string; quote?: string };
}

/** A figure above a chart: its label, value and change, the report's words, and how it is worked out (`details`). */
export type Headline = Pick<ChartPoint, 'label' | 'valueText' | 'change' | 'quote' | 'details'>;

/** A headline figure on the dashboard. */
export interface KeyFigure {
  label: string;
  value: string;
  change?: Change;
}

/** A section whole: its data half (`section-data.ts`), and how its figures are worded and drawn, and its element. */
export interface Section<K extends string, D, F, M extends SectionMessages, V extends SectionView> extends SectionData<K, D, F> {
  /** The element that charts it. */
  tag: `fz-${string}`;
  /** The dashboard shows it only in years whose report gives it; otherwise it says the report gives none. */
  onlyWhenGiven?: boolean;
  messages: Record<Lang, M>;
  /** The chart of `year`, beside the compared year when there is one. */
  view: (figures: F, year: number, compared: Compared<F> | undefined, voice: Voice<M>) => V;
  /** Its headline on the dashboard. */
  keyFigure: (figures: F, compared: F | undefined, voice: Voice<M>) => KeyFigure | undefined;
}

// biome-ignore lint/suspicious/noExplicitAny: a registry holds sections of every shape
export type AnySection = Section<string, any, any, any, SectionView>;

/** Checks a section's parts against each other and keeps its types. */
export const defineSection = <K extends string, D, F, M extends SectionMessages, V extends SectionView>(section: Section<K, D, F, M, V>) =>
  section;

/** The section's own words in `lang`, with the words the dataset replaces for its region (`labels.<key>`). */
function sectionWords<M extends SectionMessages>(
  section: { messages: Record<Lang, M>; words?: readonly string[] },
  lang: Lang,
  labels?: Partial<Record<string, Label>>,
): M {
  const m = section.messages[lang];
  if (!labels) return m;
  const own = m as unknown as Record<string, string>;
  const replaced = Object.fromEntries(
    ['title', ...(section.words ?? [])].map((word) => [word, regionalWord(labels[word], lang, own[word])]),
  );
  return { ...m, ...replaced };
}

/** The voice a section speaks with in `lang`: the general catalogue, its own words (with the dataset's `labels` for it) and numbers. */
export function voiceOf<M extends SectionMessages>(
  section: { messages: Record<Lang, M>; words?: readonly string[] },
  lang: Lang,
  labels?: Partial<Record<string, Label>>,
  years?: Voice<M>['years'],
): Voice<M> {
  return { t: messages[lang], m: sectionWords(section, lang, labels), n: numberFormat(lang), lang, years };
}

/** A data-quality warning in `lang`, in the words of the section it concerns. */
export function warningWords(section: { messages: Record<Lang, SectionMessages> }, warning: DataWarning, lang: Lang): string {
  return section.messages[lang].warnings?.[warning.code]?.(warning.values, numberFormat(lang)) ?? warning.code;
}
