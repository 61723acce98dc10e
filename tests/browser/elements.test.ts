import { afterEach, describe, expect, it, vi } from 'vitest';
import beiyang from '../../data/beiyang.json';
import { datasetFile } from '../../src/data/load.js';
import { COLLECTION_READER, prefetchDatasets } from '../../src/data/prefetch.js';
import { sections } from '../../src/sections/registry.js';
import { allFz, cleanup, DATA_URL, deepText, inShadow, mount, settled } from './helpers.js';

afterEach(cleanup);

const ALL_FIGURES = ['393', '354', '8件', '2件', '29件', '4件', '5件', '99起', '98起', '99%', '98.99%', '12次', '13次', '16次', '41次'];

describe('<fz-dashboard src>', () => {
  it('shows every figure of the 2024 report, the four platforms, unit, year and source', async () => {
    const dashboard = mount('fz-dashboard', { src: DATA_URL }, 1280);
    await settled(dashboard);
    const text = deepText(dashboard);
    for (const figure of ALL_FIGURES) expect(text).toContain(figure);
    for (const platform of ['党建统领', '经济生态', '平安法治', '公共服务']) expect(text).toContain(platform);
    expect(text).toContain('北洋镇 · 2024年');
    expect(text).toContain('北洋镇人民政府《北洋镇2024年度法治政府建设年度报告》（2025年2月24日）');
    expect(allFz(dashboard).map((el) => el.localName)).toEqual([
      'fz-dashboard',
      'fz-petitions',
      'fz-mediation',
      'fz-training',
      'fz-platforms',
    ]);
  });

  it('speaks English with lang="en"', async () => {
    const dashboard = mount('fz-dashboard', { src: DATA_URL, lang: 'en' }, 1280);
    await settled(dashboard);
    const text = deepText(dashboard);
    expect(text).toContain('Beiyang Town · 2024');
    expect(text).toContain('12345 hotline');
    expect(text).toContain('Party-building leadership');
    expect(text).toContain('Sessions in total');
    expect(text).toContain('41 in all');
  });
});

describe('each element alone', () => {
  it.each([
    [
      'fz-petitions',
      [
        '信访件按渠道分布',
        '393件',
        '354件 · 90.1%',
        '8件 · 2.0%',
        '2件 · 0.5%',
        '29件 · 7.4%',
        '省级来信',
        '市级来访',
        '重复件',
        '5件 · 1.3%',
      ],
    ],
    ['fz-mediation', ['矛盾纠纷调解', '99起', '98起', '99%', '98.99%', '98 ÷ 99', '成功率达99%']],
    ['fz-training', ['法治学习与培训', '集中学习', '12次', '理论学习中心组学习', '13次', '执法业务培训', '16次', '41次']],
    ['fz-platforms', ['基层智治平台', '党建统领', '经济生态', '平安法治', '公共服务', '本年度报告未列出各平台的具体数据。']],
  ])('<%s> shows its figures with title, subtitle and source', async (tag, expected) => {
    const element = mount(tag, { src: DATA_URL }, 640);
    await settled(element);
    const text = deepText(element);
    for (const piece of [...expected, '北洋镇 · 2024年', '来源：']) expect(text).toContain(piece);
    expect(inShadow(element, '.chart svg')).not.toBeNull();
  });
});

describe('where the dataset comes from', () => {
  it('takes a parsed object in the data property', async () => {
    const element = mount('fz-training', {}, 640, { data: structuredClone(beiyang) });
    await settled(element);
    expect(deepText(element)).toContain('41次');
  });

  it('takes inline JSON in a child <script type="application/json">', async () => {
    const element = document.createElement('fz-petitions');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(beiyang);
    element.append(script);
    mount('div').replaceWith(element);
    document.querySelector('.test-box')!.append(element);
    await settled(element);
    expect(deepText(element)).toContain('354件 · 90.1%');
  });

  it('fetches one URL once however many elements show it', async () => {
    const url = `${DATA_URL}?shared`;
    const fetchSpy = vi.spyOn(window, 'fetch');
    const elements = ['fz-petitions', 'fz-mediation', 'fz-training', 'fz-platforms', 'fz-dashboard'].map((tag) =>
      mount(tag, { src: url }, 500),
    );
    for (const element of elements) await settled(element);
    const calls = fetchSpy.mock.calls.filter(([input]) => String(input).endsWith(url));
    fetchSpy.mockRestore();
    expect(calls).toHaveLength(1);
  });

  it('is asked for as the bundle starts by every element but those whose `src` is no dataset, which elements then share', async () => {
    const tags = ['fz-dashboard', 'fz-year-toggle', 'fz-trend', 'fz-compare', ...sections.map((section) => section.tag)];
    // What the bundle's first module knows of the elements is what each says of itself.
    for (const tag of tags) {
      const reads = (customElements.get(tag) as unknown as { reads: unknown }).reads;
      expect(reads === datasetFile, tag).toBe(tag !== COLLECTION_READER);
    }
    const url = `${DATA_URL}?early`;
    // A page of its own, its addresses read against its <base>: ours, an empty src (none), a collection's, not ours, no URL.
    const page = document.implementation.createHTMLDocument();
    page.head.innerHTML = `<base href="${document.baseURI}">`;
    page.body.innerHTML = `<fz-petitions src="${url}"></fz-petitions><fz-dashboard src="${url}"></fz-dashboard><fz-reviews src=""></fz-reviews><fz-compare src="${url}&units"></fz-compare><p src="${url}&other"></p><fz-training src="http://[bad"></fz-training>`;
    const fetchSpy = vi.spyOn(window, 'fetch');
    prefetchDatasets(page);
    const asked = fetchSpy.mock.calls.map(([input]) => String(input));
    const element = mount('fz-mediation', { src: url }, 500);
    await settled(element);
    const calls = fetchSpy.mock.calls.filter(([input]) => String(input).includes('?early'));
    fetchSpy.mockRestore();
    expect(asked).toEqual([new URL(url, document.baseURI).href]);
    expect(calls).toHaveLength(1);
    expect(deepText(element)).toContain('99起');
  });

  it('shows a loading state while waiting', async () => {
    const element = mount('fz-mediation', { src: `${DATA_URL}?loading` });
    await element.updateComplete;
    expect(inShadow(element, '[role="status"]')?.textContent).toBe('正在加载数据…');
    await settled(element);
  });

  it('shows the year asked for and says which years exist when it is absent', async () => {
    const element = mount('fz-petitions', { src: DATA_URL, year: '2019' });
    await settled(element);
    expect(inShadow(element, '[role="alert"]')?.textContent).toContain('数据中没有 2019 年；现有年份：2024。');
  });
});

describe('one rule for each kind of number', () => {
  it('writes a stated rate of 99.5 % as 99.5% in the chart, its table and on the dashboard', async () => {
    const data = structuredClone(beiyang) as any;
    data.years[0].mediation.statedRate.value = 0.995;
    const dashboard = mount('fz-dashboard', {}, 1280, { data });
    await settled(dashboard);
    const mediation = allFz(dashboard).find((el) => el.localName === 'fz-mediation')!;
    const keyFigures = [...dashboard.shadowRoot!.querySelectorAll('.key-figure')].map((figure) => figure.textContent!.replace(/\s+/g, ''));
    expect(keyFigures).toContain('调解成功率99.5%');
    expect(inShadow(mediation, '.headline .headline-figure')!.textContent).toBe('99.5%');
    expect(inShadow(mediation, 'table')!.textContent).toContain('99.5%');
    expect(deepText(dashboard)).not.toContain('99.50%');
    expect(inShadow(mediation, '.summary')!.textContent).toContain('报告所述成功率99.5%');
  });
});

describe('words a dataset gives for its region', () => {
  it('replace the platforms’ hub and title, in the language given, and leave the rest', async () => {
    const data = structuredClone(beiyang) as any;
    data.labels = { platforms: { hub: '四平台', title: { 'zh-CN': '基层治理四平台', en: 'The four platforms' } } };
    const zh = mount('fz-platforms', {}, 640, { data });
    const en = mount('fz-platforms', { lang: 'en' }, 640, { data });
    await settled(zh);
    await settled(en);
    expect(inShadow(zh, '.title')!.textContent).toBe('基层治理四平台');
    expect(inShadow(zh, '.fz-hub text')!.textContent).toBe('四平台');
    expect(inShadow(zh, '.summary')!.textContent).toContain('列出4个基层治理四平台');
    expect(inShadow(en, '.title')!.textContent).toBe('The four platforms');
    expect(inShadow(en, '.summary')!.textContent).toMatch(/^The 2024 report names 4 the four platforms: /);
    expect(inShadow(en, '.fz-hub text')!.textContent).toBe('四平台');
  });

  it('are checked like every other field', async () => {
    const data = structuredClone(beiyang) as any;
    data.labels = { platforms: { hub: '' } };
    const element = mount('fz-platforms', {}, 640, { data });
    await settled(element);
    expect(inShadow(element, '[role="alert"]')!.textContent).toContain('labels.platforms.hub');
  });
});

describe('a bad dataset', () => {
  it('shows an alert naming the field and the problem, in the element’s language', async () => {
    const bad = structuredClone(beiyang) as any;
    bad.years[0].petitions.channels[0].value = -354;
    const zh = mount('fz-petitions', {}, 640, { data: bad });
    const en = mount('fz-petitions', { lang: 'en' }, 640, { data: bad });
    await settled(zh);
    await settled(en);
    expect(inShadow(zh, '[role="alert"]')!.textContent).toContain('years[0].petitions.channels[0].value：不能小于 0（实际为 -354）');
    expect(inShadow(en, '[role="alert"]')!.textContent).toContain('years[0].petitions.channels[0].value');
    expect(inShadow(en, '[role="alert"]')!.textContent).toContain('must be at least 0 (found -354)');
    expect(inShadow(zh, 'svg')).toBeNull();
  });

  it('logs each problem with its JSON path to the console', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const bad = structuredClone(beiyang) as any;
    bad.years[0].training[1].value = 1.5;
    const element = mount('fz-training', {}, 640, { data: bad });
    await settled(element);
    const calls = logged.mock.calls.map((args) => args.join(' '));
    logged.mockRestore();
    expect(calls).toContain('<fz-training> years[0].training[1].value: 应为整数，实际为1.5');
  });

  it('fires fz-error with kind, message and path, and leaves other elements on the page drawing', async () => {
    const bad = structuredClone(beiyang) as any;
    delete bad.years[0].mediation.accepted;
    const errors: HTMLElementEventMap['fz-error'][] = [];
    document.addEventListener('fz-error', (event) => errors.push(event), { once: true });
    const broken = mount('fz-mediation', {}, 640, { data: bad });
    const healthy = mount('fz-mediation', { src: DATA_URL }, 640);
    await settled(broken);
    await settled(healthy);
    expect(errors[0].detail).toEqual({ kind: 'invalid', message: '数据文件有 1 处错误：', path: 'years[0].mediation.accepted' });
    expect(errors[0].target).toBe(broken);
    expect(inShadow(healthy, 'svg')).not.toBeNull();
  });

  it('that is not JSON says so', async () => {
    const element = mount('fz-training', { src: '/demo/portal.css' });
    await settled(element);
    expect(inShadow(element, '[role="alert"]')!.textContent).toContain('数据文件不是有效的 JSON');
  });

  it('that is a district’s collection says so, and where it belongs, to a chart and to a dashboard (a year toggle takes its years)', async () => {
    for (const tag of ['fz-petitions', 'fz-dashboard']) {
      const element = mount(tag, { src: '/demo/data/sample-district.json' });
      await settled(element);
      const alert = inShadow(element, '[role="alert"]')!.textContent ?? '';
      expect(alert, tag).toContain('这是列出多个单位的汇编文件，不是一个单位的数据集');
      expect(alert, tag).toContain('<fz-compare>');
      // Not a dataset's fields said missing.
      expect(alert, tag).not.toContain('缺少必填字段');
    }
  });

  it('at a URL that answers 404 says so and offers a retry', async () => {
    const element = mount('fz-training', { src: '/data/no-such-file.json' });
    await settled(element);
    const alert = inShadow(element, '[role="alert"]')!;
    expect(alert.textContent).toContain('服务器返回 404');
    expect(alert.querySelector('button')?.textContent).toBe('重试');
  });

  it('that is missing altogether says how to give one', async () => {
    const element = mount('fz-platforms');
    await settled(element);
    expect(inShadow(element, '[role="alert"]')!.textContent).toContain('请设置 src 属性');
  });

  it('with a missing section shows a plain statement, not zeros', async () => {
    const partial = structuredClone(beiyang) as any;
    delete partial.years[0].mediation;
    const element = mount('fz-mediation', {}, 640, { data: partial });
    await settled(element);
    expect(deepText(element)).toContain('本年度报告未列出矛盾纠纷调解数据。');
    expect(inShadow(element, 'svg')).toBeNull();
  });

  it('whose channels do not add up still draws, with the difference shown', async () => {
    const off = structuredClone(beiyang) as any;
    off.years[0].petitions.total.value = 400;
    const element = mount('fz-petitions', {}, 640, { data: off });
    await settled(element);
    expect(inShadow(element, 'svg')).not.toBeNull();
    expect(inShadow(element, '.warning')!.textContent).toBe('各渠道合计 393 件，与信访总量 400 件相差 -7 件。');
  });
});
