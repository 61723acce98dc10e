import { afterEach, describe, expect, it } from 'vitest';
import { allFz, CHART_TAGS, cleanup, mount, settled, sourceFor, textElements } from './helpers.js';

afterEach(cleanup);

const TAGS = ['fz-dashboard', ...CHART_TAGS];

interface Placed {
  element: Element;
  rect: DOMRect;
}

function overlaps(a: DOMRect, b: DOMRect): boolean {
  const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return x > 1 && y > 1;
}

const describeText = ({ element, rect }: Placed) =>
  `"${element.textContent?.trim()}" at ${Math.round(rect.left)},${Math.round(rect.top)} ${Math.round(rect.width)}×${Math.round(rect.height)}`;

describe.each([320, 1920])('at %i px', (width) => {
  describe.each(['zh-CN', 'en'])('in %s', (lang) => {
    it.each(TAGS)('<%s>, data tables open, has no text under 12 px, none outside the element, no chart labels overlapping', async (tag) => {
      const element = mount(tag, { src: sourceFor(tag), lang }, width);
      await settled(element);
      for (const el of allFz(element)) for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const host = element.getBoundingClientRect();
      const placed: Placed[] = textElements(element)
        .map((el) => ({ element: el, rect: el.getBoundingClientRect() }))
        .filter(({ rect }) => rect.width > 0 && rect.height > 0);
      expect(placed.length).toBeGreaterThan(10);

      for (const item of placed) {
        expect(parseFloat(getComputedStyle(item.element).fontSize), describeText(item)).toBeGreaterThanOrEqual(12);
        expect(item.rect.left, describeText(item)).toBeGreaterThanOrEqual(host.left - 0.5);
        expect(item.rect.right, describeText(item)).toBeLessThanOrEqual(host.right + 0.5);
      }

      const inSvg = placed.filter(({ element }) => element.closest('svg'));
      expect(inSvg.length).toBeGreaterThan(3);
      for (let i = 0; i < inSvg.length; i++) {
        for (let j = i + 1; j < inSvg.length; j++) {
          const [a, b] = [inSvg[i], inSvg[j]];
          if (a.element.contains(b.element) || b.element.contains(a.element)) continue;
          expect(overlaps(a.rect, b.rect), `${describeText(a)} overlaps ${describeText(b)}`).toBe(false);
        }
      }
    });
  });
});
