/**
 * A dataset over all its years, worded: every figure its sections offer (`figures.ts`), one small
 * chart each, a point for every year of the dataset — a year whose report does not give the figure
 * is a point said to be missing, never a zero and never a line drawn through it — the sentence of
 * its movement, and a table of every figure of every year with the report's words.
 */
import type { ChartPoint } from '../charts/types.js';
import { deriveYear, type Mark, markOf, yearsOf } from '../data/derive.js';
import type { Dataset } from '../data/schema.js';
import { countChange, rateChange } from '../i18n/change.js';
import { type Lang, labelText, numberFormat } from '../i18n/format.js';
import { messages } from '../i18n/messages.js';
import { type FigureRole, type Measure, type OfferedFigure, offeredFigures, sectionOrder, sectionTitle } from './figures.js';
import { comparingMessages, type Movement } from './messages.js';
import { asWritten, digitsOf } from './ranking.js';

/** A figure over the years: a value for each of the dataset's years, null where that year's report does not give it. */
export interface TrendLine {
  key: string;
  section: string;
  measure: Measure;
  /**
   * Its name in the latest year that gives it, as a sentence says it; named with the part of its
   * section it belongs to where that name is another figure's too (a kind of training a report
   * names as a petitions channel is named).
   */
  label: string;
  /** Its name over its chart, in its table and in files: "信访总量", "复议审结"; with its part where the name is shared. */
  name: string;
  values: (number | null)[];
  /** Each value as its section writes it ("431件"), or the word for a missing year. */
  texts: string[];
  /** The report's words for each year's value. */
  quotes: (string | undefined)[];
}

/** One figure over the years: a small chart of its own, with its share of the whole beside its counts when it has one. */
export interface TrendPanel extends TrendLine {
  role: FigureRole;
  share?: TrendLine;
  /** Each year's point, as the tooltip, the live region and the table read it. */
  points: ChartPoint[];
  /** How it moved over the years, and its share. */
  sentence: string;
}

/** A row of the table a page shows: a figure, and its value in each year with the report's words (none for a share, whose words are its count's). */
export interface TrendTableRow {
  name: string;
  cells: { text: string; given: boolean; quote?: string }[];
}

export interface TrendModel {
  unit: string;
  mark?: Mark;
  years: number[];
  /** The panels under their section's title, in the dashboard's order. */
  sections: { key: string; title: string; panels: TrendPanel[] }[];
  /** The movement of each headline figure: the element's description. */
  summary: string;
  subtitle: string;
  source: string;
  /** Every figure of every year, shares too: what the CSV holds, a row each. */
  rows: ChartPoint[];
  /** The same as a page's table shows it: a row per figure, a column per year. */
  table: TrendTableRow[];
}

/** Which figures to show: all, the headline figures of each section, or those named (figure keys or section keys). */
export type TrendSelection = 'all' | 'headlines' | readonly string[];

const selected = (figure: { key: string; section: string; role: FigureRole }, selection: TrendSelection) =>
  selection === 'all'
    ? true
    : selection === 'headlines'
      ? figure.role === 'headline'
      : selection.includes(figure.key) || selection.includes(figure.section);

/** The trend of `dataset` in `lang`. */
export function trendModel(dataset: Dataset, lang: Lang, selection: TrendSelection = 'all'): TrendModel {
  const words = comparingMessages[lang];
  const years = yearsOf(dataset);
  const offered = years.map((year) => new Map(offeredFigures(deriveYear(dataset, year), lang).map((figure) => [figure.key, figure])));
  // Every figure any year gives: in the dashboard's order of sections, and within a section in the order of the latest year that gives it.
  const figures = new Map<string, OfferedFigure>();
  for (const byKey of [...offered].reverse())
    for (const figure of byKey.values()) if (!figures.has(figure.key)) figures.set(figure.key, figure);
  const all = [...figures.values()].sort((a, b) => sectionOrder(a.section) - sectionOrder(b.section));

  const unit = labelText(dataset.unit.name, lang);
  // A name two figures share (a report may call a kind of training as a petitions channel) says which part each is of.
  const named = new Map<string, number>();
  for (const figure of all) named.set(figure.label, (named.get(figure.label) ?? 0) + 1);
  const ambiguous = (label: string) => (named.get(label) ?? 0) > 1;
  const panels: TrendPanel[] = [];
  const rows: ChartPoint[] = [];
  const table: TrendTableRow[] = [];
  const tableRow = (line: TrendLine, quoted: boolean): TrendTableRow => ({
    name: line.name,
    cells: line.values.map((value, i) => ({
      text: line.texts[i],
      given: value !== null,
      ...(quoted && line.quotes[i] ? { quote: line.quotes[i] } : {}),
    })),
  });
  for (const figure of all) {
    if (figure.role === 'share') continue;
    const line = lineOf(figure.key, offered, lang, ambiguous);
    const share = figures.has(`${figure.key}.share`) ? lineOf(`${figure.key}.share`, offered, lang, ambiguous) : undefined;
    const points = years.map((_, i) => pointOf(line, i, years, lang, share));
    const sentence = words.trend.sentences(
      [movementOf(line, years, lang), ...(share ? [movementOf(share, years, lang)] : [])].filter(Boolean),
    );
    const panel: TrendPanel = { ...line, role: figure.role, share, points, sentence };
    if (selected(figure, selection)) panels.push(panel);
    rows.push(...points.map((point, i) => rowOf(point, line.name, years[i], lang, line.measure)));
    if (share) rows.push(...years.map((year, i) => rowOf(pointOf(share, i, years, lang), share.name, year, lang, 'share')));
    table.push(tableRow(line, true), ...(share ? [tableRow(share, false)] : []));
  }
  const sections = [...new Set(panels.map((panel) => panel.section))].map((key) => ({
    key,
    title: sectionTitle(key, lang),
    panels: panels.filter((panel) => panel.section === key),
  }));
  const headlines = panels.filter((panel) => panel.role === 'headline');
  const latest = dataset.years.find((entry) => entry.year === years[years.length - 1]);
  return {
    unit,
    mark: markOf(dataset),
    years,
    sections,
    summary: words.trend.sentences((headlines.length ? headlines : panels).map((panel) => movementOf(panel, years, lang)).filter(Boolean)),
    subtitle: words.trend.subtitle(unit, years[0], years[years.length - 1]),
    source: words.trend.source(latest?.source.publisher ?? unit, years[0], years[years.length - 1], years.length),
    rows,
    table,
  };
}

/** One figure's values over the years, named as the latest year that gives it names it (with the part of its section it belongs to, where that name is `ambiguous`). */
function lineOf(key: string, offered: Map<string, OfferedFigure>[], lang: Lang, ambiguous: (label: string) => boolean): TrendLine {
  const found = offered.map((byKey) => byKey.get(key));
  const latest = [...found].reverse().find((figure) => figure !== undefined) as OfferedFigure;
  const words = comparingMessages[lang];
  const notGiven = words.trend.notGiven;
  const part = ambiguous(latest.label) ? (latest.group ?? sectionTitle(latest.section, lang)) : undefined;
  // A count worked out from the reports (a sum of their parts) says so wherever it is named, as a ranking names it: 学习培训合计（计算值）.
  const label = latest.computed && latest.measure === 'count' ? words.compare.computedOption(latest.label) : latest.label;
  return {
    key,
    section: latest.section,
    measure: latest.measure,
    label: part ? words.qualifiedInSentence(part, label) : label,
    name: part ? words.qualified(part, label) : label,
    values: found.map((figure) => figure?.value ?? null),
    texts: found.map((figure) => figure?.valueText ?? notGiven),
    quotes: found.map((figure) => figure?.quote),
  };
}

/** "2021年至2024年信访总量由612件降至431件，下降29.6%", with the years between that do not give it. */
export function movementOf(line: TrendLine, years: readonly number[], lang: Lang): string {
  const words = comparingMessages[lang].trend;
  const n = numberFormat(lang);
  const given = line.values.flatMap((value, i) => (value === null ? [] : [{ year: years[i], value, text: line.texts[i] }]));
  if (given.length === 0) return '';
  const first = given[0];
  const last = given[given.length - 1];
  if (given.length === 1) return words.onlyYear(first.year, line.label, first.text);
  const diff = last.value - first.value;
  const points = line.measure !== 'count';
  const change =
    diff === 0
      ? undefined
      : points
        ? n.count(Math.round(Math.abs(diff) * 10000) / 100)
        : first.value > 0
          ? n.share(Math.abs(diff) / first.value)
          : undefined;
  const movement: Movement = {
    first: first.year,
    last: last.year,
    label: line.label,
    from: first.text,
    to: last.text,
    direction: diff > 0 ? 'up' : diff < 0 ? 'down' : 'same',
    change,
    points,
  };
  const missing = years.filter((year, i) => year > first.year && year < last.year && line.values[i] === null);
  return words.movement(movement) + (missing.length ? words.missingYears(missing) : '');
}

/** A year's point of a line: its value or that the report does not give it, the change since the year before that gives it, its share, the report's words. */
function pointOf(line: TrendLine, i: number, years: readonly number[], lang: Lang, share?: TrendLine): ChartPoint {
  const t = messages[lang];
  const words = comparingMessages[lang].trend;
  const year = years[i];
  const value = line.values[i];
  const id = `${line.key}@${year}`;
  if (value === null) {
    return {
      id,
      label: line.name,
      value: 0,
      reported: false,
      valueText: words.yearValue(year, words.notGiven),
      markText: words.notGiven,
      name: t.clauses([t.year(year), words.notGiven]),
      details: [words.notGivenIn(year)],
    };
  }
  const n = numberFormat(lang);
  let before = i - 1;
  while (before >= 0 && line.values[before] === null) before--;
  const previous = before >= 0 ? line.values[before] : null;
  const change =
    previous === null ? undefined : line.measure === 'count' ? countChange(value, previous, t, n) : rateChange(value, previous, t, n);
  const fraction = share?.values[i] ?? undefined;
  const shareText = fraction === undefined ? undefined : t.shareOfTotal(n.share(fraction));
  const text = line.texts[i];
  return {
    id,
    label: line.name,
    value,
    valueText: words.yearValue(year, text),
    markText: text,
    name: t.clauses([t.year(year), text, ...(shareText ? [shareText] : [])]),
    share: shareText,
    fraction,
    details: previous === null ? [] : [t.pair(t.year(years[before]), line.texts[before])],
    change,
    measure: line.measure === 'count' ? 'count' : 'rate',
    quote: line.quotes[i],
  };
}

/** A row of the CSV: the figure and its year, its value as a number (to the decimals it is written with) and in words, the change, the report's words. */
function rowOf(point: ChartPoint, label: string, year: number, lang: Lang, measure: Measure): ChartPoint {
  const t = messages[lang];
  return {
    ...point,
    value: asWritten(point.value, digitsOf(measure, false)),
    label: t.caption(label, t.year(year)),
    valueText: point.markText,
    share: undefined,
  };
}
