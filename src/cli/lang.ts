import type { Lang } from '../i18n/format.js';

/**
 * The language the command-line tools speak: zh-CN when the locale says Chinese, English
 * otherwise. The locale is the first of LC_ALL, LC_MESSAGES and LANG that is set, as POSIX reads
 * it (`LANG=zh_CN.UTF-8`, `LC_ALL=zh_TW.UTF-8` and `LC_MESSAGES=zh` are Chinese; `C` and unset
 * are English).
 */
export function cliLang(env: Record<string, string | undefined> = process.env): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh/i.test(locale) ? 'zh-CN' : 'en';
}
