import type { Lang } from '../../i18n/format.js';
import type { SectionMessages } from '../section.js';

export interface MediationMessages extends SectionMessages {
  /** A number of cases: "99起" / "99 cases". */
  count: (n: string) => string;
  accepted: string;
  resolved: string;
  /** The two rates, each named so that it stands alone (a trend's slide, a ranking's title): "报告所述调解成功率". */
  statedRate: string;
  computedRate: string;
  /** The computed rate under cases resolved: "按数计算 98.99%". */
  computedDetail: (rate: string) => string;
  /** How the rate is computed: "98 ÷ 99". */
  division: (resolved: string, accepted: string) => string;
  rateNone: string;
  /** The computed rate for the speaker notes, when the stated one is shown alone: "按数计算成功率98.99%（98 ÷ 99）". */
  computedNote: (rate: string, division: string) => string;
  /** Under the two rates when they differ beyond rounding: what each is, without taking sides. */
  ratesDiffer: string;
  summary: (parts: {
    year: number;
    accepted: string;
    resolved: string;
    computed?: string;
    stated?: string;
    rateChange?: string;
    comparedYear?: number;
  }) => string;
}

export const mediationMessages: Record<Lang, MediationMessages> = {
  'zh-CN': {
    title: '矛盾纠纷调解',
    name: '矛盾纠纷调解',
    keyFigure: '调解成功率',
    count: (n) => `${n}起`,
    accepted: '受理案件',
    resolved: '成功化解',
    statedRate: '报告所述调解成功率',
    computedRate: '按数计算调解成功率',
    computedDetail: (rate) => `按数计算 ${rate}`,
    division: (resolved, accepted) => `${resolved} ÷ ${accepted}`,
    rateNone: '无受理案件，无法计算成功率',
    computedNote: (rate, division) => `按数计算成功率${rate}（${division}）。`,
    ratesDiffer: '报告所述调解成功率为报告原文；按数计算调解成功率为成功化解件数除以受理件数。',
    summary: ({ year, accepted, resolved, computed, stated, rateChange, comparedYear }) =>
      `${year}年受理矛盾纠纷案件${accepted}起，成功化解${resolved}起` +
      (computed ? `，按数计算成功率${computed}` : '') +
      (stated ? (computed ? `，报告所述成功率${stated}` : `，成功率${stated}`) : '') +
      '。' +
      (rateChange ? `${computed ? '按数计算的' : ''}成功率比${comparedYear}年变化${rateChange}。` : ''),
    warnings: {
      'resolved-above-accepted': (v, n) => `成功化解 ${n.count(v.resolved)} 起多于受理 ${n.count(v.accepted)} 起，请核对。`,
      'stated-rate': () => '报告所述成功率与按数计算的结果相差较大，请核对。',
    },
  },
  en: {
    title: 'Dispute mediation',
    name: 'mediation',
    keyFigure: 'Mediation success',
    count: (n) => `${n} cases`,
    accepted: 'Cases accepted',
    resolved: 'Cases resolved',
    statedRate: 'Mediation success as stated',
    computedRate: 'Mediation success by the counts',
    computedDetail: (rate) => `Computed ${rate}`,
    division: (resolved, accepted) => `${resolved} ÷ ${accepted}`,
    rateNone: 'No cases accepted: no rate to compute',
    computedNote: (rate, division) => `Computed from the counts: ${rate} (${division}).`,
    ratesDiffer: 'The stated rate is the report’s own; the computed one is the cases resolved divided by the cases accepted.',
    summary: ({ year, accepted, resolved, computed, stated, rateChange, comparedYear }) =>
      `In ${year}, ${accepted} disputes were accepted for mediation and ${resolved} resolved` +
      (computed ? `: a success rate of ${computed} by the counts` : '') +
      (stated ? (computed ? `, ${stated} as the report states it` : `: a success rate of ${stated}`) : '') +
      '.' +
      (rateChange ? ` The ${computed ? 'computed ' : ''}rate changed by ${rateChange} since ${comparedYear}.` : ''),
    warnings: {
      'resolved-above-accepted': (v, n) =>
        `More cases resolved (${n.count(v.resolved)}) than accepted (${n.count(v.accepted)}): please check.`,
      'stated-rate': () => 'The stated success rate is far from the computed one: please check.',
    },
  },
};
