import { changeWordsOf, rateChange, ratePoints } from '../../i18n/change.js';
import { roundsToStated } from '../../i18n/format.js';
import { countPoint, ratePoint } from '../points.js';
import type { Compared, Headline, KeyFigure, SectionView, Voice } from '../section.js';
import type { MediationFigures } from './derive.js';
import type { MediationMessages } from './messages.js';

type MediationVoice = Voice<MediationMessages>;

/**
 * Cases accepted and resolved on one scale, and the success rate above them: the stated rate
 * alone when the counts give it at the precision it was stated with (98 ÷ 99 is the stated 99 %),
 * the computed one then in the table and the speaker notes; both side by side, with a plain note
 * that they differ, only when they differ beyond rounding.
 */
export function mediationView(
  figures: MediationFigures,
  year: number,
  compared: Compared<MediationFigures> | undefined,
  voice: MediationVoice,
): SectionView {
  const { t, m, n } = voice;
  const { accepted, resolved, computedRate, statedRate } = figures;
  const comparedFigures = compared?.figures;
  const computed = computedRate === null ? undefined : n.computedRate(computedRate);
  const division = m.division(n.count(resolved.value), n.count(accepted.value));
  const points = [
    countPoint(
      { id: 'accepted', label: m.accepted, value: accepted.value, quote: accepted.quote },
      m.count,
      voice,
      comparedFigures?.accepted.value,
    ),
    countPoint(
      {
        id: 'resolved',
        label: m.resolved,
        value: resolved.value,
        quote: resolved.quote,
        details: [computed ? m.computedDetail(computed) : m.rateNone],
      },
      m.count,
      voice,
      comparedFigures?.resolved.value,
    ),
  ];
  // Compared with a year whose report gives no such rate (or no case to compute one from): said so, never taken for zero.
  const stated =
    statedRate &&
    ratePoint(
      { id: 'stated-rate', label: m.statedRate, value: statedRate.value, quote: statedRate.quote },
      n.statedRate,
      voice,
      comparedFigures && (comparedFigures.statedRate?.value ?? null),
    );
  const computedPoint =
    computedRate === null
      ? undefined
      : ratePoint(
          { id: 'computed-rate', label: m.computedRate, value: computedRate, details: [division] },
          n.computedRate,
          voice,
          comparedFigures?.computedRate,
        );
  const noRate: Headline = { label: m.computedRate, valueText: t.noValue, details: [m.rateNone] };
  const tableRows = [stated, computedPoint].filter((point) => point !== undefined);
  const agree = statedRate !== undefined && computedRate !== null && roundsToStated(computedRate, statedRate.value);
  const differ = statedRate !== undefined && computedRate !== null && !agree;
  return {
    points,
    chart: { type: 'bars', bars: [{ style: 'part', points }] },
    summary: m.summary({
      year,
      accepted: n.count(accepted.value),
      resolved: n.count(resolved.value),
      computed: agree ? undefined : computed,
      stated: statedRate && n.statedRate(statedRate.value),
      // The change of the rate shown: the stated one when it stands alone.
      rateChange: agree
        ? statedRate && comparedFigures?.statedRate && ratePoints(statedRate.value, comparedFigures.statedRate.value, t, n)
        : computedRate !== null && comparedFigures?.computedRate != null
          ? ratePoints(computedRate, comparedFigures.computedRate, t, n)
          : undefined,
      comparedYear: compared?.year,
    }),
    tableRows,
    headlines: stated && agree ? [stated] : [...(stated ? [stated] : []), computedPoint ?? noRate],
    speakerNotes: agree && computed ? [m.computedNote(computed, division)] : undefined,
    after: differ ? { items: [], sentence: m.ratesDiffer } : undefined,
  };
}

/** The success rate in the report's words when it gives one, else the computed one; its change in percentage points. */
export function mediationKeyFigure(
  { statedRate, computedRate }: MediationFigures,
  compared: MediationFigures | undefined,
  { t, m, n, years }: MediationVoice,
): KeyFigure | undefined {
  if (statedRate) {
    const comparedRate = compared?.statedRate?.value;
    return {
      label: m.keyFigure,
      value: n.statedRate(statedRate.value),
      change: comparedRate === undefined ? undefined : rateChange(statedRate.value, comparedRate, t, n, changeWordsOf(years)),
    };
  }
  if (computedRate === null) return undefined;
  const comparedRate = compared?.computedRate;
  return {
    label: m.keyFigure,
    value: n.computedRate(computedRate),
    change: comparedRate == null ? undefined : rateChange(computedRate, comparedRate, t, n, changeWordsOf(years)),
  };
}
