// The built bundle as a portal page loads it: what it asks the server for when no one presents or
// exports, and what its export menu saves: the PowerPoint deck, the pictures and the tables.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { cspViolations } from '../helpers/csp.js';
import { deckOf } from '../helpers/files.js';
import { chunksOf, portalPages, REPORT_TITLE } from '../helpers/portal-pages.js';

const portal = portalPages();
const { open } = portal;

describe('a portal page that never presents nor exports', () => {
  it('loads, shows tooltips and changes year without asking for any file loaded on demand, nor any other host', async () => {
    const { page, requests, errors, close } = await open('/quiet.html', { width: 1280, height: 900 });
    await page.locator('fz-dashboard fz-petitions .fz-point').first().hover();
    await expect.poll(() => page.locator('fz-dashboard fz-petitions .tooltip').count()).toBe(1);
    await page.locator('fz-dashboard fz-training .fz-point').nth(1).hover();
    await expect.poll(() => page.locator('fz-dashboard fz-training .tooltip').count()).toBe(1);
    // The sample chart moves to another year of its own group.
    const sample = page.locator('body > fz-petitions');
    expect(await sample.locator('.subtitle').innerText()).toContain('2024');
    await sample.evaluate((el) => el.setAttribute('year', '2022'));
    await expect.poll(() => sample.locator('.subtitle').innerText()).toContain('2022');
    await sample.locator('.fz-point').first().hover();
    await expect.poll(() => sample.locator('.tooltip').count()).toBe(1);
    // Opening a table loads nothing: the table is there once the summary is clicked.
    await page.locator('fz-dashboard fz-mediation .data-table > summary').click();
    await expect.poll(() => page.locator('fz-dashboard fz-mediation .data-table table').isVisible()).toBe(true);
    expect(requests.some((url) => url.endsWith('/fazhi-dashboard.js'))).toBe(true);
    expect(chunksOf(requests)).toEqual([]);
    expect(requests.filter((url) => /fazhi-dashboard-/.test(url))).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(`${portal.origin}/`) && !url.startsWith('data:'))).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('the dashboard as a PowerPoint deck', () => {
  it('导出 → 演示文稿（PPTX） under a strict CSP saves beiyang-2024.pptx: a slide per chart, native charts with the figures, the quotes in the notes', async () => {
    const { page, requests, errors, close } = await open('/csp.html', { width: 1280, height: 900 });
    expect(chunksOf(requests)).toEqual([]);
    const tools = page.locator('fz-dashboard .tools');
    await tools.locator('.export-menu details > summary').click();
    const item = tools.locator('.export-formats button', { hasText: '演示文稿（PPTX）' });
    await expect.poll(() => item.isVisible()).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), item.click()]);
    expect(download.suggestedFilename()).toBe('beiyang-2024.pptx');
    const bytes = new Uint8Array(await readFile(await download.path()));
    // PK: a zip.
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);

    // The writer came only now, from this server; the slides did not.
    const chunks = chunksOf(requests);
    expect(chunks).toContain('pptx');
    expect(chunks).not.toContain('presentation');
    // The bundler's helpers for CommonJS modules are a file of their own, shared by the PowerPoint writer and Plot's code.
    expect(chunks.filter((chunk) => !['pptx', 'deck-of', 'files', 'rolldown-runtime', '__vite-browser-external'].includes(chunk))).toEqual(
      [],
    );
    expect(requests.filter((url) => !url.startsWith(`${portal.origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual(
      [],
    );
    expect(await cspViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await close();

    const deck = await deckOf(bytes);
    // Title, key figures, petitions, mediation, training, platforms, closing.
    expect(deck.slideNames).toHaveLength(2 + 4 + 1);
    const bars: [number, (string | number)[], string[]][] = [
      [3, [354, 29, 8, 2, '12345热线', '网信'], ['全年信访总量393条', '其中12345热线354件']],
      [4, [99, 98], ['镇级矛盾纠纷化解中心受理案件99起', '成功率达99%']],
      [5, [12, 13, 16, '集中学习', '执法业务培训'], ['开展集中学习12次', '累计进行业务培训16次']],
    ];
    for (const [n, figures, quotes] of bars) {
      const chart = await deck.chartOf(n);
      expect(chart, `chart part of slide ${n}`).toBeDefined();
      for (const figure of figures) expect(chart, `slide ${n}`).toContain(typeof figure === 'number' ? `<c:v>${figure}</c:v>` : figure);
      const notes = await deck.notesOf(n);
      for (const quote of quotes) expect(notes, `notes of slide ${n}`).toContain(quote);
    }
    // The subsets (其中…，不另计) are a chart of their own: no chart's bars add up past the total of 393.
    const petitionCharts = await deck.chartsOf(3);
    expect(petitionCharts).toHaveLength(2);
    for (const chart of petitionCharts) {
      const values = [...(/<c:val>(.*?)<\/c:val>/s.exec(chart)?.[1] ?? '').matchAll(/<c:v>([\d.]+)<\/c:v>/g)].map(([, value]) =>
        Number(value),
      );
      expect(values.length).toBeGreaterThan(0);
      expect(values.reduce((sum, value) => sum + value, 0)).toBeLessThanOrEqual(393);
    }
    expect(petitionCharts[1]).toContain('其中（已含在上述渠道中，不另计）');
    // On one scale, as on the screen: both charts' value axes end at the largest bar, 354 (a subset of 2 as long as a channel of 2).
    for (const chart of petitionCharts) expect(/<c:valAx>.*?<c:max val="(\d+)"\/>/s.exec(chart)?.[1]).toBe('354');
    // The platforms: shapes with their names, no chart.
    expect(await deck.chartOf(6)).toBeUndefined();
    const platforms = await deck.text('ppt/slides/slide6.xml');
    for (const name of ['党建统领', '经济生态', '平安法治', '公共服务']) expect(platforms).toContain(name);
    // The report's one sentence naming the four platforms is in the notes once, after their four names, its own quotation marks nested.
    const platformNotes = await deck.notesOf(6);
    expect(platformNotes).toContain('党建统领、经济生态、平安法治、公共服务：“维护运行基层智治‘四平台’,即');
    expect(platformNotes.split('维护运行基层智治')).toHaveLength(2);
    expect(await deck.text('ppt/slides/slide1.xml')).toContain(REPORT_TITLE);
    const keyFigures = await deck.text('ppt/slides/slide2.xml');
    for (const figure of ['主要数据', '393件', '99%', '41次']) expect(keyFigures).toContain(figure);
    expect(await deck.text('ppt/slides/slide7.xml')).toContain('谢谢！');
    expect(await deck.text('docProps/core.xml')).toContain(REPORT_TITLE);
  });

  it('makes every picture and table under the strict CSP with no violation: PNG, SVG and CSV of a chart and of the dashboard', async () => {
    const { page, errors, close } = await open('/csp.html', { width: 1280, height: 900 });
    const made = await page.evaluate(async () => {
      type Exporter = Element & { toBlob(format: string): Promise<Blob> };
      const dashboard = document.querySelector('fz-dashboard') as Exporter;
      const chart = dashboard.shadowRoot?.querySelector('fz-petitions') as Exporter;
      const blobs = await Promise.all([
        ...['png', 'svg', 'csv'].map((format) => chart.toBlob(format)),
        ...['png', 'svg', 'csv'].map((format) => dashboard.toBlob(format)),
      ]);
      return blobs.map((blob) => `${blob.type} ${blob.size > 300}`);
    });
    expect(made).toEqual([
      'image/png true',
      'image/svg+xml true',
      'text/csv;charset=utf-8 true',
      'image/png true',
      'image/svg+xml true',
      'text/csv;charset=utf-8 true',
    ]);
    expect(await cspViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it("toBlob('pptx') with compare=\"previous\" charts both years: the compared year's series, then the year's", async () => {
    const { page, requests, errors, close } = await open('/sample.html', { width: 1280, height: 900 });
    const base64 = await page.evaluate(async () => {
      const dashboard = document.querySelector('fz-dashboard') as unknown as { toBlob(format: 'pptx'): Promise<Blob> };
      const blob = await dashboard.toBlob('pptx');
      const url = await new Promise<string>((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(String(reader.result));
        reader.readAsDataURL(blob);
      });
      return url.slice(url.indexOf(',') + 1);
    });
    const bytes = new Uint8Array(Buffer.from(base64, 'base64'));
    expect(chunksOf(requests)).toContain('pptx');
    expect(errors).toEqual([]);
    await close();
    const deck = await deckOf(bytes);
    // 2024 of the sample gives reviews and legality review as well; then its six headline figures over its four years,
    // three to a slide (a row of charts tall enough for their values to stay on one line).
    expect(deck.slideNames).toHaveLength(2 + 6 + 2 + 1);
    // One native line chart for each headline figure.
    for (const n of [9, 10]) {
      expect((await deck.partsOf(n)).filter((part) => /^ppt\/charts\/chart\d+\.xml$/.test(part))).toHaveLength(3);
      expect(await deck.text(`ppt/slides/slide${n}.xml`)).toContain(`历年数据（${n - 8}/2）`);
    }
    const [petitions] = await deck.chartsOf(3);
    expect(petitions).toBeDefined();
    const series = [...(petitions ?? '').matchAll(/<c:ser>[\s\S]*?<\/c:ser>/g)].map((match) => match[0]);
    expect(series).toHaveLength(2);
    expect(series[0]).toContain('2023年');
    expect(series[1]).toContain('2024年');
    // 12345 hotline: 410 in 2023, 380 in 2024 (invented).
    expect(series[0]).toContain('<c:v>410</c:v>');
    expect(series[1]).toContain('<c:v>380</c:v>');
  });
});
