import type { Problem } from '../data/schema-kit.js';
import { en } from './en.js';
import type { Lang } from './format.js';
import { zhCN } from './zh-CN.js';

/** The direction of a change between the year shown and the year compared with. */
export type Direction = 'up' | 'down' | 'same';

/**
 * Every sentence, unit and punctuation mark the elements show outside a report section, in one
 * language. Each report section has its own words beside it (`src/sections/<name>/messages.ts`).
 * No component asks which language it is in: it asks its catalogue.
 */
export interface Messages {
  /** The language tag the elements' text is marked with. */
  locale: string;
  loading: string;
  sample: string;
  /** The mark of figures drawn from a report that no person has checked yet. */
  draft: string;
  retry: string;
  /** Items listed in a sentence: "甲、乙、丙" / "a, b, c". */
  list: (items: readonly string[]) => string;
  /** Parts of one line read aloud: "8890热线，120件" / "8890 hotline, 120". */
  clauses: (parts: readonly string[]) => string;
  /** Whole sentences as one paragraph: in Chinese one after the other, in English a space between. */
  sentences: (sentences: readonly string[]) => string;
  /** Statements set side by side: "甲；乙" / "a; b". */
  series: (parts: readonly string[]) => string;
  /** A label and its value: "2023年：478件" / "2023: 478". */
  pair: (label: string, value: string) => string;
  year: (year: number) => string;
  /** Unit and year under a title: "某镇 · 2024年". */
  yearTitle: (unit: string, year: number) => string;
  /** Put after the subtitle when comparing: "（对比2022年）". */
  comparedWith: (year: number) => string;
  /** The source line, `date` given as the dataset has it (`2025-03-31`): "来源：某镇人民政府《…》（2025年3月31日）". */
  source: (name: string, date: string) => string;
  /** The report's title as cited: 《…》 in Chinese. */
  cite: (publisher: string, title: string) => string;
  /** In place of a figure there is none of: "—". */
  noValue: string;
  /** Said before a quote of the report to screen readers. */
  quoteLabel: string;
  /** One line for the light-DOM text portal toolbars read: title, subtitle, then what it says. */
  readable: (title: string, subtitle: string, text: string) => string;
  /** A data table's caption: "信访件按渠道分布（某镇 · 2024年）". */
  caption: (title: string, subtitle: string) => string;
  /** A point's place as the live region says it: "第2项，共7项". */
  position: (index: number, count: number) => string;
  /** A point's share of the whole: "占总量 90.1%". */
  shareOfTotal: (share: string) => string;
  /** What is written beside a bar with a share: "354件 · 90.1%". */
  withShare: (value: string, share: string) => string;
  /** `section` is a section's `name`: "本年度报告未列出信访数据。" */
  sectionMissing: (section: string) => string;
  sectionMissingIn: (year: number, section: string) => string;
  compareNone: (years: string) => string;
  /** A change after its mark (▲ ▼ ●): "−124，−25.9%"; `relative` is the signed percentage or `unchanged`. */
  change: (amount: string, relative?: string) => string;
  /** Said in place of a percentage when nothing changed: "持平". */
  unchanged: string;
  /** A change of rate: "+3.99个百分点". */
  percentagePoints: (points: string) => string;
  /** For a figure the compared year's report does not give (never taken for zero). */
  notInComparedReport: string;
  /**
   * A summary's change clause: "比2022年减少62件（−11.5%）" / "62 fewer than in 2022 (−11.5%)";
   * with `previous` (the year compared with is the year before) "比上年减少62件（−11.5%）" (English
   * names the year all the same).
   * `amount` is the bare number, `counted` the number with the section's unit.
   */
  changeSince: (change: {
    year: number;
    previous?: boolean;
    direction: Direction;
    amount: string;
    counted: string;
    relative?: string;
  }) => string;
  /** A rate's change in words, `points` unsigned: "比上年提高1.28个百分点" / "1.28 pp higher than in 2022". */
  rateChangeSince: (change: { year: number; previous?: boolean; direction: Direction; points: string }) => string;
  /** A data table's words; `shown` heads the figure as the chart writes it, beside the bare number (CSV). */
  table: { show: string; item: string; value: string; shown: string; details: string; quote: string; change: string };
  /** The export menu of each chart and the dashboard. */
  exports: {
    menu: string;
    /** Each choice of the menu: a format, and a 16:9 picture, a 4:3 deck. */
    formats: { png: string; 'png-16:9': string; svg: string; csv: string; pptx: string; 'pptx-4:3': string; html: string };
    /** The dataset's own file, linked where no file can be made (a figure drawn in advance, with no script). */
    dataset: string;
    /** While a file is being made. */
    working: string;
    failed: (reason: string) => string;
    /** `toBlob` on an element that shows no chart (it failed, or its year lacks the section). */
    notShown: string;
    /** A picture of the dashboard asked for while it presents (its charts are on their slides). */
    presenting: string;
    /**
     * The code that makes files could not be loaded (the page's files moved, the network failed).
     * What else can go wrong making a file is worded with that code (`export/messages.ts`).
     */
    load: string;
  };
  /** Presentation mode: the slides, their controls, and the keys a clicker sends. */
  present: {
    /** The titles of the slides of the trend and of the ranking, which the comparing words use too. */
    trendTitle: string;
    rankingTitle: string;
    start: string;
    leave: string;
    previous: string;
    next: string;
    /** The counter: "3 / 8". */
    counter: (slide: number, count: number) => string;
    /** The slide's name for assistive technology: "第3页，共8页". */
    slideLabel: (slide: number, count: number) => string;
    /** The report's date on the closing slide: "发布日期：2025年3月31日". */
    published: (date: string) => string;
    /** Who published the report, and when, on the title slide: "某镇人民政府 · 发布日期：2025年3月31日". */
    byline: (publisher: string, date: string) => string;
    /** Who reports it at the meeting, on the title slide: "汇报单位：某镇人民政府". */
    reportingUnit: (unit: string) => string;
    /** "汇报人：张三". */
    reporter: (name: string) => string;
    /** The meeting's date, `date` as the attribute gives it (2025-03-10, written 2025年3月10日). */
    meetingDate: (date: string) => string;
    /** What a slide is, for assistive technology: "幻灯片". */
    slide: string;
    /** The slides' code could not be loaded. */
    failed: string;
    closing: string;
    /** A slide's title when what it shows takes several slides: "主要数据（1/2）". */
    part: (title: string, part: number, parts: number) => string;
    sourceHeading: string;
    /** The button that lists the keys: "按键说明 ?". */
    keys: string;
    /** The keys, listed over the slide (`?`): each as the keys, and what they do. */
    help: { title: string; keys: [string, string][]; close: string };
    /** The fullscreen button. */
    fullscreen: string;
    /** The button that opens the presenter's view, and that view's name. */
    presenterView: string;
    /** Said to screen readers while the screen is blanked. */
    blanked: string;
    /** The presenter's view: its clock and the words around the slides. */
    elapsed: string;
    resetClock: string;
    black: string;
    white: string;
    blackNow: string;
    whiteNow: string;
    nowShowing: string;
    nextSlide: string;
    lastSlide: string;
    notes: string;
    noNotes: string;
    /** The audience's window left its presentation (Esc there). */
    audienceLeft: string;
    /** Brings the audience's window back to presenting. */
    resumeAudience: string;
    slideList: string;
  };
  yearToggle: { label: string; compare: string };
  dashboard: { title: string; keyFigures: string };
  errors: {
    missing: string;
    network: (url: string) => string;
    timeout: (seconds: number, url: string) => string;
    http: (status: number, url: string) => string;
    webPage: (url: string) => string;
    json: string;
    invalid: (count: number) => string;
    /** A collection of units given where one unit's dataset belongs. */
    collection: string;
    year: (year: number, years: string) => string;
    /** A year the element's group chose that the unit has no report of: said plainly, no alert. */
    notReported: (unit: string, year: number, years: string) => string;
    /** An attribute the element cannot use: `src` that is no address, `year` that is no year. */
    attribute: (name: string, value: string) => string;
    /** The page has replaced a built-in function the charts rely on. */
    environment: (builtin: string) => string;
    /** The code of a chart loaded on demand (the trend, the ranking) could not be loaded. */
    load: string;
    unexpected: string;
  };
  /** On the console: an attribute's value cannot be used, and what is used instead. */
  attributeIgnored: (name: string, value: string, used: string) => string;
  /** What is wrong with one field of a dataset. */
  problem: (problem: Problem) => string;
}

/** The catalogue of each language. */
export const messages: Record<Lang, Messages> = { 'zh-CN': zhCN, en };
