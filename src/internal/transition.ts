/** How long bars take to move to a new year's figures. */
export const TRANSITION_MS = 300;

/**
 * Grows each bar of `next` from the width its namesake (same `data-key`) had in `replaced`, and
 * new bars from nothing. Text shows the new figures at once: a number is never seen half-way.
 * Nothing moves for readers who ask for reduced motion.
 * Uses the Web Animations API: no style attributes, nothing a strict CSP refuses.
 */
export function animateBars(replaced: Element, next: Element): void {
  if (matchMedia('(prefers-reduced-motion: reduce)').matches) return;
  const widths = new Map<string, number>();
  for (const bar of replaced.querySelectorAll('[data-key]'))
    widths.set(bar.getAttribute('data-key') ?? '', Number(bar.getAttribute('width')));
  const timing: KeyframeAnimationOptions = { duration: TRANSITION_MS, easing: 'cubic-bezier(0.33, 1, 0.68, 1)' };
  for (const bar of next.querySelectorAll('[data-key]')) {
    const width = Number(bar.getAttribute('width'));
    if (!(width > 0)) continue;
    const from = (widths.get(bar.getAttribute('data-key') ?? '') ?? 0) / width;
    if (Math.abs(from - 1) > 0.001) bar.animate([{ transform: `scaleX(${from})` }, { transform: 'none' }], timing);
  }
}
