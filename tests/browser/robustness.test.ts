import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import beiyang from '../../data/beiyang.json';
import { mutate, random } from '../helpers/fuzz.js';
import { allFz, cleanup, DATA_URL, deepText, inShadow, mount, settled } from './helpers.js';

afterEach(() => {
  vi.restoreAllMocks();
  cleanup();
});

/** The abort signals of the page's requests to `url`, as they are made (fetch stays real). */
function requestSignals(url: string): AbortSignal[] {
  const signals: AbortSignal[] = [];
  const realFetch = window.fetch.bind(window);
  vi.spyOn(window, 'fetch').mockImplementation((input, init) => {
    if (String(input).includes(url) && init?.signal) signals.push(init.signal);
    return realFetch(input, init);
  });
  return signals;
}

const alertText = (element: Element) => inShadow(element, '[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

type Change = (dataset: any) => unknown;

describe('each kind of bad data, in the element', () => {
  it.each<[string, Change, string, string]>([
    ['wrong type', (d) => (d.years[0].petitions.total.value = '393'), 'years[0].petitions.total.value', '应为整数，实际为文本'],
    ['missing field', (d) => delete d.years[0].source.title, 'years[0].source.title', '缺少必填字段'],
    ['negative count', (d) => (d.years[0].training[0].value = -12), 'years[0].training[0].value', '不能小于 0（实际为 -12）'],
    ['fractional count', (d) => (d.years[0].training[0].value = 12.5), 'years[0].training[0].value', '应为整数，实际为12.5'],
    ['absurd count', (d) => (d.years[0].petitions.total.value = 3_930_000_000), 'years[0].petitions.total.value', '不能大于 999999999'],
    ['rate above 1', (d) => (d.years[0].mediation.statedRate.value = 99), 'years[0].mediation.statedRate.value', '不能大于 1（实际为 99）'],
    ['duplicate year', (d) => d.years.push(structuredClone(d.years[0])), 'years[1].year', '重复：2024 已出现过'],
    ['unknown schemaVersion', (d) => (d.schemaVersion = 3), 'schemaVersion', '不支持的数据格式版本 3，本组件读取版本 1'],
    ['empty list', (d) => (d.years[0].training = []), 'years[0].training', '至少需要 1 项'],
  ])('%s: an alert naming the field and the problem', async (_name, change, path, message) => {
    const bad = structuredClone(beiyang) as any;
    change(bad);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const element = mount('fz-dashboard', {}, 900, { data: bad });
    await settled(element);
    vi.restoreAllMocks();
    expect(alertText(element)).toContain(`${path}：${message}`);
    expect(element.shadowRoot!.querySelector('svg')).toBeNull();
  });

  it('resolved above accepted: drawn, with a warning', async () => {
    const odd = structuredClone(beiyang) as any;
    odd.years[0].mediation.resolved.value = 120;
    const element = mount('fz-mediation', {}, 640, { data: odd });
    await settled(element);
    expect(inShadow(element, '.chart svg')).not.toBeNull();
    expect(deepText(element)).toContain('成功化解 120 起多于受理 99 起，请核对。');
  });
});

describe('a failing network', () => {
  it.each([
    ['500', '/__test__/status/500', 'http', '服务器返回 500'],
    ['404', '/__test__/status/404', 'http', '服务器返回 404'],
    ['a login page instead of JSON', '/__test__/login', 'html', '服务器返回的是网页而不是数据文件'],
  ])('%s ends in a clear message with a retry button and an fz-error event', async (_name, url, kind, message) => {
    const events: DocumentEventMap['fz-error'][] = [];
    document.addEventListener('fz-error', (event) => events.push(event));
    const element = mount('fz-petitions', { src: `${url}?${Math.random()}` });
    await settled(element);
    expect(alertText(element)).toContain(message);
    expect(inShadow(element, '[role="alert"] button')!.textContent).toBe('重试');
    expect(events.map((event) => event.detail.kind)).toEqual([kind]);
  });

  it('that never answers times out after the `timeout` attribute, with a retry button', async () => {
    const element = mount('fz-training', { src: `/__test__/hang?${Math.random()}`, timeout: '300' });
    await element.updateComplete;
    expect(inShadow(element, '[role="status"]')!.textContent).toBe('正在加载数据…');
    await settled(element);
    expect(alertText(element)).toContain('服务器 0.3 秒内没有响应');
    expect(inShadow(element, '[role="alert"] button')).not.toBeNull();
  });

  it('stops waiting when src changes, abandoning the request nobody else waits for', async () => {
    const hanging = `/__test__/hang?${Math.random()}`;
    const signals = requestSignals(hanging);
    const element = mount('fz-petitions', { src: hanging, timeout: '10000' });
    await expect.poll(() => signals.length).toBe(1);
    element.setAttribute('src', DATA_URL);
    await settled(element);
    expect(deepText(element)).toContain('354件 · 90.1%');
    expect(signals[0].aborted).toBe(true);
    vi.restoreAllMocks();
  });

  it('keeps a request that another element still waits for', async () => {
    const hanging = `/__test__/hang?${Math.random()}`;
    const signals = requestSignals(hanging);
    const leaving = mount('fz-petitions', { src: hanging });
    const staying = mount('fz-training', { src: hanging });
    await expect.poll(() => signals.length).toBe(1);
    leaving.setAttribute('src', DATA_URL);
    await settled(leaving);
    expect(signals[0].aborted).toBe(false);
    expect(inShadow(staying, '[role="status"]')!.textContent).toBe('正在加载数据…');
    staying.remove();
    vi.restoreAllMocks();
  });

  it('that refuses this page (no CORS header) says so', async () => {
    const other = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    const element = mount('fz-mediation', { src: `${location.protocol}//${other}:${location.port}/__test__/no-cors` });
    await settled(element);
    expect(alertText(element)).toContain('不允许本页读取（跨域）');
  });

  it('that recovers: retry loads the chart and the alert goes', async () => {
    const element = mount('fz-petitions', { src: `/__test__/flaky?id=${Math.random()}` });
    await settled(element);
    expect(alertText(element)).toContain('服务器返回 503');
    await userEvent.click(inShadow(element, '[role="alert"] button')!);
    await expect.poll(() => inShadow(element, '.chart svg')).not.toBeNull();
    expect(inShadow(element, '[role="alert"]')).toBeNull();
    expect(deepText(element)).toContain('354件 · 90.1%');
  });

  it('that recovers brings back every element on that URL, from one retry', async () => {
    const url = `/__test__/flaky?id=${Math.random()}`;
    const first = mount('fz-petitions', { src: url });
    const second = mount('fz-training', { src: url });
    await settled(first);
    await settled(second);
    expect(alertText(second)).toContain('服务器返回 503');
    await userEvent.click(inShadow(first, '[role="alert"] button')!);
    await expect.poll(() => inShadow(second, '.chart svg')).not.toBeNull();
    expect(inShadow(second, '[role="alert"]')).toBeNull();
  });

  it('in English too', async () => {
    const element = mount('fz-petitions', { src: `/__test__/status/500?${Math.random()}`, lang: 'en' });
    await settled(element);
    expect(alertText(element)).toContain('the server answered 500');
    expect(inShadow(element, '[role="alert"] button')!.textContent).toBe('Retry');
  });
});

const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=2</script>',
  '"><svg onload="window.__xss=3">',
  'javascript:window.__xss=4',
  '{{constructor.constructor("window.__xss=5")()}}',
];

/** Every string field of the dataset replaced by a payload (ids and dates must stay valid to get past the schema). */
function poisoned(payload: string): unknown {
  const copy = structuredClone(beiyang) as any;
  const visit = (node: any) => {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'string' && !['id', 'date', 'url', '$schema'].includes(key)) node[key] = `${payload}${key}`;
      else if (value && typeof value === 'object') visit(value);
    }
  };
  visit(copy);
  copy.years[0].source.url = `https://example.org/${encodeURIComponent(payload)}"><script>window.__xss=6</script>`;
  return copy;
}

describe('hostile strings in the data', () => {
  it.each(PAYLOADS)('are shown as text, and nothing runs: %s', async (payload) => {
    delete (window as any).__xss;
    const element = mount('fz-dashboard', { lang: 'en' }, 1280, { data: poisoned(payload) });
    await settled(element);
    for (const el of allFz(element)) {
      for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
      await (el as any).updateComplete;
    }
    // Hover and focus every point, so tooltips render the strings too.
    for (const el of allFz(element).slice(1)) {
      const points = el.shadowRoot!.querySelectorAll<SVGElement>('.fz-point');
      for (const point of points) point.focus();
      await (el as any).updateComplete;
    }
    // Two frames drawn since: a handler a payload brought would have run on insertion or at its first frame (an
    // image's onerror waits for its request, but no img, nor any element with a handler, is there: below).
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect((window as any).__xss).toBeUndefined();
    for (const el of allFz(element)) {
      expect(el.shadowRoot!.querySelectorAll('script, img, iframe, object, embed, [onerror], [onload]')).toHaveLength(0);
    }
    expect(deepText(element)).toContain(`${payload}title`);
    const link = inShadow(element, '.source a')!;
    expect(link.getAttribute('href')!.startsWith('https://example.org/')).toBe(true);
  });

  it('open only http: and https: links', async () => {
    const copy = structuredClone(beiyang) as any;
    copy.years[0].source.url = 'javascript:alert(1)';
    const element = mount('fz-training', {}, 640, { data: copy });
    await settled(element);
    expect(alertText(element)).toContain('years[0].source.url');
    expect(element.shadowRoot!.querySelector('a[href^="javascript"]')).toBeNull();
  });
});

describe('fuzzing the real dataset', () => {
  it('500 seeded mutants: each shows a chart or an alert, never an uncaught error', async () => {
    const uncaught: string[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(event.message);
    const onRejection = (event: PromiseRejectionEvent) => uncaught.push(String(event.reason));
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
    // Each refused mutant logs its JSON paths; counted here rather than printed 500 times.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const next = random(20250224);
    const element = mount('fz-dashboard', {}, 1000) as HTMLElement & { data: unknown; updateComplete: Promise<boolean> };
    let refusals = 0;
    element.addEventListener('fz-error', (event) => {
      if (event.target === element && (event as CustomEvent).detail.path) refusals++;
    });
    let charts = 0;
    let alerts = 0;
    try {
      for (let i = 0; i < 500; i++) {
        const mutant = mutate(beiyang, next);
        element.data = mutant;
        await element.updateComplete;
        for (const el of allFz(element)) await (el as any).updateComplete;
        const shown = allFz(element).map((el) => el.shadowRoot!.querySelector('.chart svg, [role="alert"], .status:not([role]), .charts'));
        const blank = allFz(element)
          .filter((_, n) => !shown[n])
          .map((el) => `${el.localName}: ${el.shadowRoot!.innerHTML.replace(/<!--[^>]*-->/g, '').slice(0, 300)}`);
        expect(blank, `mutant ${i}`).toEqual([]);
        if (element.shadowRoot!.querySelector('[role="alert"]')) alerts++;
        else charts++;
      }
    } finally {
      logged.mockRestore();
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onRejection);
    }
    expect(uncaught).toEqual([]);
    // Both outcomes occur: the mutations reach past the schema as well as into it.
    expect(charts).toBeGreaterThan(20);
    expect(alerts).toBeGreaterThan(100);
    expect(refusals).toBe(alerts);
    console.log(`fuzz: 500 mutants, ${charts} drawn, ${alerts} refused with an alert`);
  }, 120_000);
});
