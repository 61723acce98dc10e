import { changeSince, changeWordsOf, countChange } from '../../i18n/change.js';
import { labelText } from '../../i18n/format.js';
import { countPoint, countPoints } from '../points.js';
import type { Compared, KeyFigure, SectionView, Voice } from '../section.js';
import type { TrainingFigures } from './derive.js';
import type { TrainingMessages } from './messages.js';

type TrainingVoice = Voice<TrainingMessages>;

/** Sessions by kind, each with its share of all sessions. */
export function trainingView(
  figures: TrainingFigures,
  year: number,
  compared: Compared<TrainingFigures> | undefined,
  voice: TrainingVoice,
): SectionView {
  const { t, m, n, lang } = voice;
  const comparedFigures = compared?.figures;
  const totalDetail = m.totalDetail(m.count(n.count(figures.total)));
  const items = figures.items.map((item) => ({ ...item, label: labelText(item.label, lang), details: [totalDetail] }));
  const points = countPoints(items, m.count, voice, comparedFigures?.items);
  const total = countPoint({ id: 'total', label: m.total, value: figures.total }, m.count, voice, comparedFigures?.total);
  return {
    points,
    chart: { type: 'bars', bars: [{ style: 'part', points }] },
    summary: m.summary({
      year,
      total: n.count(figures.total),
      change:
        compared && comparedFigures && changeSince(figures.total, { year: compared.year, value: comparedFigures.total }, m.count, t, n),
      items: t.list(figures.items.map((item) => m.item(labelText(item.label, lang), n.count(item.value)))),
      kinds: figures.items.length,
    }),
    tableRows: [total],
    headlines: [total],
  };
}

/** 学习培训合计（计算值） 41次 (a sum of the kinds the report lists, not a figure it states), and the change when comparing. */
export function trainingKeyFigure(
  figures: TrainingFigures,
  compared: TrainingFigures | undefined,
  { t, m, n, years }: TrainingVoice,
): KeyFigure {
  return {
    label: m.keyFigure,
    value: m.count(n.count(figures.total)),
    change: compared && countChange(figures.total, compared.total, t, n, changeWordsOf(years, m.count)),
  };
}
