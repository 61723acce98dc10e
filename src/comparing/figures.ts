/**
 * The figures the report sections offer, a year at a time: what the trend draws over the years,
 * what a ranking compares across units and what `npm run collect` indexes. They are the figures
 * each section's view shows — its headline figures (the total, the rates: the view's table rows
 * above its points) and its parts (channels, kinds) — and each part's share of the whole; nothing
 * here lists a section's figures by hand. Each is named by its section and its id in the view
 * (`petitions.total`, `petitions.letters`, `petitions.letters.share`), which is the
 * same for every unit whose report uses the common ids (data/report-words.json).
 */
import type { FigureRole, Measure } from '../data/collection-index.js';
import type { YearFigures } from '../data/derive.js';
import { type Lang, numberFormat } from '../i18n/format.js';
import { sections } from '../sections/registry.js';
import { type AnySection, voiceOf } from '../sections/section.js';
import { comparingMessages } from './messages.js';

export type { FigureRole, Measure };

/** A figure of one year's report, worded in the reader's language. */
export interface OfferedFigure {
  /** `petitions.total`, `petitions.letters.share`. */
  key: string;
  /** The section's key, e.g. `petitions`. */
  section: string;
  role: FigureRole;
  measure: Measure;
  label: string;
  /** The heading it stands under in its section's chart (行政复议, 行政应诉), when it has one. */
  group?: string;
  /**
   * Worked out by us from what the report states — a sum of its parts (学习培训合计), a share, a
   * rate of two counts — not a figure the report states in words of its own.
   */
  computed: boolean;
  /** A count, or a fraction for a rate or a share. */
  value: number;
  /** As the section's chart writes it: "431件", "98%", "88.2%". */
  valueText: string;
  /** The report's words it comes from. */
  quote?: string;
}

const sectionOf = (key: string): AnySection | undefined => sections.find((section) => section.key === key);

/** Every figure the sections of one year's report offer, in the dashboard's order: each section's headline figures, then its parts, each part followed by its share. */
export function offeredFigures(figures: YearFigures, lang: Lang): OfferedFigure[] {
  const words = comparingMessages[lang];
  const offered: OfferedFigure[] = [];
  for (const section of sections) {
    const own = (figures as Record<string, unknown>)[section.key];
    if (own === undefined) continue;
    const view = section.view(own, figures.year, undefined, voiceOf(section, lang, figures.labels?.[section.key]));
    const groups = new Map(
      view.chart.type === 'bars'
        ? view.chart.bars.flatMap((bars) => (bars.heading ? bars.points.map((point) => [point.id, bars.heading as string] as const) : []))
        : [],
    );
    const seen = new Set<string>();
    const add = (figure: OfferedFigure) => {
      if (seen.has(figure.key)) return;
      seen.add(figure.key);
      offered.push(figure);
    };
    for (const [role, points] of [
      ['headline', view.tableRows ?? []],
      ['part', view.points],
    ] as const) {
      for (const point of points) {
        // A value that only sizes a mark (how many figures a platform has) is no figure of the report.
        if (point.reported === false) continue;
        const key = `${section.key}.${point.id}`;
        const { label, value, valueText, quote } = point;
        const group = groups.get(point.id);
        add({
          key,
          section: section.key,
          role,
          measure: point.measure ?? 'count',
          label,
          ...(group ? { group } : {}),
          computed: quote === undefined,
          value,
          valueText,
          quote,
        });
        if (role === 'part' && point.fraction !== undefined)
          add({
            key: `${key}.share`,
            section: section.key,
            role: 'share',
            measure: 'share',
            label: words.shareOf(label),
            ...(group ? { group } : {}),
            computed: true,
            value: point.fraction,
            valueText: numberFormat(lang).share(point.fraction),
            quote,
          });
      }
    }
  }
  return offered;
}

/** A figure's value in words, as its section writes it: a count with its unit ("431件"), a rate ("98%", "98.02%") or a share ("88.2%"). */
export function figureText(sectionKey: string, measure: Measure, value: number, lang: Lang): string {
  const n = numberFormat(lang);
  if (measure === 'share') return n.share(value);
  if (measure === 'rate') return n.statedRate(value);
  return withUnit(sectionKey, n.count(value), lang);
}

/** A number written out, with the unit its section counts in ("85.60" → "85.60件"). */
export function withUnit(sectionKey: string, number: string, lang: Lang): string {
  const count = sectionOf(sectionKey)?.messages[lang].count;
  return count ? count(number) : number;
}

/** The title of a figure's section in `lang` ("信访件按渠道分布"), for grouping figures by section. */
export const sectionTitle = (sectionKey: string, lang: Lang): string => sectionOf(sectionKey)?.messages[lang].title ?? sectionKey;

/** The sections in the dashboard's order, by key: figures are listed in that order. */
export const sectionOrder = (sectionKey: string): number => sections.findIndex((section) => section.key === sectionKey);
