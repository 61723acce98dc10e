import type { ChartPoint } from '../charts/types.js';
import type { PictureLine } from '../export/picture.js';

export type { PictureLine };

/** A headline figure as a picture writes it: label, figure and change on one line, the report's words under it. */
export type Headline = Pick<ChartPoint, 'label' | 'valueText' | 'change' | 'quote' | 'details'>;

export function headlineLines({ label, valueText, change, quote, details }: Headline): PictureLine[] {
  return [
    { text: [label, valueText, change?.text].filter(Boolean).join('  '), tone: 'figure' },
    ...(quote ? [{ text: `“${quote}”`, tone: 'small' as const }] : []),
    ...details.map((detail) => ({ text: detail, tone: 'small' as const })),
  ];
}
