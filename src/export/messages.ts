import type { Lang } from '../i18n/format.js';
import type { Messages } from '../i18n/messages.js';
import { ExportError } from './formats.js';

/**
 * What can go wrong making a file, in each language: loaded with the code that makes files, as
 * only a page that exports needs it. What any page may say — no chart shown, the dashboard
 * presenting, the code not loaded — is in the main catalogue (`exports` of `i18n/messages.ts`).
 */
export interface ExportMessages {
  /** A PNG's `scale` that cannot be used: the picture's can be from `smallest` (a pixel each way) to `largest` (what the browser's canvas holds, at most 8). */
  scale: (smallest: string, largest: string) => string;
  /** `toBlob` asked for a format there is none of; `formats` lists those there are. */
  format: (format: string, formats: string) => string;
  /** A picture's `shape` there is none of. */
  shape: (shape: string) => string;
  /** The browser made no PNG: it could not decode the picture, or its canvas gave none (out of memory, or over its limits). */
  canvas: string;
  /** Anything else. */
  unexpected: string;
}

export const exportMessages: Record<Lang, ExportMessages> = {
  'zh-CN': {
    scale: (smallest, largest) => `图片缩放倍数（scale）应在 ${smallest} 到 ${largest} 之间（本浏览器能画出这张图的范围）。`,
    format: (format, formats) => `不能导出为“${format}”；可用的格式：${formats}。`,
    shape: (shape) => `图片形状（shape）“${shape}”不可用；可用的形状："shown"（与页面所示相同）、"16:9"（横幅）。`,
    canvas: '浏览器未能生成这张图片（可能太大或内存不足），请用较小的缩放倍数再试。',
    unexpected: '导出时出现意外错误。',
  },
  en: {
    scale: (smallest, largest) => `The picture's scale must be from ${smallest} to ${largest}, as this browser can draw it.`,
    format: (format, formats) => `Cannot export as "${format}"; the formats are ${formats}.`,
    shape: (shape) => `There is no picture shape "${shape}"; the shapes are "shown" (as on the page) and "16:9" (landscape).`,
    canvas: 'The browser could not make this picture (it may be too large, or out of memory); try a smaller scale.',
    unexpected: 'The export failed unexpectedly.',
  },
};

/** Why a file could not be made, in the words of `t`'s language; what no `ExportError` names is logged for developers and said to be unexpected. */
export function exportFailure(error: unknown, t: Messages): string {
  const m = exportMessages[t.locale as Lang];
  if (error instanceof ExportError) {
    const { kind, detail } = error;
    const { smallest, largest, format, formats = [], shape } = detail;
    if (kind === 'scale') return m.scale(String(smallest), String(largest));
    if (kind === 'format') return m.format(String(format), formats.map((name) => `"${name}"`).join(', '));
    if (kind === 'shape') return m.shape(String(shape));
    return kind === 'canvas' ? m.canvas : t.exports[kind];
  }
  console.error('fazhi-dashboard export:', error);
  return m.unexpected;
}
