/** How long bars take to move to a new year's figures. */
export const TRANSITION_MS = 300;

// Asked for on first use, not at import: importing touches no page.
let reducedMotion: MediaQueryList | undefined;

/** The width of each bar of a drawn chart, by its `data-key`: where the bars move from. */
export function barWidths(drawing: Element): Map<string, number> {
  const widths = new Map<string, number>();
  for (const bar of drawing.querySelectorAll('[data-key]'))
    widths.set(bar.getAttribute('data-key') ?? '', Number(bar.getAttribute('width')));
  return widths;
}

/**
 * Grows each bar of `drawing` from the width its namesake (same `data-key`) had before (`from`,
 * made by `barWidths`), and new bars from nothing. Text shows the new figures at once: a number
 * is never seen half-way. Nothing moves for readers who ask for reduced motion.
 * Uses the Web Animations API: no style attributes, nothing a strict CSP refuses.
 */
export function animateBars(from: ReadonlyMap<string, number>, drawing: Element): void {
  reducedMotion ??= matchMedia('(prefers-reduced-motion: reduce)');
  if (reducedMotion.matches) return;
  const timing: KeyframeAnimationOptions = { duration: TRANSITION_MS, easing: 'cubic-bezier(0.33, 1, 0.68, 1)' };
  for (const bar of drawing.querySelectorAll('[data-key]')) {
    const width = Number(bar.getAttribute('width'));
    if (!(width > 0)) continue;
    const scale = (from.get(bar.getAttribute('data-key') ?? '') ?? 0) / width;
    if (Math.abs(scale - 1) > 0.001) bar.animate([{ transform: `scaleX(${scale})` }, { transform: 'none' }], timing);
  }
}
