import { afterEach, describe, expect, it } from 'vitest';
import { commands, page } from 'vitest/browser';
import { luminance } from './contrast.js';
import { box, cleanup, DATA_URL, inShadow, mount, settled } from './helpers.js';

// The reader on a phone set to dark, in a portal's page: the element takes the page's colours,
// not the system's, unless `theme` says otherwise.

const LIGHT_BG = 'rgb(255, 255, 255)';
const DARK_BG = 'rgb(22, 27, 34)';

const backgroundOf = (element: Element) => getComputedStyle(inShadow(element, '.root')!).backgroundColor;

/** A rule for the test page, removed after the test. */
function pageRule(css: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.className = 'test-rule';
  style.textContent = css;
  document.head.append(style);
  return style;
}

/** The page's `<meta name="color-scheme">`, removed after the test. */
function colorSchemeMeta(content: string): void {
  const meta = document.createElement('meta');
  meta.name = 'color-scheme';
  meta.content = content;
  document.head.append(meta);
}

/**
 * The relative luminance of the darkest and of the lightest pixel the screen shows of `part`, an
 * element inside `element`: what the reader sees, after whatever the browser did to the colours.
 */
async function shownLuminance(element: HTMLElement, part: Element): Promise<{ darkest: number; lightest: number }> {
  const base64 = (await page.screenshot({ element, save: false, base64: true })) as string;
  const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
  const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d') as OffscreenCanvasRenderingContext2D;
  context.drawImage(bitmap, 0, 0);
  const outer = element.getBoundingClientRect();
  const inner = part.getBoundingClientRect();
  const scale = bitmap.width / outer.width;
  const { data } = context.getImageData(
    Math.round((inner.left - outer.left) * scale),
    Math.round((inner.top - outer.top) * scale),
    Math.max(1, Math.round(inner.width * scale)),
    Math.max(1, Math.round(inner.height * scale)),
  );
  let darkest = 1;
  let lightest = 0;
  for (let i = 0; i < data.length; i += 4) {
    const shown = luminance([data[i], data[i + 1], data[i + 2], 1]);
    darkest = Math.min(darkest, shown);
    lightest = Math.max(lightest, shown);
  }
  return { darkest, lightest };
}

/** A chart's first label, as drawn: its words and the card around them. */
const firstLabel = (element: Element) => inShadow(element, '.fz-label text')!;

afterEach(async () => {
  await commands.autoDark(false);
  for (const node of document.querySelectorAll('.test-rule, meta[name="color-scheme"]')) node.remove();
  document.documentElement.style.colorScheme = '';
  document.body.className = '';
  cleanup();
  await commands.emulateMedia({ colorScheme: 'light' });
});

describe('an element with no theme, on a system set to dark', () => {
  it('is light in a page that never opted into dark', async () => {
    await commands.emulateMedia({ colorScheme: 'dark' });
    const element = mount('fz-training', { src: DATA_URL });
    await settled(element);
    expect(getComputedStyle(document.documentElement).colorScheme).toBe('normal');
    expect(backgroundOf(element)).toBe(LIGHT_BG);
  });

  it.each([
    ['light dark', 'the root’s color-scheme'],
    ['dark', 'the root’s color-scheme'],
  ])('is dark in a page whose %s (%s) allows dark, on its dark background', async (scheme) => {
    await commands.emulateMedia({ colorScheme: 'dark' });
    document.documentElement.style.colorScheme = scheme;
    const element = mount('fz-training', { src: DATA_URL });
    element.parentElement!.style.background = '#0d1117';
    await settled(element);
    expect(backgroundOf(element)).toBe(DARK_BG);
  });

  it('is dark in a page whose <meta name="color-scheme"> says light dark', async () => {
    await commands.emulateMedia({ colorScheme: 'dark' });
    colorSchemeMeta('light dark');
    const element = mount('fz-training', { src: DATA_URL });
    await settled(element);
    expect(backgroundOf(element)).toBe(DARK_BG);
  });

  it('is light in a white article whose template’s <meta name="color-scheme"> says light dark: what is drawn behind it decides', async () => {
    await commands.emulateMedia({ colorScheme: 'dark' });
    colorSchemeMeta('light dark');
    pageRule('.white-article { background: #fff; color: #222; }');
    const element = mount('fz-training', { src: DATA_URL });
    element.parentElement!.classList.add('white-article');
    await settled(element);
    expect(backgroundOf(element)).toBe(LIGHT_BG);
  });

  it('is light on a page whose background is an image or a gradient with no colour under it (which it cannot read)', async () => {
    await commands.emulateMedia({ colorScheme: 'dark' });
    colorSchemeMeta('light dark');
    const element = mount('fz-training', { src: DATA_URL });
    element.parentElement!.style.backgroundImage = 'linear-gradient(#fff, #fff)';
    await settled(element);
    expect(backgroundOf(element)).toBe(LIGHT_BG);
  });

  it('goes dark with a page that switches to dark (a class on its body), and light again', async () => {
    await commands.emulateMedia({ colorScheme: 'dark' });
    pageRule('body.night { color-scheme: dark; background: #111; color: #eee; }');
    const element = mount('fz-mediation', { src: DATA_URL });
    await settled(element);
    expect(backgroundOf(element)).toBe(LIGHT_BG);
    document.body.className = 'night';
    await expect.poll(() => backgroundOf(element)).toBe(DARK_BG);
    document.body.className = '';
    await expect.poll(() => backgroundOf(element)).toBe(LIGHT_BG);
  });

  it('follows a page that allows dark when the system switches', async () => {
    document.documentElement.style.colorScheme = 'light dark';
    const element = mount('fz-petitions', { src: DATA_URL });
    await settled(element);
    expect(backgroundOf(element)).toBe(LIGHT_BG);
    await commands.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => backgroundOf(element)).toBe(DARK_BG);
    await commands.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => backgroundOf(element)).toBe(LIGHT_BG);
  });
});

describe('an element with no theme, on a light system', () => {
  it('is dark on a dark background the page gives it, whatever the page declares', async () => {
    const element = mount('fz-platforms', { src: DATA_URL });
    element.parentElement!.style.background = 'rgb(20, 24, 32)';
    await settled(element);
    expect(backgroundOf(element)).toBe(DARK_BG);
  });

  it('is light on a light page that declares light dark', async () => {
    document.documentElement.style.colorScheme = 'light dark';
    const element = mount('fz-petitions', { src: DATA_URL });
    await settled(element);
    expect(backgroundOf(element)).toBe(LIGHT_BG);
  });

  it('is dark inside a dashboard that is dark where the page is, as its charts are', async () => {
    const outer = box(900);
    outer.style.background = '#0d1117';
    const dashboard = document.createElement('fz-dashboard');
    dashboard.setAttribute('src', DATA_URL);
    outer.append(dashboard);
    await settled(dashboard);
    expect(backgroundOf(dashboard)).toBe(DARK_BG);
    const chart = inShadow(dashboard, 'fz-petitions')!;
    expect(backgroundOf(chart)).toBe(DARK_BG);
  });
});

describe('on a phone set to dark whose browser darkens the pages (its auto dark theme, as phone browsers’ night modes do)', () => {
  /** The phone: the system dark, the browser darkening every page that never asked for dark. */
  const darkening = async () => {
    await commands.emulateMedia({ colorScheme: 'dark' });
    await commands.autoDark(true);
  };

  it('an element with no theme is dark, as the page is shown, its drawing’s words light on its card', async () => {
    await darkening();
    const element = mount('fz-training', { src: DATA_URL });
    await settled(element);
    expect(backgroundOf(element)).toBe(DARK_BG);
    const { darkest, lightest } = await shownLuminance(element, firstLabel(element));
    expect(darkest).toBeLessThan(0.05);
    expect((lightest + 0.05) / (darkest + 0.05)).toBeGreaterThanOrEqual(4.5);
  });

  it('theme="light" stays as drawn, not darkened by the browser: its words dark on its white card', async () => {
    await darkening();
    const element = mount('fz-training', { src: DATA_URL, theme: 'light' });
    await settled(element);
    expect(backgroundOf(element)).toBe(LIGHT_BG);
    const { darkest, lightest } = await shownLuminance(element, firstLabel(element));
    expect(lightest).toBeGreaterThan(0.95);
    expect((lightest + 0.05) / (darkest + 0.05)).toBeGreaterThanOrEqual(4.5);
  });

  it.each([
    ['its <meta name="color-scheme"> says light dark', () => colorSchemeMeta('light dark')],
    ['its root says only light', () => (document.documentElement.style.colorScheme = 'only light')],
    ['the article says only light', (article: HTMLElement) => (article.style.colorScheme = 'only light')],
  ])('is light in a white article the browser leaves white: %s', async (_, declare) => {
    await darkening();
    pageRule('.white-article { background: #fff; color: #222; }');
    const element = mount('fz-training', { src: DATA_URL });
    const article = element.parentElement!;
    article.classList.add('white-article');
    declare(article);
    await settled(element);
    expect(backgroundOf(element)).toBe(LIGHT_BG);
    // The reader sees it light on the white article: the browser darkened neither.
    const { lightest } = await shownLuminance(element, firstLabel(element));
    expect(lightest).toBeGreaterThan(0.95);
  });

  it('goes light again when the phone goes light and its browser stops darkening', async () => {
    await darkening();
    const element = mount('fz-petitions', { src: DATA_URL });
    await settled(element);
    expect(backgroundOf(element)).toBe(DARK_BG);
    // The browser says nothing when it stops: the element hears the system's switch, which comes with it.
    await commands.autoDark(false);
    await commands.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => backgroundOf(element)).toBe(LIGHT_BG);
  });
});

describe('theme', () => {
  it('auto follows the system, whatever the page', async () => {
    const element = mount('fz-training', { src: DATA_URL, theme: 'auto' });
    await settled(element);
    expect(backgroundOf(element)).toBe(LIGHT_BG);
    await commands.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => backgroundOf(element)).toBe(DARK_BG);
  });

  it('light and dark win over the page’s colours, and taking theme away gives the page’s back', async () => {
    await commands.emulateMedia({ colorScheme: 'dark' });
    document.documentElement.style.colorScheme = 'dark';
    const light = mount('fz-training', { src: DATA_URL, theme: 'light' });
    light.parentElement!.style.background = '#0d1117';
    const dark = mount('fz-training', { src: DATA_URL, theme: 'dark' });
    await settled(light);
    await settled(dark);
    expect(backgroundOf(light)).toBe(LIGHT_BG);
    document.documentElement.style.colorScheme = '';
    expect(backgroundOf(dark)).toBe(DARK_BG);
    light.removeAttribute('theme');
    await expect.poll(() => backgroundOf(light)).toBe(DARK_BG);
  });

  it('declares each theme’s colour scheme, and light on paper whatever the theme', async () => {
    const light = mount('fz-training', { src: DATA_URL, theme: 'light' });
    const dark = mount('fz-training', { src: DATA_URL, theme: 'dark' });
    const contrast = mount('fz-training', { src: DATA_URL, theme: 'contrast' });
    await Promise.all([light, dark, contrast].map(settled));
    const schemes = () => [light, dark, contrast].map((element) => getComputedStyle(element).colorScheme);
    expect(schemes()).toEqual(['light only', 'dark', 'dark']);
    await commands.emulateMedia({ media: 'print' });
    try {
      expect(schemes()).toEqual(['light only', 'light only', 'light only']);
    } finally {
      await commands.emulateMedia({ media: null });
    }
  });

  it('leaves forced colours as they were', async () => {
    await commands.emulateMedia({ colorScheme: 'dark', forcedColors: 'active' });
    try {
      document.documentElement.style.colorScheme = 'light dark';
      const element = mount('fz-training', { src: DATA_URL });
      await settled(element);
      const canvas = document.createElement('div');
      canvas.style.background = 'Canvas';
      document.body.append(canvas);
      const expected = getComputedStyle(canvas).backgroundColor;
      canvas.remove();
      expect(backgroundOf(element)).toBe(expected);
    } finally {
      await commands.emulateMedia({ forcedColors: 'none' });
    }
  });
});
