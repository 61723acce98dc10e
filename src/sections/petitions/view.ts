import type { BarSection } from '../../charts/types.js';
import { changeSince, changeWordsOf, countChange } from '../../i18n/change.js';
import { labelText } from '../../i18n/format.js';
import { countPoint, countPoints } from '../points.js';
import type { Compared, KeyFigure, SectionView, Voice } from '../section.js';
import type { PetitionFigures } from './derive.js';
import type { PetitionsMessages } from './messages.js';

type PetitionsVoice = Voice<PetitionsMessages>;

/** Channels as filled bars; the flagged subsets (already inside the channels) as outlined bars under their own heading. */
export function petitionsView(
  figures: PetitionFigures,
  year: number,
  compared: Compared<PetitionFigures> | undefined,
  voice: PetitionsVoice,
): SectionView {
  const { t, m, n, lang } = voice;
  const comparedFigures = compared?.figures;
  const named = (items: PetitionFigures['channels']) => items.map((item) => ({ ...item, label: labelText(item.label, lang) }));
  const sections: BarSection[] = [
    { style: 'part', points: countPoints(named(figures.channels), m.count, voice, comparedFigures?.channels) },
  ];
  if (figures.flags.length > 0) {
    const flags = countPoints(named(figures.flags), m.count, voice, comparedFigures?.flags);
    sections.push({
      heading: m.flagsHeading,
      style: 'subset',
      points: flags.map((point) => ({ ...point, details: [...point.details, m.flagNote] })),
    });
  }
  const total = countPoint(
    { id: 'total', label: m.total, value: figures.total.value, quote: figures.total.quote },
    m.count,
    voice,
    comparedFigures?.total.value,
  );
  return {
    points: sections.flatMap((section) => section.points),
    chart: { type: 'bars', bars: sections },
    summary: m.summary({
      year,
      total: n.count(figures.total.value),
      change:
        compared &&
        comparedFigures &&
        changeSince(figures.total.value, { year: compared.year, value: comparedFigures.total.value }, m.count, t, n),
      channels: t.list(
        figures.channels.map((item) => m.channelItem(labelText(item.label, lang), n.count(item.value), n.share(item.share))),
      ),
      flags:
        figures.flags.length > 0
          ? t.list(figures.flags.map((item) => m.flagItem(labelText(item.label, lang), n.count(item.value))))
          : undefined,
    }),
    tableRows: [total],
    headlines: [total],
  };
}

/** 信访总量 393件, and the change when comparing. */
export function petitionsKeyFigure(
  figures: PetitionFigures,
  compared: PetitionFigures | undefined,
  { t, m, n, years }: PetitionsVoice,
): KeyFigure {
  return {
    label: m.keyFigure,
    value: m.count(n.count(figures.total.value)),
    change: compared && countChange(figures.total.value, compared.total.value, t, n, changeWordsOf(years, m.count)),
  };
}
