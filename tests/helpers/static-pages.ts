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

/** An article with `body`, and the bundle's script when `script`. */
export const article = (body: string, { head = '', script = true } = {}) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">${head}
${script ? '<script type="module" src="/fazhi-dashboard.js"></script>' : ''}</head>
<body><main id="article"><h1>北洋镇2024年度法治政府建设年度报告</h1><p>正文第一段：以下图表根据本报告所列数据生成。</p>
${body}<p id="after">文章结尾。</p><footer>页脚</footer></main></body></html>`;

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
    drawn: list(element.querySelector('.fz-static svg') as SVGSVGElement),
  }));
}
