import sanitizeHtml from 'sanitize-html';
import { describe, expect, it } from 'vitest';
import { filterXSS } from 'xss';
import beiyang from '../../data/beiyang.json';
import sample from '../../demo/data/sample-multi-year.json';
import type { Dataset } from '../../src/data/schema.js';
import { parseDataset } from '../../src/data/validate.js';
import { sections } from '../../src/sections/registry.js';
import { drawInNode, nodeDocument } from '../../src/static/draw-node.js';
import { staticHtml } from '../../src/static/write.js';
import { runTool } from '../helpers/cli.js';

// The static HTML's plain form (npm run static -- --plain), for an article editor whose filter keeps
// only common tags: js-xss's defaults show any other tag as code; sanitize-html's take the SVG apart
// into loose words. Both are run here as such a CMS runs them, on what an editor pastes.

/** The tags the plain form may write: each in js-xss's default whitelist and in sanitize-html's; no `section` (KindEditor's list has none). */
const COMMON = ['h2', 'p', 'strong', 'a', 'span', 'div', 'ul', 'li', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td'];

const boxOf = (html: string) => {
  const box = nodeDocument().createElement('div');
  box.innerHTML = html;
  return box;
};
/** What a reader reads: the text, its runs of spaces as one. */
const read = (html: string) => (boxOf(html).textContent ?? '').replace(/\s+/g, ' ').trim();

describe.each([
  ['the real report', parseDataset(beiyang), undefined, '“全年信访总量393条”'],
  ['the sample comparing 2024 with 2023', parseDataset(sample) as Dataset, 'previous', '“（示例）全年信访总量431件”'],
])('the plain form of %s', (_, dataset, compare, quote) => {
  const options = { sections, src: '/data/town.json', compare };
  const plain = staticHtml(dataset, { ...options, plain: true }, drawInNode);
  const full = boxOf(staticHtml(dataset, options, drawInNode));

  it('writes only tags every article editor keeps: no script, element, chart, disclosure or <q>', () => {
    const tags = new Set([...boxOf(plain).querySelectorAll('*')].map((element) => element.localName));
    expect([...tags].filter((tag) => !COMMON.includes(tag))).toEqual([]);
    expect(tags.has('table')).toBe(true);
  });

  it('says all the figure says but its chart: title, words, key figures, notes, every row of its table, its source; the quotes in quotation marks', () => {
    const ours = [...boxOf(plain).querySelectorAll(':scope > .fz-static')];
    const figures = [...full.querySelectorAll(':scope > * > .fz-static')];
    expect(ours).toHaveLength(figures.length);
    /** A figure's words in order, without its chart (the SVG, and the key to its bars: □ the compared year ■ the year) and the disclosure's "查看数据表". */
    const wordsOf = (figure: Element) => {
      const copy = figure.cloneNode(true) as Element;
      for (const drawn of copy.querySelectorAll(':scope > svg, details > summary')) drawn.remove();
      for (const p of copy.querySelectorAll(':scope > p')) if (p.textContent?.startsWith('□')) p.remove();
      return copy.textContent?.replace(/\s+/g, ' ').trim();
    };
    for (const [i, figure] of figures.entries()) {
      expect(wordsOf(ours[i])).toBe(wordsOf(figure));
      expect(ours[i].querySelectorAll('tr')).toHaveLength(figure.querySelectorAll('tr').length);
      expect(ours[i].querySelector('.source a')?.getAttribute('href')).toBe(figure.querySelector('.source a')?.getAttribute('href'));
      // The report's words still marked as Chinese, as the element marks them.
      expect(ours[i].querySelectorAll('span[lang="zh-CN"]')).toHaveLength(figure.querySelectorAll('.report-quote[lang="zh-CN"]').length);
    }
    // What is said under a chart (the platforms' sentence, the list of their figures when comparing) is there too.
    expect(ours.some((figure) => figure.querySelector('.after'))).toBe(true);
    expect(plain).not.toMatch(/>□/);
    expect(boxOf(plain).textContent).toContain(quote);
  });

  it('comes through js-xss’s and sanitize-html’s default filters read the same, no markup shown as text', () => {
    for (const filtered of [filterXSS(plain), sanitizeHtml(plain)]) {
      expect(read(filtered)).toBe(read(plain));
      expect(filtered).not.toContain('&lt;');
    }
    // The elements' form, by contrast: js-xss shows its elements and charts as code.
    expect(filterXSS(full.innerHTML)).toContain('&lt;fz-petitions');
  });
});

describe('npm run static -- --plain', () => {
  it('writes the plain form with no script line', () => {
    const { code, out } = runTool('static', ['data/beiyang.json', '--plain', '--element', 'fz-mediation']);
    expect(code).toBe(0);
    expect(out).toMatch(/^<div class="fz-static" lang="zh-CN"/);
    expect(out).not.toMatch(/<script|<fz-|<svg/);
    expect(read(out)).toContain('成功化解 98起');
  });

  it.each(['--embed', '--theme', '--script', '--width', '--large-text'])(
    'refuses %s beside it, which it would not use (exit 2)',
    (option) => {
      const value = { '--theme': ['dark'], '--script': ['/js/x.js'], '--width': ['480'] }[option] ?? [];
      const { code, out, err } = runTool('static', ['data/beiyang.json', '--plain', option, ...value]);
      expect(code).toBe(2);
      expect(out).toBe('');
      expect(err.trim()).toBe(
        `--plain writes the words, figures, tables and sources only, with no element, chart or script: ${option} does not go with it.`,
      );
    },
  );
});
