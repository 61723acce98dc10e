import type { Lang } from '../../i18n/format.js';
import type { SectionMessages } from '../section.js';
import type { LEGALITY_KINDS } from './schema.js';

export interface LegalityMessages extends SectionMessages, Record<(typeof LEGALITY_KINDS)[number], string> {
  /** A number of documents reviewed: "12件" / "12". */
  count: (n: string) => string;
  /** Every review: the total the report states, or every kind added up. */
  total: string;
  /** The kinds a report lists (`kinds`, named) added up, when it leaves a kind out and states no total. */
  listedTotal: (kinds: string) => string;
  /** The key figure when it is `listedTotal`. */
  keyFigureListed: string;
  /** The key figure when it is every kind added up, the report stating no total. */
  keyFigureAll: string;
  /** A kind in the summary: "重大行政决策12件". */
  item: (kind: string, count: string) => string;
  /** `how`: the total is stated by the report, every kind added up, or the kinds it lists added up. */
  summary: (parts: { year: number; how: 'stated' | 'all' | 'listed'; total: string; change?: string; items: string }) => string;
}

export const legalityMessages: Record<Lang, LegalityMessages> = {
  'zh-CN': {
    title: '合法性审查',
    name: '合法性审查',
    keyFigure: '合法性审查',
    keyFigureListed: '合法性审查（所列各类）',
    keyFigureAll: '合法性审查（三类合计）',
    count: (n) => `${n}件`,
    total: '合法性审查合计',
    listedTotal: (kinds) => `${kinds}合计`,
    decisions: '重大行政决策',
    documents: '行政规范性文件',
    contracts: '合同',
    item: (kind, count) => `${kind}${count}件`,
    summary: ({ year, how, total, change, items }) =>
      how === 'stated'
        ? `${year}年合法性审查${total}件${change ? `，${change}` : ''}${items ? `，其中${items}` : ''}。`
        : `${year}年${how === 'listed' ? '报告所列' : ''}合法性审查${how === 'all' ? '三类合计' : ''}${total}件${change ? `，${change}` : ''}：${items}。`,
    warnings: {
      'kinds-exceed-total': (v, n) =>
        `所列各类合计${n.count(v.listed)}件，多于报告所述合计${n.count(v.total)}件（相差${n.count(v.listed - v.total)}件）。`,
    },
  },
  en: {
    title: 'Legality review',
    name: 'legality review',
    keyFigure: 'Legality reviews',
    keyFigureListed: 'Legality reviews (kinds listed)',
    keyFigureAll: 'Legality reviews (3 kinds)',
    count: (n) => n,
    total: 'Reviewed in total',
    listedTotal: (kinds) => `${kinds}, added up`,
    decisions: 'Major administrative decisions',
    documents: 'Normative documents',
    contracts: 'Contracts',
    item: (kind, count) => `${kind} ${count}`,
    summary: ({ year, how, total, change, items }) =>
      how === 'stated'
        ? `In ${year}, ${total} documents were reviewed for legality${change ? `, ${change}` : ''}${items ? `, among them: ${items}` : ''}.`
        : how === 'listed'
          ? `In ${year}, the kinds the report lists add up to ${total} documents reviewed for legality${change ? `, ${change}` : ''}: ${items}.`
          : `In ${year}, the three kinds reviewed for legality add up to ${total} documents${change ? `, ${change}` : ''}: ${items}.`,
    warnings: {
      'kinds-exceed-total': (v, n) =>
        `The kinds listed add up to ${n.count(v.listed)}, more than the stated total of ${n.count(v.total)} (difference ${n.count(v.listed - v.total)}).`,
    },
  },
};
