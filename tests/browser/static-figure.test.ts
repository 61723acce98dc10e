import { afterEach, describe, expect, it, vi } from 'vitest';
import beiyang from '../../data/beiyang.json';
import sample from '../../demo/data/sample-multi-year.json';
import type { Dataset } from '../../src/data/schema.js';
import { onePerFrame } from '../../src/runtime/after-paint.js';
import { customElement } from '../../src/runtime/define.js';
import { sections } from '../../src/sections/registry.js';
import { drawInPage } from '../../src/static/draw-page.js';
import { staticHtml } from '../../src/static/write.js';
import { box, cleanup, DATA_URL, inShadow, SAMPLE_URL, settled } from './helpers.js';

// An element holding its figure drawn in advance (npm run static), as a portal's article has it:
// the page shows that figure until the element has its own, then the element takes it over.

/** `<tag>` with its static figure of `dataset`, in a new box of `width` px, a paragraph after it; its `src` (what it loads) given apart. */
function withStatic(
  tag: string,
  src: string,
  { dataset = beiyang as Dataset, width = 800, year }: { dataset?: Dataset; width?: number; year?: number } = {},
) {
  const section = sections.find((each) => each.tag === tag)!;
  const holder = box(width);
  holder.innerHTML = `${staticHtml(dataset, { sections: [section], src, year }, drawInPage)}<p>图表之后的一段。</p>`;
  return { element: holder.firstElementChild as HTMLElement, figure: holder.querySelector<HTMLElement>('.fz-static')! };
}

const laidOut = (element: Element) => element.getClientRects().length > 0;

/** Until the page has been open two seconds: a reader has been reading its static figures by then (static-figure.ts). */
const readerReading = () => expect.poll(() => performance.now() >= 2000, { timeout: 3000 }).toBe(true);

afterEach(cleanup);

describe('an element holding a static figure', () => {
  it('shows it as the page lays it out while its dataset loads: no box and no text size of its own', async () => {
    const { element, figure } = withStatic('fz-petitions', '/__test__/hang');
    element.parentElement!.style.fontSize = '14px';
    element.setAttribute('timeout', '60000');
    await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(laidOut(figure)).toBe(true);
    expect(element.matches(':state(static)')).toBe(true);
    expect(getComputedStyle(element).display).toBe('contents');
    expect(getComputedStyle(figure).fontSize).toBe('14px');
    expect(inShadow(element, '.root')).toBeNull();
  });

  it('keeps showing it when the dataset cannot be loaded, and still tells the page why', async () => {
    const { element, figure } = withStatic('fz-mediation', '/__test__/status/500');
    const failed = new Promise<CustomEvent>((resolve) => element.addEventListener('fz-error', (event) => resolve(event as CustomEvent)));
    expect((await failed).detail.kind).toBe('http');
    await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(laidOut(figure)).toBe(true);
    expect(inShadow(element, '[role="alert"]')).toBeNull();
  });

  it('is found where an editor’s filter took its class off; a section of the page’s own (no table in it) is no static figure', async () => {
    const mediation = sections.find((each) => each.tag === 'fz-mediation')!;
    const stripped = box(800);
    stripped.innerHTML = staticHtml(beiyang as Dataset, { sections: [mediation], src: '/__test__/status/500' }, drawInPage).replace(
      / class="fz-static"/,
      '',
    );
    const own = box(800);
    own.innerHTML = '<fz-petitions src="/__test__/status/500"><section><p>本图表的说明。</p></section></fz-petitions>';
    const [strippedElement, ownElement] = [stripped, own].map((holder) => holder.firstElementChild as HTMLElement);
    const failed = new Promise((resolve) => strippedElement.addEventListener('fz-error', resolve));
    expect(strippedElement.querySelector('.fz-static')).toBeNull();
    // The page's own section is hidden, and the element says why it shows nothing; the static figure stays shown, and it says nothing.
    await expect.poll(() => inShadow(ownElement, '[role="alert"]')).not.toBeNull();
    expect(laidOut(ownElement.querySelector('section')!)).toBe(false);
    await failed;
    await (strippedElement as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(strippedElement.matches(':state(static)')).toBe(true);
    expect(laidOut(strippedElement.querySelector('section')!)).toBe(true);
    expect(inShadow(strippedElement, '[role="alert"]')).toBeNull();
  });

  it('is taken over by the live figure, its table open as the static one’s was, the space it took kept until the reader picks another year', async () => {
    await readerReading();
    const { element, figure } = withStatic('fz-mediation', SAMPLE_URL, { dataset: sample as Dataset, year: 2024 });
    const top = (part: Element | null) => part!.getBoundingClientRect().top;
    const after = top(element.nextElementSibling);
    await settled(element);
    expect(laidOut(figure)).toBe(false);
    expect(element.matches(':state(static)')).toBe(false);
    expect(inShadow<HTMLDetailsElement>(element, 'details.data-table')!.open).toBe(true);
    expect(inShadow(element, '.static-hold')).not.toBeNull();
    // The paragraph after it where it was, on the screen (its drawing and table give back what made them stay in their
    // places, should that push the paragraph down), their margins made up while the space is kept.
    expect(top(element.nextElementSibling)).toBeCloseTo(after, 0);
    const margins = () => ['chart', 'table'].map((part) => inShadow<HTMLElement>(element, `[part~="${part}"]`)!.style.marginTop);
    expect(
      margins().some((margin) => margin !== ''),
      'margins made up while the space is kept',
    ).toBe(true);
    element.setAttribute('year', '2023');
    await expect.poll(() => inShadow(element, '.static-hold')).toBeNull();
    expect(inShadow(element, '.subtitle')!.textContent).toContain('2023');
    // Then with their own margins again.
    expect(margins()).toEqual(['', '']);
  });

  it('is taken over with its drawing and its table where the static ones were, when what follows is out of view under the screen', async () => {
    await readerReading();
    const { element, figure } = withStatic('fz-petitions', DATA_URL);
    const top = (part: Element | null) => part!.getBoundingClientRect().top;
    const [drawing, table] = [top(figure.querySelector(':scope > svg')), top(figure.querySelector(':scope > details'))];
    expect(top(element.nextElementSibling)).toBeGreaterThan(innerHeight);
    await settled(element);
    expect(top(inShadow(element, '[part~="chart"]'))).toBeCloseTo(drawing, 0);
    expect(top(inShadow(element, '[part~="table"]'))).toBeCloseTo(table, 0);
  });

  it('gives its drawing and its table their own margins again when it is moved while it keeps the space', async () => {
    await readerReading();
    const { element } = withStatic('fz-mediation', DATA_URL);
    await settled(element);
    expect(inShadow(element, '.static-hold')).not.toBeNull();
    const given = ['chart', 'table'].map((part) => inShadow<HTMLElement>(element, `[part~="${part}"]`)!.style.marginTop);
    expect(
      given.some((margin) => margin !== ''),
      'margins made up while the space is kept',
    ).toBe(true);
    box(600).append(element);
    await expect.poll(() => inShadow(element, '.static-hold')).toBeNull();
    for (const part of ['chart', 'table']) expect(inShadow<HTMLElement>(element, `[part~="${part}"]`)!.style.marginTop, part).toBe('');
  });

  it('is taken over with its table closed when the reader closed the static one', async () => {
    const { element, figure } = withStatic('fz-petitions', '/__test__/hang');
    element.setAttribute('timeout', '60000');
    figure.querySelector('details')!.open = false;
    element.setAttribute('src', DATA_URL);
    await settled(element);
    expect(inShadow<HTMLDetailsElement>(element, 'details.data-table')!.open).toBe(false);
  });

  it('lets the kept space go once it is out of view', async () => {
    const { element } = withStatic('fz-mediation', DATA_URL);
    await settled(element);
    const spacer = () => inShadow<HTMLElement>(element, '.static-hold');
    expect(spacer()).not.toBeNull();
    element.parentElement!.style.marginTop = '3000px';
    await expect.poll(spacer).toBeNull();
  });

  it('lets it go too when a busy page hears at once that it was in view and then out of it', async () => {
    // The browser delivers what an observer saw since it last could: on a busy page, both entries in one call.
    const heard: IntersectionObserverCallback[] = [];
    const Observer = window.IntersectionObserver;
    window.IntersectionObserver = class extends Observer {
      constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
        super(() => {}, options);
        heard.push(callback);
      }
    };
    let element: HTMLElement;
    try {
      ({ element } = withStatic('fz-mediation', DATA_URL));
    } finally {
      window.IntersectionObserver = Observer;
    }
    await settled(element);
    const spacer = () => inShadow<HTMLElement>(element, '.static-hold');
    expect(spacer()).not.toBeNull();
    element.parentElement!.style.marginTop = '3000px';
    const seen = (isIntersecting: boolean) => ({ target: element, isIntersecting }) as unknown as IntersectionObserverEntry;
    for (const callback of heard) callback([seen(true), seen(false)], {} as IntersectionObserver);
    await expect.poll(spacer).toBeNull();
  });
});

describe('registering the elements on a page that holds static figures', () => {
  /** Registers classes under `tags` as the bundle does, the page having painted `painted` frames so far. */
  function register(tags: string[], painted: number) {
    const classes = tags.map(() => class extends HTMLElement {});
    const paints = vi.spyOn(performance, 'getEntriesByType').mockReturnValue(Array(painted).fill({}));
    try {
      for (const [i, tag] of tags.entries()) customElement(tag)(classes[i]);
    } finally {
      paints.mockRestore();
    }
    return classes;
  }

  it('lets a page that has not painted yet paint them first, then registers every element in the order they came, a tag given twice keeping its first class', async () => {
    box(400).innerHTML = '<section class="fz-static"><p>静态图表</p></section>';
    // The script arrives before the first frame: registered at once, the elements' first render would hold that frame back.
    const [first, , second] = register(['fz-test-late-a', 'fz-test-late-b', 'fz-test-late-a'], 0);
    expect(customElements.get('fz-test-late-a')).toBeUndefined();
    let framed = false;
    requestAnimationFrame(() => {
      framed = true;
    });
    await customElements.whenDefined('fz-test-late-b');
    expect(framed).toBe(true);
    expect(customElements.get('fz-test-late-a')).toBe(first);
    expect(customElements.get('fz-test-late-a')).not.toBe(second);
  });

  it('registers them at once on a page that has painted, and on one with no static figure', () => {
    box(400).innerHTML = '<section class="fz-static"><p>静态图表</p></section>';
    const [painted] = register(['fz-test-at-once-a'], 1);
    expect(customElements.get('fz-test-at-once-a')).toBe(painted);
    cleanup();
    const [plain] = register(['fz-test-at-once-b'], 0);
    expect(customElements.get('fz-test-at-once-b')).toBe(plain);
  });
});

describe('letting kept space go, one element a frame', () => {
  it('calls each in the order they came: the first at once, each other after the frame that shows the one before it is painted', async () => {
    let frame = 0;
    let counting = true;
    const count = () => {
      frame++;
      if (counting) requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
    const calls: [string, number][] = [];
    await new Promise<void>((resolve) => {
      onePerFrame(() => calls.push(['a', frame]));
      onePerFrame(() => calls.push(['b', frame]));
      onePerFrame(() => {
        calls.push(['c', frame]);
        resolve();
      });
      // The first ran before this line.
      expect(calls).toEqual([['a', 0]]);
    });
    counting = false;
    expect(calls.map(([name]) => name)).toEqual(['a', 'b', 'c']);
    expect(calls[1][1]).toBeGreaterThan(calls[0][1]);
    expect(calls[2][1]).toBeGreaterThan(calls[1][1]);
  });
});

describe('a reader copying a chart’s words to cite them', () => {
  /** What a reader copies who selects all of `node`'s text. */
  const copied = (node: Node) => {
    const selection = getSelection()!;
    selection.selectAllChildren(node);
    const text = selection.toString();
    selection.removeAllRanges();
    return text;
  };

  it('copies the report’s words in their quotation marks, from the static figure and from the live chart', async () => {
    const { element, figure } = withStatic('fz-petitions', '/__test__/hang');
    element.setAttribute('timeout', '60000');
    // The static figure, shown while the dataset loads (or with no script): the key figure, then the report's words.
    expect(copied(figure)).toContain('393件 “全年信访总量393条”');
    const live = box(800);
    const chart = document.createElement('fz-petitions');
    chart.setAttribute('src', DATA_URL);
    live.append(chart);
    await settled(chart);
    const headline = inShadow(chart, '.lead')!;
    expect(copied(headline)).toMatch(/393件\s*“全年信访总量393条”/);
    // The data table's column of the report's words, each in its marks, once the reader opens it.
    inShadow<HTMLDetailsElement>(chart, 'details.data-table')!.open = true;
    await settled(chart);
    expect(copied(inShadow(chart, 'table tbody')!)).toContain('“其中12345热线354件”');
  });
});
