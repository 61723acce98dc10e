import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the page around an element is dark, for an element with no `theme`: embedded content
 * takes the colours of the page it is in, not of the reader's system. A portal that never opted
 * into dark stays light on a phone set to dark; a page that did takes the element with it.
 *
 * The page is dark around `element` when what is drawn behind it is: the backgrounds the page
 * gives the element's ancestors, whatever it declares (a white article stays white under a
 * template's `<meta name="color-scheme" content="light dark">`), and where it gives none, the
 * browser's canvas — dark when the page's `color-scheme` (its root's, or its meta's) allows dark
 * and the system prefers dark. A background image or gradient with no colour under it, which
 * cannot be read, is taken for light. And it is dark wherever the browser darkens the pages that
 * never asked for dark (`browserDarkens`): the reader sees the page dark.
 */
export function pageIsDark(element: Element, systemDark: boolean): boolean {
  if (!element.ownerDocument.defaultView) return false;
  return browserDarkens(element) || luminance(backgroundBehind(element, systemDark)) < DARK_LUMINANCE;
}

/**
 * Whether the browser darkens the page around `element`, which never asked for dark (Chrome's
 * auto dark theme, which phone browsers' night modes and in-app browsers are built on): the page
 * shows dark whatever its styles say, and only a light canvas drawn dark tells it (a probe in the
 * element's own shadow root, there for no longer than the reading). Such a browser leaves as it is
 * a page that declares a dark scheme of its own (`light dark`) or forbids it any (`only light`),
 * and what is inside an element that does.
 */
function browserDarkens(element: Element): boolean {
  const document = element.ownerDocument;
  const around = outerOf(element);
  const declared = `${schemeOf(document)} ${around ? (document.defaultView as Window).getComputedStyle(around).colorScheme : ''}`;
  if (/\b(?:dark|only)\b/.test(declared)) return false;
  const probe = document.createElement('span');
  probe.style.setProperty('position', 'absolute');
  probe.style.setProperty('visibility', 'hidden');
  probe.style.setProperty('color-scheme', 'light');
  probe.style.setProperty('background-color', 'Canvas');
  (element.shadowRoot ?? document.body ?? document.documentElement).append(probe);
  const canvas = (document.defaultView as Window).getComputedStyle(probe).backgroundColor;
  probe.remove();
  // A DOM that resolves no system colour (a server's) darkens nothing.
  return /^rgb\(/.test(canvas) && luminance(parseColour(canvas, document)) < DARK_LUMINANCE;
}

/**
 * The page's colour scheme, which its canvas is drawn in: its root's CSS `color-scheme`, else its
 * meta (which sets the root's used scheme only; the computed `color-scheme` stays `normal`).
 */
function schemeOf(document: Document): string {
  const computed = document.defaultView?.getComputedStyle(document.documentElement).colorScheme ?? 'normal';
  if (computed !== 'normal') return computed;
  return document.head?.querySelector<HTMLMetaElement>('meta[name="color-scheme" i]')?.content ?? 'normal';
}

/** `color-scheme: light dark`, `dark`, `only dark`: the page lets the browser draw it dark. */
const allowsDark = (scheme: string) => /\bdark\b/.test(scheme);

/** Below this relative luminance, white text reads better on a colour than black text does (WCAG's contrast). */
const DARK_LUMINANCE = 0.179;

type Rgba = [number, number, number, number];

/** The colour an element is drawn on: its ancestors' backgrounds (out of shadow roots) laid over the page's canvas. */
function backgroundBehind(element: Element, systemDark: boolean): Rgba {
  const window = element.ownerDocument.defaultView as Window;
  const layers: Rgba[] = [];
  for (let node = outerOf(element); node; node = outerOf(node)) {
    const style = window.getComputedStyle(node);
    const colour = parseColour(style.backgroundColor, element.ownerDocument);
    // An image or a gradient with no colour under it, which cannot be read: taken for the light page
    // most are (theme="dark" for a dark one).
    if (colour[3] === 0 && style.backgroundImage !== 'none') {
      layers.push([255, 255, 255, 1]);
      break;
    }
    if (colour[3] === 0) continue;
    layers.push(colour);
    if (colour[3] === 1) break;
  }
  let behind = canvasOf(element.ownerDocument, systemDark);
  for (const [r, g, b, a] of layers.reverse())
    behind = [r * a + behind[0] * (1 - a), g * a + behind[1] * (1 - a), b * a + behind[2] * (1 - a), 1];
  return behind;
}

/** The canvas under a page with no background of its own: dark where its root's scheme makes the browser draw it dark. */
function canvasOf(document: Document, systemDark: boolean): Rgba {
  const scheme = schemeOf(document);
  const dark = allowsDark(scheme) && (systemDark || !/\blight\b/.test(scheme));
  return dark ? [18, 18, 18, 1] : [255, 255, 255, 1];
}

function outerOf(node: Element): Element | null {
  return node.parentElement ?? ((node.parentNode as ShadowRoot | null)?.host || null);
}

/** A computed colour as red, green, blue (0–255) and alpha (0–1); a form this does not read is drawn once to read it. */
function parseColour(value: string, document: Document): Rgba {
  if (value === 'transparent') return [0, 0, 0, 0];
  const rgb = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%?))?\s*\)$/.exec(value);
  if (rgb) {
    const alpha = rgb[4] === undefined ? 1 : Number(rgb[4]) / (rgb[5] ? 100 : 1);
    return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), alpha];
  }
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!context) return [0, 0, 0, 0];
  context.fillStyle = value;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

/** WCAG's relative luminance of an opaque sRGB colour. */
function luminance([r, g, b]: Rgba): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

type Host = ReactiveControllerHost & HTMLElement;

/** An element's custom states (`:state(…)` in its styles), or none where the browser (or a server's DOM) has none. */
export function customStates(host: HTMLElement): CustomStateSet | undefined {
  try {
    return host.attachInternals().states;
  } catch {
    return undefined;
  }
}

/** The custom state a dark element has (`:host(:state(dark))` in its styles); a browser without custom states keeps it light. */
const DARK = 'dark';

/**
 * Keeps an element without `theme` as light or dark as the page around it (`pageIsDark`), and
 * follows the page: its scheme or classes changing, a background's transition ending, the system
 * switching. What it sets is a custom state of the element, `:state(dark)`, which its styles give
 * the dark colours; with a `theme`, the attribute decides and the state is off.
 */
export class PageSchemeController implements ReactiveController {
  /** Whether the host had a `theme` when last read. */
  private themed?: boolean;

  /** `states` are the host's custom states (`customStates`): none, and the element stays light. */
  constructor(
    private readonly host: Host,
    private readonly states: CustomStateSet | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    follow(this.host, this.read);
    this.read();
  }

  hostDisconnected(): void {
    unfollow(this.host);
  }

  /** Before each update: a `theme` set or removed since is taken into account. */
  hostUpdate(): void {
    if (this.host.hasAttribute('theme') !== this.themed) this.read();
  }

  private readonly read = (): void => {
    const { host, states } = this;
    this.themed = host.hasAttribute('theme');
    if (!states || !host.isConnected) return;
    const dark = !host.hasAttribute('theme') && pageIsDark(host, systemDark?.matches ?? false);
    if (dark === states.has(DARK)) return;
    try {
      if (dark) states.add(DARK);
      else states.delete(DARK);
    } catch {
      // A browser whose custom states need another spelling: light.
    }
  };
}

/** Elements that follow the page's scheme, each with what to call when it may have changed; one observer and one listener for all. */
const followers = new Map<Element, () => void>();
let observer: MutationObserver | undefined;
let systemDark: MediaQueryList | undefined;

/** What a page changes to switch its colours: a class or data attribute, its style, a `<meta name="color-scheme">`. */
const SWITCHES = ['class', 'style', 'data-theme', 'data-bs-theme', 'data-color-scheme', 'content', 'media'];

function follow(element: Element, changed: () => void): void {
  followers.set(element, changed);
  if (observer) return;
  const document = element.ownerDocument;
  observer = new MutationObserver((records) => {
    const targets = records.map((record) => record.target);
    for (const [each, call] of followers) if (targets.some((target) => touches(target, each))) call();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: SWITCHES, subtree: true });
  if (document.head) observer.observe(document.head, { childList: true, subtree: true, characterData: true });
  systemDark = document.defaultView?.matchMedia('(prefers-color-scheme: dark)');
  systemDark?.addEventListener('change', everyone);
  document.addEventListener('transitionend', transitionEnded, true);
}

function unfollow(element: Element): void {
  followers.delete(element);
  if (followers.size > 0) return;
  observer?.disconnect();
  observer = undefined;
  systemDark?.removeEventListener('change', everyone);
  systemDark = undefined;
  element.ownerDocument.removeEventListener('transitionend', transitionEnded, true);
}

const everyone = (): void => {
  for (const call of followers.values()) call();
};

/** A page whose background changes colour gradually is read again when it has. */
function transitionEnded(event: TransitionEvent): void {
  if (!/background|color-scheme/.test(event.propertyName) || !(event.target instanceof Element)) return;
  for (const [each, call] of followers) if (touches(event.target, each)) call();
}

/** Whether a change at `target` can change what is around `element`: it is in the head, or holds the element (out of shadow roots). */
function touches(target: Node, element: Element): boolean {
  if (target.ownerDocument?.head?.contains(target)) return true;
  for (let node: Element | undefined = element; node; node = (node.getRootNode() as ShadowRoot).host)
    if (target.contains(node)) return true;
  return false;
}
