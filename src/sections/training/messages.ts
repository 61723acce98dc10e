import type { Lang } from '../../i18n/format.js';
import type { SectionMessages } from '../section.js';

export interface TrainingMessages extends SectionMessages {
  /** A number of sessions: "41次"; in English the number alone, its labels saying what it counts (as petitions' do). */
  count: (n: string) => string;
  total: string;
  /** The total under each kind: "学习培训合计 41次". */
  totalDetail: (count: string) => string;
  /** A kind in the summary: "集中学习12次". */
  item: (label: string, count: string) => string;
  /**
   * The kinds the report lists, then their sum, as ours (合计, "in all"): a report lists its kinds
   * of study and training, and states no total of them. One kind is its own sum.
   */
  summary: (parts: { year: number; total: string; change?: string; items: string; kinds: number }) => string;
  /** The dataset editor's words: the new kind a number to check may become. */
  editor: { newKind: string };
}

export const trainingMessages: Record<Lang, TrainingMessages> = {
  'zh-CN': {
    title: '法治学习与培训',
    name: '学习培训',
    keyFigure: '学习培训合计（计算值）',
    count: (n) => `${n}次`,
    total: '学习培训合计',
    totalDetail: (count) => `学习培训合计 ${count}`,
    item: (label, count) => `${label}${count}次`,
    editor: { newKind: '新的学习培训类别' },
    summary: ({ year, total, change, items, kinds }) =>
      `${year}年度报告列出的学习培训：${items}${kinds > 1 ? `，合计${total}次` : ''}${change ? `，${change}` : ''}。`,
  },
  en: {
    title: 'Rule-of-law study and training',
    name: 'study and training',
    keyFigure: 'Study and training in all (worked out)',
    count: (n) => n,
    total: 'Sessions in total',
    totalDetail: (count) => `Sessions in total ${count}`,
    item: (label, count) => `${label} ${count}`,
    editor: { newKind: 'A new kind of training' },
    summary: ({ year, total, change, items, kinds }) =>
      `Study and training sessions listed in the ${year} report: ${items}${kinds > 1 ? `; ${total} in all` : ''}${change ? `, ${change}` : ''}.`,
  },
};
