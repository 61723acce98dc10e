import { expect, onTestFinished } from 'vitest';
import { userEvent } from 'vitest/browser';
import beiyang from '../../data/beiyang.json';
import '../../src/index.js';
import type { FzElement } from '../../src/runtime/fz-element.js';
import { forgetYearChoices } from '../../src/runtime/year-sync.js';
import { sections } from '../../src/sections/registry.js';

// The test page is a Chinese page, as the portals' are: elements without a `lang` speak its language.
document.documentElement.lang = 'zh-CN';

export const DATA_URL = '/data/beiyang.json';
export const SAMPLE_URL = '/demo/data/sample-multi-year.json';

/** The element of every report section, as the registry lists them. */
export const CHART_TAGS: string[] = sections.map((section) => section.tag);

/** The dataset an element is shown with in a test: the real 2024 report, or the sample for a section that report does not give. */
export function sourceFor(tag: string): string {
  const section = sections.find((candidate) => candidate.tag === tag);
  return section && !(section.key in beiyang.years[0]) ? SAMPLE_URL : DATA_URL;
}

/** A box of `width` px on the page, removed by `cleanup()`. */
export function box(width: number): HTMLDivElement {
  const div = document.createElement('div');
  div.style.width = `${width}px`;
  div.className = 'test-box';
  document.body.append(div);
  boxes.add(div);
  return div;
}

/** Every box made, removed by `cleanup` whatever a test did to its class (a box left behind is in every test after it). */
const boxes = new Set<HTMLElement>();

// The test page's own address parameters, put back after tests that add theirs.
const pageSearch = location.search;

// Every error no code caught, on this page, ever: each test ends by checking there was none.
const uncaught: string[] = [];
addEventListener('error', (event) => uncaught.push(event.message));
addEventListener('unhandledrejection', (event) => uncaught.push(String(event.reason)));

// Lit's development build (which the tests run) warns once of an element that starts an update
// from the end of its last one: each is an update no reader needed. None may happen.
const updatesAfterUpdates: string[] = [];
const warn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  if (String(args[0]).includes('scheduled an update')) updatesAfterUpdates.push(String(args[0]).split('.')[0]);
  warn(...args);
};

/** Removes what a test put on the page and forgets the years it chose; fails the test if an error went uncaught. */
export function cleanup(): void {
  for (const node of [...boxes, ...document.querySelectorAll('.test-box')]) node.remove();
  boxes.clear();
  forgetYearChoices();
  document.documentElement.lang = 'zh-CN';
  history.replaceState(null, '', location.pathname + pageSearch);
  const errors = uncaught.splice(0);
  expect(errors, 'errors no code caught').toEqual([]);
  expect(updatesAfterUpdates.splice(0), 'updates started by the end of an update').toEqual([]);
}

/** Creates `<tag …attributes>` in a new box `width` px wide. */
export function mount<T extends HTMLElement = FzElement>(
  tag: string,
  attributes: Record<string, string> = {},
  width = 800,
  props: Record<string, unknown> = {},
): T {
  const element = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  Object.assign(element, props);
  box(width).append(element);
  return element;
}

/** Resolves when the element (and any `fz-*` inside it) shows a chart, an alert or a plain statement. */
export async function settled(element: Element): Promise<void> {
  await expect
    .poll(
      () =>
        allFz(element).every((el) => el.shadowRoot?.querySelector('.chart svg, [role="alert"], .status:not([role]), .charts, fieldset')),
      { timeout: 5000 },
    )
    .toBe(true);
  for (const el of allFz(element)) await (el as FzElement).updateComplete;
}

/**
 * Resolves once the timers the page set for now, before this, have run, and what it left for just
 * after its next paint. A year a reader picks is written into the address once the charts it
 * redrew are painted (src/runtime/year-sync.ts, `afterPaint`: a message posted from the next
 * frame): after this, the address holds what the pick wrote, or shows that it wrote nothing.
 * Timers of no delay run in the order they were set, and messages in the order they were posted,
 * so this waits for the page's turn, not for a length of time.
 */
export const queuedTimersRun = async (): Promise<void> => {
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (document.visibilityState === 'hidden') return;
  await new Promise<void>((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    }),
  );
};

/** The element and every `fz-*` element in its shadow tree. */
export function allFz(element: Element): Element[] {
  const inner = [...(element.shadowRoot?.querySelectorAll('*') ?? [])].filter((el) => el.localName.startsWith('fz-'));
  return [element, ...inner.flatMap(allFz)];
}

/** Text as rendered, through shadow roots. */
export function deepText(element: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    if (node instanceof Element && node.localName === 'script') return;
    node.childNodes.forEach(walk);
  };
  walk(element.shadowRoot ?? element);
  return parts.join('').replace(/\s+/g, ' ');
}

/**
 * Moves the pointer onto `target` from a button just before `element`. The pointer may rest where
 * an earlier test left it, right where `target` now is, and then would enter nothing; and in the
 * test runner's frame, a move from one part of a chart to another (its title to a point) brings
 * no pointerover, where a page does.
 */
export function pointAt(element: Element, target: Element): Promise<void> {
  return pointerAway(element, () => userEvent.hover(target));
}

/**
 * Does `then` with the pointer on a button just before `element`, off its chart: a pointer an
 * earlier test left over a chart would show its point's tooltip, not the keyboard's. The button
 * stays until the test ends, the pointer on it: taken away at once, it would leave the pointer over
 * the chart, which the browser tells of a moment later (a busy machine's moment, after the keys).
 */
export async function pointerAway(element: Element, then: () => Promise<unknown>): Promise<void> {
  const rest = document.createElement('button');
  rest.textContent = 'pointer rests here';
  // Out of the flow: it moves nothing of the page.
  rest.style.position = 'absolute';
  element.before(rest);
  onTestFinished(() => rest.remove());
  await userEvent.hover(rest);
  await then();
}

/** `selector` inside the element's shadow root (one level). */
export function inShadow<T extends Element = Element>(element: Element, selector: string): T | null {
  return element.shadowRoot!.querySelector<T>(selector);
}

/** Every element with its own text in a shadow tree, through nested shadow roots; visually hidden text left out. */
export function textElements(element: Element): Element[] {
  const found: Element[] = [];
  const walk = (root: ParentNode) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) walk(el.shadowRoot);
      const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
      const hidden = el.closest('.visually-hidden') || el.assignedSlot?.closest('.visually-hidden');
      if (ownText && !hidden) found.push(el);
    }
  };
  walk(element.shadowRoot!);
  return found;
}

/** Catches the files the page saves (`<a download>` clicked) instead of saving them: each one's name and what it holds. */
export function catchDownloads(): { files: { name: string; href: string }[]; names: string[]; restore: () => void } {
  const files: { name: string; href: string }[] = [];
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download) files.push({ name: this.download, href: this.href });
    else click.call(this);
  };
  return {
    files,
    get names() {
      return files.map((file) => file.name);
    },
    restore: () => {
      HTMLAnchorElement.prototype.click = click;
    },
  };
}
