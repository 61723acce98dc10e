import type { Lang } from '../../i18n/format.js';
import type { SectionMessages } from '../section.js';

/** One part of the summary: a count received, the change since the compared year, the count decided. */
interface Part {
  received: string;
  change?: string;
  decided?: string;
}

export interface ReviewsMessages extends SectionMessages {
  /** A number of cases: "6件" / "6". */
  count: (n: string) => string;
  reconsideration: string;
  litigation: string;
  /** Applications for reconsideration received. */
  applications: string;
  /** Lawsuits answered. */
  lawsuits: string;
  decided: string;
  headAppearanceRate: string;
  /** The dashboard's headline when the report gives no rate: cases of both kinds. */
  casesKeyFigure: string;
  summary: (parts: { year: number; reconsideration?: Part; litigation?: Part & { rate?: string } }) => string;
}

export const reviewsMessages: Record<Lang, ReviewsMessages> = {
  'zh-CN': {
    title: '行政复议与行政应诉',
    name: '行政复议与应诉',
    keyFigure: '负责人出庭应诉率',
    count: (n) => `${n}件`,
    reconsideration: '行政复议',
    litigation: '行政应诉',
    applications: '收到申请',
    lawsuits: '应诉案件',
    decided: '审结',
    headAppearanceRate: '行政机关负责人出庭应诉率',
    casesKeyFigure: '行政复议与应诉',
    summary: ({ year, reconsideration: r, litigation: l }) =>
      `${year}年${[
        r && `收到行政复议申请${r.received}件${r.change ? `，${r.change}` : ''}${r.decided ? `，审结${r.decided}件` : ''}`,
        l &&
          `办理行政应诉案件${l.received}件${l.change ? `，${l.change}` : ''}${l.decided ? `，审结${l.decided}件` : ''}${l.rate ? `，行政机关负责人出庭应诉率${l.rate}` : ''}`,
      ]
        .filter(Boolean)
        .join('；')}。`,
  },
  en: {
    title: 'Administrative reconsideration and litigation',
    name: 'administrative reconsideration or litigation',
    keyFigure: 'Agency heads in court',
    count: (n) => n,
    reconsideration: 'Administrative reconsideration',
    litigation: 'Administrative litigation',
    applications: 'Applications received',
    lawsuits: 'Lawsuits answered',
    decided: 'Decided',
    headAppearanceRate: 'Agency heads appearing in court',
    casesKeyFigure: 'Reconsideration and litigation',
    summary: ({ year, reconsideration: r, litigation: l }) =>
      [
        r &&
          `In ${year}, ${r.received} applications for administrative reconsideration were received${r.change ? `, ${r.change}` : ''}${r.decided ? `, and ${r.decided} decided` : ''}.`,
        l &&
          `${r ? 'The' : `In ${year}, the`} unit answered ${l.received} administrative lawsuits${l.change ? `, ${l.change}` : ''}${l.decided ? `, and ${l.decided} were decided` : ''}${l.rate ? `; agency heads appeared in court in ${l.rate} of them` : ''}.`,
      ]
        .filter(Boolean)
        .join(' '),
  },
};
