import type { MediationFigures, PetitionFigures, ShareItem, TrainingFigures } from '../data/derive.js';
import type { Platform } from '../data/schema.js';
import { formatCount, formatPercent, formatRateChange, labelText, type Lang } from './format.js';

/**
 * One sentence per chart saying what it shows, in the reader's language — the chart's text
 * alternative, and plain words for everyone. With an earlier year, it states the change.
 */

export interface Earlier<T> {
  year: number;
  figures: T;
}

const n = formatCount;

/** "比2023年减少85件（−17.8%）" / "85 fewer than in 2023 (−17.8%)". */
function changeSince(current: number, earlier: Earlier<unknown> & { value: number }, lang: Lang, unit: string): string {
  const diff = current - earlier.value;
  const relative = earlier.value > 0 ? `（${diff > 0 ? '+' : '−'}${formatPercent(Math.abs(diff) / earlier.value, lang)}）` : '';
  if (lang === 'en') {
    if (diff === 0) return `the same as in ${earlier.year}`;
    return `${n(Math.abs(diff), lang)} ${diff > 0 ? 'more' : 'fewer'} than in ${earlier.year}${relative.replace('（', ' (').replace('）', ')')}`;
  }
  if (diff === 0) return `与${earlier.year}年持平`;
  return `比${earlier.year}年${diff > 0 ? '增加' : '减少'}${n(Math.abs(diff), lang)}${unit}${relative}`;
}

const list = (items: readonly ShareItem[], lang: Lang, unit: string, withShare: boolean) =>
  items
    .map((item) => {
      const share = withShare ? (lang === 'en' ? ` (${formatPercent(item.share, lang)})` : `（占${formatPercent(item.share, lang)}）`) : '';
      return lang === 'en' ? `${labelText(item.label, lang)} ${n(item.value, lang)}${share}` : `${labelText(item.label, lang)}${n(item.value, lang)}${unit}${share}`;
    })
    .join(lang === 'en' ? ', ' : '、');

export function petitionsSummary(figures: PetitionFigures, year: number, lang: Lang, earlier?: Earlier<PetitionFigures>): string {
  const total = figures.total.value;
  const change = earlier ? changeSince(total, { ...earlier, value: earlier.figures.total.value }, lang, '件') : '';
  const flags = figures.flags.length > 0 ? list(figures.flags, lang, '件', false) : '';
  if (lang === 'en') {
    return `In ${year} there were ${n(total, lang)} petitions${change ? `, ${change}` : ''}: ${list(figures.channels, lang, '', true)}.${flags ? ` Among them: ${flags}.` : ''}`;
  }
  return `${year}年信访总量${n(total, lang)}件${change ? `，${change}` : ''}；其中${list(figures.channels, lang, '件', true)}。${flags ? `涉及${flags}。` : ''}`;
}

export function mediationSummary(figures: MediationFigures, year: number, lang: Lang, earlier?: Earlier<MediationFigures>): string {
  const { accepted, resolved, computedRate, statedRate } = figures;
  const computed = computedRate === null ? null : formatPercent(computedRate, lang, 2);
  const stated = statedRate ? formatPercent(statedRate.value, lang, Number.isInteger(statedRate.value * 100) ? 0 : 1) : null;
  const before = earlier?.figures.computedRate;
  const rateChange =
    earlier && computedRate !== null && before !== null && before !== undefined ? formatRateChange(computedRate, before, lang).text.replace(/^[▲▼●] /, '') : '';
  if (lang === 'en') {
    return (
      `In ${year}, ${n(accepted.value, lang)} disputes were accepted for mediation and ${n(resolved.value, lang)} resolved` +
      (computed ? `: a success rate of ${computed} by the counts` : '') +
      (stated ? `, ${stated} as the report states it` : '') +
      '.' +
      (rateChange ? ` The computed rate changed by ${rateChange} since ${earlier!.year}.` : '')
    );
  }
  return (
    `${year}年受理矛盾纠纷案件${n(accepted.value, lang)}起，成功化解${n(resolved.value, lang)}起` +
    (computed ? `，按数计算成功率${computed}` : '') +
    (stated ? `，报告所述成功率${stated}` : '') +
    '。' +
    (rateChange ? `按数计算的成功率比${earlier!.year}年变化${rateChange}。` : '')
  );
}

export function trainingSummary(figures: TrainingFigures, year: number, lang: Lang, earlier?: Earlier<TrainingFigures>): string {
  const change = earlier ? changeSince(figures.total, { ...earlier, value: earlier.figures.total }, lang, '次') : '';
  if (lang === 'en') {
    return `In ${year} there were ${n(figures.total, lang)} study and training sessions${change ? `, ${change}` : ''}: ${list(figures.items, lang, '', false)}.`;
  }
  return `${year}年开展法治学习培训共${n(figures.total, lang)}次${change ? `，${change}` : ''}：${list(figures.items, lang, '次', false)}。`;
}

export function platformsSummary(platforms: readonly Platform[], year: number, lang: Lang): string {
  const names = platforms.map((platform) => labelText(platform.label, lang));
  const withFigures = platforms.filter((platform) => (platform.metrics ?? []).length > 0).length;
  if (lang === 'en') {
    return `The ${year} report names ${names.length} grassroots governance platforms: ${names.join(', ')}.` + (withFigures ? '' : ' It gives no figures for them.');
  }
  return `${year}年报告列出${names.length}个基层智治平台：${names.join('、')}。` + (withFigures ? '' : '报告未列出各平台的具体数据。');
}
