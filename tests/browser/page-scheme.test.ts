import { afterEach, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
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

afterEach(async () => {
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
    element.parentElement!.className = 'white-article';
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
