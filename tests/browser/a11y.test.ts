import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { backgroundOf, contrast, parseColor, textColorOf } from './contrast.js';
import { allFz, CHART_TAGS, cleanup, DATA_URL, deepText, inShadow, mount, pointAt, settled, sourceFor, textElements } from './helpers.js';

const SAMPLE = '/demo/data/sample-multi-year.json';
const CHARTS = CHART_TAGS;
const TAGS = ['fz-dashboard', ...CHARTS, 'fz-year-toggle'];
const THEMES = ['light', 'dark', 'contrast', 'red'] as const;

afterEach(async () => {
  cleanup();
  await commands.emulateMedia({ forcedColors: 'none', colorScheme: 'light' });
});

async function openTables(element: Element): Promise<void> {
  for (const el of allFz(element)) for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

async function violations(element: Element): Promise<string[]> {
  const result = await axe.run(element, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('axe-core, WCAG 2.1 A and AA', () => {
  describe.each(THEMES)('theme %s', (theme) => {
    it.each(TAGS)('finds nothing wrong with <%s>, tables open, comparing years', async (tag) => {
      const element = mount(tag, { src: SAMPLE, theme, compare: 'previous' }, 900);
      await settled(element);
      await openTables(element);
      expect(await violations(element)).toEqual([]);
    });
  });

  it.each(TAGS)('finds nothing wrong with <%s> under forced colours (Windows High Contrast)', async (tag) => {
    await commands.emulateMedia({ forcedColors: 'active' });
    const element = mount(tag, { src: sourceFor(tag) }, 900);
    await settled(element);
    await openTables(element);
    expect(matchMedia('(forced-colors: active)').matches).toBe(true);
    expect(await violations(element)).toEqual([]);
  });

  it('sees inside the shadow roots: a flaw put there is found', async () => {
    const element = mount('fz-training', { src: DATA_URL });
    await settled(element);
    const image = document.createElement('img');
    image.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    inShadow(element, '.chart')!.append(image);
    expect((await violations(element)).map((v) => v.split(':')[0])).toContain('image-alt');
  });

  it('finds nothing wrong with an alert', async () => {
    const element = mount('fz-petitions', { src: '/data/no-such-file.json' });
    await settled(element);
    expect(await violations(element)).toEqual([]);
  });
});

describe('contrast, measured on the rendered charts', () => {
  describe.each(THEMES)('theme %s', (theme) => {
    it.each(TAGS)('<%s>: text 4.5:1 or more against what is behind it', async (tag) => {
      const element = mount(tag, { src: SAMPLE, theme, compare: 'previous' }, 900);
      await settled(element);
      await openTables(element);
      const checked = textElements(element).filter((el) => el.getBoundingClientRect().width > 0);
      expect(checked.length).toBeGreaterThan(3);
      for (const el of checked) {
        const ratio = contrast(textColorOf(el), backgroundOf(el));
        expect(ratio, `"${el.textContent?.trim().slice(0, 40)}" ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(4.5);
      }
    });

    it.each(CHARTS)('<%s>: marks and the focus ring 3:1 or more against the background', async (tag) => {
      const element = mount(tag, { src: SAMPLE, theme, compare: 'previous' }, 900);
      await settled(element);
      const background = backgroundOf(inShadow(element, '.chart')!);
      const root = element.shadowRoot!;
      const colours: [string, string][] = [
        ...[...root.querySelectorAll('.fz-bar-part rect, .fz-hub rect')].map(
          (el) => [getComputedStyle(el).fill, 'bar fill'] as [string, string],
        ),
        ...[...root.querySelectorAll('.fz-bar-subset rect, .fz-bar-compared rect, .fz-link path')].map(
          (el) => [getComputedStyle(el).stroke, 'outline'] as [string, string],
        ),
      ];
      expect(colours.length).toBeGreaterThan(0);
      const point = root.querySelector<SVGElement>('.fz-point')!;
      point.focus();
      await userEvent.keyboard('{ArrowRight}');
      const focused = root.activeElement!;
      const ring = focused.matches('.fz-card') ? focused.querySelector('rect')! : focused;
      colours.push([getComputedStyle(ring).stroke, 'focus ring']);
      for (const [colour, what] of colours) {
        const ratio = contrast(parseColor(colour)!, background);
        expect(ratio, `${what} ${colour} ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(3);
      }
    });
  });
});

describe('large text (适老化)', () => {
  it.each(TAGS)('<%s large-text> sets every text at 18 px or more', async (tag) => {
    const element = mount(tag, { src: SAMPLE, 'large-text': '', compare: 'previous' }, 1280);
    await settled(element);
    await openTables(element);
    for (const el of textElements(element)) {
      expect(parseFloat(getComputedStyle(el).fontSize), `"${el.textContent?.trim().slice(0, 30)}"`).toBeGreaterThanOrEqual(18);
    }
  });
});

describe('keyboard and screen readers', () => {
  it.each(CHARTS)('<%s>: every point is reached by the arrow keys and announced', async (tag) => {
    const element = mount(tag, { src: sourceFor(tag) }, 640);
    await settled(element);
    const root = element.shadowRoot!;
    const points = [...root.querySelectorAll<SVGElement>('.fz-point')];
    expect(points.length).toBeGreaterThan(1);
    const live = root.querySelector('[aria-live="polite"]')!;
    points[0].focus();
    for (let i = 0; i < points.length; i++) {
      if (i > 0) await userEvent.keyboard('{ArrowRight}');
      expect(root.activeElement).toBe(points[i]);
      const name = points[i].getAttribute('aria-label')!;
      await expect.poll(() => live.textContent).toContain(`第${i + 1}项，共${points.length}项`);
      for (const word of name.split(' ')) expect(live.textContent).toContain(word);
      expect(inShadow(element, '.tooltip')).not.toBeNull();
      const ring = points[i].matches('.fz-card') ? points[i].querySelector('rect')! : points[i];
      expect(getComputedStyle(ring).strokeWidth).toBe('3px');
    }
    await userEvent.keyboard('{ArrowRight}');
    expect(root.activeElement).toBe(points[points.length - 1]);
    await userEvent.keyboard('{Home}');
    expect(root.activeElement).toBe(points[0]);
  });

  it.each(CHARTS)('<%s>: the SVG is a named group described by the summary; points are named images; decoration is hidden', async (tag) => {
    const element = mount(tag, { src: sourceFor(tag) }, 640);
    await settled(element);
    const svg = inShadow(element, '.chart > svg')!;
    expect(svg.getAttribute('role')).toBe('group');
    const title = inShadow(element, '.title')!;
    // The title's own words, without the sample-data badge inside it.
    const titleWords = [...title.childNodes]
      .filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => node.textContent)
      .join('')
      .trim();
    expect(svg.getAttribute('aria-label')).toBe(titleWords);
    const described = element.shadowRoot!.getElementById(svg.getAttribute('aria-describedby')!)!;
    expect(described.textContent).toMatch(/^2024年/);
    for (const point of svg.querySelectorAll('.fz-point')) {
      expect(point.getAttribute('role')).toBe('img');
      // A name and a value at least: "受理案件，99起".
      expect(point.getAttribute('aria-label')!.split('，').filter(Boolean).length).toBeGreaterThanOrEqual(2);
    }
    for (const text of svg.querySelectorAll('text')) expect(text.closest('[aria-hidden="true"]')).not.toBeNull();
  });

  it.each(CHARTS)('<%s>: a data table with caption, header cells and the report’s words', async (tag) => {
    const element = mount(tag, { src: sourceFor(tag) }, 640);
    await settled(element);
    const summary = inShadow<HTMLElement>(element, '.data-table > summary')!;
    expect(summary.textContent).toBe('查看数据表');
    summary.focus();
    await userEvent.keyboard('{Enter}');
    const table = inShadow<HTMLTableElement>(element, 'details[open] table')!;
    expect(table.caption!.textContent).toMatch(/(北洋镇|示例镇（虚构）) · 2024年/);
    expect([...table.tHead!.rows[0].cells].every((cell) => cell.localName === 'th' && cell.getAttribute('scope') === 'col')).toBe(true);
    const rows = [...table.tBodies[0].rows];
    expect(rows.every((row) => row.cells[0].localName === 'th' && row.cells[0].getAttribute('scope') === 'row')).toBe(true);
    const points = element.shadowRoot!.querySelectorAll('.fz-point');
    expect(rows.length).toBeGreaterThanOrEqual(points.length);
  });

  it('the petitions table carries every figure and quote', async () => {
    const element = mount('fz-petitions', { src: DATA_URL }, 640);
    await settled(element);
    const text = inShadow(element, 'table')!.textContent!;
    for (const quote of [
      '全年信访总量393条',
      '其中12345热线354件',
      '来访8件',
      '来信2件',
      '网信29件',
      '涉及省级来信2件',
      '市级来访4件',
      '重复件5件',
    ]) {
      expect(text).toContain(quote);
    }
  });

  it('the year toggle is a labelled radio group', async () => {
    const element = mount('fz-year-toggle', { src: SAMPLE });
    await settled(element);
    const fieldset = inShadow(element, 'fieldset')!;
    expect(fieldset.querySelector('legend')!.textContent).toBe('年份');
    expect(fieldset.querySelectorAll('input[type="radio"][name="year"]')).toHaveLength(4);
  });
});

describe('portal accessibility toolbars (无障碍工具条)', () => {
  it('read the chart under the pointer from the host’s own text, as they read any element', async () => {
    const element = mount('fz-petitions', { src: DATA_URL }, 640);
    await settled(element);
    // What the public toolbars do: on mouseover, read aria-label, title, then the text of the target.
    const spoken: string[] = [];
    const readAloud = (event: Event) => {
      const target = event.target as HTMLElement;
      spoken.push(target.getAttribute('aria-label') || target.title || target.innerText);
    };
    document.addEventListener('mouseover', readAloud);
    await pointAt(element, inShadow(element, '.fz-point')!);
    document.removeEventListener('mouseover', readAloud);
    expect(spoken.at(-1)).toBe(
      '信访件按渠道分布，北洋镇 · 2024年：2024年信访总量393件；其中12345热线354件（占90.1%）、来访8件（占2.0%）、来信2件（占0.5%）、网信29件（占7.4%）。涉及省级来信2件、市级来访4件、重复件5件。',
    );
    expect(deepText(element)).toContain('信访总量393件');
  });

  it('read what the element shows: the alert for a year the dataset lacks, never the figures of another year', async () => {
    const element = mount('fz-petitions', { src: DATA_URL, year: '2019' }, 640);
    await settled(element);
    const own = () => element.querySelector(':scope > [slot="fz-text"]')?.textContent;
    // Written just after the frame that paints the alert (the loading line before it).
    await expect.poll(own).toBe('信访件按渠道分布：数据中没有 2019 年；现有年份：2024。');
    (element as unknown as { year: number }).year = 2024;
    await expect.poll(own).toMatch(/^信访件按渠道分布，北洋镇 · 2024年：2024年信访总量393件/);
    (element as unknown as { year: number }).year = 2019;
    await expect.poll(own).not.toContain('393');
  });

  it('read the loading state while the data comes, and a dashboard’s key figures once it is there', async () => {
    const loading = mount('fz-training', { src: `/__test__/hang?${Math.random()}`, timeout: '5000' }, 640);
    await loading.updateComplete;
    expect(loading.querySelector(':scope > [slot="fz-text"]')?.textContent).toBe('法治学习与培训：正在加载数据…');
    const dashboard = mount('fz-dashboard', { src: DATA_URL, lang: 'en' }, 1280);
    await settled(dashboard);
    // Written just after the frame that paints the figures (the loading line before them).
    await expect
      .poll(() => dashboard.querySelector(':scope > [slot="fz-text"]')?.textContent)
      .toBe(
        'Rule-of-law government: annual figures, Beiyang Town · 2024: Petitions: 393; Mediation success: 99%; Study and training in all (worked out): 41; Governance platforms: 4',
      );
  });

  it('enlarge the charts when they set a larger font size on every element', async () => {
    const element = mount('fz-training', { src: DATA_URL }, 640);
    await settled(element);
    const before = Number(inShadow(element, '.chart svg')!.getAttribute('font-size'));
    for (const el of [document.body, ...document.body.querySelectorAll<HTMLElement>('*')]) el.style.fontSize = '24px';
    await expect.poll(() => Number(inShadow(element, '.chart svg')!.getAttribute('font-size'))).toBe(24);
    expect(before).toBe(16);
    for (const el of [document.body, ...document.body.querySelectorAll<HTMLElement>('*')]) el.style.fontSize = '';
  });

  it('keep the tooltip under the point when they zoom the page with CSS zoom', async () => {
    const element = mount('fz-petitions', { src: DATA_URL }, 640);
    document.documentElement.style.zoom = '1.5';
    try {
      await settled(element);
      const point = inShadow<SVGElement>(element, '.fz-point[data-index="1"]')!;
      point.focus();
      await expect.poll(() => inShadow(element, '.tooltip')).not.toBeNull();
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const tip = inShadow(element, '.tooltip')!.getBoundingClientRect();
      const row = point.getBoundingClientRect();
      expect(tip.top).toBeGreaterThanOrEqual(row.bottom - 1);
      expect(tip.top).toBeLessThan(row.bottom + 20);
      expect(tip.left).toBeLessThan(row.right);
      expect(tip.right).toBeGreaterThan(row.left);
    } finally {
      document.documentElement.style.zoom = '';
    }
  });
});

describe('a dark system', () => {
  it('gets light charts in a page that never opted into dark, and dark ones with theme="auto"', async () => {
    await commands.emulateMedia({ colorScheme: 'dark' });
    const pages = mount('fz-training', { src: DATA_URL });
    const auto = mount('fz-training', { src: DATA_URL, theme: 'auto' });
    await settled(pages);
    await settled(auto);
    expect(getComputedStyle(inShadow(pages, '.root')!).backgroundColor).toBe('rgb(255, 255, 255)');
    expect(getComputedStyle(inShadow(auto, '.root')!).backgroundColor).toBe('rgb(22, 27, 34)');
  });
});
