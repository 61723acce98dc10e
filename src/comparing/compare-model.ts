/**
 * The units of a collection ranked on one figure of one year, worded: each unit's figure (or per
 * 10 000 residents, for those whose population is given), its place (equal figures share one),
 * the change since the year compared with and the places it moved, the report's words; the units
 * not ranked — their report does not give the figure, their population is not given, their data
 * could not be read — each named as such.
 */
import type { ChartPoint } from '../charts/types.js';
import type { Collection, CollectionUnit, Population, UnitKind } from '../data/collection.js';
import { type Mark, markOf } from '../data/derive.js';
import { DatasetError } from '../data/validate.js';
import { type Change, countChange, rateChange } from '../i18n/change.js';
import { type Lang, labelText, numberFormat } from '../i18n/format.js';
import { messages } from '../i18n/messages.js';
import { type FigureRole, figureText, type Measure, withUnit } from './figures.js';
import { comparingMessages, countOf, type Members } from './messages.js';
import { asWritten, digitsOf, perTenThousand, rank } from './ranking.js';

/** A figure a ranking can be on, named in the reader's language. */
export interface FigureInfo {
  key: string;
  section: string;
  role: FigureRole;
  measure: Measure;
  label: string;
  /** Worked out from what the reports state (a sum of parts, a share, a rate of two counts), not stated in them. */
  computed?: boolean;
  /** How many units' reports of the last year give it. */
  given?: number;
}

/** One year's value of the figure shown, with the report's words. */
export interface UnitValue {
  value: number;
  quote?: string;
}

/** What is known of a unit's figure: still loading, its data could not be read, or its value in each year that gives it. */
export type UnitState =
  | { status: 'loading' }
  | { status: 'broken'; error: unknown }
  | {
      status: 'ready';
      values: ReadonlyMap<number, UnitValue>;
      /** The years it has a report of (when known): a year without one is no report, not a figure left out. */
      reported?: ReadonlySet<number>;
    };

export interface CompareInput {
  collection: Collection;
  lang: Lang;
  figure: FigureInfo;
  /** The years the units' reports are of. */
  years: readonly number[];
  units: ReadonlyMap<string, UnitState>;
  /** The year asked for; the latest when none. */
  year?: number;
  /** `previous` (the default) or a year to compare with. */
  compare?: string;
  perCapita: boolean;
  /** The host unit's id (`unit="…"`). */
  host?: string;
}

/** A ranked unit. */
export interface RankRow {
  id: string;
  name: string;
  value: number;
  valueText: string;
  rank: number;
  tied: boolean;
  host: boolean;
  /** Its value in the year compared with, when it gives it. */
  compared?: { value: number; valueText: string };
  change?: Change;
  /** Places moved since the year compared with (positive: up), or `unranked` when it was not ranked then. */
  moved?: number | 'unranked';
  quote?: string;
  population?: Population;
  /** Its place in words: "北岙镇：信访总量第8位（共12个镇街），名次与上年持平". */
  sentence: string;
}

/** The names of the units that share `row`'s place, and its value. */
const sharing = (rows: RankRow[], row: RankRow) => ({
  names: rows.filter((other) => other.rank === row.rank).map((other) => other.name),
  valueText: row.valueText,
});

export interface CompareModel {
  title: string;
  subtitle: string;
  /** The host's place, or what is largest and smallest: the chart's description. */
  summary: string;
  mark?: Mark;
  year: number;
  comparedYear?: number;
  years: number[];
  figure: FigureInfo;
  /** Whether per 10 000 residents is shown, and whether it can be (a count, and some population given). */
  perCapita: boolean;
  canPerCapita: boolean;
  members: string;
  ranked: RankRow[];
  /** The ranked units as the chart's points, in its order. */
  points: ChartPoint[];
  hostIndex?: number;
  hostName?: string;
  /** Units listed, not ranked: their report of the year does not give the figure, or they have no report of the year. */
  missing: string[];
  noReport: string[];
  /** That the figure is worked out from what the reports state, not stated in them: said under the chart. */
  computedNote?: string;
  /** That a place says which figure is larger, not which unit did better: said under the chart. */
  placeNote: string;
  /** That the places moved are counted among the units ranked both years, when some were ranked one year only. */
  movedNote?: string;
  noPopulation: string[];
  broken: { name: string; why: string }[];
  /** Units whose figures are still on their way. */
  loading: number;
  populationNote?: string;
  /** A `unit` attribute that names no unit of the collection. */
  unknownHost?: string;
  source: string;
  readable: string;
  /** Every unit for the CSV: the ranked ones in order, their figures as written, then those not ranked. */
  rows: ChartPoint[];
  /** Each row's place, a number to sort by (none for a unit not ranked). */
  ranks: (number | undefined)[];
  /** The units not ranked, for the table, each with why (and its own figure when only its population is missing). */
  unranked: { name: string; why: string }[];
}

const MEMBERS: Record<UnitKind, Members> = {
  town: 'towns',
  township: 'towns',
  street: 'towns',
  county: 'counties',
  district: 'counties',
  city: 'counties',
  department: 'departments',
  other: 'units',
};

/** What the collection's units are called together: its own word, or "镇街" for towns and streets, "区县", "部门", else "单位". */
export function membersOf(collection: Collection, lang: Lang): string {
  if (collection.members) return labelText(collection.members, lang);
  const kinds = new Set(collection.units.map((unit) => MEMBERS[unit.kind as UnitKind] ?? 'units'));
  return comparingMessages[lang].compare.members[kinds.size === 1 ? [...kinds][0] : 'units'];
}

/** The year before `year` that the data has, or the year `compare` names. */
export function comparedYearOf(years: readonly number[], year: number, compare: string | undefined): number | undefined {
  if (compare && compare !== 'previous') {
    const wanted = Number(compare);
    return wanted !== year && years.includes(wanted) ? wanted : undefined;
  }
  return years.filter((candidate) => candidate < year).pop();
}

export function compareModel(input: CompareInput): CompareModel {
  const { collection, lang, figure, units, host } = input;
  const t = messages[lang];
  const words = comparingMessages[lang].compare;
  const n = numberFormat(lang);
  const years = [...input.years].sort((a, b) => a - b);
  if (years.length === 0) throw new DatasetError('year', [], { years: [] });
  const year = input.year ?? years[years.length - 1];
  if (!years.includes(year)) throw new DatasetError('year', [], { year, years });
  const comparedYear = comparedYearOf(years, year, input.compare);
  const canPerCapita = figure.measure === 'count' && collection.units.some((unit) => unit.population);
  const perCapita = input.perCapita && canPerCapita;
  const members = membersOf(collection, lang);
  const nameOf = (unit: CollectionUnit) => labelText(unit.name, lang);
  // A count worked out from the reports (a sum of their parts) says so wherever it is named: 学习培训合计（计算值）.
  // A share or a rate of two counts says what it is in its name already (占比, 按数计算).
  const computed = figure.computed === true;
  const summed = computed && figure.measure === 'count';
  const named = summed ? words.computedOption(figure.label) : figure.label;
  const label = perCapita ? words.perCapitaOf(named) : named;
  // Per 10 000 residents to two decimals, always (85.60件/万人 beside 221.47件/万人).
  const text = (value: number) =>
    perCapita
      ? words.perCapita(withUnit(figure.section, n.perTenThousand(value), lang))
      : figureText(figure.section, figure.measure, value, lang);
  const digits = digitsOf(figure.measure, perCapita);

  /** Each unit's figure of `inYear` as ranked: per 10 000 residents when asked and its population is given. */
  const valuesIn = (inYear: number) => {
    const found: { unit: CollectionUnit; value: number; quote?: string }[] = [];
    for (const unit of collection.units) {
      const state = units.get(unit.id);
      const given = state?.status === 'ready' ? state.values.get(inYear) : undefined;
      if (!given) continue;
      if (perCapita && !unit.population) continue;
      found.push({
        unit,
        value: perCapita && unit.population ? perTenThousand(given.value, unit.population.value) : given.value,
        quote: given.quote,
      });
    }
    return found;
  };
  const now = valuesIn(year);
  const ranked = rank(
    now.map((entry) => ({ item: entry, value: entry.value })),
    digits,
  );
  const before = comparedYear === undefined ? [] : valuesIn(comparedYear);
  const rankedBefore = new Map(
    rank(
      before.map((entry) => ({ item: entry, value: entry.value })),
      digits,
    ).map((entry) => [entry.item.unit.id, entry]),
  );
  const since = comparedYear === undefined ? undefined : { year: comparedYear, previous: comparedYear === year - 1 };
  // Places moved are counted among the units ranked both years: one that starts (or stops) giving the figure moves no one.
  const both = new Set(now.filter((entry) => rankedBefore.has(entry.unit.id)).map((entry) => entry.unit.id));
  const placesAmongBoth = (entries: typeof now) =>
    new Map(
      rank(
        entries.filter((entry) => both.has(entry.unit.id)).map((entry) => ({ item: entry, value: entry.value })),
        digits,
      ).map((entry) => [entry.item.unit.id, entry.rank]),
    );
  const placeNow = placesAmongBoth(now);
  const placeBefore = placesAmongBoth(before);
  // Counted among fewer than are ranked now, or were then: said so.
  const among = comparedYear !== undefined && (both.size < now.length || both.size < before.length) ? both.size : undefined;
  const rows: RankRow[] = ranked.map(({ item, value, rank: place, tied }) => {
    const earlier = rankedBefore.get(item.unit.id);
    const moved =
      comparedYear === undefined
        ? undefined
        : earlier
          ? (placeBefore.get(item.unit.id) ?? 0) - (placeNow.get(item.unit.id) ?? 0)
          : ('unranked' as const);
    const name = nameOf(item.unit);
    return {
      id: item.unit.id,
      name,
      value,
      valueText: text(value),
      rank: place,
      tied,
      host: item.unit.id === host,
      compared: earlier && { value: earlier.value, valueText: text(earlier.value) },
      change:
        earlier &&
        (figure.measure === 'count' && !perCapita
          ? countChange(value, earlier.value, t, n)
          : perCapita
            ? perCapitaChange(value, earlier.value, t, n)
            : // Between the rates or shares as written (82.5% and 80.8%: +1.7个百分点, never +1.69).
              rateChange(asWritten(value, digits), asWritten(earlier.value, digits), t, n)),
      moved,
      quote: item.quote,
      population: item.unit.population,
      sentence: words.rank({
        unit: name,
        figure: label,
        rank: place,
        count: ranked.length,
        of: collection.units.length,
        members,
        tied,
        moved,
        since,
        among,
      }),
    };
  });

  const rankedIds = new Set(rows.map((row) => row.id));
  const missing: string[] = [];
  const noReport: string[] = [];
  const noPopulation: string[] = [];
  /** A unit not ranked per 10 000 residents still has its figure: the table gives it. */
  const absolutes = new Map<string, number>();
  const broken: { name: string; why: string }[] = [];
  let loading = 0;
  for (const unit of collection.units) {
    if (rankedIds.has(unit.id)) continue;
    const state = units.get(unit.id) ?? { status: 'loading' };
    if (state.status === 'loading') loading++;
    else if (state.status === 'broken') broken.push({ name: nameOf(unit), why: brokenWords(state.error, lang) });
    else if (state.reported && !state.reported.has(year)) noReport.push(nameOf(unit));
    else if (!state.values.has(year)) missing.push(nameOf(unit));
    else {
      noPopulation.push(nameOf(unit));
      absolutes.set(nameOf(unit), state.values.get(year)?.value ?? 0);
    }
  }

  const hostUnit = host === undefined ? undefined : collection.units.find((unit) => unit.id === host);
  const hostIndex = rows.findIndex((row) => row.host);
  const hostRow = rows[hostIndex];
  const summary = hostRow
    ? hostRow.sentence
    : hostUnit
      ? perCapita && !hostUnit.population
        ? words.hostNoPopulation(nameOf(hostUnit))
        : noReport.includes(nameOf(hostUnit))
          ? words.hostNoReport(nameOf(hostUnit), year)
          : words.hostMissing(nameOf(hostUnit), named, year)
      : rows.length
        ? words.extremes({
            year,
            count: rows.length,
            of: collection.units.length,
            members,
            figure: label,
            rate: figure.measure !== 'count',
            top: sharing(rows, rows[0]),
            bottom: sharing(rows, rows[rows.length - 1]),
          })
        : '';
  const title = words.title(label, members);
  const subtitle = words.subtitle(labelText(collection.name, lang), year, perCapita);
  const points = rows.map((row) => pointOf(row, lang));
  const populations = perCapita ? rows.flatMap((row) => (row.population ? [row.population] : [])) : [];
  const populationYears = [...new Set(populations.map((population) => population.year))].sort();
  const populationSources = [...new Set(populations.map((population) => population.source))];
  // Every report of the year: the units ranked, and those whose report leaves the figure out or whose population is not given.
  const reports = rows.length + missing.length + noPopulation.length;
  const listed = [
    ...missing.map((name) => ({ name, why: words.missingCell })),
    ...noReport.map((name) => ({ name, why: words.noReportCell(year) })),
    ...noPopulation.map((name) => ({
      name,
      why: words.noPopulationValue(figureText(figure.section, figure.measure, absolutes.get(name) ?? 0, lang)),
    })),
  ];
  const tableRows = [
    ...points.map((point, i) => ({
      ...point,
      value: asWritten(point.value, digits),
      ...(point.compared ? { compared: { ...point.compared, value: asWritten(point.compared.value, digits) } } : {}),
      details: tableDetails(rows[i], lang, perCapita, computed),
    })),
    ...listed.map(({ name, why }) => notRanked(name, why, lang)),
  ];
  return {
    title,
    subtitle,
    summary,
    mark: markOf(collection),
    year,
    comparedYear,
    years,
    figure,
    perCapita,
    canPerCapita,
    members,
    ranked: rows,
    points,
    hostIndex: hostIndex >= 0 ? hostIndex : undefined,
    hostName: hostUnit && nameOf(hostUnit),
    missing,
    noReport,
    computedNote: computed ? words.computedNote(figure.label) : undefined,
    placeNote: words.placeNote,
    movedNote: among === undefined ? undefined : words.movedNote(among, members),
    noPopulation,
    broken,
    // A unit whose data could not be read is in the table too (the CSV holds what was read).
    unranked: [...listed, ...broken.map(({ name }) => ({ name, why: t.noValue }))],
    ranks: [...rows.map((row) => row.rank), ...tableRows.slice(rows.length).map(() => undefined)],
    loading,
    populationNote: populations.length
      ? words.populationNote(populationYears.map((each) => t.year(each)).join(lang === 'zh-CN' ? '、' : ', '), t.list(populationSources))
      : undefined,
    unknownHost: host !== undefined && !hostUnit ? host : undefined,
    source: words.source(labelText(collection.name, lang), year, reports),
    readable: t.readable(title, subtitle, summary),
    rows: tableRows,
  };
}

/** A change of a figure per 10 000 residents: to two decimals, with the percentage. */
function perCapitaChange(value: number, compared: number, t: (typeof messages)['zh-CN'], n: ReturnType<typeof numberFormat>): Change {
  const round = (x: number) => Math.round(x * 100) / 100;
  return countChange(round(value), round(compared), t, n);
}

function pointOf(row: RankRow, lang: Lang): ChartPoint {
  const t = messages[lang];
  const words = comparingMessages[lang].compare;
  const place = words.rankCell(row.rank, row.tied);
  return {
    id: row.id,
    label: row.name,
    value: row.value,
    valueText: row.valueText,
    markText: row.valueText,
    name: t.clauses([row.name, row.valueText, place]),
    details: [row.sentence],
    compared: row.compared,
    change: row.change,
    quote: row.quote,
  };
}

/** What the table and the CSV say beside a ranked unit's figure: its place, the places it moved, its population when per 10 000 residents, that the figure is worked out. */
function tableDetails(row: RankRow, lang: Lang, perCapita: boolean, computed: boolean): string[] {
  const words = comparingMessages[lang].compare;
  return [
    words.rankCell(row.rank, row.tied),
    // Worked out: said so, the words of the count it comes from (a share's) beside it in the words' column.
    ...(computed ? [words.computedCell] : []),
    ...(row.moved === undefined ? [] : [words.movedCell(row.moved)]),
    ...(perCapita && row.population ? [words.population(countOf(row.population.value), row.population.year, row.population.source)] : []),
  ];
}

function notRanked(name: string, why: string, lang: Lang): ChartPoint {
  const t = messages[lang];
  return { id: name, label: name, value: 0, reported: false, valueText: why, markText: why, name: t.clauses([name, why]), details: [] };
}

/** Why a unit's data could not be read, in a few words. */
function brokenWords(error: unknown, lang: Lang): string {
  const t = messages[lang];
  if (!(error instanceof DatasetError)) return t.errors.unexpected;
  const url = error.detail.url ?? '';
  switch (error.kind) {
    case 'invalid':
      return t.errors.invalid(error.problems.length).replace(/[：:]\s*$/, '');
    case 'json':
      return t.errors.json.replace(/[：:]\s*$/, '');
    case 'http':
      return t.errors.http(error.detail.status ?? 0, url);
    case 'timeout':
      return t.errors.timeout((error.detail.timeoutMs ?? 0) / 1000, url);
    case 'html':
      return t.errors.webPage(url);
    case 'collection':
      return t.errors.collection;
    default:
      return t.errors.network(url);
  }
}
