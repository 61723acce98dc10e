import type { Lang } from '../../i18n/format.js';
import type { SectionMessages } from '../section.js';

export interface PlatformsMessages extends SectionMessages {
  /** The name of the system the platforms belong to, at the diagram's hub; a dataset may give its region's word. */
  hub: string;
  /** A number of platforms: "4个" / "4". */
  count: (n: string) => string;
  /** How many figures the report gives for one platform: "1项数据". */
  metricCount: (n: number) => string;
  /** For a platform without figures. */
  none: string;
  /** A platform's figure: "150次 ▲ +30，+25.0%". */
  metricValue: (value: string, unit: string, change?: string) => string;
  noFigures: string;
  summary: (parts: { year: number; count: string; title: string; names: string }) => string;
  /** The dataset editor's words: a platform a person adds by hand. */
  editor: { newPlatform: string };
}

export const platformsMessages: Record<Lang, PlatformsMessages> = {
  'zh-CN': {
    title: '基层智治平台',
    name: '治理平台',
    keyFigure: '治理平台',
    hub: '基层智治',
    count: (n) => `${n}个`,
    metricCount: (n) => `${n}项数据`,
    none: '报告未列数据',
    metricValue: (value, unit, change) => `${value}${unit}${change ? ` ${change}` : ''}`,
    noFigures: '本年度报告未列出各平台的具体数据。',
    summary: ({ year, count, title, names }) => `${year}年报告列出${count}个${title}：${names}。`,
    editor: { newPlatform: '新的平台' },
  },
  en: {
    title: 'Grassroots governance platforms',
    name: 'governance platform',
    keyFigure: 'Governance platforms',
    hub: 'Grassroots governance',
    count: (n) => n,
    metricCount: (n) => `${n} figure${n === 1 ? '' : 's'}`,
    none: 'No figures given',
    metricValue: (value, unit, change) => `${value}${unit}${change ? ` ${change}` : ''}`,
    noFigures: "This year's report gives no figures for the individual platforms.",
    // The title inside a sentence: "Grassroots governance platforms" → "grassroots governance platforms".
    summary: ({ year, count, title, names }) =>
      `The ${year} report names ${count} ${title.charAt(0).toLowerCase()}${title.slice(1)}: ${names}.`,
    editor: { newPlatform: 'A new platform' },
  },
};
