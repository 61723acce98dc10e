import type { Lang } from '../i18n/format.js';

export type EmbedLang = Lang;

/**
 * The embed's language, from its `lang=` parameter: `toLang`'s rule (`en…` is English, anything
 * else Chinese), kept here so that the embed's script shares no module with the bundle it loads
 * (a shared module would become a third file that every page of the bundle downloads).
 */
export function embedLang(value: string | null): EmbedLang {
  return value?.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}

/** The embed page's own words: what it says when a link asks for something it will not show. */
export interface EmbedMessages {
  /** `chart=` names no element: the names it takes (never the name asked for: a link's words are not ours to show). */
  unknownChart: (names: string) => string;
  /** `src=` is on another site that the embed does not allow. */
  refusedOrigin: (origin: string) => string;
  /** `src=` is no http(s) address. */
  badSource: string;
}

export const embedMessages: Record<Lang, EmbedMessages> = {
  'zh-CN': {
    unknownChart: (names) => `无法显示：没有这个图表。可用的名称：${names}。`,
    refusedOrigin: (origin) => `不显示来自其他网站（${origin}）的数据：本页只读取本站及其允许的网站的数据文件。`,
    badSource: '无法显示：数据地址无效。',
  },
  en: {
    unknownChart: (names) => `Cannot show this: there is no such chart. Names: ${names}.`,
    refusedOrigin: (origin) =>
      `Data from another site (${origin}) is not shown: this page reads data files only from its own site and the sites it allows.`,
    badSource: 'Cannot show this: the data address is not valid.',
  },
};
