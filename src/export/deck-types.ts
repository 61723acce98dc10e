/**
 * A slide deck as plain words and numbers, made from what the dashboard shows: the presentation
 * mode's slides, and the PowerPoint deck written from them (`deck.ts`). Every string is already
 * in the reader's language.
 */

/** One bar of a chart slide. */
export interface DeckBar {
  label: string;
  /** Null for a figure the year's report does not give (never taken for zero): its bar is left out. */
  value: number | null;
  /** The value in words, as the chart writes it: "354件". */
  valueText: string;
}

/**
 * How many bars a chart slide's chart (3.8 inches tall) names at 14 pt, the smallest a deck sets:
 * a longer ranking shows the first units, the host's with those beside it, and the last.
 */
export const MOST_BARS = 13;

/** One series of bars per year shown (the compared year first); every series has the same labels, in the same order. */
export type DeckSeries = { name: string; bars: DeckBar[] }[];

/** A chart of bars: one series, or two when comparing years (the compared year first). */
export interface DeckBars {
  kind: 'bars';
  series: DeckSeries;
  /**
   * Subsets of what the bars count (其中: cases already counted in a channel), as a chart of their
   * own under `heading`, so that no chart's bars add up to more than its total.
   */
  subsets?: { heading: string; series: DeckSeries };
  /** The bar that stands out, by index (the host unit's in a ranking, of one series): filled in the accent, the others quieter. */
  highlight?: number;
}

/**
 * Figures over the years, each a small line chart of its own (a count and a rate share no scale):
 * a value for each year, null where that year's report does not give it (a gap, never a zero).
 */
export interface DeckLines {
  kind: 'lines';
  years: string[];
  lines: { name: string; values: (number | null)[]; texts: string[]; rate: boolean }[];
}

/** A hub with its parts around it, e.g. 基层智治 and its four platforms. */
export interface DeckHub {
  kind: 'hub';
  hub: string;
  parts: { label: string; detail: string }[];
}

export type DeckSlide =
  /**
   * `subtitle`: unit and year, "某镇 · 2024年"; `date`: who published the report and when, or who
   * reports it and when ("汇报单位：…", "汇报人：…", the meeting's date), one per line; `meeting`:
   * the meeting it is presented at (会议名称), above the title.
   */
  | { kind: 'title'; title: string; subtitle: string; date: string; meeting?: string }
  | {
      kind: 'figures';
      title: string;
      subtitle: string;
      /** `direction` of the change (`up`, `down`, `same`, `none`), for its colour. */
      figures: { label: string; value: string; change?: string; direction?: string }[];
    }
  | {
      kind: 'chart';
      title: string;
      subtitle: string;
      /** The sentence saying what the chart shows. */
      summary: string;
      chart: DeckBars | DeckHub | DeckLines;
      /** The source line, "来源：…". */
      source: string;
      /** The report's own words for each figure, for the speaker notes: "8890热线：「…」". */
      notes: string[];
    }
  | { kind: 'closing'; title: string; lines: string[] };

/** The meeting a report is presented at, as the dashboard's attributes give it; each is optional. */
export interface Occasion {
  /** 会议名称. */
  meeting?: string;
  /** 汇报单位. */
  reportingUnit?: string;
  /** 汇报人. */
  reporter?: string;
  /** The meeting's date, YYYY-MM-DD (or as written). */
  date?: string;
}

/** A deck's colours, `#rrggbb`: of the light theme, or the red-and-white one. */
export interface DeckColours {
  paper: string;
  text: string;
  muted: string;
  accent: string;
  /** The compared (earlier) year's bars, quieter than the accent. */
  compared: string;
  alert: string;
}

export interface Deck {
  /** The deck's title in its properties, e.g. "某镇 · 2024年 法治政府建设年度报告". */
  title: string;
  /** Who publishes it, for the deck's author and company. */
  author: string;
  /** `zh-CN` or `en`: the language of every text. */
  lang: string;
  /** Marks an invented dataset on every slide. */
  sample?: string;
  /** The unit's name in a band across the top of every slide (汇报单位, or the report's unit); none: no band. */
  band?: string;
  /** An emblem (a PNG as a data URL) in the band and on the title slide. */
  emblem?: string;
  /** `16:9` (default) or `4:3`, for an old projector. */
  aspect?: '16:9' | '4:3';
  /** Default: the light theme's. */
  colours?: DeckColours;
  slides: DeckSlide[];
}
