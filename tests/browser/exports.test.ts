import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import beiyang from '../../data/beiyang.json';
import { type DatasetError, parseDataset } from '../../src/data/validate.js';
import { pictureBlob } from '../../src/export/files.js';
import { type PictureLook, pictureSvg } from '../../src/export/picture.js';
import type { FzChartElement } from '../../src/runtime/fz-chart-element.js';
import type { FzElement } from '../../src/runtime/fz-element.js';
import { printFooter } from '../../src/runtime/print-page.js';
import type { AnySection } from '../../src/sections/section.js';
import { readCsv } from '../helpers/csv.js';
import { random, withHostileText } from '../helpers/fuzz.js';
import { CHART_TAGS, catchDownloads, cleanup, DATA_URL, inShadow, mount, SAMPLE_URL, settled, sourceFor } from './helpers.js';

afterEach(cleanup);

type Chart = FzChartElement<AnySection>;
type Exporter = { toBlob: (format: string, options?: { scale?: number }) => Promise<Blob>; download: (format: string) => Promise<void> };

/** How many pixels of the picture differ from its top-left (background) pixel. */
async function inkedPixels(blob: Blob): Promise<{ width: number; height: number; inked: number }> {
  const bitmap = await createImageBitmap(blob);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
  let inked = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (Math.abs(data[i] - data[0]) + Math.abs(data[i + 1] - data[1]) + Math.abs(data[i + 2] - data[2]) > 60) inked++;
  }
  return { width: bitmap.width, height: bitmap.height, inked };
}

const petitions = beiyang.years[0].petitions;

describe('PNG', () => {
  it.each(CHART_TAGS)(
    '<%s>.toBlob("png") is an image/png twice the picture’s CSS size, with the chart drawn on its background',
    async (tag) => {
      const element = mount<Chart>(tag, { src: sourceFor(tag) }, 640);
      await settled(element);
      const svg = await element.picture();
      const png = await (element as unknown as Exporter).toBlob('png');
      expect(png.type).toBe('image/png');
      const { width, height, inked } = await inkedPixels(png);
      expect(width).toBe(Number(svg.getAttribute('width')) * 2);
      expect(height).toBe(Number(svg.getAttribute('height')) * 2);
      // The chart's own width and a frame around it.
      expect(width).toBeGreaterThan(inShadow(element, '.chart svg')!.getBoundingClientRect().width * 2);
      // Not blank: text and bars cover a good part of it.
      expect(inked / (width * height)).toBeGreaterThan(0.02);
    },
  );

  it('takes a scale, and says what is wrong with one it cannot use', async () => {
    const element = mount('fz-training', { src: DATA_URL }, 500) as unknown as Exporter & Chart;
    await settled(element);
    const svg = await element.picture();
    const { width } = await inkedPixels(await element.toBlob('png', { scale: 3 }));
    expect(width).toBe(Number(svg.getAttribute('width')) * 3);
    await expect(element.toBlob('png', { scale: 0 })).rejects.toThrow(/scale/);
    await expect(element.toBlob('gif')).rejects.toThrow(/"png", "svg", "csv"/);
  });

  it.each([...CHART_TAGS, 'fz-dashboard'])(
    '<%s>.toBlob("png", { shape: "16:9" }) is a landscape picture, 16:9, the words beside the chart',
    async (tag) => {
      const element = mount(tag, { src: sourceFor(tag) }, 900) as unknown as Exporter & Element;
      await settled(element);
      const wide = (element as unknown as { toBlob: (f: string, o: object) => Promise<Blob> }).toBlob('png', { shape: '16:9' });
      const { width, height, inked } = await inkedPixels(await wide);
      expect(Math.abs(width / height - 16 / 9)).toBeLessThan(0.01);
      expect(inked / (width * height)).toBeGreaterThan(0.01);
      if (tag === 'fz-dashboard') return;
      // The title in the column left of the chart, not above it.
      const svgOf = (element as unknown as { toBlob: (f: string, o: object) => Promise<Blob> }).toBlob('svg', { shape: '16:9' });
      const svg = new DOMParser().parseFromString(await (await svgOf).text(), 'image/svg+xml').documentElement;
      const chart = svg.querySelector('svg svg')!;
      const title = svg.querySelector('text')!;
      expect(Number(title.getAttribute('x'))).toBeLessThan(Number(chart.getAttribute('x')));
      expect(Number(title.getAttribute('y'))).toBeGreaterThan(Number(chart.getAttribute('y')) - 1);
    },
  );

  it('refuses a shape there is none of, naming those there are', async () => {
    const element = mount('fz-training', { src: DATA_URL }, 500) as unknown as Element & {
      toBlob: (f: string, o: object) => Promise<Blob>;
    };
    await settled(element);
    await expect(element.toBlob('png', { shape: '4:3' })).rejects.toThrow(/"16:9"/);
  });

  it('of a dark chart keeps its dark background', async () => {
    const element = mount('fz-mediation', { src: DATA_URL, theme: 'dark' }, 500) as unknown as Exporter;
    await settled(element as unknown as Element);
    const bitmap = await createImageBitmap(await element.toBlob('png'));
    const context = new OffscreenCanvas(4, 4).getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const [r, g, b] = context.getImageData(1, 1, 1, 1).data;
    expect(r + g + b).toBeLessThan(3 * 60);
  });
});

describe('SVG', () => {
  it('is one self-contained picture: no stylesheet, class, style attribute or outside reference, every mark’s look in its attributes, the figures and the source in it', async () => {
    const element = mount('fz-petitions', { src: DATA_URL }, 640) as unknown as Exporter;
    await settled(element as unknown as Element);
    const blob = await element.toBlob('svg');
    expect(blob.type).toBe('image/svg+xml');
    const text = await blob.text();
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const svg = doc.documentElement;
    expect(svg.localName).toBe('svg');
    expect(svg.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(svg.querySelectorAll('style, link, image, foreignObject, script')).toHaveLength(0);
    expect(svg.querySelectorAll('[class], [style]')).toHaveLength(0);
    expect(text).not.toMatch(/(href|src)=|url\(|@import|var\(--/);
    // The bars in the accent colour, as drawn (in hex: SVG 1.1 has no CSS colour functions).
    const bars = [...svg.querySelectorAll('svg svg rect')].filter((rect) => rect.getAttribute('fill') === '#1d5fa8');
    expect(bars.length).toBeGreaterThanOrEqual(petitions.channels.length);
    for (const node of svg.querySelectorAll('svg svg text')) expect(node.getAttribute('font-size')).toMatch(/^\d+(\.\d+)?px$/);
    const words = [...svg.querySelectorAll('text')].map((node) => node.textContent).join('|');
    expect(words).toContain('信访件按渠道分布');
    expect(words).toContain('北洋镇 · 2024年');
    expect(words).toContain('393件');
    for (const channel of petitions.channels) expect(words).toContain(`${channel.value}件`);
    expect(words).toContain('全年信访总量393条');
    expect(words).toMatch(/来源：北洋镇人民政府/);
  });

  /** Every colour an SVG 1.1 reader (LibreOffice, older Inkscape) may not know: CSS functions, `transparent`, `currentColor`, custom properties. */
  const cssOnlyColours = (svg: Element) =>
    [svg, ...svg.querySelectorAll('*')].flatMap((node) =>
      [...node.attributes]
        .filter(({ name }) => ['fill', 'stroke', 'color', 'stop-color', 'flood-color', 'lighting-color'].includes(name))
        .filter(({ value }) => !/^(#[0-9a-f]{6}|none)$/.test(value))
        .map(({ name, value }) => `<${node.localName} ${name}="${value}">`),
    );
  const opacities = (svg: Element) =>
    [svg, ...svg.querySelectorAll('*')].flatMap((node) =>
      ['fill-opacity', 'stroke-opacity', 'opacity'].flatMap((name) => (node.hasAttribute(name) ? [Number(node.getAttribute(name))] : [])),
    );

  it.each([...CHART_TAGS, 'fz-dashboard'])(
    '<%s> writes every colour as #rrggbb or none, its alpha apart (fill-opacity): the transparent hit areas are no black blocks in an editor',
    async (tag) => {
      const element = mount(tag, { src: sourceFor(tag), compare: 'previous' }, 900) as unknown as Exporter & Element;
      await settled(element);
      const text = await (await element.toBlob('svg')).text();
      expect(text).not.toMatch(/rgba?\(|hsla?\(|color-mix|transparent|currentcolor|var\(/i);
      const svg = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
      expect(cssOnlyColours(svg)).toEqual([]);
      for (const opacity of opacities(svg)) expect(opacity).toBeGreaterThanOrEqual(0);
    },
  );

  it('writes a page’s own colours (hsl, with alpha) as hex and an opacity', async () => {
    const element = mount('fz-training', { src: DATA_URL }, 640) as unknown as Exporter & HTMLElement;
    element.style.setProperty('--fz-color-accent', 'hsl(0 100% 35% / 0.8)');
    element.style.setProperty('--fz-color-background', 'rgb(255 250 240)');
    await settled(element);
    const svg = new DOMParser().parseFromString(await (await element.toBlob('svg')).text(), 'image/svg+xml').documentElement;
    expect(cssOnlyColours(svg)).toEqual([]);
    expect(svg.querySelector(':scope > rect')?.getAttribute('fill')).toBe('#fffaf0');
    const bar = [...svg.querySelectorAll('svg svg rect')].find((rect) => rect.getAttribute('fill') === '#b30000');
    expect(bar?.getAttribute('fill-opacity')).toBe('0.8');
  });

  it('marks an invented dataset in the picture too', async () => {
    const element = mount('fz-reviews', { src: SAMPLE_URL }, 500) as unknown as Exporter;
    await settled(element as unknown as Element);
    expect(await (await element.toBlob('svg')).text()).toContain('示例数据');
  });
});

describe('CSV', () => {
  it('starts with a byte-order mark and round-trips every figure of the table with the report’s words', async () => {
    const element = mount('fz-petitions', { src: DATA_URL }, 640) as unknown as Exporter;
    await settled(element as unknown as Element);
    const blob = await element.toBlob('csv');
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = readCsv((await blob.text()).replace(/^\uFEFF/, ''));
    expect(rows[0]).toEqual(['项目', '数值', '显示为', '说明', '报告原文']);
    const byLabel = new Map(rows.slice(1).map((row) => [row[0], row]));
    const figures = [
      { label: '信访总量', ...petitions.total },
      ...petitions.channels.map((channel) => ({ label: channel.label['zh-CN'], value: channel.value, quote: channel.quote })),
      ...petitions.flags.map((flag) => ({ label: flag.label['zh-CN'], value: flag.value, quote: flag.quote })),
    ];
    for (const { label, value, quote } of figures) {
      const row = byLabel.get(label);
      expect(row, label).toBeDefined();
      expect(Number(row![1])).toBe(value);
      expect(row![2]).toBe(`${value}件`);
      expect(row![4]).toBe(quote);
    }
    expect(rows).toHaveLength(1 + figures.length);
  });

  it('leaves the number out where the chart’s value is no figure of the report (how many figures a platform has)', async () => {
    const element = mount('fz-platforms', { src: DATA_URL }, 640) as unknown as Exporter;
    await settled(element as unknown as Element);
    const rows = readCsv((await (await element.toBlob('csv')).text()).replace(/^\uFEFF/, ''));
    const party = rows.find((row) => row[0] === '党建统领')!;
    expect(party.slice(1, 3)).toEqual(['', '报告未列数据']);
  });

  it('when comparing, gives each year its column and the change', async () => {
    const element = mount('fz-training', { src: SAMPLE_URL, year: '2024', compare: 'previous' }, 640) as unknown as Exporter;
    await settled(element as unknown as Element);
    const rows = readCsv((await (await element.toBlob('csv')).text()).replace(/^\uFEFF/, ''));
    expect(rows[0]).toEqual(['项目', '2024年', '显示为', '2023年', '变化', '说明', '报告原文']);
    const central = rows.find((row) => row[0] === '集中学习')!;
    expect(central.slice(1, 5)).toEqual(['12', '12次', '11', '▲ +1，+9.1%']);
  });

  it('of the dashboard holds every chart’s table under its caption', async () => {
    const element = mount('fz-dashboard', { src: DATA_URL }, 900) as unknown as Exporter;
    await settled(element as unknown as Element);
    const blob = await element.toBlob('csv');
    expect([...new Uint8Array(await blob.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = await blob.text();
    for (const caption of [
      '信访件按渠道分布（北洋镇 · 2024年）',
      '矛盾纠纷调解（北洋镇 · 2024年）',
      '法治学习与培训（北洋镇 · 2024年）',
      '基层智治平台（北洋镇 · 2024年）',
    ]) {
      expect(text).toContain(caption);
    }
    expect(text).toContain('成功率达99%');
  });
});

describe('download and the export menu', () => {
  it('saves beiyang-2024-petitions.png, and names the compared year in the file', async () => {
    const downloads = catchDownloads();
    try {
      const element = mount('fz-petitions', { src: DATA_URL }, 640) as unknown as Exporter;
      await settled(element as unknown as Element);
      await element.download('png');
      const compared = mount(
        'fz-training',
        { src: SAMPLE_URL, year: '2024', compare: 'previous', group: 'other' },
        640,
      ) as unknown as Exporter;
      await settled(compared as unknown as Element);
      await compared.download('csv');
      expect(downloads.names).toEqual(['beiyang-2024-petitions.png', 'sample-town-2024-vs-2023-training.csv']);
    } finally {
      downloads.restore();
    }
  });

  it('导出 opens a menu of PNG (as shown and 16:9), SVG and CSV; picking one saves it and closes the menu', async () => {
    const downloads = catchDownloads();
    try {
      const element = mount('fz-mediation', { src: DATA_URL }, 640);
      await settled(element);
      const summary = inShadow<HTMLElement>(element, '.export-menu summary')!;
      expect(summary.textContent).toBe('导出');
      await userEvent.click(summary);
      const buttons = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.export-formats button')];
      expect(buttons.map((button) => button.textContent?.trim())).toEqual([
        '图片（PNG）',
        '横幅图片（PNG，16:9）',
        '矢量图（SVG）',
        '数据表（CSV）',
      ]);
      await userEvent.click(buttons[3]);
      await expect.poll(() => downloads.names).toEqual(['beiyang-2024-mediation.csv']);
      expect(inShadow<HTMLDetailsElement>(element, '.export-menu details')!.open).toBe(false);
      expect(inShadow(element, '.export-status')!.textContent?.trim()).toBe('');
    } finally {
      downloads.restore();
    }
  });

  // 320: the article's column on a phone 360 px wide, less the portal's margins.
  it.each([320, 360, 1280])(
    'the dashboard’s 导出 opens a menu whose every choice is one line, inside the dashboard, at %i px',
    async (width) => {
      const dashboard = mount('fz-dashboard', { src: DATA_URL }, width);
      await settled(dashboard);
      await userEvent.click(inShadow<HTMLElement>(dashboard, '.tools .export-menu summary')!);
      const menu = inShadow<HTMLElement>(dashboard, '.tools .export-formats')!;
      const box = dashboard.getBoundingClientRect();
      const shown = menu.getBoundingClientRect();
      expect(shown.left).toBeGreaterThanOrEqual(box.left);
      expect(shown.right).toBeLessThanOrEqual(box.right);
      for (const button of menu.querySelectorAll('button')) {
        const range = document.createRange();
        range.selectNodeContents(button);
        const lines = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
        expect(lines.size, button.textContent?.trim()).toBe(1);
      }
    },
  );

  it('Escape closes the menu and gives focus back to 导出', async () => {
    const element = mount('fz-training', { src: DATA_URL }, 640);
    await settled(element);
    const summary = inShadow<HTMLElement>(element, '.export-menu summary')!;
    await userEvent.click(summary);
    expect(inShadow<HTMLDetailsElement>(element, '.export-menu details')!.open).toBe(true);
    await userEvent.keyboard('{Escape}');
    expect(inShadow<HTMLDetailsElement>(element, '.export-menu details')!.open).toBe(false);
    expect(element.shadowRoot!.activeElement).toBe(summary);
  });

  it('a chart with nothing to show refuses to export, saying so', async () => {
    const element = mount('fz-reviews', { src: DATA_URL }, 640) as unknown as Exporter;
    await expect(element.toBlob('png')).rejects.toThrow('没有显示图表，无法导出。');
  });
});

describe('the dashboard as a picture', () => {
  it('puts the key figures above every chart, in one SVG', async () => {
    const element = mount('fz-dashboard', { src: DATA_URL }, 900) as unknown as Exporter;
    await settled(element as unknown as Element);
    const svg = new DOMParser().parseFromString(await (await element.toBlob('svg')).text(), 'image/svg+xml').documentElement;
    const words = [...svg.querySelectorAll('text')].map((node) => node.textContent).join('|');
    for (const text of [
      '法治政府建设年度数据',
      '信访总量  393件',
      '调解成功率  99%',
      '信访件按渠道分布',
      '矛盾纠纷调解',
      '法治学习与培训',
      '基层智治平台',
    ]) {
      expect(words).toContain(text);
    }
    const png = await inkedPixels(await element.toBlob('png'));
    expect(png.width).toBe(Number(svg.getAttribute('width')) * 2);
  });

  it('of a year whose report lacks a section leaves that chart out, and says so while presenting', async () => {
    const element = mount('fz-dashboard', { src: SAMPLE_URL, year: '2021' }, 900) as unknown as Exporter & Element;
    await settled(element);
    const svg = new DOMParser().parseFromString(await (await element.toBlob('svg')).text(), 'image/svg+xml').documentElement;
    const words = [...svg.querySelectorAll('text')].map((node) => node.textContent).join('|');
    expect(words).toContain('信访件按渠道分布');
    expect(words).toContain('法治学习与培训');
    expect(words).not.toContain('矛盾纠纷调解');
    element.setAttribute('mode', 'present');
    await expect(element.toBlob('png')).rejects.toThrow('演示时无法导出整页图片');
  });
});

/** Words holding every kind of character XML 1.0 or UTF-8 cannot hold, beside those it can (escaped). */
const HOSTILE = 'a\u000Bb\u0000c\u001Fd\uFFFEe\uFFFFf\uD800g\uDC00h <&>"\' ]]> \u202E\u0645\u200F 😀';
/** The same as a file holds them: the vertical tab a space, the rest dropped. */
const HELD = 'a bcdefgh <&>"\' ]]> \u202E\u0645\u200F 😀';

const look: PictureLook = {
  background: '#ffffff',
  text: '#1a1a1a',
  muted: '#555555',
  accent: '#1d5fa8',
  alert: '#b42318',
  fontFamily: `sans-serif, "x${HOSTILE}"`,
  fontSize: 16,
  titleSize: 20,
  smallSize: 14,
};

describe('what no file can hold', () => {
  // Validation refuses these in a dataset; the writers must not depend on it (words from elsewhere: a page's CSS, a script).
  it('an SVG of words with control characters, U+FFFE/U+FFFF and half a surrogate pair is well-formed, and holds the rest of the words', async () => {
    const svg = pictureSvg(
      // Wide enough for one line each: what is held is read back whole, not where a line broke.
      { width: 640, look, above: [{ text: HOSTILE, tone: 'title' }], below: [{ text: HOSTILE, tone: 'small' }] },
      document,
    );
    const text = await (await pictureBlob(svg, 'svg', 1)).text();
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')?.textContent ?? null).toBeNull();
    expect([...doc.querySelectorAll('text')].map((node) => node.textContent).join('')).toBe(HELD + HELD);
    expect(doc.documentElement.getAttribute('font-family')).toBe(`sans-serif, "x${HELD}"`);
  });

  it('the printed handout writes its footer without them', () => {
    const owner = mount('div');
    printFooter(owner, `来源：${HOSTILE}`);
    try {
      dispatchEvent(new Event('beforeprint'));
      const page = document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]).find((rule) => rule instanceof CSSPageRule)!;
      expect(page.cssText).toContain(`content: ${JSON.stringify(`来源：${HELD}`)}`);
    } finally {
      dispatchEvent(new Event('afterprint'));
      printFooter(owner, undefined);
    }
  });

  it('a PNG of them decodes', async () => {
    const svg = pictureSvg({ width: 320, look, above: [{ text: HOSTILE, tone: 'title' }], below: [] }, document);
    const { width, inked } = await inkedPixels(await pictureBlob(svg, 'png', 2));
    expect(width).toBe(Number(svg.getAttribute('width')) * 2);
    expect(inked).toBeGreaterThan(100);
  });
});

describe('fuzzing the exports in Chromium', () => {
  it('40 seeded datasets with hostile text, given as `data`: each is refused with an alert naming the character, or its PNG decodes and its SVG parses', async () => {
    // A refused dataset logs its JSON paths; not printed here.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const element = mount('fz-dashboard', {}, 900) as HTMLElement & Exporter & { data: unknown };
    const outcomes = { exported: 0, refused: 0 };
    try {
      // The seeds the Node fuzz test starts with: a failure there replays here.
      for (let seed = 18_000; seed < 18_040; seed++) {
        const hostile = withHostileText(beiyang, random(seed));
        element.data = hostile;
        await (element as unknown as FzElement).updateComplete;
        await settled(element);
        let problems: DatasetError['problems'] = [];
        try {
          parseDataset(hostile);
        } catch (error) {
          problems = (error as DatasetError).problems;
        }
        if (problems.length > 0) {
          const alert = inShadow(element, '[role="alert"]')?.textContent ?? '';
          for (const problem of problems.filter((p) => p.rule === 'character'))
            expect(alert, `seed ${seed}`).toContain(String(problem.actual));
          outcomes.refused++;
          continue;
        }
        const svg = new DOMParser().parseFromString(await (await element.toBlob('svg')).text(), 'image/svg+xml');
        expect(svg.querySelector('parsererror')?.textContent ?? null, `seed ${seed}`).toBeNull();
        const { width, inked } = await inkedPixels(await element.toBlob('png', { scale: 1 }));
        expect(width, `seed ${seed}`).toBe(Number(svg.documentElement.getAttribute('width')));
        expect(inked, `seed ${seed}`).toBeGreaterThan(1000);
        outcomes.exported++;
      }
    } finally {
      logged.mockRestore();
    }
    expect(outcomes.exported).toBeGreaterThanOrEqual(5);
    expect(outcomes.refused).toBeGreaterThanOrEqual(5);
  }, 60_000);
});

describe('an export holds the year shown when it was asked for', () => {
  const wordsOf = async (blob: Promise<Blob>) =>
    [...new DOMParser().parseFromString(await (await blob).text(), 'image/svg+xml').querySelectorAll('text')]
      .map((node) => node.textContent)
      .join('|');

  it('a chart’s CSV, SVG and PNG asked for just before a year switch are of the year shown then', async () => {
    const element = mount('fz-training', { src: SAMPLE_URL, year: '2024' }, 640) as unknown as Exporter & FzElement;
    await settled(element);
    const atRest = new Uint8Array(await (await element.toBlob('png', { scale: 1 })).arrayBuffer());
    const [csv, svg, png] = [element.toBlob('csv'), element.toBlob('svg'), element.toBlob('png', { scale: 1 })];
    element.year = 2023;
    const central = readCsv((await (await csv).text()).replace(/^\uFEFF/, '')).find((row) => row[0] === '集中学习')!;
    expect(central.slice(1, 3)).toEqual(['12', '12次']);
    const words = await wordsOf(svg);
    expect(words).toContain('2024年');
    expect(words).not.toContain('2023年');
    expect(new Uint8Array(await (await png).arrayBuffer())).toEqual(atRest);
    // Saved under the year it holds.
    const downloads = catchDownloads();
    try {
      const saved = element.download('csv');
      element.year = 2022;
      await saved;
      expect(downloads.names).toEqual(['sample-town-2023-training.csv']);
    } finally {
      downloads.restore();
    }
    // The switches did happen: the same asked for now is 2022's.
    await settled(element);
    expect(await wordsOf(element.toBlob('svg'))).toContain('2022年');
    expect(new Uint8Array(await (await element.toBlob('png', { scale: 1 })).arrayBuffer())).not.toEqual(atRest);
  });

  it('so does the dashboard’s deck, CSV and picture', async () => {
    const element = mount('fz-dashboard', { src: SAMPLE_URL, year: '2024' }, 900) as unknown as Exporter & FzElement;
    await settled(element);
    const [csv, svg, pptx] = [element.toBlob('csv'), element.toBlob('svg'), element.toBlob('pptx')];
    element.year = 2022;
    const text = await (await csv).text();
    expect(text).toContain('法治学习与培训（示例镇（虚构） · 2024年）');
    expect(text).not.toContain('2022年');
    const words = await wordsOf(svg);
    expect(words).toContain('示例镇（虚构） · 2024年');
    expect(words).not.toContain('2022年');
    const { default: JSZip } = await import('jszip');
    const title = await (await JSZip.loadAsync(await (await pptx).arrayBuffer())).file('ppt/slides/slide1.xml')!.async('string');
    expect(title).toContain('2024年');
    expect(title).not.toContain('2022年');
  });
});

describe('what an export cannot do is said in the reader’s language', () => {
  /** Beiyang with `count` petition channels: a tall chart, and a tall dashboard. */
  const withChannels = (count: number) => {
    const dataset = structuredClone(beiyang);
    dataset.years[0].petitions.channels = Array.from({ length: count }, (_, i) => ({
      id: `channel-${i + 1}`,
      label: { 'zh-CN': `渠道${i + 1}`, en: `Channel ${i + 1}` },
      value: i + 1,
      quote: `渠道${i + 1}受理${i + 1}件`,
    }));
    return dataset;
  };

  it('scale: 8 on the dashboard of 100 channels is refused before drawing, naming the largest this chart can have; that one works', async () => {
    const element = mount('fz-dashboard', {}, 900, { data: withChannels(100) }) as unknown as Exporter & Element;
    await settled(element);
    const svg = new DOMParser().parseFromString(await (await element.toBlob('svg')).text(), 'image/svg+xml').documentElement;
    const [width, height] = [Number(svg.getAttribute('width')), Number(svg.getAttribute('height'))];
    const drawn = vi.spyOn(HTMLCanvasElement.prototype, 'toBlob');
    let message = '';
    try {
      await element.toBlob('png', { scale: 8 }).catch((error: Error) => (message = error.message));
      expect(drawn).not.toHaveBeenCalled();
    } finally {
      drawn.mockRestore();
    }
    expect(message).toMatch(/^图片缩放倍数（scale）应在 [\d.]+ 到 [\d.]+ 之间/);
    const largest = Number(/到 ([\d.]+) 之间/.exec(message)![1]);
    // Chromium draws a canvas up to 65,535 pixels a side and 2^28 pixels in all.
    const fits = (scale: number) => {
      const [w, h] = [Math.round(width * scale), Math.round(height * scale)];
      return w <= 65_535 && h <= 65_535 && w * h <= 2 ** 28;
    };
    expect(largest).toBeLessThan(8);
    expect(fits(largest)).toBe(true);
    expect(fits(largest + 0.02)).toBe(false);
    const png = await createImageBitmap(await element.toBlob('png', { scale: largest }));
    expect(png.height).toBe(Math.round(height * largest));
  }, 60_000);

  it.each([
    ['zh-CN', /^图片缩放倍数（scale）应在 [\d.]+ 到 [\d.]+ 之间/],
    ['en', /^The picture's scale must be from [\d.]+ to [\d.]+/],
  ])('a scale so small it makes no pixel (1e-9) is refused in %s', async (lang, said) => {
    const element = mount('fz-training', { src: DATA_URL, lang }, 500) as unknown as Exporter;
    await settled(element as unknown as Element);
    await expect(element.toBlob('png', { scale: 1e-9 })).rejects.toThrow(said);
  });

  it('scale and format a script cannot use are said in the element’s language', async () => {
    const element = mount('fz-training', { src: DATA_URL, lang: 'en' }, 500) as unknown as Exporter;
    await settled(element as unknown as Element);
    await expect(element.toBlob('png', { scale: Number.NaN })).rejects.toThrow(
      /^The picture's scale must be from 0\.\d+ to 8, as this browser can draw it\.$/,
    );
    await expect(element.toBlob('png', { scale: 9 })).rejects.toThrow(/ to 8, /);
    await expect(element.toBlob('gif')).rejects.toThrow('Cannot export as "gif"; the formats are "png", "svg", "csv".');
  });

  it.each([
    [
      'the browser cannot decode the picture',
      () =>
        vi
          .spyOn(HTMLImageElement.prototype, 'decode')
          .mockRejectedValue(new DOMException('The source image cannot be decoded.', 'EncodingError')),
      '导出失败：浏览器未能生成这张图片（可能太大或内存不足），请用较小的缩放倍数再试。',
    ],
    [
      'the canvas gives no PNG (out of memory)',
      () => vi.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation((callback: BlobCallback) => callback(null)),
      '导出失败：浏览器未能生成这张图片（可能太大或内存不足），请用较小的缩放倍数再试。',
    ],
  ])('when %s, the export menu says so in the page’s language', async (_, fail, said) => {
    const element = mount('fz-mediation', { src: DATA_URL }, 640);
    await settled(element);
    const failing = fail();
    try {
      await userEvent.click(inShadow<HTMLElement>(element, '.export-menu summary')!);
      await userEvent.click(element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.export-formats button')[0]);
      await expect.poll(() => inShadow(element, '.export-status')!.textContent?.trim()).toBe(said);
    } finally {
      failing.mockRestore();
    }
  });
});
