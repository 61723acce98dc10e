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

/** The tags the plain form may write: each in js-xss's default whitelist and in sanitize-html's. */
const COMMON = ['section', 'h2', 'p', 'strong', 'a', 'span', 'div', 'ul', 'li', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td'];

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

  it('says all the figure says: its title, words, key figures, every row of its table and its source, the quotes in quotation marks', () => {
    const box = boxOf(plain);
    const figures = full.querySelectorAll(':scope > * > .fz-static');
    expect(box.querySelectorAll(':scope > .fz-static')).toHaveLength(figures.length);
    for (const [i, figure] of [...figures].entries()) {
      const ours = box.querySelectorAll(':scope > .fz-static')[i];
      // The paragraphs and the table as the element's figure has them, but for the key to the chart's bars.
      const paragraphs = (section: Element) =>
        [...section.querySelectorAll(':scope > p')]
          .map((p) => p.textContent?.replace(/\s+/g, ' ').trim())
          .filter((text) => !text?.startsWith('□'));
      const quoted = (section: Element) => {
        const copy = section.cloneNode(true) as Element;
        for (const quote of copy.querySelectorAll('q')) quote.replaceWith(`“${quote.textContent}”`);
        return copy;
      };
      expect(paragraphs(ours)).toEqual(paragraphs(quoted(figure)));
      const rows = (section: Element) =>
        [...section.querySelectorAll('tr')].map((row) => [...row.children].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()));
      expect(rows(ours)).toEqual(rows(quoted(figure)));
      expect(ours.querySelector('caption')?.textContent).toBe(figure.querySelector('caption')?.textContent);
      expect(ours.querySelector('h2')?.textContent).toBe(figure.querySelector('h2')?.textContent);
      expect(ours.querySelector('.source a')?.getAttribute('href')).toBe(figure.querySelector('.source a')?.getAttribute('href'));
    }
    expect(plain).toContain(quote);
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
    expect(out).toMatch(/^<section class="fz-static" lang="zh-CN"/);
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
