import type { MediationFigures, PetitionFigures, ShareItem, TrainingFigures } from '../data/derive.js';
import type { Platform } from '../data/schema.js';
import { formatCount, formatPercent, labelText, type Lang } from '../i18n/format.js';
import { messages } from '../i18n/messages.js';
import type { BarSection, ChartPoint } from './types.js';

/** Words each year's figures the way the charts and their tooltips show them. */

function sharePoint(item: ShareItem, lang: Lang, unit: (n: string) => string): ChartPoint {
  const share = formatPercent(item.share, lang);
  return {
    id: item.id,
    label: labelText(item.label, lang),
    value: item.value,
    valueText: `${unit(formatCount(item.value, lang))} · ${share}`,
    details: [messages[lang].shareOfTotal(share)],
    quote: item.quote,
  };
}

/** Channels as filled bars; the flagged subsets (already inside the channels) as outlined bars under their own heading. */
export function petitionSections(figures: PetitionFigures, lang: Lang): BarSection[] {
  const t = messages[lang];
  const sections: BarSection[] = [
    { style: 'part', points: figures.channels.map((item) => sharePoint(item, lang, t.units.petitions)) },
  ];
  if (figures.flags.length > 0) {
    sections.push({
      heading: t.petitions.flagsHeading,
      style: 'subset',
      points: figures.flags.map((item) => sharePoint(item, lang, t.units.petitions)),
    });
  }
  return sections;
}

/** Cases accepted and cases resolved, on one scale. */
export function mediationSections(figures: MediationFigures, lang: Lang): BarSection[] {
  const t = messages[lang];
  const count = (n: number) => t.units.cases(formatCount(n, lang));
  const rate = figures.computedRate === null ? t.mediation.rateNone : `${t.mediation.computedRate} ${formatPercent(figures.computedRate, lang, 2)}`;
  return [
    {
      style: 'part',
      points: [
        { id: 'accepted', label: t.mediation.accepted, value: figures.accepted.value, valueText: count(figures.accepted.value), details: [], quote: figures.accepted.quote },
        {
          id: 'resolved',
          label: t.mediation.resolved,
          value: figures.resolved.value,
          valueText: count(figures.resolved.value),
          details: [rate],
          quote: figures.resolved.quote,
        },
      ],
    },
  ];
}

/** Sessions by kind, each with its share of all sessions. */
export function trainingSections(figures: TrainingFigures, lang: Lang): BarSection[] {
  const t = messages[lang];
  return [
    {
      style: 'part',
      points: figures.items.map((item) => sharePoint(item, lang, t.units.sessions)).map((point) => ({
        ...point,
        details: [...point.details, `${t.training.total} ${t.units.sessions(formatCount(figures.total, lang))}`],
      })),
    },
  ];
}

/** One point per platform; its value is how many figures the report gives for it. */
export function platformPoints(platforms: readonly Platform[], lang: Lang): ChartPoint[] {
  const t = messages[lang];
  return platforms.map((platform) => {
    const metrics = platform.metrics ?? [];
    const lines = metrics.map((metric) => {
      const unit = metric.unit ? labelText(metric.unit, lang) : '';
      return `${labelText(metric.label, lang)}：${formatCount(metric.value, lang)}${unit}`;
    });
    const notes = (platform.notes ?? []).map((note) => labelText(note, lang));
    return {
      id: platform.id,
      label: labelText(platform.label, lang),
      value: metrics.length,
      valueText: metrics.length > 0 ? t.platforms.metricCount(metrics.length) : t.platforms.none,
      details: [...lines, ...notes],
      quote: platform.quote,
    };
  });
}
