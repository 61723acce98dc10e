import type { ChartPoint } from '../../charts/types.js';
import { countChange } from '../../i18n/change.js';
import { labelText } from '../../i18n/format.js';
import type { Compared, KeyFigure, SectionView, Voice } from '../section.js';
import type { PlatformsMessages } from './messages.js';
import type { Platform } from './schema.js';

type PlatformsVoice = Voice<PlatformsMessages>;

/** One card per platform under the hub; its value is how many figures the report gives for it. */
export function platformsView(
  platforms: Platform[],
  year: number,
  compared: Compared<Platform[]> | undefined,
  voice: PlatformsVoice,
): SectionView {
  const { t, m, n, lang } = voice;
  // When the report gives no platform's figures, that is said once, under the diagram: not on every card.
  const anyFigures = platforms.some((platform) => (platform.metrics ?? []).length > 0);
  const points = platforms.map((platform) =>
    platformPoint(
      platform,
      compared?.figures?.find((other) => other.id === platform.id),
      compared !== undefined,
      anyFigures,
      voice,
    ),
  );
  const described = points.filter((point) => point.details.length > 0);
  return {
    points,
    chart: { type: 'hub', hub: m.hub, points },
    summary: m.summary({
      year,
      count: n.count(platforms.length),
      title: m.title,
      names: t.list(platforms.map((platform) => labelText(platform.label, lang))),
    }),
    headlines: [],
    // Each platform the report gives figures or notes for, with them in one line; or that it gives none. And the report's words naming them.
    after: {
      items: described.map((point) => ({ label: point.label, text: t.series(point.details) })),
      sentence: described.length === 0 ? m.noFigures : undefined,
      quote: platforms.find((platform) => platform.quote)?.quote,
    },
  };
}

function platformPoint(
  platform: Platform,
  comparedPlatform: Platform | undefined,
  comparing: boolean,
  anyFigures: boolean,
  { t, m, n, lang }: PlatformsVoice,
): ChartPoint {
  const metrics = platform.metrics ?? [];
  const lines = metrics.map((metric) => {
    const comparedMetric = comparing ? comparedPlatform?.metrics?.find((candidate) => candidate.id === metric.id) : undefined;
    const value = m.metricValue(
      n.count(metric.value),
      metric.unit ? labelText(metric.unit, lang) : '',
      comparedMetric && countChange(metric.value, comparedMetric.value, t, n).text,
    );
    return t.pair(labelText(metric.label, lang), value);
  });
  const label = labelText(platform.label, lang);
  const valueText = metrics.length > 0 ? m.metricCount(metrics.length) : m.none;
  return {
    id: platform.id,
    label,
    value: metrics.length,
    reported: false,
    valueText,
    markText: anyFigures ? valueText : '',
    // Read aloud card by card, each says so; on the screen it is said once.
    name: t.clauses([label, valueText]),
    details: [...lines, ...(platform.notes ?? []).map((note) => labelText(note, lang))],
    // The report's words for it: its own, else those of its figures (网格巡查168次), one after the other.
    quote: platform.quote ?? (metrics.length > 0 ? [...new Set(metrics.map((metric) => metric.quote))].join('；') : undefined),
  };
}

/** 治理平台 4个. */
export function platformsKeyFigure(platforms: Platform[], _compared: Platform[] | undefined, { m, n }: PlatformsVoice): KeyFigure {
  return { label: m.keyFigure, value: m.count(n.count(platforms.length)) };
}
