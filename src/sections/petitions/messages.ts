import type { Lang } from '../../i18n/format.js';
import type { SectionMessages } from '../section.js';

export interface PetitionsMessages extends SectionMessages {
  /** A number of petitions: "393件" / "393". */
  count: (n: string) => string;
  total: string;
  flagsHeading: string;
  flagNote: string;
  /** A channel in the summary: "8890热线120件（占60.0%）". */
  channelItem: (label: string, count: string, share: string) => string;
  /** A flagged subset in the summary: "越级访2件". */
  flagItem: (label: string, count: string) => string;
  summary: (parts: { year: number; total: string; change?: string; channels: string; flags?: string }) => string;
  /** The dataset editor's words: the heading of the section's rows, the kind after a channel's or a subset's name, the new items a number to check may become. */
  editor: { heading: string; channel: string; flag: string; newChannel: string; newFlag: string };
}

export const petitionsMessages: Record<Lang, PetitionsMessages> = {
  'zh-CN': {
    title: '信访件按渠道分布',
    name: '信访',
    keyFigure: '信访总量',
    count: (n) => `${n}件`,
    total: '信访总量',
    flagsHeading: '其中（已含在上述渠道中，不另计）',
    flagNote: '已含在上述渠道中，不另计',
    channelItem: (label, count, share) => `${label}${count}件（占${share}）`,
    flagItem: (label, count) => `${label}${count}件`,
    editor: { heading: '信访', channel: '渠道', flag: '其中', newChannel: '新的信访渠道', newFlag: '新的信访“其中”项' },
    summary: ({ year, total, change, channels, flags }) =>
      `${year}年信访总量${total}件${change ? `，${change}` : ''}；其中${channels}。${flags ? `涉及${flags}。` : ''}`,
    warnings: {
      'channels-sum': (v, n) => `各渠道合计 ${n.count(v.sum)} 件，与信访总量 ${n.count(v.total)} 件相差 ${n.count(v.sum - v.total)} 件。`,
    },
  },
  en: {
    title: 'Petitions by channel',
    name: 'petition',
    keyFigure: 'Petitions',
    count: (n) => n,
    total: 'Petitions in total',
    flagsHeading: 'Of which (counted in the channels above)',
    flagNote: 'Already counted in a channel',
    channelItem: (label, count, share) => `${label} ${count} (${share})`,
    flagItem: (label, count) => `${label} ${count}`,
    editor: {
      heading: 'Petitions',
      channel: 'channel',
      flag: 'of which',
      newChannel: 'A new petition channel',
      newFlag: 'A new "of which" item of petitions',
    },
    summary: ({ year, total, change, channels, flags }) =>
      `In ${year} there were ${total} petitions${change ? `, ${change}` : ''}: ${channels}.${flags ? ` Among them: ${flags}.` : ''}`,
    warnings: {
      'channels-sum': (v, n) =>
        `The channels add up to ${n.count(v.sum)}, the stated total is ${n.count(v.total)} (difference ${n.count(v.sum - v.total)}).`,
    },
  },
};
