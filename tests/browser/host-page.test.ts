import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import beiyang from '../../data/beiyang.json';
import { isLoaded } from '../../src/data/load.js';
import type { FzElement } from '../../src/runtime/fz-element.js';
import { box, cleanup, DATA_URL, deepText, inShadow, mount, queuedTimersRun, SAMPLE_URL, settled } from './helpers.js';

// The pages our elements are guests in: a <base href>, a hash router, anchors, an English page,
// attributes written by hand, data that arrives late or changes in place, old libraries.

const added: Element[] = [];
afterEach(() => {
  for (const element of added.splice(0)) element.remove();
  vi.restoreAllMocks();
  cleanup();
});

/** Puts `element` in the page's head until the test ends. */
function inHead(element: Element): void {
  document.head.append(element);
  added.push(element);
}

const radio = (toggle: Element, year: number) => inShadow<HTMLInputElement>(toggle, `input[type="radio"][value="${year}"]`)!;
const alertText = (element: Element) => inShadow(element, '[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** A toggle and a chart of the page's group on the sample (an absolute URL: a `<base href>` leaves it alone); waits until both show. */
async function toggleAndChart(attributes: Record<string, string> = {}) {
  const url = `${location.origin}${SAMPLE_URL}?${Math.random()}`;
  const toggle = mount('fz-year-toggle', { src: url, ...attributes });
  const chart = mount('fz-petitions', { src: url, ...attributes }, 640);
  await settled(toggle);
  await settled(chart);
  return { toggle, chart };
}

/** Clicks a year and waits until the address has had its chance to change (it is written just after the next paint). */
async function pick(toggle: Element, year: number): Promise<void> {
  await userEvent.click(radio(toggle, year).parentElement!);
  await expect.poll(() => radio(toggle, year).checked).toBe(true);
  await queuedTimersRun();
}

/** Resolves once `elements` have heard what the page just did and drawn it, and any year it made them pick is in the address. */
async function heard(...elements: Element[]): Promise<void> {
  await queuedTimersRun();
  await Promise.all(elements.map((element) => (element as FzElement).updateComplete));
}

describe('the page address', () => {
  it('is this page’s, not <base href>’s: the year goes into this page’s own address', async () => {
    const base = document.createElement('base');
    base.href = '/';
    inHead(base);
    const before = location.pathname + location.search;
    const { toggle } = await toggleAndChart();
    await pick(toggle, 2022);
    expect(location.pathname + location.search).toBe(before);
    expect(location.hash).toBe('#year=2022');
  });

  it('is written under a <base href> of another origin without an error', async () => {
    const base = document.createElement('base');
    base.href = 'https://example.org/portal/';
    inHead(base);
    const { toggle } = await toggleAndChart();
    await pick(toggle, 2021);
    expect(location.origin).not.toBe('https://example.org');
    expect(location.hash).toBe('#year=2021');
  });

  it.each([
    ['a hash router’s route', '#/news/12'],
    ['an anchor', '#contact'],
  ])('never rewrites %s, and the year still changes on the page', async (_name, hash) => {
    history.replaceState(null, '', hash);
    const { toggle, chart } = await toggleAndChart();
    await pick(toggle, 2022);
    expect(deepText(chart)).toContain('信访总量540件');
    expect(location.hash).toBe(hash);
  });

  it('that the host changes later leaves every element as it is, also one whose year its author set', async () => {
    history.replaceState(null, '', '#/news/12');
    const url = `${SAMPLE_URL}?${Math.random()}`;
    const toggle = mount('fz-year-toggle', { src: url });
    const chart = mount('fz-petitions', { src: url }, 640);
    const pinned = mount('fz-training', { src: url, group: 'pinned', year: '2022' }, 640);
    for (const element of [toggle, chart, pinned]) await settled(element);
    await pick(toggle, 2023);
    location.hash = '#/news/13';
    await new Promise((resolve) => addEventListener('hashchange', resolve, { once: true }));
    location.hash = '#contact';
    await new Promise((resolve) => addEventListener('hashchange', resolve, { once: true }));
    await heard(toggle, chart, pinned);
    expect(radio(toggle, 2023).checked).toBe(true);
    expect(deepText(chart)).toContain('信访总量478件');
    expect(deepText(pinned)).toContain('2022年度报告列出的学习培训');
    expect(location.hash).toBe('#contact');
  });

  it('that the host changes later leaves a page-group element with its own year as it is, in both address modes', async () => {
    for (const [address, urlState] of [
      ['#year=2021', 'hash'],
      ['?year=2021#/news/12', 'query'],
    ]) {
      history.replaceState(null, '', `${location.pathname}${address}`);
      const pinned = mount(
        'fz-training',
        { src: `${location.origin}${SAMPLE_URL}?${Math.random()}`, year: '2023', 'url-state': urlState },
        640,
      );
      await settled(pinned);
      expect(deepText(pinned)).toContain('2023年度报告列出的学习培训');
      location.hash = '#/news/13';
      await new Promise((resolve) => addEventListener('hashchange', resolve, { once: true }));
      history.pushState(null, '', location.href.replace('#/news/13', '#/news/14'));
      history.back();
      await new Promise((resolve) => addEventListener('popstate', resolve, { once: true }));
      await heard(pinned);
      expect(deepText(pinned)).toContain('2023年度报告列出的学习培训');
      cleanup();
    }
  });

  it('that a reader changes to a year of ours moves the page’s group', async () => {
    const { toggle, chart } = await toggleAndChart();
    location.hash = '#year=2021';
    await expect.poll(() => radio(toggle, 2021).checked).toBe(true);
    await expect.poll(() => deepText(chart)).toContain('信访总量612件');
  });

  it('keeps the year in ?year= beside the page’s own parameters, written as they were, with url-state="query", and leaves the hash to the router', async () => {
    const own = location.search.slice(1);
    history.replaceState(null, '', `${location.pathname}?${own ? `${own}&` : ''}q=a%20b&flag&id=7#/news/12`);
    const { toggle } = await toggleAndChart({ 'url-state': 'query' });
    await pick(toggle, 2022);
    expect(location.search).toBe(`?${own ? `${own}&` : ''}q=a%20b&flag&id=7&year=2022`);
    expect(location.hash).toBe('#/news/12');
  });

  it('takes a url-state set after the element started, for where the year is written', async () => {
    const { toggle } = await toggleAndChart();
    toggle.setAttribute('url-state', 'query');
    await toggle.updateComplete;
    await pick(toggle, 2022);
    expect(new URLSearchParams(location.search).get('year')).toBe('2022');
    expect(location.hash).toBe('');
  });

  it('starts from ?year= with url-state="query"', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}${location.search ? '&' : '?'}year=2021`);
    const { chart } = await toggleAndChart({ 'url-state': 'query' });
    expect(deepText(chart)).toContain('信访总量612件');
  });

  it('is neither read nor written with url-state="none" on the toggle alone, whichever element starts first', async () => {
    history.replaceState(null, '', '#year=2021');
    const url = `${location.origin}${SAMPLE_URL}?${Math.random()}`;
    const chart = mount('fz-petitions', { src: url }, 640);
    const toggle = mount('fz-year-toggle', { src: url, 'url-state': 'none' });
    await settled(toggle);
    await settled(chart);
    expect(deepText(chart)).toContain('信访总量431件');
    await pick(toggle, 2022);
    expect(location.hash).toBe('#year=2021');
  });

  it('warns of a url-state it does not know, and uses the hash', async () => {
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { toggle } = await toggleAndChart({ 'url-state': 'cookie' });
    await pick(toggle, 2022);
    expect(location.hash).toBe('#year=2022');
    expect(warned.mock.calls.map((call) => call.join(' '))).toContain('<fz-year-toggle> url-state 属性的值“cookie”无效，改用 hash。');
  });

  it('is written from a page in an <iframe srcdoc> without an error', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="zh-CN"><head><script type="module" src="/src/index.ts"></script></head>
      <body><fz-year-toggle src="${SAMPLE_URL}"></fz-year-toggle><fz-petitions src="${SAMPLE_URL}"></fz-petitions></body></html>`;
    mount('div').append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const inner = frame.contentWindow!;
    const errors: string[] = [];
    inner.addEventListener('error', (event) => errors.push(event.message));
    inner.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
    const toggle = inner.document.querySelector('fz-year-toggle')!;
    await expect.poll(() => toggle.shadowRoot?.querySelector('input[value="2022"]')).not.toBeNull();
    (toggle.shadowRoot!.querySelector('input[value="2022"]') as HTMLInputElement).click();
    const chart = inner.document.querySelector('fz-petitions')!;
    await expect.poll(() => deepText(chart)).toContain('信访总量540件');
    // The year goes into the frame's own address once the charts have redrawn: the last thing the click does.
    await expect.poll(() => inner.location.hash).toBe('#year=2022');
    expect(errors).toEqual([]);
  });
});

describe('attributes written by hand', () => {
  it('timeout: each element gives up on its own clock, on one shared request', async () => {
    const url = `/__test__/hang?${Math.random()}`;
    const quick = mount('fz-training', { src: url, timeout: '300' });
    const patient = mount('fz-petitions', { src: url, timeout: '1500' });
    await settled(quick);
    expect(alertText(quick)).toContain('服务器 0.3 秒内没有响应');
    expect(inShadow(patient, '[role="status"]')?.textContent).toBe('正在加载数据…');
    await settled(patient);
    expect(alertText(patient)).toContain('服务器 1.5 秒内没有响应');
  });

  describe('an element taken off the page while its dataset loads', () => {
    /** What the test server saw of the requests for `/__test__/hang` with this query: how many asked, how many still open. */
    const hanging = (query: string) => async () =>
      (await (await fetch(`/__test__/hanging${query}`)).json()) as { asked: number; open: number };
    /** The requests the page asks for `/__test__/hang` with this query, as they are asked (a spy on fetch, which the element calls as it starts to load). */
    const asking = (query: string) => {
      const fetched = vi.spyOn(window, 'fetch');
      return () => fetched.mock.calls.filter(([url]) => String(url).includes(`/__test__/hang${query}`)).length;
    };

    it('lets the request go; moved, it keeps it; put back, it asks again', async () => {
      const query = `?${Math.random()}`;
      const requests = hanging(query);
      const element = mount('fz-training', { src: `/__test__/hang${query}` });
      await expect.poll(requests).toEqual({ asked: 1, open: 1 });
      // Moved to another place on the page in one go: the same request, neither let go nor asked again.
      const aborted = vi.spyOn(AbortController.prototype, 'abort');
      const asked = asking(query);
      box(600).append(element);
      await queuedTimersRun();
      await element.updateComplete;
      expect([aborted.mock.calls.length, asked()]).toEqual([0, 0]);
      // Taken off: the browser's connection is free for the page's other requests (six to a server).
      const parent = element.parentElement!;
      element.remove();
      await expect.poll(requests).toEqual({ asked: 1, open: 0 });
      // Put back: loading again, not a failure.
      parent.append(element);
      await expect.poll(requests).toEqual({ asked: 2, open: 1 });
      expect(inShadow(element, '[role="status"]')?.textContent).toBe('正在加载数据…');
      expect(inShadow(element, '[role="alert"]')).toBeNull();
    });

    it('asks for nothing while it is away: taken off in the turn it was put on, or given another timeout meanwhile; back, it loads', async () => {
      const query = `?${Math.random()}`;
      const requests = hanging(query);
      const asked = asking(query);
      // A portal's script that writes every tab's panel, then takes the hidden ones off, in one go.
      const element = mount('fz-training', { src: `/__test__/hang${query}` });
      const parent = element.parentElement!;
      element.remove();
      await element.updateComplete;
      await queuedTimersRun();
      expect(asked()).toBe(0);
      parent.append(element);
      await expect.poll(requests).toEqual({ asked: 1, open: 1 });
      // Away again, its attributes changed: nothing asked but the one request of its time on the page, until it is back.
      element.remove();
      await expect.poll(requests).toEqual({ asked: 1, open: 0 });
      element.setAttribute('timeout', '20000');
      await element.updateComplete;
      await queuedTimersRun();
      expect(asked()).toBe(1);
      parent.append(element);
      await expect.poll(requests).toEqual({ asked: 2, open: 1 });
      expect(inShadow(element, '[role="status"]')?.textContent).toBe('正在加载数据…');
    });

    it('that has its dataset by the time it is back shows it, asking nothing again', async () => {
      const element = mount('fz-training', { src: `${DATA_URL}?${Math.random()}` });
      const parent = element.parentElement!;
      await settled(element);
      const asked = vi.spyOn(window, 'fetch');
      element.remove();
      await queuedTimersRun();
      parent.append(element);
      await element.updateComplete;
      expect(asked).not.toHaveBeenCalled();
      expect(deepText(element)).toContain('学习培训合计 41次');
    });
  });

  it.each(['abc', '-1', '0', '1e20', 'Infinity'])('timeout="%s" falls back to 10 seconds with a warning naming it', async (value) => {
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = mount('fz-training', { src: DATA_URL, timeout: value });
    await settled(element);
    expect(deepText(element)).toContain('学习培训合计 41次');
    expect(warned.mock.calls.map((call) => call.join(' '))).toContain(`<fz-training> timeout 属性的值“${value}”无效，改用 10000。`);
  });

  it('timeout="" is no timeout given: the default, without a warning', async () => {
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = mount('fz-training', { src: DATA_URL, timeout: '' });
    await settled(element);
    expect(deepText(element)).toContain('学习培训合计 41次');
    expect(warned).not.toHaveBeenCalled();
  });

  it.each(['http://[bad', 'http://'])('src="%s" is an alert naming the attribute, and harms no other element', async (src) => {
    const events: DocumentEventMap['fz-error'][] = [];
    document.addEventListener('fz-error', (event) => events.push(event));
    const element = mount('fz-petitions', { src });
    await settled(element);
    expect(alertText(element)).toBe(`src 属性的值“${src}”不是有效的网址。`);
    expect(events.map((event) => event.detail.kind)).toEqual(['attribute']);
    const other = mount('fz-training', { src: `${DATA_URL}?after-bad-src` });
    await settled(other);
    expect(deepText(other)).toContain('学习培训合计 41次');
  });

  it('year="abc" says it is not a year, writes nothing into the address, and the toggle leads away from it', async () => {
    const url = `${SAMPLE_URL}?${Math.random()}`;
    const toggle = mount('fz-year-toggle', { src: url });
    const chart = mount('fz-petitions', { src: url, year: 'abc' }, 640);
    await settled(toggle);
    await settled(chart);
    expect(alertText(chart)).toBe('year 属性的值“abc”不是年份，应为四位数字，例如 2024。');
    await queuedTimersRun();
    expect(location.hash).toBe('');
    await pick(toggle, 2022);
    await expect.poll(() => deepText(chart)).toContain('信访总量540件');
  });

  it('year="" is no year given: the latest', async () => {
    const element = mount('fz-petitions', { src: DATA_URL, year: '' }, 640);
    await settled(element);
    expect(deepText(element)).toContain('北洋镇 · 2024年');
  });
});

describe('a way out', () => {
  it('#year= of a year the data lacks: the charts say so, no year is shown as chosen, and any year can be picked', async () => {
    history.replaceState(null, '', '#year=2019');
    const url = `${DATA_URL}?${Math.random()}`;
    const toggle = mount('fz-year-toggle', { src: url });
    const chart = mount('fz-petitions', { src: url }, 640);
    await settled(toggle);
    await settled(chart);
    // Said plainly, no alert: the year came from the address, not from the page's own attribute.
    expect(inShadow(chart, '.not-reported')?.textContent).toBe('北洋镇没有2019年的报告（现有2024年）。');
    expect(inShadow(chart, '[role="alert"]')).toBeNull();
    expect(radio(toggle, 2024).checked).toBe(false);
    await userEvent.click(radio(toggle, 2024).parentElement!);
    await expect.poll(() => deepText(chart)).toContain('信访总量393件');
  });
});

describe('inline JSON', () => {
  it('that arrives after the element is read when it comes', async () => {
    const element = mount('fz-training', {}, 640);
    await settled(element);
    expect(alertText(element)).toContain('未提供数据');
    const script = document.createElement('script');
    script.type = 'application/json';
    element.append(script);
    script.textContent = JSON.stringify(beiyang);
    await expect.poll(() => deepText(element)).toContain('学习培训合计 41次');
    expect(inShadow(element, '[role="alert"]')).toBeNull();
  });

  it('that is changed is read again', async () => {
    const element = document.createElement('fz-training');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(beiyang);
    element.append(script);
    mount('div').append(element);
    await settled(element);
    const changed = structuredClone(beiyang) as any;
    changed.years[0].training[0].value = 20;
    script.textContent = JSON.stringify(changed);
    await expect.poll(() => deepText(element)).toContain('学习培训合计 49次');
  });
});

describe('the page’s language', () => {
  it('on an English page, an element without lang speaks English; one with lang="zh-CN" marks its content zh-CN; quotes are zh-CN in both', async () => {
    document.documentElement.lang = 'en';
    const en = mount('fz-petitions', { src: DATA_URL }, 640);
    const zh = mount('fz-petitions', { src: DATA_URL, lang: 'zh-CN' }, 640);
    await settled(zh);
    await settled(en);
    expect(inShadow(zh, '.root')!.getAttribute('lang')).toBe('zh-CN');
    expect(inShadow(en, '.root')!.getAttribute('lang')).toBe('en');
    expect(inShadow(en, '.summary')!.textContent).toContain('petitions');
    expect([...en.shadowRoot!.querySelectorAll('q')].every((q) => q.lang === 'zh-CN')).toBe(true);
    expect(zh.querySelector('[slot="fz-text"]')!.getAttribute('lang')).toBe('zh-CN');
    expect(en.querySelector('[slot="fz-text"]')!.getAttribute('lang')).toBe('en');
    // The element's own lang stays as written: absent when the page gives the language.
    expect(en.lang).toBe('');
    expect(en.hasAttribute('lang')).toBe(false);
  });

  it('takes the nearest lang around it, across shadow roots, and follows it when it changes; its own lang wins', async () => {
    const outer = mount<HTMLDivElement>('div', { lang: 'en' });
    const host = document.createElement('div');
    outer.append(host);
    const chart = document.createElement('fz-mediation') as FzElement;
    chart.setAttribute('src', DATA_URL);
    host.attachShadow({ mode: 'open' }).append(chart);
    await settled(chart);
    expect(inShadow(chart, '.root')!.getAttribute('lang')).toBe('en');
    outer.setAttribute('lang', 'zh-CN');
    await expect.poll(() => inShadow(chart, '.root')!.getAttribute('lang')).toBe('zh-CN');
    expect(inShadow(chart, '.summary')!.textContent).toContain('受理矛盾纠纷');
    outer.setAttribute('lang', 'EN-us');
    await expect.poll(() => inShadow(chart, '.root')!.getAttribute('lang')).toBe('en');
    chart.lang = 'zh-CN';
    await expect.poll(() => inShadow(chart, '.root')!.getAttribute('lang')).toBe('zh-CN');
    // The page changes while the element has its own lang; without it, it speaks the page's again.
    outer.setAttribute('lang', 'en-GB');
    await chart.updateComplete;
    expect(inShadow(chart, '.root')!.getAttribute('lang')).toBe('zh-CN');
    chart.lang = '';
    await expect.poll(() => inShadow(chart, '.root')!.getAttribute('lang')).toBe('en');
    // A language we do not speak, or none: Chinese.
    outer.setAttribute('lang', 'bo');
    await expect.poll(() => inShadow(chart, '.root')!.getAttribute('lang')).toBe('zh-CN');
  });

  it('a moved element takes the language of its new place', async () => {
    const english = mount<HTMLDivElement>('div', { lang: 'en' });
    const chinese = mount<HTMLDivElement>('div', { lang: 'zh-CN' });
    const chart = document.createElement('fz-training') as FzElement;
    chart.setAttribute('src', DATA_URL);
    english.append(chart);
    await settled(chart);
    expect(inShadow(chart, '.root')!.getAttribute('lang')).toBe('en');
    chinese.append(chart);
    await expect.poll(() => inShadow(chart, '.root')!.getAttribute('lang')).toBe('zh-CN');
  });
});

describe('less common pages', () => {
  it('read JSON served as a web page (text/html) as JSON', async () => {
    const element = mount('fz-training', { src: `/__test__/json-as-html?${Math.random()}` });
    await settled(element);
    expect(deepText(element)).toContain('学习培训合计 41次');
  });

  it('bring back an element that failed, was taken away while another loaded the URL, and came back', async () => {
    const url = `/__test__/flaky?id=${Math.random()}`;
    const first = mount('fz-petitions', { src: url });
    const away = mount('fz-training', { src: url });
    await settled(first);
    await settled(away);
    const box = away.parentElement!;
    away.remove();
    await userEvent.click(inShadow(first, '[role="alert"] button')!);
    await expect.poll(() => inShadow(first, '.chart svg')).not.toBeNull();
    box.append(away);
    await expect.poll(() => inShadow(away, '.chart svg')).not.toBeNull();
  });

  it('keep no more than twenty loaded datasets: the least recently used is let go', async () => {
    const urls = Array.from({ length: 22 }, (_, i) => `${location.origin}${DATA_URL}?kept=${i}-${Math.random()}`);
    for (const url of urls) {
      const element = mount('fz-platforms', { src: url }, 320);
      await settled(element);
      element.remove();
    }
    expect(isLoaded(urls[0])).toBe(false);
    expect(isLoaded(urls[21])).toBe(true);
  });

  it('show the data as given: an object changed in place afterwards changes nothing shown, and never an unchecked value', async () => {
    const data = structuredClone(beiyang) as any;
    const element = mount('fz-training', {}, 640, { data });
    await settled(element);
    data.years[0].training[0].value = 'twelve';
    element.requestUpdate();
    element.setAttribute('lang', 'en');
    await expect.poll(() => deepText(element)).toContain('41 in all');
    expect(deepText(element)).not.toContain('NaN');
  });

  it('say so when another script broke a built-in function (Prototype.js 1.6 replaces Array.prototype.reduce)', async () => {
    const reduce = Array.prototype.reduce;
    Object.defineProperty(Array.prototype, 'reduce', {
      configurable: true,
      writable: true,
      value: function (this: unknown[]) {
        return this.length > 1 ? this : this[0];
      },
    });
    let text = '';
    try {
      const element = mount('fz-training', { src: DATA_URL }, 640);
      await settled(element);
      text = alertText(element);
    } finally {
      Object.defineProperty(Array.prototype, 'reduce', { configurable: true, writable: true, value: reduce });
    }
    expect(text).toBe('本页的其他脚本改动了浏览器内置的 Array.prototype.reduce，图表无法正确计算，因此不予显示。');
  });
});
