import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse, parseFragment } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../../scripts/harness.mjs';
import { sections } from '../../src/sections/registry.js';
import { nodeDocument } from '../../src/static/draw-node.js';
import { runTool } from '../helpers/cli.js';

// npm run static, as an editor runs it: the HTML it writes, what it refuses, and the files it writes.

const BEIYANG = join(root, 'data/beiyang.json');
const SAMPLE = join(root, 'demo/data/sample-multi-year.json');

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'fazhi-static-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

/** Every problem the HTML has that a validator would name: parse errors (the HTML standard's parser), ids twice, references to no id. */
function htmlProblems(html: string, { page = false } = {}): string[] {
  const problems: string[] = [];
  const onParseError = (error: { code: string; startLine: number; startCol: number }) =>
    problems.push(`${error.code} at ${error.startLine}:${error.startCol}`);
  if (page) parse(html, { onParseError });
  else parseFragment(html, { onParseError });
  const box = nodeDocument().createElement('div');
  box.innerHTML = html.replace(/^<!doctype html>/i, '');
  const ids = [...box.querySelectorAll('[id]')].map((element) => element.id);
  problems.push(...ids.filter((id, i) => ids.indexOf(id) !== i).map((id) => `id ${id} twice`));
  for (const element of box.querySelectorAll('[aria-labelledby], [aria-describedby]'))
    for (const name of ['aria-labelledby', 'aria-describedby'])
      for (const id of element.getAttribute(name)?.split(/\s+/).filter(Boolean) ?? [])
        if (!ids.includes(id)) problems.push(`${name} names no element: ${id}`);
  return problems;
}

/** The attributes an SVG of ours may carry with no stylesheet: geometry, presentation attributes, names for assistive technology. */
const SVG_ATTRIBUTES = new Set(
  'x y dy width height viewBox d rx transform preserveAspectRatio font-family font-size font-style font-weight letter-spacing word-spacing text-anchor fill stroke stroke-width stroke-dasharray overflow role aria-label aria-hidden aria-describedby xml:space'.split(
    ' ',
  ),
);

describe('npm run static', () => {
  it('writes the script line, then each chart of the year the report gives, as valid HTML with no style and no other script', () => {
    const { code, out, err } = runTool('static', [BEIYANG, '--src', '/data/beiyang.json']);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(htmlProblems(out)).toEqual([]);
    const lines = out.split('\n');
    expect(lines[0]).toBe('<script type="module" src="/js/fazhi-dashboard.js"></script>');
    const box = nodeDocument().createElement('div');
    box.innerHTML = out;
    // Beiyang's 2024 report gives four sections; each element holds its figure, and names its data and year.
    expect([...box.children].slice(1).map((element) => element.localName)).toEqual([
      'fz-petitions',
      'fz-mediation',
      'fz-training',
      'fz-platforms',
    ]);
    for (const element of [...box.children].slice(1)) {
      expect(element.getAttribute('src')).toBe('/data/beiyang.json');
      expect(element.getAttribute('year')).toBe('2024');
      expect(element.querySelector(':scope > section.fz-static > h2')).not.toBeNull();
    }
    expect(box.querySelectorAll('script')).toHaveLength(1);
    expect(box.querySelectorAll('style, [style]')).toHaveLength(0);
    // Nothing that only our stylesheet hides: a page without it would show it (the platforms' 报告原文： before their quote).
    expect([...box.querySelectorAll('.visually-hidden')].map((element) => element.textContent)).toEqual([]);
    expect(
      [...box.querySelectorAll('*')].flatMap((element) => element.getAttributeNames().filter((name) => name.startsWith('on'))),
    ).toEqual([]);
    for (const svg of box.querySelectorAll('svg'))
      for (const element of [svg, ...svg.querySelectorAll('*')])
        for (const name of element.getAttributeNames()) expect(SVG_ATTRIBUTES, `${element.localName} ${name}`).toContain(name);
    // The bars in a blue that reads on a light page and on a dark one.
    expect(box.querySelector('fz-petitions svg rect[fill="#2b6cc4"]')).not.toBeNull();
  });

  it('writes one element in English for another year, with --element, --lang and --year', () => {
    const { code, out } = runTool('static', [SAMPLE, '--element', 'fz-mediation', '--lang', 'en', '--year', '2022']);
    expect(code).toBe(0);
    expect(htmlProblems(out)).toEqual([]);
    expect(out).toContain('<fz-mediation src="/data/sample-multi-year.json" year="2022" lang="en">');
    expect(out).toContain('Dispute mediation');
    expect(out).toContain('Sample data');
    expect(out.match(/<fz-/g)).toHaveLength(1);
  });

  it('draws the comparison and large text in the figure, and writes them with the theme on the element, with --compare, --large-text and --theme', () => {
    const { code, out } = runTool('static', [
      SAMPLE,
      '--element',
      'fz-mediation',
      '--compare',
      'previous',
      '--theme',
      'dark',
      '--large-text',
    ]);
    expect(code).toBe(0);
    expect(htmlProblems(out)).toEqual([]);
    expect(out).toContain('<fz-mediation src="/data/sample-multi-year.json" year="2024" compare="previous" theme="dark" large-text>');
    const box = nodeDocument().createElement('div');
    box.innerHTML = out;
    const figure = box.querySelector('fz-mediation > .fz-static') as Element;
    // Which bar is which year, and the year before's bars outlined beside this year's, drawn at 18 px.
    expect(figure.textContent).toContain('□ 2023年 ■ 2024年');
    const drawing = figure.querySelector('svg svg') as Element;
    expect(drawing.getAttribute('font-size')).toBe('18');
    expect(drawing.querySelectorAll('rect[fill="none"][stroke]').length).toBeGreaterThan(0);
    expect(figure.querySelector('table')?.textContent).toContain('2023年');
  });

  it('keeps the static HTML of the four charts within 30 kB gzip', () => {
    const { out } = runTool('static', [BEIYANG]);
    expect(gzipSync(out, { level: 9 }).length).toBeLessThanOrEqual(30_000);
  });

  it.each([
    [['--element', 'fz-nothing'], 2, /^There is no chart element fz-nothing\. There are: fz-petitions, /],
    [['--year', '1999'], 1, /beiyang\.json: .*1999.*2024/],
    [['--lang', 'fr'], 2, /^--lang takes zh-CN or en \(not "fr"\)\.$/],
    [['--width', '100'], 2, /^--width takes a width in pixels from 240 to 1920/],
    [['--element', 'fz-reviews'], 1, /beiyang\.json: the 2024 report gives no figures for fz-reviews; choose another year or element\.$/],
    [['--colour', 'red'], 2, /^There is no option --colour\. usage: npm run static -- /],
    [['--theme', 'pink'], 2, /^--theme takes light, dark, contrast, red or auto \(not "pink"\)\.$/],
    [['--compare', 'last'], 2, /^--compare takes previous or a four-digit year \(not "last"\)\.$/],
  ])('refuses %j in one line (exit %i)', (args, exitCode, line) => {
    const { code, out, err } = runTool('static', [BEIYANG, ...(args as string[])]);
    expect(code).toBe(exitCode);
    expect(out).toBe('');
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err.trim()).toMatch(line as RegExp);
  });

  it('refuses a district’s collection in one line, saying what the file is', () => {
    const { code, out, err } = runTool('static', [join(root, 'demo/data/sample-district.json')]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err.trim()).toMatch(/sample-district\.json: This file is a collection listing several units, not one unit’s dataset/);
  });

  it('refuses a file that is not there, in Chinese where the locale is', () => {
    const { code, err } = runTool('static', [join(folder, 'none.json')], 'zh_CN.UTF-8');
    expect(code).toBe(1);
    expect(err.trim()).toMatch(/none\.json：无法读取（ENOENT）：没有这个文件/);
  });

  it('writes --out whole, and with --embed a page for the iframe: the embed page with the element in it', async () => {
    const out = join(folder, 'petitions.html');
    const run = runTool('static', [BEIYANG, '--element', 'fz-petitions', '--embed', '--out', out]);
    expect(run.code).toBe(0);
    expect(run.err.trim()).toBe(`wrote ${out}`);
    const page = await readFile(out, 'utf8');
    expect(htmlProblems(page, { page: true })).toEqual([]);
    expect(page).toContain('<meta http-equiv="Content-Security-Policy"');
    expect(page).toContain('<script type="module" src="./embed.js"></script>');
    expect(page).toMatch(/<body>\n<fz-petitions src="\/data\/beiyang\.json" year="2024"><section class="fz-static"/);
  });

  it('draws every section a dataset may give, the sample’s reviews and legality among them', () => {
    const { out } = runTool('static', [SAMPLE, '--year', '2024']);
    const written = [...out.matchAll(/<(fz-[a-z-]+) src=/g)].map((match) => match[1]);
    expect(written.length).toBeGreaterThan(4);
    expect(written).toEqual(sections.map((section) => section.tag).filter((tag) => written.includes(tag)));
  });
});
