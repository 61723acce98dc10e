/**
 * Every word of the trend (`<fz-trend>`) and the comparison of units (`<fz-compare>`), in each
 * language, checked against one interface. Loaded with their code, only on pages that show them;
 * the words they share with every chart (loading, tables, exports) are the general catalogue's.
 */
import { decimal } from '../i18n/decimal.js';
import { en as enMessages } from '../i18n/en.js';
import type { Lang } from '../i18n/format.js';
import { zhCN as zhMessages } from '../i18n/zh-CN.js';

/** How a figure moved from its first year to its last, for the sentence under its chart. */
export interface Movement {
  first: number;
  last: number;
  label: string;
  from: string;
  to: string;
  direction: 'up' | 'down' | 'same';
  /** The change: a percentage of the first ("29.6%") for a count, percentage points ("3") for a rate or a share; none from zero. */
  change?: string;
  /** Whether `change` is in percentage points. */
  points: boolean;
}

/** The groups of units a collection may hold, for "共12个镇街". */
export type Members = 'towns' | 'counties' | 'departments' | 'units';

/** The most units sharing the most or the least that a sentence names; more are counted after the first two. */
const NAMED_TIED = 5;
/** The most units left off a slide's ranking that are named; more are counted. */
const NAMED_NOT_SHOWN = 8;

/** A unit's place, worded: "北岙镇：信访总量第8位（共12个镇街），名次与上年持平". */
export interface RankWords {
  unit: string;
  figure: string;
  rank: number;
  /** How many units are ranked, of how many the collection holds. */
  count: number;
  of: number;
  members: string;
  tied: boolean;
  /** Places moved since the year compared with (positive: up the ranking), or `unranked` when not ranked then. */
  moved?: number | 'unranked';
  /** How many units were ranked both years, when the places moved are counted among fewer than are ranked now or were then. */
  among?: number;
  /** The year compared with, and whether it is the year before. */
  since?: { year: number; previous: boolean };
}

export interface ComparingMessages {
  /** A part's share of the whole, as a figure of its own: "网上信访占比". */
  shareOf: (label: string) => string;
  /** A figure named with the part of its section it belongs to, where its own name is another figure's too: "行政复议：审结". */
  qualified: (group: string, label: string) => string;
  /** The same inside a sentence: "行政复议审结". */
  qualifiedInSentence: (group: string, label: string) => string;
  trend: {
    title: string;
    /** Unit and the years shown: "示例镇 · 2021—2024年". */
    subtitle: (unit: string, first: number, last: number) => string;
    /** In the chart and the table, where a year's report does not give the figure. */
    notGiven: string;
    /** A point of a year whose report does not give the figure: "2021年报告未列出". */
    notGivenIn: (year: number) => string;
    /** "2021年至2024年信访总量由612件降至431件，下降29.6%". */
    movement: (movement: Movement) => string;
    /** Only one year gives the figure: "仅2024年报告列出信访总量：431件". */
    onlyYear: (year: number, label: string, value: string) => string;
    /** After a movement, the years between that do not give it: "（2022年报告未列出）". */
    missingYears: (years: readonly number[]) => string;
    /** Sentences of a summary joined and ended. */
    sentences: (parts: readonly string[]) => string;
    /** The title of one of the slides the figures take: "历年数据（1/2）". */
    part: (title: string, n: number, count: number) => string;
    /** The years a dataset's reports span, in the source line. */
    source: (publisher: string, first: number, last: number, count: number) => string;
    /** The table's year column. */
    year: string;
    /** A year's figure as its point says it: "2024年：431件". */
    yearValue: (year: number, value: string) => string;
  };
  compare: {
    /** "信访总量：各镇街排名". */
    title: (figure: string, members: string) => string;
    /** Its name before its figure is known (while loading, or failing): "各单位排名". */
    name: string;
    /** "示例区 · 2024年", with "（每万人）" when per 10 000 residents. */
    subtitle: (collection: string, year: number, perCapita: boolean) => string;
    members: Record<Members, string>;
    rank: (words: RankWords) => string;
    /** The host unit's report does not give the figure, it has no report of the year, or its population is not given. */
    hostMissing: (unit: string, figure: string, year: number) => string;
    hostNoReport: (unit: string, year: number) => string;
    hostNoPopulation: (unit: string) => string;
    /** A rank in a cell: "第3位", "并列第2位". */
    rankCell: (rank: number, tied: boolean) => string;
    /** The change of a rank in a cell: "上升2位", "下降1位", "持平", "上年未排名". */
    movedCell: (moved: number | 'unranked') => string;
    /** A count per 10 000 residents, with the count's unit: "8.31件/万人". */
    perCapita: (countText: string) => string;
    /** A figure's name per 10 000 residents: "每万人信访总量". */
    perCapitaOf: (label: string) => string;
    /**
     * Without a host unit: which units have the most and which the least (最高/最低 of a rate or a
     * share), every unit that shares the place named (the first two of more than five); or that all
     * have the same.
     */
    extremes: (words: {
      year: number;
      /** How many units are ranked, of how many the collection holds. */
      count: number;
      of: number;
      members: string;
      figure: string;
      rate: boolean;
      top: { names: string[]; valueText: string };
      bottom: { names: string[]; valueText: string };
    }) => string;
    /** The legend in words, for a picture of the ranking away from the page: the year's bars, the year compared's dashed lines, the unit's dark bar. */
    legendWords: (year: number, compared?: number, host?: string) => string;
    /** Under a slide's ranking with no room for every unit: those left out (named, up to eight; else counted), of how many. */
    notShown: (units: readonly string[], count: number, members: string) => string;
    /** A unit left out, with its place: "云峰乡（第6位）". */
    notShownUnit: (unit: string, place: string) => string;
    /** In the table, for a unit not ranked per 10 000 residents, one whose report does not give the figure, one with no report of the year. */
    noPopulationCell: string;
    /** In the table, such a unit's own figure: "354件（未提供人口数，未按每万人排名）". */
    noPopulationValue: (figure: string) => string;
    missingCell: string;
    noReportCell: (year: number) => string;
    /** A figure worked out from what the reports state: its name in the list, what the table says of it, the note under the chart. */
    computedOption: (figure: string) => string;
    computedCell: string;
    computedNote: (figure: string) => string;
    /** Under every ranking: a place says which figure is larger, not which unit did better. */
    placeNote: string;
    /** Under the table, when some units were ranked one year only: the places moved are counted among those ranked both. */
    movedNote: (among: number, members: string) => string;
    figure: string;
    measure: string;
    absolute: string;
    perCapitaMeasure: string;
    /** Units listed, not ranked, because their report of `year` does not give the figure, or they have no report of `year`. */
    missing: (year: number, units: string) => string;
    noReport: (year: number, units: string) => string;
    /** Units not ranked per 10 000 residents: no population given. */
    noPopulation: (units: string) => string;
    /** Units whose dataset could not be read: each named with why. */
    broken: string;
    brokenUnit: (unit: string, why: string) => string;
    /** Where the population figures are from. */
    populationNote: (years: string, sources: string) => string;
    /** The keys of the ranking, said under it when a unit is the host's. */
    keys: (unit: string) => string;
    /** The legend: this year's bar, last year's tick, the host's bar. */
    legendYear: (year: number) => string;
    legendHost: (unit: string) => string;
    /** The table's columns. */
    table: { unit: string; value: string; rank: string; change: string; moved: string; population: string; quote: string };
    /** A population in a cell: "52,000（2020年，第七次全国人口普查）". */
    population: (value: string, year: number, source: string) => string;
    source: (collection: string, year: number, count: number) => string;
    /** A unit the `unit` attribute names that the collection does not have. */
    noSuchUnit: (unit: string) => string;
    /** A `figure` attribute no unit's report gives. */
    noSuchFigure: (figure: string) => string;
    /** No unit has a report of any year. */
    noYears: string;
    /** The year asked for is in no unit's report. */
    noSuchYear: (year: number, years: string) => string;
  };
  lens: {
    title: string;
    intro: string;
    unit: string;
    titleYear: string;
    date: string;
    deadline: string;
    given: string;
    notGiven: string;
    yes: string;
    no: string;
    /** How far from 1 April of the following year a report was published. */
    fromDeadline: (days: number) => string;
    /** A date a draft has not been given yet. */
    noDate: string;
    /** A unit without a report of the year. */
    noReport: string;
    /** Sort buttons' names for screen readers: "按发布日期排序". */
    sortBy: (column: string) => string;
  };
}

/** A number as both languages write it, with up to three decimals (as `Intl.NumberFormat` does by default). */
const plain = (n: number) => decimal(n, 3);
const yearsList = (years: readonly number[], lang: Lang) =>
  lang === 'zh-CN' ? years.map((year) => `${year}年`).join('、') : years.join(lang === 'en' && years.length === 2 ? ' and ' : ', ');

/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st… */
function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${plain(n)}${suffix}`;
}

const zhCN: ComparingMessages = {
  shareOf: (label) => `${label}占比`,
  qualified: (group, label) => `${group}：${label}`,
  qualifiedInSentence: (group, label) => `${group}${label}`,
  trend: {
    title: zhMessages.present.trendTitle,
    subtitle: (unit, first, last) => (first === last ? `${unit} · ${first}年` : `${unit} · ${first}—${last}年`),
    notGiven: '未列出',
    notGivenIn: (year) => `${year}年报告未列出`,
    movement: ({ first, last, label, from, to, direction, change, points }) =>
      direction === 'same'
        ? `${first}年与${last}年${label}均为${to}`
        : `${first}年至${last}年${label}由${from}${direction === 'up' ? '升至' : '降至'}${to}` +
          (change ? `，${direction === 'up' ? '上升' : '下降'}${change}${points ? '个百分点' : ''}` : ''),
    onlyYear: (year, label, value) => `仅${year}年报告列出${label}：${value}`,
    missingYears: (years) => `（${yearsList(years, 'zh-CN')}报告未列出）`,
    sentences: (parts) => (parts.length ? `${parts.join('；')}。` : ''),
    part: (title, n, count) => `${title}（${n}/${count}）`,
    source: (publisher, first, last, count) =>
      first === last
        ? `来源：${publisher}${first}年度法治政府建设年度报告`
        : `来源：${publisher}${first}年至${last}年法治政府建设年度报告（${count}份）`,
    year: '年份',
    yearValue: (year, value) => `${year}年：${value}`,
  },
  compare: {
    title: (figure, members) => `${figure}：各${members}排名`,
    name: zhMessages.present.rankingTitle,
    subtitle: (collection, year, perCapita) => `${collection} · ${year}年${perCapita ? '（每万人）' : ''}`,
    members: { towns: '镇街', counties: '区县', departments: '部门', units: '单位' },
    rank: ({ unit, figure, rank, count, of, members, tied, moved, since, among: both }) => {
      const place = `${tied ? '并列' : ''}第${rank}位`;
      const among =
        count === of ? `共${count}个${members}` : count === 1 ? `${of}个${members}中只有它排名` : `${of}个${members}中${count}个排名`;
      const counted = both === undefined ? '' : `（按两年都排名的${both}个${members}计）`;
      const than = since ? (since.previous ? '上年' : `${since.year}年`) : '';
      const move =
        moved === undefined || !since
          ? ''
          : moved === 'unranked'
            ? `，${than}未排名`
            : moved === 0
              ? `，名次与${than}持平${counted}`
              : `，较${than}${moved > 0 ? '上升' : '下降'}${Math.abs(moved)}位${counted}`;
      return `${unit}：${figure}${place}（${among}）${move}`;
    },
    hostMissing: (unit, figure, year) => `${unit}：${year}年报告未列出${figure}，未排名`,
    hostNoReport: (unit, year) => `${unit}：无${year}年报告，未排名`,
    hostNoPopulation: (unit) => `${unit}：未提供人口数，未按每万人排名`,
    rankCell: (rank, tied) => `${tied ? '并列' : ''}第${rank}位`,
    movedCell: (moved) =>
      moved === 'unranked' ? '上年未排名' : moved === 0 ? '持平' : `${moved > 0 ? '上升' : '下降'}${Math.abs(moved)}位`,
    perCapita: (countText) => `${countText}/万人`,
    perCapitaOf: (label) => `每万人${label}`,
    extremes: ({ year, count, of, members, figure, rate, top, bottom }) => {
      if (count === 1) return `${year}年${of}个${members}中只有${top.names[0]}排名：${figure}${top.valueText}`;
      const ranked = count === of ? `${year}年${count}个${members}` : `${year}年${of}个${members}中${count}个排名，`;
      if (top.names.length === count)
        return count === of ? `${ranked}的${figure}均为${top.valueText}` : `${ranked}${figure}均为${top.valueText}`;
      const names = (all: string[]) =>
        all.length > NAMED_TIED
          ? `${all.slice(0, 2).join('、')}等${all.length}个${members}`
          : `${all.slice(0, -1).join('、')}和${all[all.length - 1]}`;
      const end = (word: string, { names: all, valueText }: { names: string[]; valueText: string }) =>
        all.length === 1 ? `${word}的是${all[0]}（${valueText}）` : `并列${word}的是${names(all)}（均为${valueText}）`;
      return `${count === of ? `${ranked}中，` : ranked}${figure}${end(rate ? '最高' : '最多', top)}，${end(rate ? '最低' : '最少', bottom)}`;
    },
    notShown: (units, count, members) =>
      units.length > NAMED_NOT_SHOWN
        ? `本页未列出其余${units.length}个${members}（共${count}个）`
        : `本页未列出的${units.length}个${members}（共${count}个）：${zhMessages.list(units)}`,
    notShownUnit: (unit, place) => `${unit}（${place}）`,
    legendWords: (year, compared, host) =>
      `图中条形为${year}年数值${compared === undefined ? '' : `，虚线为${compared}年数值`}${host ? `，深色条形为${host}（本单位）` : ''}`,
    noPopulationCell: '未提供人口数',
    noPopulationValue: (figure) => `${figure}（未提供人口数，未按每万人排名）`,
    missingCell: '报告未列出',
    noReportCell: (year) => `无${year}年报告`,
    computedOption: (figure) => `${figure}（计算值）`,
    computedCell: '按报告所列数字计算，报告未直接列出',
    computedNote: (figure) => `${figure}不是报告原文中的数字，是按各单位报告所列数字计算的。`,
    placeNote: '名次只表示数字的大小，不表示工作的好坏。',
    movedNote: (among, members) => `名次变化按两年都排名的${among}个${members}计。`,
    figure: '数据项',
    measure: '计算方式',
    absolute: '总量',
    perCapitaMeasure: '每万人',
    missing: (year, units) => `${year}年报告未列出此项，未排名：${units}`,
    noReport: (year, units) => `无${year}年报告，未排名：${units}`,
    noPopulation: (units) => `未提供人口数，未按每万人排名：${units}`,
    broken: '以下单位的数据无法读取，未排名：',
    brokenUnit: (unit, why) => `${unit}：${why}`,
    populationNote: (years, sources) => `每万人数值按各单位常住人口计算（${years}，${sources}）。`,
    keys: (unit) => `方向键逐项查看，Home、End 到首尾，H 键回到${unit}。`,
    legendYear: (year) => `${year}年`,
    legendHost: (unit) => `${unit}（本单位）`,
    table: { unit: '单位', value: '数值', rank: '排名', change: '较上年', moved: '名次变化', population: '人口', quote: '报告原文' },
    population: (value, year, source) => `${value}（${year}年，${source}）`,
    source: (collection, year, count) => `来源：${collection}各单位${year}年度法治政府建设年度报告（${count}份）`,
    noSuchUnit: (unit) => `unit 属性的值“${unit}”不是本集合中的单位代码。`,
    noSuchFigure: (figure) => `figure 属性的值“${figure}”不是各单位报告列出的数据项。`,
    noYears: '集合中没有任何单位的年度报告数据。',
    noSuchYear: (year, years) => `集合中没有 ${year} 年的报告；现有年份：${years}。`,
  },
  lens: {
    title: '各单位报告情况',
    intro: '各单位当年报告列出了哪些数据、标题是否写明年度、何时发布（应于次年4月1日前公开）。只列事实，不作评分；点击列标题可排序。',
    unit: '单位',
    titleYear: '标题写明年度',
    date: '发布日期',
    deadline: '与4月1日相比',
    given: '有',
    notGiven: '—',
    yes: '是',
    no: '否',
    fromDeadline: (days) => (days < 0 ? `提前${-days}天` : days === 0 ? '4月1日当天' : `晚${days}天`),
    noDate: '待填写',
    noReport: '无当年报告',
    sortBy: (column) => `按${column}排序`,
  },
};

const en: ComparingMessages = {
  shareOf: (label) => `${label}, share of total`,
  qualified: (group, label) => `${group}: ${label.charAt(0).toLowerCase()}${label.slice(1)}`,
  qualifiedInSentence: (group, label) => `${group}, ${label.charAt(0).toLowerCase()}${label.slice(1)}`,
  trend: {
    title: enMessages.present.trendTitle,
    subtitle: (unit, first, last) => (first === last ? `${unit} · ${first}` : `${unit} · ${first}–${last}`),
    notGiven: 'not given',
    notGivenIn: (year) => `Not in the ${year} report`,
    movement: ({ first, last, label, from, to, direction, change, points }) =>
      direction === 'same'
        ? `${label}: ${to} in ${first} and in ${last} alike`
        : `From ${first} to ${last}, ${label.charAt(0).toLowerCase()}${label.slice(1)} ${direction === 'up' ? 'rose' : 'fell'} from ${from} to ${to}` +
          (change ? `, ${direction === 'up' ? 'up' : 'down'} ${change}${points ? ' percentage points' : ''}` : ''),
    onlyYear: (year, label, value) => `Only the ${year} report gives ${label.charAt(0).toLowerCase()}${label.slice(1)}: ${value}`,
    missingYears: (years) => ` (not in the ${yearsList(years, 'en')} report${years.length > 1 ? 's' : ''})`,
    sentences: (parts) => (parts.length ? `${parts.join('. ')}.` : ''),
    part: (title, n, count) => `${title} (${n}/${count})`,
    source: (publisher, first, last, count) =>
      first === last
        ? `Source: ${publisher}, rule-of-law report ${first}`
        : `Source: ${publisher}, rule-of-law reports ${first}–${last} (${count})`,
    year: 'Year',
    yearValue: (year, value) => `${year}: ${value}`,
  },
  compare: {
    title: (figure, members) => `${figure}: ${members} ranked`,
    name: enMessages.present.rankingTitle,
    subtitle: (collection, year, perCapita) => `${collection} · ${year}${perCapita ? ' (per 10,000 residents)' : ''}`,
    members: { towns: 'towns and streets', counties: 'counties and districts', departments: 'departments', units: 'units' },
    rank: ({ unit, figure, rank, count, of, members, tied, moved, since, among: both }) => {
      const place = `${tied ? 'joint ' : ''}${ordinal(rank)}`;
      const among =
        count === of
          ? `of ${count} ${members}`
          : count === 1
            ? `, the only one of the ${of} ${members} ranked,`
            : `of the ${count} ${members} ranked (${of} in all)`;
      const counted = both === undefined ? '' : ` (among the ${both} ranked both years)`;
      const than = since ? (since.previous ? 'the year before' : String(since.year)) : '';
      const move =
        moved === undefined || !since
          ? ''
          : moved === 'unranked'
            ? `, not ranked ${since.previous ? 'the year before' : `in ${since.year}`}`
            : moved === 0
              ? `, unchanged on ${than}${counted}`
              : `, ${moved > 0 ? 'up' : 'down'} ${Math.abs(moved)} place${Math.abs(moved) === 1 ? '' : 's'} on ${than}${counted}`;
      return `${unit}: ${place}${among.startsWith(',') ? '' : ' '}${among} in ${figure.charAt(0).toLowerCase()}${figure.slice(1)}${move}`;
    },
    hostMissing: (unit, figure, year) =>
      `${unit}: its ${year} report does not give ${figure.charAt(0).toLowerCase()}${figure.slice(1)}; not ranked`,
    hostNoReport: (unit, year) => `${unit}: no report of ${year}; not ranked`,
    hostNoPopulation: (unit) => `${unit}: no population given, so not ranked per 10,000 residents`,
    rankCell: (rank, tied) => `${tied ? 'joint ' : ''}${ordinal(rank)}`,
    movedCell: (moved) =>
      moved === 'unranked'
        ? 'not ranked the year before'
        : moved === 0
          ? 'unchanged'
          : `${moved > 0 ? 'up' : 'down'} ${Math.abs(moved)} place${Math.abs(moved) === 1 ? '' : 's'}`,
    perCapita: (countText) => `${countText} per 10,000`,
    perCapitaOf: (label) => `${label} per 10,000 residents`,
    extremes: ({ year, count, of, members, figure, top, bottom }) => {
      if (count === 1) return `${figure} in ${year}: only ${top.names[0]} of the ${of} ${members} is ranked (${top.valueText})`;
      const ranked = count === of ? `${count} ${members}` : `the ${count} ${members} ranked (${of} in all)`;
      if (top.names.length === count) return `${figure} in ${year}: ${top.valueText} in each of ${count === of ? 'the ' : ''}${ranked}`;
      const names = (all: string[]) =>
        all.length > NAMED_TIED
          ? `${all.slice(0, 2).join(', ')} and ${all.length - 2} more`
          : `${all.slice(0, -1).join(', ')} and ${all[all.length - 1]}`;
      const end = (word: string, { names: all, valueText }: { names: string[]; valueText: string }) =>
        all.length === 1 ? `${word} ${all[0]} (${valueText})` : `${word} ${names(all)} (joint, ${valueText})`;
      return `${figure} in ${year}, of ${ranked}: ${end('highest', top)}, ${end('lowest', bottom)}`;
    },
    notShown: (units, count) =>
      units.length > NAMED_NOT_SHOWN
        ? `Not shown here: ${units.length} more of ${count}`
        : `Not shown here, ${units.length} of ${count}: ${enMessages.list(units)}`,
    notShownUnit: (unit, place) => `${unit} (${place})`,
    legendWords: (year, compared, host) =>
      `In the chart: bars are ${year}${compared === undefined ? '' : `, dashed lines ${compared}`}${host ? `, the dark bar ${host} (this unit)` : ''}`,
    noPopulationCell: 'no population given',
    noPopulationValue: (figure) => `${figure} (no population given, so not ranked per 10,000 residents)`,
    missingCell: 'not in its report',
    noReportCell: (year) => `no report of ${year}`,
    computedOption: (figure) => `${figure} (worked out)`,
    computedCell: 'worked out from the figures the report gives; not stated in it',
    computedNote: (figure) => `${figure} is not a figure the reports state: it is worked out from the figures each report gives.`,
    placeNote: 'A place says which figure is larger, not which unit did better.',
    movedNote: (among, members) => `Places moved are counted among the ${among} ${members} ranked both years.`,
    figure: 'Figure',
    measure: 'Measure',
    absolute: 'Total',
    perCapitaMeasure: 'Per 10,000 residents',
    missing: (year, units) => `Not in their ${year} report, so not ranked: ${units}`,
    noReport: (year, units) => `No report of ${year}, so not ranked: ${units}`,
    noPopulation: (units) => `No population given, so not ranked per 10,000 residents: ${units}`,
    broken: 'These units’ data could not be read; not ranked:',
    brokenUnit: (unit, why) => `${unit}: ${why}`,
    populationNote: (years, sources) => `Per 10,000 residents of each unit's population (${years}; ${sources}).`,
    keys: (unit) => `Arrow keys move along the ranking, Home and End to either end, H back to ${unit}.`,
    legendYear: (year) => String(year),
    legendHost: (unit) => `${unit} (this unit)`,
    table: {
      unit: 'Unit',
      value: 'Figure',
      rank: 'Rank',
      change: 'Change on the year before',
      moved: 'Places moved',
      population: 'Population',
      quote: 'In the report',
    },
    population: (value, year, source) => `${value} (${year}, ${source})`,
    source: (collection, year, count) => `Source: the ${year} rule-of-law reports of ${collection} (${count})`,
    noSuchUnit: (unit) => `The unit attribute "${unit}" names no unit of this collection.`,
    noSuchFigure: (figure) => `The figure attribute "${figure}" names no figure the units' reports give.`,
    noYears: 'No unit of the collection has figures of any year.',
    noSuchYear: (year, years) => `No report of ${year} in the collection; the years there are: ${years}.`,
  },
  lens: {
    title: 'The reports',
    intro:
      "What each unit's report of the year gives figures for, whether its title names the year, and when it was published (due before 1 April of the following year). Facts, not a score; select a column's heading to sort.",
    unit: 'Unit',
    titleYear: 'Title names the year',
    date: 'Published',
    deadline: 'Against 1 April',
    given: 'yes',
    notGiven: '—',
    yes: 'yes',
    no: 'no',
    fromDeadline: (days) =>
      days < 0 ? `${-days} day${days === -1 ? '' : 's'} before` : days === 0 ? 'on 1 April' : `${days} day${days === 1 ? '' : 's'} after`,
    noDate: 'to be given',
    noReport: 'no report of the year',
    sortBy: (column) => `Sort by ${column.charAt(0).toLowerCase()}${column.slice(1)}`,
  },
};

export const comparingMessages: Record<Lang, ComparingMessages> = { 'zh-CN': zhCN, en };

/** Numbers written as the reader's language writes counts, for populations. */
export const countOf = (value: number): string => plain(value);
