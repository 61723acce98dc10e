import type { MediationFigures, PetitionFigures, ShareItem, TrainingFigures } from '../data/derive.js';
import type { Platform } from '../data/schema.js';
import { formatChange, formatCount, formatPercent, labelText, noChange, type Lang } from '../i18n/format.js';
import { messages } from '../i18n/messages.js';
import type { BarSection, ChartPoint } from './types.js';

/**
 * Words each year's figures the way the charts and their tooltips show them. With the figures of
 * an earlier year, each point also carries that year's value (matched by id) and the change.
 */

type Unit = (n: string) => string;

/**
 * The point with the earlier year's figure and the change, when comparing (`previous` is
 * `null` for a figure that year's report does not give: it is never taken for zero).
 */
function compared(point: ChartPoint, previous: { value: number } | null | undefined, lang: Lang, unit: Unit): ChartPoint {
  if (previous === undefined) return point;
  // Beside a second bar, the count alone: shares and the change are in the label line and tooltip.
  const valueText = unit(formatCount(point.value, lang));
  if (previous === null) return { ...point, valueText, change: noChange(lang) };
  return {
    ...point,
    valueText,
    previous: { value: previous.value, valueText: unit(formatCount(previous.value, lang)) },
    change: formatChange(point.value, previous.value, lang),
  };
}

/** One count — a total, cases accepted — as a point; with the earlier year's count when comparing. */
export function countPoint(
  { id, label, value, unit, quote, details = [] }: { id: string; label: string; value: number; unit: Unit; quote?: string; details?: string[] },
  lang: Lang,
  earlier?: number,
): ChartPoint {
  const point = { id, label, value, valueText: unit(formatCount(value, lang)), details, quote };
  return compared(point, earlier === undefined ? undefined : { value: earlier }, lang, unit);
}

function sharePoints(items: readonly ShareItem[], lang: Lang, unit: Unit, previous?: readonly ShareItem[]): ChartPoint[] {
  return items.map((item) => {
    const share = formatPercent(item.share, lang);
    const point: ChartPoint = {
      id: item.id,
      label: labelText(item.label, lang),
      value: item.value,
      valueText: `${unit(formatCount(item.value, lang))} · ${share}`,
      details: [messages[lang].shareOfTotal(share)],
      quote: item.quote,
    };
    return compared(point, previous && (previous.find((old) => old.id === item.id) ?? null), lang, unit);
  });
}

/** Channels as filled bars; the flagged subsets (already inside the channels) as outlined bars under their own heading. */
export function petitionSections(figures: PetitionFigures, lang: Lang, previous?: PetitionFigures): BarSection[] {
  const t = messages[lang];
  const sections: BarSection[] = [{ style: 'part', points: sharePoints(figures.channels, lang, t.units.petitions, previous?.channels) }];
  if (figures.flags.length > 0) {
    sections.push({
      heading: t.petitions.flagsHeading,
      style: 'subset',
      points: sharePoints(figures.flags, lang, t.units.petitions, previous?.flags).map((point) => ({
        ...point,
        details: [...point.details, t.petitions.flagNote],
      })),
    });
  }
  return sections;
}

/** Cases accepted and cases resolved, on one scale. */
export function mediationSections(figures: MediationFigures, lang: Lang, previous?: MediationFigures): BarSection[] {
  const t = messages[lang];
  const unit = t.units.cases;
  const rate = figures.computedRate === null ? t.mediation.rateNone : `${t.mediation.computedRate} ${formatPercent(figures.computedRate, lang, 2)}`;
  const { accepted, resolved } = figures;
  return [
    {
      style: 'part',
      points: [
        countPoint({ id: 'accepted', label: t.mediation.accepted, value: accepted.value, unit, quote: accepted.quote }, lang, previous?.accepted.value),
        countPoint({ id: 'resolved', label: t.mediation.resolved, value: resolved.value, unit, quote: resolved.quote, details: [rate] }, lang, previous?.resolved.value),
      ],
    },
  ];
}

/** Sessions by kind, each with its share of all sessions. */
export function trainingSections(figures: TrainingFigures, lang: Lang, previous?: TrainingFigures): BarSection[] {
  const t = messages[lang];
  const total = `${t.training.total} ${t.units.sessions(formatCount(figures.total, lang))}`;
  const points = sharePoints(figures.items, lang, t.units.sessions, previous?.items);
  return [{ style: 'part', points: points.map((point) => ({ ...point, details: [...point.details, total] })) }];
}

/** One point per platform; its value is how many figures the report gives for it. */
export function platformPoints(platforms: readonly Platform[], lang: Lang, previous?: readonly Platform[]): ChartPoint[] {
  const t = messages[lang];
  return platforms.map((platform) => {
    const metrics = platform.metrics ?? [];
    const before = previous?.find((old) => old.id === platform.id)?.metrics ?? [];
    const lines = metrics.map((metric) => {
      const unit = metric.unit ? labelText(metric.unit, lang) : '';
      const old = before.find((candidate) => candidate.id === metric.id);
      const change = previous && old ? ` ${formatChange(metric.value, old.value, lang).text}` : '';
      return t.pair(labelText(metric.label, lang), `${formatCount(metric.value, lang)}${unit}${change}`);
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
