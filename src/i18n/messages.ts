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
  /** Parts of one line read aloud: "12345热线，354件" / "12345 hotline, 354". */
  clauses: (parts: readonly string[]) => string;
  /** Statements set side by side: "甲；乙" / "a; b". */
  series: (parts: readonly string[]) => string;
  /** A label and its value: "2023年：478件" / "2023: 478". */
  pair: (label: string, value: string) => string;
  year: (year: number) => string;
  /** Unit and year under a title: "北洋镇 · 2024年". */
  yearTitle: (unit: string, year: number) => string;
  /** Put after the subtitle when comparing: "（对比2022年）". */
  comparedWith: (year: number) => string;
  source: (name: string, date: string) => string;
  /** The report's title as cited: 《…》 in Chinese. */
  cite: (publisher: string, title: string) => string;
  /** In place of a figure there is none of: "—". */
  noValue: string;
  /** Said before a quote of the report to screen readers. */
  quoteLabel: string;
  /** One line for the light-DOM text portal toolbars read: title, subtitle, then what it says. */
  readable: (title: string, subtitle: string, text: string) => string;
  /** A data table's caption: "信访件按渠道分布（北洋镇 · 2024年）". */
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
   * A summary's change clause: "比2022年减少62件（−11.5%）" / "62 fewer than in 2022 (−11.5%)".
   * `amount` is the bare number, `counted` the number with the section's unit.
   */
  changeSince: (change: { year: number; direction: Direction; amount: string; counted: string; relative?: string }) => string;
  /** A data table's words; `shown` heads the figure as the chart writes it, beside the bare number (CSV). */
  table: { show: string; item: string; value: string; shown: string; details: string; quote: string; change: string };
  /** A bar of a subset already counted in the bars above it, named on its own (a slide deck's chart): "其中：省级来信". */
  ofWhich: (label: string) => string;
  /** The export menu of each chart and the dashboard. */
  exports: {
    menu: string;
    formats: { png: string; svg: string; csv: string; pptx: string };
    /** While a file is being made. */
    working: string;
    failed: (reason: string) => string;
    /** `toBlob` on an element that shows no chart (it failed, or its year lacks the section). */
    notShown: string;
    /** A picture of the dashboard asked for while it presents (its charts are on their slides). */
    presenting: string;
  };
  /** Presentation mode: the slides, their controls, and the keys a clicker sends. */
  present: {
    start: string;
    leave: string;
    previous: string;
    next: string;
    /** The counter: "3 / 8". */
    counter: (slide: number, count: number) => string;
    /** The slide's name for assistive technology: "第3页，共8页". */
    slideLabel: (slide: number, count: number) => string;
    /** The report's date on the closing slide: "发布日期：2025-03-31". */
    published: (date: string) => string;
    /** Who published the report, and when, on the title slide: "北洋镇人民政府 · 发布日期：2025-02-24". */
    byline: (publisher: string, date: string) => string;
    /** What a slide is, for assistive technology: "幻灯片". */
    slide: string;
    /** The slides' code could not be loaded. */
    failed: string;
    closing: string;
    sourceHeading: string;
    /** How to move: "→ ← 翻页 · Esc 退出". */
    keys: string;
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
    year: (year: number, years: string) => string;
    /** An attribute the element cannot use: `src` that is no address, `year` that is no year. */
    attribute: (name: string, value: string) => string;
    /** The page has replaced a built-in function the charts rely on. */
    environment: (builtin: string) => string;
    unexpected: string;
  };
  /** On the console: an attribute's value cannot be used, and what is used instead. */
  attributeIgnored: (name: string, value: string, used: string) => string;
  /** What is wrong with one field of a dataset. */
  problem: (problem: Problem) => string;
  /** The editor (`<fz-editor>`): a report's text turned into a checked dataset, in the browser. */
  editor: {
    title: string;
    /** What the tool does, and that nothing leaves the browser. */
    intro: string;
    /** Starts over: forgets the text, the figures and the review list. */
    clear: string;
    report: {
      heading: string;
      paste: string;
      /** The file input: a `.txt` or `.html` report. */
      file: string;
      /** The optional year, for a report whose title names none. */
      year: string;
      /** The unit's id, used in the file name: "beiyang". */
      unitId: string;
      extract: string;
      /** Nothing to extract from. */
      empty: string;
      /** The extractor gave up, with its reason. */
      failed: (reason: string) => string;
      fileFailed: (name: string) => string;
      /** Above the report as read, its figures' words marked. */
      text: string;
      /** How the marks and the quotes lead to each other. */
      hint: string;
    };
    figures: {
      heading: string;
      /** Column heads. */
      item: string;
      value: string;
      quote: string;
      /** Headings of the table's groups. */
      groups: { unit: string; source: string; petitions: string; mediation: string; training: string; platforms: string };
      /** The names of the fixed rows. */
      rows: {
        unitId: string;
        unitName: string;
        year: string;
        title: string;
        publisher: string;
        date: string;
        indexNo: string;
        total: string;
        accepted: string;
        resolved: string;
        statedRate: string;
      };
      /** A channel's or flag's kind, after its name: "（渠道）". */
      channel: string;
      flag: string;
      /** The label of an item's name field for assistive technology: "名称：来访". */
      nameOf: (name: string) => string;
      /** The label of a value field: "数值：信访总量". */
      valueOf: (name: string) => string;
      /** After a rate's field. */
      percent: string;
      /** A row's quote that is not in the report's text. */
      notInText: string;
      /** Said on a quote's button: shows it in the report. */
      showQuote: string;
      /** Nothing extracted yet. */
      none: string;
    };
    review: {
      heading: string;
      /** Nothing left to review. */
      empty: string;
      sentence: string;
      /** Where an item goes: the select's label, and its first choice. */
      target: string;
      choose: string;
      /** New items a person names. */
      newTraining: string;
      newChannel: string;
      newFlag: string;
      /** The name of a new item. */
      newName: string;
      accept: string;
      dismiss: string;
      /** A number that is no whole count or percentage: it cannot be a figure. */
      noFigure: string;
      /** A field with no number (the title, the date): filled in in the table. */
      fillIn: string;
    };
    preview: {
      heading: string;
      /** Shown in place of the preview while the dataset has problems. */
      invalid: (count: number) => string;
    };
    problems: {
      heading: string;
      none: string;
    };
    save: {
      heading: string;
      /** The box that removes `draft`: every figure checked against the report. */
      checked: string;
      download: string;
      /** Why the buttons are off. */
      blocked: string;
      merge: string;
      mergeFile: string;
      replace: string;
      /** The dataset opened has the year already, and replacing is not ticked. */
      yearExists: (year: number) => string;
      /** The dataset opened is no dataset. */
      mergeInvalid: string;
      mergeFailed: (reason: string) => string;
      /** Once a file is saved: its name. */
      saved: (name: string) => string;
    };
    /** Where the work is kept between visits. */
    kept: string;
  };
}

/** The catalogue of each language. */
export const messages: Record<Lang, Messages> = { 'zh-CN': zhCN, en };
