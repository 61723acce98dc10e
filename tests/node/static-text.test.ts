import { describe, expect, it } from 'vitest';
import beiyang from '../../data/beiyang.json';
import { parseDataset } from '../../src/data/validate.js';
import { sections } from '../../src/sections/registry.js';
import { drawInNode, nodeDocument } from '../../src/static/draw-node.js';
import { staticHtml } from '../../src/static/write.js';

// The static HTML is written out as markup (src/static/draw-node.ts, write.ts): a dataset's words
// in it are text, whatever they hold — never an element, an attribute or a script of the page's.

const MARKUP = '"></q></p><script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:alert(3)">x</a>';

describe.each([
  ['its elements', false],
  ['its plain form', true],
])('the static HTML (%s) of a dataset whose words hold markup', (_, plain) => {
  const hostile = structuredClone(beiyang) as typeof beiyang;
  const year = hostile.years[0];
  hostile.unit.name['zh-CN'] = `北洋镇${MARKUP}`;
  year.source.title = `报告${MARKUP}`;
  year.source.publisher = `政府${MARKUP}`;
  year.petitions.total.quote = `全年信访总量393条${MARKUP}`;
  year.petitions.channels[0].label['zh-CN'] = `热线${MARKUP}`;
  year.petitions.channels[0].quote = `其中12345热线354件${MARKUP}`;
  const dataset = parseDataset(hostile);
  const given = sections.filter((section) => section.key in year);
  const html = staticHtml(dataset, { sections: given, src: '/data/town.json', plain }, drawInNode);
  const page = nodeDocument().createElement('div');
  page.innerHTML = html;

  it('writes them as text: no script, no picture, no link to javascript:, no handler', () => {
    expect(page.querySelectorAll('script, img, iframe, object, embed')).toHaveLength(0);
    const handlers = [...page.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes].filter((attribute) => /^on/i.test(attribute.name)).map((attribute) => attribute.name),
    );
    expect(handlers).toEqual([]);
    const links = [...page.querySelectorAll('a')].map((link) => link.getAttribute('href'));
    expect(links.filter((href) => href?.trim().toLowerCase().startsWith('javascript:'))).toEqual([]);
  });

  it('shows each of them whole, as written', () => {
    const text = page.textContent ?? '';
    for (const words of [hostile.unit.name['zh-CN'], year.source.title, `热线${MARKUP}`, `其中12345热线354件${MARKUP}`])
      expect(text).toContain(words);
  });
});
