import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import beiyang from '../../data/beiyang.json';
import type { Dataset } from '../../src/data/schema.js';
import { sections } from '../../src/sections/registry.js';
import { drawInNode } from '../../src/static/draw-node.js';
import { staticHtml } from '../../src/static/write.js';

// A portal's article holding the static HTML of the 2024 report's four charts, for the tests that
// open it in a browser (Chromium, Firefox ESR).

export const dataset = beiyang as Dataset;
/** The sections the 2024 report gives, in the dashboard's order. */
export const given = sections.filter((section) => section.key in beiyang.years[0]);
/** The four charts' static HTML, as npm run static writes it (without the script line). */
export const statics = staticHtml(dataset, { sections: given, src: '/data/beiyang.json' }, drawInNode);

/** Where the test pages load the bundle from; `LATE_SCRIPT` answers only when the test lets it (a slow connection). */
export const SCRIPT = '/fazhi-dashboard.js';
export const LATE_SCRIPT = '/late/fazhi-dashboard.js';

/** An article with `body`, and the bundle's script (from `script`; none when false). */
export const article = (
  body: string,
  { head = '', script = SCRIPT as string | false } = {},
) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">${head}
${script ? `<script type="module" src="${script}"></script>` : ''}</head>
<body><main id="article"><h1>北洋镇2024年度法治政府建设年度报告</h1><p>正文第一段：以下图表根据本报告所列数据生成。</p>
${body}<p id="after">文章结尾。</p><footer>页脚</footer></main></body></html>`;

/** The stylesheet of a Hanweb portal's article page (its resets among them), served as `/portal.css`. */
export const portalCss = readFileSync(fileURLToPath(new URL('../fixtures/portal/hanweb.css', import.meta.url)), 'utf8');

/**
 * A Hanweb portal's article page (`/portal.css`) with `body` in its text column, after the script
 * line an editor pastes with it (as the static command writes it; none when `script` is false).
 */
export const portalArticle = (body: string, { head = '', script = SCRIPT as string | false } = {}) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>北洋镇2024年度法治政府建设年度报告_区人民政府</title><link rel="icon" href="data:,"><link rel="stylesheet" href="/portal.css">${head}</head>
<body><div class="top">区人民政府</div><div class="crumb">首页 &gt; 政务公开 &gt; 法治政府建设 &gt; 乡镇（街道）</div>
<div class="wrap"><div class="art"><h1 class="tit">北洋镇2024年度法治政府建设年度报告</h1>
<div class="fields"><span>发布日期：2025-02-24</span><span>索引号：001008003004/2025-123456</span><span>发布机构：北洋镇人民政府</span></div>
<div id="zoom"><p>2024年，北洋镇深入学习贯彻习近平法治思想，全面推进法治政府建设。现将有关情况报告如下：</p>
${script ? `<script type="module" src="${script}"></script>` : ''}
${body}<p id="after">北洋镇人民政府</p></div></div></div><div class="foot">主办：区人民政府办公室</div></body></html>`;

/** The mediation chart first, a paragraph after it (on the first screen when the script takes over), then the others. */
export const mediationFirst = statics.replace(
  /(<fz-petitions[\s\S]*?<\/fz-petitions>)\n(<fz-mediation[\s\S]*?<\/fz-mediation>)/,
  '$2\n<p id="between">图表之间的一段。</p>\n$1',
);

/** In a box as wide as the charts were drawn for (360 px, and the element's frame: 1 px border and 1em padding each side). */
export const narrow = `<div style="width: 394px">${statics}</div>`;

/** Each chart's marks in order, static (light DOM) and live (shadow root): tag, geometry and text, not the look. Run in the page. */
export function marksInPage(): { tag: string; live: string[]; drawn: string[] }[] {
  const list = (svg: SVGSVGElement) =>
    [svg, ...svg.querySelectorAll('*')].map((element) =>
      [
        element.localName,
        ...['x', 'y', 'dy', 'width', 'height', 'd', 'transform', 'rx', 'viewBox'].map((name) => element.getAttribute(name)),
        element.children.length ? '' : element.textContent,
      ].join(' '),
    );
  return [...document.querySelectorAll('fz-petitions, fz-mediation, fz-training, fz-platforms')].map((element) => ({
    tag: element.localName,
    live: list(element.shadowRoot?.querySelector('.chart svg') as SVGSVGElement),
    // The drawing: the static chart's inner SVG, inside the one that lays it out in the page.
    drawn: list(element.querySelector('.fz-static > svg > svg') as SVGSVGElement),
  }));
}

/** A request's answer held until `release()`: the bundle arriving late, on a slow connection. */
export function gate(): { opened: Promise<void>; release: () => void } {
  let release = () => {};
  const opened = new Promise<void>((resolve) => (release = resolve));
  return { opened, release };
}

/**
 * Where a chart starts in the viewport (`chart`: 0 the first, the third unless told): its static figure while the page lays
 * that out, else the element's own (its `figure` part). With `scrollTo`, the page is first scrolled so that it starts there
 * (a reader who scrolled down to it: at once, also on a page that scrolls smoothly). Run in the page.
 */
export function chartTop({ scrollTo, chart = 2 }: { scrollTo: number | null; chart?: number }): number {
  const element = document.querySelectorAll('fz-petitions, fz-mediation, fz-training, fz-platforms')[chart];
  const top = () => {
    const figure = element.querySelector(':scope > .fz-static');
    const shown = figure && figure.getClientRects().length > 0 ? figure : element.shadowRoot?.querySelector('[part~="figure"]');
    return (shown ?? element).getBoundingClientRect().top;
  };
  if (scrollTo !== null) window.scrollTo({ left: 0, top: window.scrollY + top() - scrollTo, behavior: 'instant' });
  return top();
}

/**
 * Where a chart's drawing and its data table start in the viewport (the third chart unless told): the static figure's
 * while the page lays it out, else the element's own. Run in the page.
 */
export function chartParts(chart = 2): { drawing: number; table: number } {
  const element = document.querySelectorAll('fz-petitions, fz-mediation, fz-training, fz-platforms')[chart];
  const figure = element.querySelector(':scope > .fz-static');
  const root = figure && figure.getClientRects().length > 0 ? figure : element.shadowRoot!;
  const top = (selector: string) => root.querySelector(selector)?.getBoundingClientRect().top ?? Number.NaN;
  return { drawing: top(root === figure ? ':scope > svg' : '.chart svg'), table: top('details') };
}

/**
 * Scrolls the page down by `by` px (a reader reading on), then says where each chart in view starts
 * in the viewport, by its place on the page: its static figure while the page lays that out, else
 * the element's own. Run in the page.
 */
export function chartsInViewAfter(by: number): Record<number, number> {
  window.scrollBy({ top: by, behavior: 'instant' });
  const tops: Record<number, number> = {};
  for (const [index, element] of document.querySelectorAll('fz-petitions, fz-mediation, fz-training, fz-platforms').entries()) {
    const figure = element.querySelector(':scope > .fz-static');
    const shown = figure && figure.getClientRects().length > 0 ? figure : element.shadowRoot?.querySelector('[part~="figure"]');
    const box = (shown ?? element).getBoundingClientRect();
    if (box.bottom > 0 && box.top < window.innerHeight) tops[index] = box.top;
  }
  return tops;
}

/**
 * Whether every chart element draws its own chart, and only those in view keep the space of their
 * static figures: the take-over is over, and nothing is left to move. Run in the page.
 */
export function takenOverAndSettled(): boolean {
  const elements = [...document.querySelectorAll('fz-petitions, fz-mediation, fz-training, fz-platforms')];
  return (
    elements.length > 0 &&
    elements.every((element) => {
      if (!element.shadowRoot?.querySelector('.chart svg')) return false;
      const box = element.getBoundingClientRect();
      return !element.shadowRoot.querySelector('.static-hold') || (box.bottom >= 0 && box.top <= window.innerHeight);
    })
  );
}

/**
 * How each static chart is laid out on the page: the height it takes and the height written on it,
 * the scale its drawing is shown at (1: at the size it was drawn), and the labels that reach out of
 * its drawing (what a page's `svg { overflow: hidden }` cuts). Run in the page.
 */
export function staticChartsLaidOut(): { tag: string; height: number; written: number; scale: number; outside: string[] }[] {
  return [...document.querySelectorAll('.fz-static')].map((figure) => {
    const svg = figure.querySelector('svg') as SVGSVGElement;
    const drawing = [svg, ...svg.querySelectorAll('svg')].find((each) => each.hasAttribute('viewBox')) as SVGSVGElement;
    const [, , width, height] = (drawing.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
    const corner = drawing.getBoundingClientRect();
    const scale = drawing.getScreenCTM()?.a ?? 0;
    const [right, bottom] = [corner.left + width * scale, corner.top + height * scale];
    const outside = [...drawing.querySelectorAll('text')]
      .filter((text) => {
        const box = text.getBoundingClientRect();
        return box.left < corner.left - 0.5 || box.right > right + 0.5 || box.top < corner.top - 0.5 || box.bottom > bottom + 0.5;
      })
      .map((text) => text.textContent ?? '');
    return {
      tag: (figure.parentElement as Element).localName,
      height: svg.getBoundingClientRect().height,
      written: Number(svg.getAttribute('height')),
      scale,
      outside,
    };
  });
}

/**
 * The contrast of each text of the static charts with what is behind it (the shape it is drawn on,
 * else the page's background, else the canvas's in the page's colour scheme), the lowest first:
 * WCAG 2.1's ratio. Run in the page.
 */
export function staticTextContrasts(): { text: string; contrast: number; colour: string; behind: string }[] {
  const rgb = (value: string) => {
    const probe = document.createElement('i');
    probe.style.color = value;
    document.body.append(probe);
    const [r, g, b, a = 1] = (getComputedStyle(probe).color.match(/[\d.]+/g) ?? []).map(Number);
    probe.remove();
    return { r, g, b, a };
  };
  const luminance = ({ r, g, b }: { r: number; g: number; b: number }) => {
    const channel = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  // The canvas's colour in the page's scheme (its CSS color-scheme, or its <meta name="color-scheme">).
  const canvas = rgb('Canvas');
  const behind = (text: Element) => {
    const shape = text.closest('g')?.querySelector(':scope > rect');
    const fill = shape ? rgb(getComputedStyle(shape).fill) : undefined;
    if (fill && fill.a > 0.5 && getComputedStyle(shape as Element).fill !== 'none') return fill;
    for (let node: Element | null = text; node; node = node.parentElement) {
      const colour = rgb(getComputedStyle(node).backgroundColor);
      if (colour.a > 0.5) return colour;
    }
    return canvas;
  };
  return [...document.querySelectorAll('.fz-static svg text')]
    .map((text) => {
      const colour = rgb(getComputedStyle(text).fill);
      const back = behind(text);
      const [light, dark] = [luminance(colour), luminance(back)].sort((x, y) => y - x);
      return {
        text: text.textContent ?? '',
        contrast: (light + 0.05) / (dark + 0.05),
        colour: `${colour.r},${colour.g},${colour.b}`,
        behind: `${back.r},${back.g},${back.b}`,
      };
    })
    .sort((a, b) => a.contrast - b.contrast);
}
