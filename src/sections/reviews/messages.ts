import type { Lang } from '../../i18n/format.js';
import type { SectionMessages } from '../section.js';

/** One part of the summary, each figure the report gives of it: cases received (and the change since the compared year), decided, corrected or lost. */
interface Part {
  received?: string;
  change?: string;
  decided?: string;
  corrected?: string;
  lost?: string;
}

export interface ReviewsMessages extends SectionMessages {
  /** A number of cases: "6件" / "6". */
  count: (n: string) => string;
  reconsideration: string;
  litigation: string;
  /**
   * Each count's name under its part's heading in the chart, and in the table and a bar's name, where
   * no heading is: the reconsideration cases (applications the unit received, or made against it,
   * 被申请, as its report counts them), decided, corrected (纠错); the lawsuits answered, decided, lost (败诉).
   */
  counts: {
    reconsideration: { received: string; decided: string; corrected: string };
    litigation: { received: string; decided: string; lost: string };
  };
  headAppearanceRate: string;
  /** The dashboard's headline when the report gives no rate: cases of both kinds. */
  casesKeyFigure: string;
  /** Each figure's name where it stands alone, without its part's heading (the editor's rows). */
  fields: {
    reconsideration: { received: string; decided: string; corrected: string };
    litigation: { received: string; decided: string; lost: string };
  };
  summary: (parts: { year: number; reconsideration?: Part; litigation?: Part & { rate?: string } }) => string;
}

/** A part's figures in Chinese: 行政复议案件6件，审结5件; without cases received, its name before the first count (行政应诉案件审结521件). */
function zhPart(received: string, name: string, counts: (string | false | undefined)[], part: Part, rate?: string): string {
  const given = counts.filter((count): count is string => Boolean(count));
  const head = part.received ? [`${received}${part.received}件${part.change ? `，${part.change}` : ''}`] : [];
  if (!part.received && given.length) given[0] = `${name}${given[0]}`;
  return [...head, ...given, ...(rate ? [`行政机关负责人出庭应诉率${rate}`] : [])].join('，');
}

/** A list in English: "24 decided and 3 corrected", "a, b and c". */
const and = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);

export const reviewsMessages: Record<Lang, ReviewsMessages> = {
  'zh-CN': {
    title: '行政复议与行政应诉',
    name: '行政复议与应诉',
    keyFigure: '负责人出庭应诉率',
    count: (n) => `${n}件`,
    reconsideration: '行政复议',
    litigation: '行政应诉',
    counts: {
      reconsideration: { received: '复议案件', decided: '复议审结', corrected: '复议纠错' },
      litigation: { received: '应诉案件', decided: '应诉审结', lost: '应诉败诉' },
    },
    headAppearanceRate: '行政机关负责人出庭应诉率',
    casesKeyFigure: '行政复议与应诉',
    fields: {
      reconsideration: { received: '行政复议案件', decided: '行政复议审结', corrected: '行政复议纠错' },
      litigation: { received: '行政应诉案件', decided: '行政应诉审结', lost: '行政应诉败诉' },
    },
    summary: ({ year, reconsideration: r, litigation: l }) =>
      `${year}年${[
        r && zhPart('行政复议案件', '行政复议案件', [r.decided && `审结${r.decided}件`, r.corrected && `纠错${r.corrected}件`], r),
        l && zhPart('发生行政应诉案件', '行政应诉案件', [l.decided && `审结${l.decided}件`, l.lost && `败诉${l.lost}件`], l, l.rate),
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
    counts: {
      reconsideration: { received: 'Reconsiderations', decided: 'Reconsiderations decided', corrected: 'Reconsiderations corrected' },
      litigation: { received: 'Lawsuits answered', decided: 'Lawsuits decided', lost: 'Lawsuits lost' },
    },
    headAppearanceRate: 'Agency heads appearing in court',
    casesKeyFigure: 'Reconsideration and litigation',
    fields: {
      reconsideration: {
        received: 'Reconsideration: cases',
        decided: 'Reconsideration: decided',
        corrected: 'Reconsideration: corrected',
      },
      litigation: { received: 'Lawsuits answered', decided: 'Lawsuits decided', lost: 'Lawsuits lost' },
    },
    summary: ({ year, reconsideration: r, litigation: l }) => {
      const sentences: string[] = [];
      if (r) {
        const after = [r.decided && `${r.decided} decided`, r.corrected && `${r.corrected} corrected`].filter((part): part is string =>
          Boolean(part),
        );
        sentences.push(
          r.received
            ? `In ${year}, the unit had ${r.received} administrative reconsideration cases${r.change ? `, ${r.change}` : ''}${after.length === 1 ? `, and ${after[0]}` : after.length ? `, ${and(after)}` : ''}.`
            : `In ${year}, ${r.decided ? `${r.decided} administrative reconsideration cases were decided${r.corrected ? `, ${r.corrected} of them corrected` : ''}` : `${r.corrected} administrative acts were corrected on reconsideration`}.`,
        );
      }
      if (l) {
        const lead = r ? '' : `In ${year}, `;
        const rate = l.rate ? `; agency heads appeared in court in ${l.rate} of them` : '';
        if (l.received)
          sentences.push(
            `${r ? 'The' : `In ${year}, the`} unit answered ${l.received} administrative lawsuits${l.change ? `, ${l.change}` : ''}${l.decided ? `, and ${l.decided} were decided` : ''}${l.lost ? `, ${l.lost} of them lost` : ''}${rate}.`,
          );
        else if (l.decided)
          sentences.push(`${lead}${l.decided} administrative lawsuits were decided${l.lost ? `, ${l.lost} of them lost` : ''}${rate}.`);
        else if (l.lost) sentences.push(`${lead}${l.lost} administrative lawsuits were lost${rate}.`);
        else if (l.rate)
          sentences.push(
            `${r ? 'Agency' : `In ${year}, agency`} heads appeared in court in ${l.rate} of the unit’s administrative lawsuits.`,
          );
      }
      return sentences.join(' ');
    },
  },
};
