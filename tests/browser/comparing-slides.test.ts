import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { FzDashboard } from '../../src/elements/fz-dashboard/fz-dashboard.js';
import { cleanup, DATA_URL, deepText, inShadow, mount } from './helpers.js';

afterEach(cleanup);

const UNIT = '/demo/data/sample-district/beiao.json';
const DISTRICT = '/demo/data/sample-district.json';

const counter = (dashboard: Element) => inShadow(dashboard, '.counter')?.textContent?.trim() ?? '';

async function presenting(attributes: Record<string, string>): Promise<FzDashboard> {
  const dashboard = mount<FzDashboard>('fz-dashboard', { mode: 'present', ...attributes }, 900);
  await expect.poll(() => counter(dashboard), { timeout: 5000 }).toMatch(/^1 \/ \d+$/);
  return dashboard;
}

/** The element of the slide shown, once it has drawn its chart (its charts, in the grid a slide lays them out in). */
async function slideElement(dashboard: Element, tag: string): Promise<Element> {
  await expect
    .poll(() => inShadow(dashboard, `.slide ${tag}`)?.shadowRoot?.querySelector('.chart svg.fz-plot'), { timeout: 10_000 })
    .toBeTruthy();
  return inShadow(dashboard, `.slide ${tag}`)!;
}

describe('the dashboard’s slides over the years and across units', () => {
  it('adds a slide of the headline figures over the years, and one ranking the collection’s units with this unit highlighted', async () => {
    const dashboard = await presenting({ src: UNIT, collection: DISTRICT });
    const count = Number(counter(dashboard).split(' / ')[1]);
    await userEvent.keyboard('{End}');
    await userEvent.keyboard('{ArrowLeft}');
    expect(counter(dashboard)).toBe(`${count - 1} / ${count}`);
    const ranking = await slideElement(dashboard, 'fz-compare');
    expect(ranking.getAttribute('unit')).toBe('beiao');
    expect(deepText(ranking)).toContain('北岙镇：信访总量第8位（共12个镇街），名次与上年持平');
    // On a slide: no list to choose from, no lens, no table, no menu.
    for (const part of ['controls', 'lens', 'table', 'export'])
      expect(getComputedStyle(ranking.shadowRoot!.querySelector(`[part="${part}"]`)!).display, part).toBe('none');
    // The room is told the unit's place, in words; the keys are the presenter's, not the audience's.
    const summary = ranking.shadowRoot!.querySelector<HTMLElement>('[part="summary"]')!;
    expect(summary.textContent).toBe('北岙镇：信访总量第8位（共12个镇街），名次与上年持平');
    expect(summary.getBoundingClientRect().height).toBeGreaterThan(0);
    expect(ranking.shadowRoot!.querySelector('.keys')).toBeNull();
    await userEvent.keyboard('{ArrowLeft}');
    const trend = await slideElement(dashboard, 'fz-trend');
    expect(trend.getAttribute('figures')).toBe('headlines');
    expect(deepText(trend)).toContain('2022年至2024年信访总量由368件降至367件，下降0.3%');
  });

  it('shows the audience no outline of the row under a mouse at rest, nor its tooltip; both come back as it moves', async () => {
    const dashboard = await presenting({ src: UNIT, collection: DISTRICT });
    await userEvent.keyboard('{End}');
    await userEvent.keyboard('{ArrowLeft}');
    const ranking = await slideElement(dashboard, 'fz-compare');
    await expect.poll(() => ranking.shadowRoot!.querySelectorAll('.fz-point').length).toBe(12);
    const row = () => ranking.shadowRoot!.querySelectorAll<SVGElement>('.fz-point')[5];
    const outline = () => getComputedStyle(row()).stroke;
    const none = getComputedStyle(ranking.shadowRoot!.querySelectorAll<SVGElement>('.fz-point')[0]).stroke;
    const tipShown = () => {
      const tip = ranking.shadowRoot!.querySelector<HTMLElement>('.tooltip');
      return tip !== null && tip.getClientRects().length > 0 && getComputedStyle(tip).visibility !== 'hidden';
    };
    await userEvent.hover(row());
    await expect.poll(outline).not.toBe(none);
    await expect.poll(tipShown).toBe(true);
    // The mouse rests: the controls go, and the row's outline and tooltip with them.
    const controls = inShadow(dashboard, '.controls')!;
    await expect.poll(() => getComputedStyle(controls).opacity, { timeout: 4000 }).toBe('0');
    expect(outline()).toBe(none);
    expect(tipShown()).toBe(false);
    const next = ranking.shadowRoot!.querySelectorAll<SVGElement>('.fz-point')[6];
    await userEvent.hover(next);
    await expect.poll(() => getComputedStyle(next).stroke).not.toBe(none);
    await expect.poll(tipShown).toBe(true);
    // The mouse leaves the rows for the tests after: onto the ranking's title.
    await userEvent.hover(ranking.shadowRoot!.querySelector('.title')!);
  });

  it('ranks the year the dashboard shows, and follows it', async () => {
    const dashboard = await presenting({ src: UNIT, collection: DISTRICT, year: '2023' });
    await userEvent.keyboard('{End}');
    await userEvent.keyboard('{ArrowLeft}');
    const ranking = await slideElement(dashboard, 'fz-compare');
    expect(ranking.shadowRoot!.querySelector('.subtitle')?.textContent).toBe('示例区（虚构） · 2023年');
    dashboard.year = 2024;
    await expect.poll(() => ranking.shadowRoot!.querySelector('.subtitle')?.textContent).toBe('示例区（虚构） · 2024年');
  });

  it('keeps the keyboard in the ranking when the screen changes shape and its row is drawn no more: on the nearest row drawn, with its tooltip', async () => {
    const dashboard = await presenting({ src: UNIT, collection: DISTRICT, lang: 'en' });
    await userEvent.keyboard('{End}');
    await userEvent.keyboard('{ArrowLeft}');
    const ranking = await slideElement(dashboard, 'fz-compare');
    const root = ranking.shadowRoot!;
    const drawnRows = () => [...root.querySelectorAll('.overlay .fz-point')].map((point) => Number(point.getAttribute('data-index')));
    const focusedRow = () => Number(root.activeElement?.getAttribute('data-index'));
    try {
      await expect.poll(drawnRows).toContain(4);
      root.querySelector<SVGElement>('.fz-point[data-index="4"]')!.focus();
      await expect.poll(() => root.querySelector('.tooltip')?.textContent ?? '').not.toBe('');
      // The projector plugged in: a 4:3 screen, with room for fewer rows.
      await page.viewport(1024, 768);
      await expect.poll(drawnRows).not.toContain(4);
      // Until the slide is laid out for the new screen: its rows the same over two frames.
      const rowsSettled = async () => {
        const before = drawnRows().join();
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        await (ranking as FzDashboard).updateComplete;
        return drawnRows().join() === before;
      };
      await expect.poll(rowsSettled).toBe(true);
      const drawn = drawnRows();
      // A row next to where it was, none drawn between (the nearest when its row went: the screen may be laid out in two steps,
      // the rows drawn first for a room that is not yet the last).
      const kept = focusedRow();
      expect(drawn).toContain(kept);
      expect(drawn.filter((at) => at > Math.min(kept, 4) && at < Math.max(kept, 4))).toEqual([]);
      expect(root.querySelectorAll('.fz-point[tabindex="0"]')).toHaveLength(1);
      const name = root.querySelector(`.fz-point[data-index="${kept}"]`)!.getAttribute('aria-label')!.split(/[，,]/)[0];
      expect(root.querySelector('.tooltip')?.textContent).toContain(name);
      // The arrows go on in the ranking; the clicker turns the slide.
      await userEvent.keyboard('{ArrowDown}');
      expect(focusedRow()).toBe(drawn[drawn.indexOf(kept) + 1]);
      const slide = counter(dashboard);
      await userEvent.keyboard('{PageDown}');
      await expect.poll(() => counter(dashboard)).not.toBe(slide);
    } finally {
      await page.viewport(1280, 900);
    }
  });

  it('has no slide over the years for a dataset of one year, and no ranking without a collection', async () => {
    const dashboard = await presenting({ src: DATA_URL });
    // The title, the key figures, a chart per section of 2024, the source.
    expect(counter(dashboard)).toBe('1 / 7');
  });
});

describe('the dashboard’s deck over the years and across units', () => {
  it('writes the headline figures over the years as native line charts, and the ranking as a native bar chart', async () => {
    const dashboard = mount<FzDashboard>('fz-dashboard', { src: UNIT, collection: DISTRICT }, 900);
    const pptx = await dashboard.toBlob('pptx');
    const zip = await JSZip.loadAsync(await pptx.arrayBuffer());
    const charts = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name))
        .map((name) => zip.file(name)!.async('string')),
    );
    const lines = charts.filter((xml) => xml.includes('<c:lineChart>'));
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.some((xml) => xml.includes('信访总量') && xml.includes('2022年') && xml.includes('<c:v>368</c:v>'))).toBe(true);
    const ranking = charts.find((xml) => xml.includes('北岙镇'));
    expect(ranking).toContain('<c:barChart>');
    expect(ranking).toContain('第8位 北岙镇');
    expect(ranking).toContain('并列第2位');
    const slides = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
        .map((name) => zip.file(name)!.async('string')),
    );
    expect(slides.some((xml) => xml.includes('北岙镇：信访总量第8位（共12个镇街），名次与上年持平'))).toBe(true);
    // Its speaker notes say a place is no judgement, as the page does under the ranking.
    const notes = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name))
        .map((name) => zip.file(name)!.async('string')),
    );
    expect(notes.filter((xml) => xml.includes('名次只表示数字的大小，不表示工作的好坏。'))).toHaveLength(1);
  });
});
