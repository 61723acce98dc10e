import type { Lang } from '../../i18n/format.js';
import type { SectionMessages } from '../section.js';
import type { LEGALITY_KINDS } from './schema.js';

export interface LegalityMessages extends SectionMessages, Record<(typeof LEGALITY_KINDS)[number], string> {
  /** A number of documents reviewed: "12件" / "12". */
  count: (n: string) => string;
  /** The documents of every kind reviewed, added up. */
  total: string;
  /** A kind in the summary: "重大行政决策12件". */
  item: (kind: string, count: string) => string;
  summary: (parts: { year: number; total: string; change?: string; items: string }) => string;
}

export const legalityMessages: Record<Lang, LegalityMessages> = {
  'zh-CN': {
    title: '合法性审查',
    name: '合法性审查',
    keyFigure: '合法性审查',
    count: (n) => `${n}件`,
    decisions: '重大行政决策',
    documents: '行政规范性文件',
    contracts: '合同',
    total: '合法性审查合计',
    item: (kind, count) => `${kind}${count}件`,
    summary: ({ year, total, change, items }) => `${year}年合法性审查${total}件${change ? `，${change}` : ''}：${items}。`,
  },
  en: {
    title: 'Legality review',
    name: 'legality review',
    keyFigure: 'Legality reviews',
    count: (n) => n,
    decisions: 'Major administrative decisions',
    documents: 'Normative documents',
    contracts: 'Contracts',
    total: 'Reviewed in total',
    item: (kind, count) => `${kind} ${count}`,
    summary: ({ year, total, change, items }) =>
      `In ${year}, ${total} documents were reviewed for legality${change ? `, ${change}` : ''}: ${items}.`,
  },
};
