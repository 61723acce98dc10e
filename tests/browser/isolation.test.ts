import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, DATA_URL, inShadow, mount, settled } from './helpers.js';

// The habits of portal stylesheets at their worst: resets with !important, tiny centred text,
// spaced letters, styles on bare tags that our shadow DOM must keep out.
const HOSTILE = `
  * { margin: 0 !important; padding: 0; box-sizing: content-box; line-height: 1 !important; }
  body { font: 12px/1 serif; color: red; text-align: center; letter-spacing: 3px; word-spacing: 6px;
         text-transform: uppercase; white-space: nowrap; font-style: italic; }
  svg, text, rect { display: none !important; fill: red !important; }
  div, p, h2, figure, ul, li { border: 5px solid red; padding: 20px; }
  p, h2, li { font-size: 40px; }
  .title, .chart, .tooltip { display: none !important; }
`;

let hostile: HTMLStyleElement | undefined;
afterEach(() => {
  hostile?.remove();
  cleanup();
});

function snapshot(element: Element) {
  const title = inShadow<HTMLElement>(element, '.title')!;
  const label = inShadow<SVGTextElement>(element, '.fz-label text')!;
  const titleStyle = getComputedStyle(title);
  // Relative to the host: the page may move the element, not what is inside it.
  const host = element.getBoundingClientRect();
  const box = label.getBoundingClientRect();
  return {
    titleFont: titleStyle.fontSize,
    titleColor: titleStyle.color,
    titleAlign: titleStyle.textAlign,
    titleSpacing: titleStyle.letterSpacing,
    titleTransform: titleStyle.textTransform,
    titleDisplay: titleStyle.display,
    labelFill: getComputedStyle(label).fill,
    labelBox: [box.left - host.left, box.top - host.top, box.width, box.height],
    hostWidth: host.width,
    svgWidth: inShadow(element, '.chart svg')!.getAttribute('width'),
  };
}

describe('a portal stylesheet', () => {
  it('cannot change the chart’s text, colours or layout', async () => {
    const element = mount('fz-petitions', { src: DATA_URL }, 640);
    await settled(element);
    const before = snapshot(element);
    hostile = document.createElement('style');
    hostile.textContent = HOSTILE;
    document.head.append(hostile);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(snapshot(element)).toEqual(before);
    expect(before.titleAlign).toBe('start');
    expect(before.titleSpacing).toBe('normal');
  });

  it('that enlarges text enlarges the charts’ text too (a reader’s zoom reaches in)', async () => {
    const element = mount('fz-training', { src: DATA_URL }, 640);
    element.parentElement!.style.fontSize = '24px';
    await settled(element);
    expect(getComputedStyle(inShadow(element, '.root')!).fontSize).toBe('24px');
    expect(inShadow(element, '.chart svg')!.getAttribute('font-size')).toBe('24');
  });

  it('of 12 px body text does not shrink the charts below the root size', async () => {
    hostile = document.createElement('style');
    hostile.textContent = 'body { font-size: 12px; }';
    document.head.append(hostile);
    const element = mount('fz-training', { src: DATA_URL }, 640);
    await settled(element);
    expect(getComputedStyle(inShadow(element, '.root')!).fontSize).toBe('16px');
  });
});

describe('the elements’ own styles', () => {
  it('do not leak into the page', async () => {
    const outside = document.createElement('h2');
    outside.className = 'title';
    outside.textContent = 'page heading';
    mount('div').append(outside);
    const before =
      getComputedStyle(outside).cssText || JSON.stringify([getComputedStyle(outside).fontSize, getComputedStyle(outside).color]);
    const sheets = document.styleSheets.length;
    const element = mount('fz-dashboard', { src: DATA_URL }, 1280);
    await settled(element);
    const after =
      getComputedStyle(outside).cssText || JSON.stringify([getComputedStyle(outside).fontSize, getComputedStyle(outside).color]);
    expect(after).toBe(before);
    expect(document.styleSheets.length).toBe(sheets);
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });
});
