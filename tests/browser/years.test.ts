import { afterEach, describe, expect, it, vi } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { beiyangCopy } from '../helpers/dataset.js';
import { allFz, cleanup, deepText, inShadow, mount, settled } from './helpers.js';

const SAMPLE = '/demo/data/sample-multi-year.json';

afterEach(() => {
  vi.restoreAllMocks();
  cleanup();
});

const radio = (toggle: Element, year: number) => inShadow<HTMLInputElement>(toggle, `input[type="radio"][value="${year}"]`)!;
const yearLabel = (toggle: Element, year: number) => radio(toggle, year).parentElement!;

/** A toggle and three standalone charts on one dataset URL, as a portal page would have them. */
async function page(url = SAMPLE, attributes: Record<string, string> = {}) {
  const toggle = mount('fz-year-toggle', { src: url, ...attributes });
  const charts = ['fz-petitions', 'fz-mediation', 'fz-training'].map((tag) => mount(tag, { src: url, ...attributes }, 640));
  for (const element of [toggle, ...charts]) await settled(element);
  return { toggle, charts };
}

describe('<fz-year-toggle>', () => {
  it('lists the dataset’s years as radios, the latest checked', async () => {
    const { toggle } = await page(`${SAMPLE}?list`);
    const radios = [...toggle.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((input) => input.value)).toEqual(['2021', '2022', '2023', '2024']);
    expect(radios.filter((input) => input.checked).map((input) => input.value)).toEqual(['2024']);
    expect(deepText(toggle)).toContain('示例数据');
  });

  it('switches every chart on the page with one click, from one request', async () => {
    const url = `${SAMPLE}?click`;
    const fetchSpy = vi.spyOn(window, 'fetch');
    const { toggle, charts } = await page(url);
    const [petitions, mediation, training] = charts;
    expect(deepText(petitions)).toContain('信访总量431件');

    await userEvent.click(yearLabel(toggle, 2022));
    await expect.poll(() => deepText(petitions)).toContain('信访总量540件');
    await expect.poll(() => deepText(mediation)).toContain('84起');
    await expect.poll(() => deepText(training)).toContain('学习培训合计33次');
    expect(fetchSpy.mock.calls.filter(([input]) => String(input).endsWith(url))).toHaveLength(1);
  });

  it('moves with the arrow keys: one tab stop, arrows change the year', async () => {
    const { toggle, charts } = await page(`${SAMPLE}?keys`);
    radio(toggle, 2024).focus();
    await userEvent.keyboard('{ArrowLeft}');
    await expect.poll(() => radio(toggle, 2023).checked).toBe(true);
    await expect.poll(() => deepText(charts[0])).toContain('信访总量478件');
    const tabbable = [...toggle.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter(
      (input) => input.tabIndex >= 0 && input.checked,
    );
    expect(tabbable).toHaveLength(1);
  });

  it('fires fz-year-change and writes #year= without adding history entries', async () => {
    const { toggle } = await page(`${SAMPLE}?hash`);
    const events: { year?: number; compare?: string }[] = [];
    const bubbled: boolean[] = [];
    toggle.addEventListener('fz-year-change', (event) => {
      events.push(event.detail);
      bubbled.push(event.bubbles && event.composed);
    });
    const entries = history.length;
    await userEvent.click(yearLabel(toggle, 2021));
    await expect.poll(() => location.hash).toBe('#year=2021');
    await userEvent.click(yearLabel(toggle, 2022));
    await expect.poll(() => location.hash).toBe('#year=2022');
    expect(history.length).toBe(entries);
    expect(events).toEqual([{ year: 2021 }, { year: 2022 }].map((d) => ({ ...d, compare: undefined })));
    expect(bubbled).toEqual([true, true]);
  });

  it('starts from #year= in the page address', async () => {
    history.replaceState(null, '', '#year=2022');
    const { toggle, charts } = await page(`${SAMPLE}?deep-link`);
    expect(radio(toggle, 2022).checked).toBe(true);
    expect(deepText(charts[0])).toContain('信访总量540件');
    expect(deepText(charts[0])).toContain('2022年');
  });

  it('leaves another group alone', async () => {
    const first = await page(`${SAMPLE}?group-a`, { group: 'a' });
    const second = await page(`${SAMPLE}?group-b`, { group: 'b' });
    await userEvent.click(yearLabel(first.toggle, 2021));
    await expect.poll(() => deepText(first.charts[0])).toContain('信访总量612件');
    expect(deepText(second.charts[0])).toContain('信访总量431件');
    expect(location.hash).toBe('');
  });
});

describe('<fz-year-toggle> given a district’s collection', () => {
  const years = (toggle: Element) =>
    [...toggle.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')].map((input) => input.value);

  it('offers the years of its index, marked sample as the collection is, and picks the ranking’s year', async () => {
    const toggle = mount('fz-year-toggle', { src: '/demo/data/sample-district.json', group: 'district' });
    const ranking = mount('fz-compare', { src: '/demo/data/sample-district.json', unit: 'beiao', group: 'district' }, 640);
    await expect.poll(() => years(toggle)).toEqual(['2022', '2023', '2024']);
    expect(inShadow(toggle, '[role="alert"]')).toBeNull();
    expect(deepText(toggle)).toContain('示例数据');
    await settled(ranking);
    await userEvent.click(yearLabel(toggle, 2023));
    await expect.poll(() => (ranking as Element & { year?: number }).year).toBe(2023);
  });

  it('leaves a town’s chart and dashboard saying plainly, with no alert, that the town has no report of a year the toggle offers', async () => {
    const toggle = mount('fz-year-toggle', { src: '/demo/data/sample-district.json', group: 'plain' });
    const chart = mount('fz-petitions', { src: '/demo/data/sample-district/yunfeng.json', group: 'plain' }, 640);
    const dashboard = mount('fz-dashboard', { src: '/demo/data/sample-district/yunfeng.json', group: 'plain', lang: 'en' }, 900);
    await expect.poll(() => years(toggle)).toEqual(['2022', '2023', '2024']);
    await settled(chart);
    await userEvent.click(yearLabel(toggle, 2022));
    await expect.poll(() => inShadow(chart, '.not-reported')?.textContent).toBe('云峰乡没有2022年的报告（现有2023、2024年）。');
    expect(inShadow(chart, '[role="alert"]')).toBeNull();
    await expect.poll(() => inShadow(dashboard, '.not-reported')?.textContent).toBe('云峰乡 has no report of 2022 (it has 2023, 2024).');
    expect(inShadow(dashboard, '[role="alert"]')).toBeNull();
    // A year the page asks for by the attribute is the page's mistake, and still an alert.
    const asked = mount('fz-petitions', { src: '/demo/data/sample-district/yunfeng.json', year: '2022', group: 'asked' }, 640);
    await settled(asked);
    expect(inShadow(asked, '[role="alert"]')?.textContent).toContain('数据中没有 2022 年');
  });

  it('with no index, offers every year a unit’s dataset gives', async () => {
    const collection = {
      schemaVersion: 1,
      name: { 'zh-CN': '示例区（虚构）' },
      sample: true,
      units: [
        {
          id: 'yunfeng',
          name: { 'zh-CN': '云峰镇' },
          kind: 'town',
          parent: { 'zh-CN': '示例区' },
          dataset: '/demo/data/sample-district/yunfeng.json',
        },
        {
          id: 'beiao',
          name: { 'zh-CN': '北岙镇' },
          kind: 'town',
          parent: { 'zh-CN': '示例区' },
          dataset: '/demo/data/sample-district/beiao.json',
        },
      ],
    };
    const toggle = mount('fz-year-toggle', {}, 640, { data: collection });
    await expect.poll(() => years(toggle)).toEqual(['2022', '2023', '2024']);
    const newer = mount('fz-year-toggle', {}, 640, { data: { ...collection, units: collection.units.slice(0, 1) } });
    await expect.poll(() => years(newer)).toEqual(['2023', '2024']);
    // Inline in the page, as a child script, saved with a BOM.
    const inline = document.createElement('fz-year-toggle');
    const script = Object.assign(document.createElement('script'), {
      type: 'application/json',
      textContent: `\uFEFF${JSON.stringify(collection)}`,
    });
    inline.append(script);
    mount('div').append(inline);
    await expect.poll(() => years(inline)).toEqual(['2022', '2023', '2024']);
  });
});

describe('the toggle’s 与上一年对比', () => {
  const compareBox = (toggle: Element) => inShadow<HTMLInputElement>(toggle, '.compare input[type="checkbox"]');

  it('is offered while a chart or a dashboard is in its group, and not to a trend or a ranking alone, which compare whatever is chosen', async () => {
    const toggle = mount('fz-year-toggle', { src: `${SAMPLE}?offer`, group: 'offer' });
    const trend = mount('fz-trend', { src: `${SAMPLE}?offer`, group: 'offer' }, 640);
    const ranking = mount('fz-compare', { src: '/demo/data/sample-district.json', unit: 'beiao', group: 'offer' }, 640);
    for (const element of [toggle, trend, ranking]) await settled(element);
    expect(inShadow(toggle, 'input[type="radio"]')).not.toBeNull();
    expect(compareBox(toggle)).toBeNull();
    // A chart joins the group: the box is offered, and it compares the chart's years.
    const chart = mount('fz-petitions', { src: `${SAMPLE}?offer`, group: 'offer' }, 640);
    await settled(chart);
    await expect.poll(() => compareBox(toggle)).not.toBeNull();
    compareBox(toggle)!.click();
    await expect.poll(() => chart.shadowRoot!.querySelectorAll('.fz-bar-compared rect').length).toBeGreaterThan(0);
    // The chart leaves: the box goes with it.
    chart.remove();
    await expect.poll(() => compareBox(toggle)).toBeNull();
    // A dashboard in the group is offered it too; a toggle of another group is not.
    const other = mount('fz-year-toggle', { src: `${SAMPLE}?offer`, group: 'other' });
    const dashboard = mount('fz-dashboard', { src: `${SAMPLE}?offer`, group: 'offer' }, 900);
    await settled(dashboard);
    await settled(other);
    await expect.poll(() => compareBox(toggle)).not.toBeNull();
    expect(compareBox(other)).toBeNull();
  });

  it('follows the toggle to another group', async () => {
    const toggle = mount('fz-year-toggle', { src: `${SAMPLE}?move`, group: 'empty' });
    mount('fz-training', { src: `${SAMPLE}?move`, group: 'charts' }, 640);
    await settled(toggle);
    expect(compareBox(toggle)).toBeNull();
    toggle.setAttribute('group', 'charts');
    await expect.poll(() => compareBox(toggle)).not.toBeNull();
  });
});

describe('setting year on an element', () => {
  it('moves its whole group', async () => {
    const { toggle, charts } = await page(`${SAMPLE}?property`);
    (charts[2] as unknown as { year: number }).year = 2023;
    await expect.poll(() => radio(toggle, 2023).checked).toBe(true);
    await expect.poll(() => deepText(charts[0])).toContain('信访总量478件');
  });
});

describe('compare', () => {
  it('shows both years and the change, marked by symbol and sign', async () => {
    const element = mount('fz-petitions', { src: `${SAMPLE}?compare`, year: '2023', compare: 'previous' }, 640);
    await settled(element);
    const text = deepText(element);
    expect(text).toContain('2023年（对比2022年）');
    expect(text).toContain('2023年信访总量478件，比2022年减少62件（−11.5%）');
    expect(text).toContain('比上年减少62件（−11.5%）'); // the total, in words above the chart
    expect(text).toContain('▼ −42，−9.3%'); // the hotline, 452 → 410
    expect(element.shadowRoot!.querySelectorAll('.fz-bar-compared rect')).toHaveLength(5);
    expect([...element.shadowRoot!.querySelectorAll('.legend-item')].map((item) => item.textContent!.trim())).toEqual(['2022年', '2023年']);
  });

  it('compares mediation rates in percentage points', async () => {
    const element = mount('fz-mediation', { src: `${SAMPLE}?compare-rate`, year: '2024', compare: 'previous' }, 640);
    await settled(element);
    const text = deepText(element);
    expect(text).toContain('比上年提高1个百分点'); // stated 97% → 98%, in words above the chart
    expect(text).toContain('比上年提高1.28个百分点'); // computed 89/92 = 96.74% → 99/101 = 98.02%, in the table
  });

  it('takes a year written out, and from the toggle’s checkbox', async () => {
    const { toggle, charts } = await page(`${SAMPLE}?compare-toggle`);
    await userEvent.click(inShadow(toggle, '.compare')!);
    await expect.poll(() => deepText(charts[2])).toContain('比2023年增加6次');
    // Written into the address once the switch is painted.
    await expect.poll(() => location.hash).toBe('#compare=previous');
  });

  it('with no earlier year says so and draws the year alone', async () => {
    const element = mount('fz-training', { src: `${SAMPLE}?compare-none`, year: '2021', compare: 'previous' }, 640);
    await settled(element);
    expect(deepText(element)).toContain('没有可供对比的年份（现有年份：2021、2022、2023、2024）。');
    expect(element.shadowRoot!.querySelectorAll('.fz-bar-compared rect')).toHaveLength(0);
  });

  it('against a year whose report lacks the section says so instead of comparing with zero', async () => {
    const element = mount('fz-mediation', { src: `${SAMPLE}?compare-missing`, year: '2022', compare: '2021' }, 640);
    await settled(element);
    expect(deepText(element)).toContain('2021年报告未列出矛盾纠纷调解数据，无法对比。');
    expect(element.shadowRoot!.querySelectorAll('.fz-bar-compared rect')).toHaveLength(0);
  });
});

describe('a year whose report lacks a section', () => {
  it('shows a plain statement, not a zero', async () => {
    const element = mount('fz-mediation', { src: `${SAMPLE}?missing`, year: '2021' }, 640);
    await settled(element);
    expect(deepText(element)).toContain('本年度报告未列出矛盾纠纷调解数据。');
    expect(deepText(element)).not.toContain('0起');
  });
});

describe('sample data', () => {
  it('is marked 示例数据 / Sample data on every element', async () => {
    const dashboard = mount('fz-dashboard', { src: `${SAMPLE}?badge` }, 1280);
    const english = mount('fz-training', { src: `${SAMPLE}?badge`, lang: 'en' });
    await settled(dashboard);
    await settled(english);
    for (const element of allFz(dashboard)) expect(inShadow(element, '.badge')?.textContent).toBe('示例数据');
    expect(inShadow(english, '.badge')?.textContent).toBe('Sample data');
  });

  it('a draft (figures drawn from a report, not yet checked) is marked 草稿 on every element until a person confirms it', async () => {
    const draft = { ...beiyangCopy(), draft: true };
    const dashboard = mount('fz-dashboard', {}, 1280, { data: draft });
    const toggle = mount('fz-year-toggle', {}, 640, { data: draft });
    await settled(dashboard);
    await settled(toggle);
    for (const element of [...allFz(dashboard), toggle]) expect(inShadow(element, '.badge')?.textContent).toBe('草稿：数据未经核对');
    const confirmed = mount('fz-training', { group: 'confirmed' }, 640, { data: beiyangCopy() });
    await settled(confirmed);
    expect(inShadow(confirmed, '.badge')).toBeNull();
  });
});

describe('changing years', () => {
  it('moves the bars from their old lengths over about 300 ms', async () => {
    const { toggle, charts } = await page(`${SAMPLE}?motion`);
    await userEvent.click(yearLabel(toggle, 2021));
    await expect.poll(() => charts[0].shadowRoot!.getAnimations().length).toBeGreaterThan(0);
    const [animation] = charts[0].shadowRoot!.getAnimations();
    expect(animation.effect!.getTiming().duration).toBe(300);
  });

  it('moves the drawn chart in place: the same SVG element, then the same marks as a chart drawn for that year', async () => {
    const { toggle, charts } = await page(`${SAMPLE}?inplace`, { compare: 'previous' });
    const [petitions, mediation] = charts;
    const drawn = inShadow(petitions, '.chart svg');
    await userEvent.click(yearLabel(toggle, 2023));
    await expect.poll(() => deepText(petitions)).toContain('信访总量478件');
    expect(inShadow(petitions, '.chart svg')).toBe(drawn);
    // The same figures drawn afresh, in this browser; the moved chart's bars are still growing (fz-moving).
    const fresh = mount('fz-petitions', { src: `${SAMPLE}?inplace`, year: '2023', compare: 'previous', group: 'fresh' }, 640);
    const freshMediation = mount('fz-mediation', { src: `${SAMPLE}?inplace`, year: '2023', compare: 'previous', group: 'fresh' }, 640);
    await settled(fresh);
    await settled(freshMediation);
    const shape = (element: Element) =>
      inShadow(element, '.chart svg')!
        .outerHTML.replace(' fz-moving', '')
        .replace(/<!--[\s\S]*?-->/g, '')
        .replace(/-?\d+\.\d+/g, (number) => String(Math.round(Number(number) * 100) / 100));
    expect(shape(petitions)).toBe(shape(fresh));
    expect(shape(mediation)).toBe(shape(freshMediation));
  });

  it('keeps a focused point focused through a switch, as the chart’s one tab stop, and announces its new figure', async () => {
    const { toggle, charts } = await page(`${SAMPLE}?focus`);
    const [petitions] = charts;
    const point = (index: number) => inShadow<SVGElement>(petitions, `.fz-point[data-index="${index}"]`)!;
    point(0).focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(petitions.shadowRoot!.activeElement).toBe(point(2));
    const live = () => inShadow(petitions, '[aria-live]')!.textContent ?? '';
    expect(live()).toContain('4件');
    // The year changes by script (as a toggle elsewhere would); the point keeps focus.
    radio(toggle, 2022).click();
    await expect.poll(() => deepText(petitions)).toContain('2022年');
    await petitions.updateComplete;
    expect(petitions.shadowRoot!.activeElement).toBe(point(2));
    expect([...petitions.shadowRoot!.querySelectorAll('.fz-point[tabindex="0"]')]).toEqual([point(2)]);
    await expect.poll(live).not.toContain('4件');
    expect(live()).toContain(point(2).getAttribute('aria-label')!.split('，')[1]);
  });

  it('moves nothing for readers who ask for reduced motion', async () => {
    const { toggle, charts } = await page(`${SAMPLE}?still`);
    await commands.emulateMedia({ reducedMotion: 'reduce' });
    try {
      await userEvent.click(yearLabel(toggle, 2021));
      await expect.poll(() => deepText(charts[0])).toContain('信访总量612件');
      await charts[0].updateComplete;
      expect(charts[0].shadowRoot!.getAnimations()).toHaveLength(0);
    } finally {
      await commands.emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});

describe('a group’s first year', () => {
  it('is the year of the first member that has one; members connecting later follow it', async () => {
    const url = `${SAMPLE}?first`;
    const toggle = mount('fz-year-toggle', { src: url, group: 'first' });
    const a = mount('fz-petitions', { src: url, group: 'first', year: '2022' }, 640);
    const b = mount('fz-petitions', { src: url, group: 'first', year: '2023' }, 640);
    for (const element of [toggle, a, b]) await settled(element);
    expect(radio(toggle, 2022).checked).toBe(true);
    expect(deepText(b)).toContain('信访总量540件');
  });

  it('is the page address’s for the page’s own group when no member has a year of its own', async () => {
    history.replaceState(null, '', '#year=2021');
    const chart = mount('fz-petitions', { src: `${SAMPLE}?address-first` }, 640);
    await settled(chart);
    expect(deepText(chart)).toContain('信访总量612件');
  });

  it('is never the address’s over an author’s year attribute', async () => {
    history.replaceState(null, '', '#year=2021');
    const toggle = mount('fz-year-toggle', { src: `${SAMPLE}?author-first` });
    const chart = mount('fz-petitions', { src: `${SAMPLE}?author-first`, year: '2023' }, 640);
    await settled(toggle);
    await settled(chart);
    expect(deepText(chart)).toContain('信访总量478件');
    expect(radio(toggle, 2023).checked).toBe(true);
    expect(location.hash).toBe('#year=2021');
  });
});

describe('a group’s first year, with members that start up out of document order', () => {
  it('is the attribute of a member inside a shadow root when its host comes first in the page', async () => {
    const url = `${SAMPLE}?shadow-order`;
    const later = mount('fz-petitions', { src: url, group: 'shadow', year: '2023' }, 640);
    const host = document.createElement('div');
    host.className = 'test-box';
    later.parentElement!.before(host);
    const inner = document.createElement('fz-training');
    for (const [name, value] of Object.entries({ src: url, group: 'shadow', year: '2021' })) inner.setAttribute(name, value);
    host.attachShadow({ mode: 'open' }).append(inner);
    await settled(later);
    await settled(inner);
    expect(deepText(later)).toContain('信访总量612件');
  });

  it('is no longer a removed member’s: the next member with a year of its own decides', async () => {
    const url = `${SAMPLE}?removed-author`;
    const gone = mount('fz-petitions', { src: url, group: 'removed', year: '2023' }, 640);
    await settled(gone);
    gone.remove();
    const next = mount('fz-petitions', { src: url, group: 'removed', year: '2021' }, 640);
    await settled(next);
    expect(deepText(next)).toContain('信访总量612件');
  });

  it('is the attribute of the first member in the document, not of the first to start', async () => {
    const url = `${SAMPLE}?document-order`;
    const later = mount('fz-petitions', { src: url, group: 'order', year: '2023' }, 640);
    const first = document.createElement('fz-training');
    for (const [name, value] of Object.entries({ src: url, group: 'order', year: '2021' })) first.setAttribute(name, value);
    const box = document.createElement('div');
    box.className = 'test-box';
    later.parentElement!.before(box);
    box.append(first);
    await settled(later);
    await settled(first);
    expect(deepText(first)).toContain('2021年度报告列出的学习培训');
    expect(deepText(later)).toContain('信访总量612件');
  });
});
