import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { cleanup, DATA_URL, inShadow, mount, pointAt, settled } from './helpers.js';

afterEach(cleanup);

const point = (element: Element, index: number) => inShadow<SVGElement>(element, `.fz-point[data-index="${index}"]`)!;
const tooltipText = (element: Element) => inShadow(element, '.tooltip')?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
/** A button right after `element` in its box (which goes with it): where focus goes on leaving the chart. */
function buttonAfter(element: Element): HTMLButtonElement {
  const button = document.createElement('button');
  button.textContent = 'after';
  element.after(button);
  return button;
}
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

describe('tooltips', () => {
  it('appear on hover with value, share (said once) and the source quote', async () => {
    const element = mount('fz-petitions', { src: DATA_URL }, 640);
    await settled(element);
    await pointAt(element, point(element, 0));
    await expect.poll(() => tooltipText(element)).toContain('12345热线');
    const text = tooltipText(element)!;
    expect(text).toContain('354件');
    expect(text).toContain('其中12345热线354件');
    // The share, once, in words.
    expect(text.match(/90\.1%/g)).toEqual(['90.1%']);
    expect(text).toContain('占总量 90.1%');
  });

  it('follow the pointer to another point and leave with it', async () => {
    const element = mount('fz-training', { src: DATA_URL }, 640);
    await settled(element);
    await pointAt(element, point(element, 2));
    await expect.poll(() => tooltipText(element)).toContain('累计进行业务培训16次');
    await userEvent.hover(point(element, 0));
    await expect.poll(() => tooltipText(element)).toContain('开展集中学习12次');
    await userEvent.hover(inShadow(element, '.title')!);
    await expect.poll(() => tooltipText(element)).toBeNull();
  });

  it('sit inside the chart box, under the point', async () => {
    const element = mount('fz-petitions', { src: DATA_URL }, 360);
    await settled(element);
    await pointAt(element, point(element, 0));
    await expect.poll(() => inShadow(element, '.tooltip')).not.toBeNull();
    await nextFrame();
    const tip = inShadow(element, '.tooltip')!.getBoundingClientRect();
    const chart = inShadow(element, '.chart')!.getBoundingClientRect();
    const row = point(element, 0).getBoundingClientRect();
    expect(tip.left).toBeGreaterThanOrEqual(chart.left - 0.5);
    expect(tip.right).toBeLessThanOrEqual(chart.right + 0.5);
    expect(tip.top).toBeGreaterThanOrEqual(row.bottom);
  });
});

describe('keyboard', () => {
  it('reaches the chart with one Tab, shows the tooltip, and walks the points with arrows, Home and End', async () => {
    const before = document.createElement('button');
    before.textContent = 'before';
    const element = mount('fz-petitions', { src: DATA_URL }, 640);
    element.before(before);
    await settled(element);
    before.focus();
    await userEvent.keyboard('{Tab}');
    expect(element.shadowRoot!.activeElement).toBe(point(element, 0));
    await expect.poll(() => tooltipText(element)).toContain('354件');

    await userEvent.keyboard('{ArrowDown}');
    expect(element.shadowRoot!.activeElement).toBe(point(element, 1));
    await expect.poll(() => tooltipText(element)).toContain('来访8件');

    await userEvent.keyboard('{End}');
    await expect.poll(() => tooltipText(element)).toContain('重复件5件');
    expect(point(element, 6).getAttribute('tabindex')).toBe('0');
    expect(point(element, 0).getAttribute('tabindex')).toBe('-1');

    await userEvent.keyboard('{Home}');
    await expect.poll(() => tooltipText(element)).toContain('其中12345热线354件');

    await userEvent.keyboard('{ArrowUp}');
    expect(element.shadowRoot!.activeElement).toBe(point(element, 0));

    await userEvent.keyboard('{Escape}');
    await expect.poll(() => tooltipText(element)).toBeNull();
    before.remove();
  });

  it('keeps a tooltip Escape hid hidden as focus leaves the chart, the pointer still on its bar; a click that gives focus elsewhere keeps the pointer’s', async () => {
    const element = mount('fz-petitions', { src: DATA_URL }, 640);
    const after = buttonAfter(element);
    await settled(element);
    await pointAt(element, point(element, 1));
    await expect.poll(() => tooltipText(element)).toContain('来访8件');
    // Focus on the bar the pointer is on, then away: the pointer's tooltip stays.
    point(element, 1).focus();
    after.focus();
    await nextFrame();
    expect(tooltipText(element)).toContain('来访8件');
    // Escape hides it; focus leaving does not bring it back.
    point(element, 1).focus();
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => tooltipText(element)).toBeNull();
    after.focus();
    await nextFrame();
    expect(tooltipText(element)).toBeNull();
  });

  it('announces each point once, in the element’s language and punctuation', async () => {
    const zh = mount('fz-petitions', { src: DATA_URL }, 640);
    const en = mount('fz-petitions', { src: DATA_URL, lang: 'en' }, 640);
    await settled(zh);
    await settled(en);
    const live = (element: Element) => inShadow(element, '[aria-live="polite"]')!;
    point(zh, 0).focus();
    await expect.poll(() => live(zh).textContent).toBe('12345热线，354件，占总量 90.1%，第1项，共7项');
    point(en, 0).focus();
    await expect.poll(() => live(en).textContent).toBe('12345 hotline, 354, 90.1% of total, 1 of 7');
    point(en, 6).focus();
    await expect.poll(() => live(en).textContent).toBe('Repeat cases, 5, 1.3% of total, Already counted in a channel, 7 of 7');
  });

  it('leaves the chart with the next Tab (to the data table, the export menu, the source link, then on): one tab stop per chart', async () => {
    const element = mount('fz-training', { src: DATA_URL }, 640);
    const after = buttonAfter(element);
    await settled(element);
    point(element, 0).focus();
    await userEvent.keyboard('{Tab}');
    expect(element.shadowRoot!.activeElement?.textContent).toBe('查看数据表');
    await userEvent.keyboard('{Tab}');
    expect(element.shadowRoot!.activeElement?.textContent).toBe('导出');
    await userEvent.keyboard('{Tab}');
    expect(element.shadowRoot!.activeElement?.localName).toBe('a');
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(after);
    after.remove();
  });

  it('reaches each governance platform', async () => {
    const element = mount('fz-platforms', { src: DATA_URL }, 640);
    await settled(element);
    point(element, 0).focus();
    await expect.poll(() => tooltipText(element)).toContain('党建统领');
    await userEvent.keyboard('{ArrowRight}');
    await userEvent.keyboard('{ArrowRight}');
    await userEvent.keyboard('{ArrowRight}');
    await expect.poll(() => tooltipText(element)).toContain('公共服务');
    // The report's own quotation marks nested inside ours: ‘四平台’.
    expect(tooltipText(element)).toContain('维护运行基层智治‘四平台’');
  });
});

describe('resizing', () => {
  it('re-lays out the chart to the container’s new width', async () => {
    const element = mount('fz-petitions', { src: DATA_URL }, 1200);
    await settled(element);
    const widthOf = () => Number(inShadow(element, '.chart svg')!.getAttribute('width'));
    const wide = widthOf();
    expect(wide).toBeGreaterThan(1100);
    element.parentElement!.style.width = '360px';
    await expect.poll(widthOf).toBeLessThan(360);
    const svg = inShadow(element, '.chart svg')!.getBoundingClientRect();
    expect(svg.right).toBeLessThanOrEqual(element.getBoundingClientRect().right);
  });

  it('keeps keyboard focus on the same point when the chart is redrawn', async () => {
    const element = mount('fz-petitions', { src: DATA_URL }, 900);
    await settled(element);
    point(element, 0).focus();
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.keyboard('{ArrowDown}');
    const drawnWidth = () => inShadow(element, '.chart svg')!.getAttribute('width');
    const before = drawnWidth();
    element.parentElement!.style.width = '500px';
    await expect.poll(drawnWidth).not.toBe(before);
    await expect.poll(() => element.shadowRoot!.activeElement).toBe(point(element, 2));
    expect(point(element, 2).getAttribute('tabindex')).toBe('0');
    expect(point(element, 0).getAttribute('tabindex')).toBe('-1');
  });

  it('redraws for a new text size even when the width stays the same', async () => {
    const style = document.createElement('style');
    style.textContent = '.test-box fz-training::part(figure) { padding: 0; border: 0 }';
    document.head.append(style);
    try {
      const element = mount('fz-training', { src: DATA_URL }, 640);
      await settled(element);
      const svg = () => inShadow(element, '.chart svg')!;
      const width = svg().getAttribute('width');
      element.style.setProperty('--fz-font-size', '24px');
      await expect.poll(() => svg().getAttribute('font-size')).toBe('24');
      expect(svg().getAttribute('width')).toBe(width);
    } finally {
      style.remove();
    }
  });

  it('draws to the content of a chart box a page pads through ::part(chart)', async () => {
    const style = document.createElement('style');
    style.textContent = '.test-box fz-training::part(chart) { padding: 0 20px }';
    document.head.append(style);
    try {
      const element = mount('fz-training', { src: DATA_URL }, 640);
      await element.updateComplete;
      await settled(element);
      const box = inShadow(element, '.chart')!;
      expect(Number(inShadow(element, '.chart svg')!.getAttribute('width'))).toBe(Math.floor(box.clientWidth - 40));
    } finally {
      style.remove();
    }
  });

  it('fills widths from 320 px to 1920 px', async () => {
    for (const width of [320, 1920]) {
      const element = mount('fz-training', { src: DATA_URL }, width);
      await settled(element);
      const svg = inShadow(element, '.chart svg')!.getBoundingClientRect();
      const chart = inShadow(element, '.chart')!.getBoundingClientRect();
      expect(svg.width).toBeGreaterThan(chart.width - 2);
      expect(svg.width).toBeLessThanOrEqual(chart.width);
    }
  });
});
