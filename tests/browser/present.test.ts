import { afterEach, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import type { FzDashboard } from '../../src/elements/fz-dashboard/fz-dashboard.js';
import { cleanup, DATA_URL, deepText, inShadow, mount, SAMPLE_URL } from './helpers.js';

afterEach(async () => {
  await commands.emulateMedia({ reducedMotion: 'no-preference' });
  cleanup();
});

/** The slide shown: its label for assistive technology ("第3页，共7页") and the counter. */
/** The sample's slides in 2024: its title, the key figures, a chart for each of its six sections, its headline figures over its four years, the source. */
const SAMPLE_SLIDES = 10;

const shown = (dashboard: Element) => ({
  label: inShadow(dashboard, '.slide')?.getAttribute('aria-label'),
  counter: inShadow(dashboard, '.counter')?.textContent?.trim(),
});

/** How many times 示例数据 is shown in `root` (laid out), its shadow roots included. */
function marksShown(root: Element): number {
  let count = 0;
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE && node.textContent?.includes('示例数据') && node.parentElement?.getClientRects().length) count++;
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return count;
}

async function presenting(attributes: Record<string, string>): Promise<FzDashboard> {
  const dashboard = mount<FzDashboard>('fz-dashboard', { mode: 'present', ...attributes }, 900);
  await expect.poll(() => shown(dashboard).counter, { timeout: 5000 }).toMatch(/^1 \/ \d+$/);
  return dashboard;
}

describe('presentation mode', () => {
  it('mode="present" shows the title slide first, filling the window, and lists the slides: title, key figures, a chart each, the source', async () => {
    const dashboard = await presenting({ src: DATA_URL });
    expect(shown(dashboard)).toEqual({ label: '第1页，共7页', counter: '1 / 7' });
    const slides = inShadow(dashboard, '.slides')!;
    expect(getComputedStyle(slides).position).toBe('fixed');
    const box = slides.getBoundingClientRect();
    expect([box.left, box.top, box.width, box.height]).toEqual([0, 0, innerWidth, innerHeight]);
    const texts: string[] = [];
    for (let slide = 1; slide <= 7; slide++) {
      await expect.poll(() => shown(dashboard).counter).toBe(`${slide} / 7`);
      // A chart slide holds the section's own element, drawn.
      const chart = inShadow(dashboard, '.slide-chart');
      if (chart) await expect.poll(() => chart.shadowRoot?.querySelector('.chart svg')).toBeTruthy();
      texts.push(deepText(inShadow(dashboard, '.slide')!));
      await userEvent.keyboard('{ArrowRight}');
    }
    expect(texts[0]).toContain('北洋镇2024年度法治政府建设年度报告');
    expect(texts[1]).toContain('主要数据');
    expect(texts[1]).toContain('393件');
    expect(texts[2]).toContain('信访件按渠道分布');
    expect(texts[3]).toContain('矛盾纠纷调解');
    expect(texts[4]).toContain('法治学习与培训');
    expect(texts[5]).toContain('基层智治平台');
    expect(texts[6]).toContain('谢谢');
    expect(texts[6]).toContain('北洋镇人民政府《北洋镇2024年度法治政府建设年度报告》');
    // The last slide stays the last.
    expect(shown(dashboard).counter).toBe('7 / 7');
  });

  it('marks invented figures once on every slide: in the band across its top, not again beside a chart’s title', async () => {
    const dashboard = await presenting({ src: SAMPLE_URL });
    for (let slide = 1; slide <= SAMPLE_SLIDES; slide++) {
      await expect.poll(() => shown(dashboard).counter).toBe(`${slide} / ${SAMPLE_SLIDES}`);
      // A chart's slide holds its element, drawn once its code is loaded (the trend's is loaded on demand).
      const chart = () => inShadow(dashboard, '.frame-current .slide-chart');
      if (chart()) await expect.poll(() => chart()?.shadowRoot?.querySelector('.chart svg'), { timeout: 10_000 }).toBeTruthy();
      expect(marksShown(inShadow(dashboard, '.frame-current')!), `slide ${slide}`).toBe(1);
      expect(inShadow(dashboard, '.band')?.textContent).toContain('示例数据');
      await userEvent.keyboard('{ArrowRight}');
    }
  });

  it('moves with every key a clicker sends, and keeps the slide in the address beside the year', async () => {
    const dashboard = await presenting({ src: SAMPLE_URL });
    const count = SAMPLE_SLIDES;
    const steps: [string, number][] = [
      ['{ArrowRight}', 2],
      ['{PageDown}', 3],
      [' ', 4],
      ['{ArrowLeft}', 3],
      ['{PageUp}', 2],
      ['{End}', count],
      ['{Shift>} {/Shift}', count - 1],
      ['{Home}', 1],
      ['{ArrowLeft}', 1],
    ];
    for (const [key, slide] of steps) {
      await userEvent.keyboard(key);
      expect(shown(dashboard), key).toEqual({ label: `第${slide}页，共${count}页`, counter: `${slide} / ${count}` });
      expect(location.hash, key).toBe(`#slide=${slide}`);
    }
    await userEvent.click(inShadow<HTMLElement>(dashboard, 'button.next')!);
    expect(shown(dashboard).counter).toBe(`2 / ${count}`);
    await userEvent.click(inShadow<HTMLElement>(dashboard, 'button.previous')!);
    expect(shown(dashboard).counter).toBe(`1 / ${count}`);
    // At the first slide, Previous says it cannot go back, and keeps its focus.
    const previous = inShadow<HTMLButtonElement>(dashboard, 'button.previous')!;
    expect(previous.getAttribute('aria-disabled')).toBe('true');
    previous.focus();
    await userEvent.keyboard('{Enter}');
    expect(dashboard.shadowRoot!.activeElement).toBe(previous);
    expect(shown(dashboard).counter).toBe(`1 / ${count}`);
  });

  it('opens at the slide the address holds, with its year', async () => {
    history.replaceState(null, '', '#year=2022&slide=3');
    const dashboard = mount<FzDashboard>('fz-dashboard', { mode: 'present', src: SAMPLE_URL }, 900);
    await expect.poll(() => shown(dashboard).counter, { timeout: 5000 }).toBe(`3 / ${SAMPLE_SLIDES}`);
    const chart = inShadow(dashboard, '.slide-chart')!;
    expect(chart.localName).toBe('fz-petitions');
    await expect.poll(() => deepText(chart)).toContain('2022年');
  });

  it('switches the year and compares on a slide, and the slide stays', async () => {
    const dashboard = await presenting({ src: SAMPLE_URL });
    await userEvent.keyboard('{PageDown}{PageDown}');
    const radios = [...dashboard.shadowRoot!.querySelectorAll<HTMLInputElement>('.controls input[type="radio"]')];
    expect(radios.map((radio) => radio.value)).toEqual(['2021', '2022', '2023', '2024']);
    await userEvent.click(radios[1].closest('label')!);
    const chart = inShadow(dashboard, '.slide-chart')!;
    await expect.poll(() => deepText(chart)).toContain('示例镇（虚构） · 2022年');
    await userEvent.click(inShadow<HTMLElement>(dashboard, '.controls .compare')!);
    await expect.poll(() => deepText(chart)).toContain('2022年（对比2021年）');
    // The compared year's bars are outlined, as on the page.
    const compared = [...chart.shadowRoot!.querySelectorAll('.fz-bar-compared rect')];
    expect(compared.length).toBeGreaterThan(0);
    for (const rect of compared) expect(getComputedStyle(rect).stroke).not.toBe('none');
    expect(shown(dashboard).counter).toBe(`3 / ${SAMPLE_SLIDES}`);
    // The year and the comparison go into the address once the switch is painted.
    await expect.poll(() => location.hash).toBe('#year=2022&compare=previous&slide=3');
  });

  it('Escape leaves for the dashboard, taking the slide out of the address; 演示 comes back to the slide it left, and focus follows', async () => {
    const dashboard = await presenting({ src: DATA_URL });
    await userEvent.keyboard('{ArrowRight}');
    expect(location.hash).toBe('#slide=2');
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => inShadow(dashboard, '.key-figures')).toBeTruthy();
    expect(dashboard.hasAttribute('mode')).toBe(false);
    expect(location.hash).toBe('');
    const present = inShadow<HTMLElement>(dashboard, 'button.present')!;
    expect(present.textContent).toBe('演示');
    // The runner's frame may not go fullscreen: the slides fill the window instead. Esc lost no place.
    await userEvent.click(present);
    await expect.poll(() => shown(dashboard).counter).toBe('2 / 7');
    expect(location.hash).toBe('#slide=2');
    expect(dashboard.getAttribute('mode')).toBe('present');
    expect(dashboard.shadowRoot!.activeElement?.classList.contains('slide')).toBe(true);
    await userEvent.click(inShadow<HTMLElement>(dashboard, 'button.leave')!);
    await expect.poll(() => dashboard.shadowRoot!.activeElement).toBe(inShadow(dashboard, 'button.present'));
  });

  it('is a modal dialog over the page: the page behind is out of reach, and Tab stays on the slides', async () => {
    const before = document.createElement('button');
    before.textContent = 'page';
    document.querySelector('.test-box')?.before(before);
    try {
      const dashboard = await presenting({ src: DATA_URL });
      const dialog = inShadow<HTMLDialogElement>(dashboard, 'dialog.slides')!;
      expect(dialog.open).toBe(true);
      expect(dialog.matches(':modal')).toBe(true);
      for (let i = 0; i < 12; i++) {
        await userEvent.keyboard('{Tab}');
        expect(document.activeElement).not.toBe(before);
      }
    } finally {
      before.remove();
    }
  });

  it('Escape on a chart’s point hides its tooltip and stays on the slide; the next Escape leaves', async () => {
    const dashboard = await presenting({ src: DATA_URL });
    await userEvent.keyboard('{PageDown}{PageDown}');
    const chart = inShadow(dashboard, '.slide-chart')!;
    await expect.poll(() => chart.shadowRoot?.querySelector<SVGElement>('.fz-point')).toBeTruthy();
    chart.shadowRoot!.querySelector<SVGElement>('.fz-point')!.focus();
    await expect.poll(() => chart.shadowRoot!.querySelector('.tooltip')).toBeTruthy();
    await userEvent.keyboard('{Escape}');
    expect(dashboard.getAttribute('mode')).toBe('present');
    expect(chart.shadowRoot!.querySelector('.tooltip')).toBeNull();
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => dashboard.hasAttribute('mode')).toBe(false);
  });

  it('after leaving, the keys are the page’s again', async () => {
    const dashboard = await presenting({ src: DATA_URL });
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => inShadow(dashboard, '.key-figures')).toBeTruthy();
    const seen: boolean[] = [];
    const listen = (event: KeyboardEvent) => seen.push(event.defaultPrevented);
    addEventListener('keydown', listen);
    try {
      await userEvent.keyboard('{PageDown}');
      expect(seen).toEqual([false]);
      expect(location.hash).toBe('');
    } finally {
      removeEventListener('keydown', listen);
    }
  });

  it('goes on where it was when the page moves it', async () => {
    const dashboard = await presenting({ src: DATA_URL });
    await userEvent.keyboard('{PageDown}');
    const other = document.createElement('div');
    other.className = 'test-box';
    document.body.append(other);
    other.append(dashboard);
    await expect.poll(() => shown(dashboard).counter).toBe('2 / 7');
    // Still modal: a removed dialog leaves the top layer, and comes back to it.
    expect(inShadow(dashboard, 'dialog.slides')!.matches(':modal')).toBe(true);
    await userEvent.keyboard('{PageDown}');
    expect(shown(dashboard).counter).toBe('3 / 7');
  });

  it('starts off the page without an error, and shows its slides once put on it', async () => {
    const dashboard = mount<FzDashboard>('fz-dashboard', { src: DATA_URL }, 900);
    await expect.poll(() => inShadow(dashboard, '.key-figures')).toBeTruthy();
    const box = dashboard.parentElement!;
    dashboard.remove();
    dashboard.setAttribute('mode', 'present');
    // Off the page, it takes the mode: its slides' code comes, and it updates with it.
    await expect.poll(() => (dashboard as unknown as { presentation?: object }).presentation).toBeDefined();
    await dashboard.updateComplete;
    box.append(dashboard);
    await expect.poll(() => inShadow(dashboard, 'dialog.slides')?.matches(':modal')).toBe(true);
    expect(shown(dashboard).counter).toBe('1 / 7');
  });

  it('presents where the browser has no fullscreen for elements (an iPhone), filling the window', async () => {
    const dashboard = mount<FzDashboard>('fz-dashboard', { src: DATA_URL }, 900);
    await expect.poll(() => inShadow(dashboard, 'button.present')).toBeTruthy();
    Object.defineProperty(dashboard, 'requestFullscreen', { value: undefined });
    await userEvent.click(inShadow<HTMLElement>(dashboard, 'button.present')!);
    await expect.poll(() => shown(dashboard).counter).toBe('1 / 7');
    expect(inShadow(dashboard, 'dialog.slides')!.matches(':modal')).toBe(true);
  });

  it('prints the slide shown while presenting: the slides leave the top layer for paper, and come back', async () => {
    const dashboard = await presenting({ src: DATA_URL });
    const dialog = inShadow<HTMLDialogElement>(dashboard, 'dialog.slides')!;
    dispatchEvent(new Event('beforeprint'));
    expect(dialog.open).toBe(true);
    expect(dialog.matches(':modal')).toBe(false);
    dispatchEvent(new Event('afterprint'));
    expect(dialog.matches(':modal')).toBe(true);
  });

  it.each([
    ['a toggle says url-state="none"', () => mount('fz-year-toggle', { src: DATA_URL, 'url-state': 'none' }), ''],
    ['the page keeps its year in the query', () => mount('fz-year-toggle', { src: DATA_URL, 'url-state': 'query' }), ''],
  ])('keeps the slide out of the address when %s', async (_, before) => {
    before();
    await presenting({ src: DATA_URL });
    await userEvent.keyboard('{PageDown}');
    expect(location.hash).toBe('');
    expect(new URLSearchParams(location.search).has('slide')).toBe(false);
  });

  it('keeps the slide out of the address for a group of its own', async () => {
    const dashboard = await presenting({ src: DATA_URL, group: 'own' });
    await userEvent.keyboard('{PageDown}');
    expect(shown(dashboard).counter).toBe('2 / 7');
    expect(location.hash).toBe('');
  });

  it('leaves the keys of a focused control to it: arrows move the year, not the slide', async () => {
    const dashboard = await presenting({ src: SAMPLE_URL });
    const radio = dashboard.shadowRoot!.querySelector<HTMLInputElement>('.controls input[type="radio"]:checked')!;
    radio.focus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(shown(dashboard).counter).toBe(`1 / ${SAMPLE_SLIDES}`);
    await expect.poll(() => dashboard.year).toBe(2023);
    // PageDown is the slides' even there.
    await userEvent.keyboard('{PageDown}');
    expect(shown(dashboard).counter).toBe(`2 / ${SAMPLE_SLIDES}`);
  });

  it('prints no black behind the slide printed while presenting', async () => {
    const dashboard = await presenting({ src: DATA_URL });
    const slides = inShadow(dashboard, '.slides')!;
    expect(getComputedStyle(slides, '::backdrop').backgroundColor).toBe('rgb(0, 0, 0)');
    await commands.emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(slides, '::backdrop').display).toBe('none');
    } finally {
      await commands.emulateMedia({ media: null });
    }
  });

  it('slides in, unless the reader asks for reduced motion', async () => {
    const dashboard = await presenting({ src: DATA_URL });
    expect(getComputedStyle(inShadow(dashboard, '.slide')!).animationName).toBe('fz-slide-in');
    await commands.emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(inShadow(dashboard, '.slide')!).animationName).toBe('none');
  });

  it('is light on a system set to dark, unless theme says otherwise, and so are its charts', async () => {
    await commands.emulateMedia({ colorScheme: 'dark' });
    try {
      const light = await presenting({ src: DATA_URL });
      expect(getComputedStyle(inShadow(light, '.slides')!).backgroundColor).toBe('rgb(255, 255, 255)');
      await userEvent.keyboard('{PageDown}{PageDown}');
      const chart = inShadow(light, '.slide-chart')!;
      expect(chart.getAttribute('theme')).toBe('light');
      cleanup();
      const dark = await presenting({ src: DATA_URL, theme: 'dark' });
      expect(getComputedStyle(inShadow(dark, '.slides')!).backgroundColor).toBe('rgb(22, 27, 34)');
      await userEvent.keyboard('{PageDown}{PageDown}');
      expect(inShadow(dark, '.slide-chart')!.getAttribute('theme')).toBe('dark');
    } finally {
      await commands.emulateMedia({ colorScheme: 'light' });
    }
  });

  it('speaks English with lang="en"', async () => {
    const dashboard = await presenting({ src: DATA_URL, lang: 'en' });
    expect(shown(dashboard).label).toBe('Slide 1 of 7');
    expect(inShadow(dashboard, 'button.leave')!.textContent).toBe('Exit');
    await userEvent.keyboard('{ArrowRight}');
    expect(deepText(inShadow(dashboard, '.slide')!)).toContain('Key figures');
  });
});

describe('in the hall: a clicker after a mouse click', () => {
  /** The slide shown, counted from 1. */
  const at = (dashboard: Element) => Number(shown(dashboard).counter?.split(' / ')[0]);

  /** What each key a clicker or a keyboard sends does from slide `from` of `count`. */
  const KEYS: [string, (from: number, count: number) => number][] = [
    ['{ArrowRight}', (from) => from + 1],
    ['{ArrowDown}', (from) => from + 1],
    ['{PageDown}', (from) => from + 1],
    [' ', (from) => from + 1],
    ['{ArrowLeft}', (from) => from - 1],
    ['{ArrowUp}', (from) => from - 1],
    ['{PageUp}', (from) => from - 1],
    ['{Shift>} {/Shift}', (from) => from - 1],
    ['{Home}', () => 1],
    ['{End}', (_, count) => count],
  ];

  /** What a presenter clicks: every control over the slides, a bar of the chart, the slide itself. */
  const CLICKED: [string, (dashboard: Element) => Element][] = [
    ['下一页', (dashboard) => inShadow(dashboard, 'button.next')!],
    ['上一页', (dashboard) => inShadow(dashboard, 'button.previous')!],
    ['a year', (dashboard) => dashboard.shadowRoot!.querySelectorAll('.controls .year')[2]],
    ['与上一年对比', (dashboard) => inShadow(dashboard, '.controls .compare')!],
    ['全屏', (dashboard) => inShadow(dashboard, 'button.fullscreen')!],
    ['按键说明', (dashboard) => inShadow(dashboard, 'button.keys')!],
    ['a bar of the chart', (dashboard) => inShadow(dashboard, '.slide-chart')!.shadowRoot!.querySelectorAll('.fz-point')[1]],
    ['the slide', (dashboard) => inShadow(dashboard, '.slide')!],
  ];

  it.each(CLICKED)('after a click on %s, every key a clicker sends turns the slides', async (_, target) => {
    const dashboard = await presenting({ src: SAMPLE_URL });
    for (const [key, move] of KEYS) {
      // From the petitions slide, its bars drawn, the controls shown (back to it from where the last key left).
      const back = at(dashboard) - 3;
      if (back !== 0) await userEvent.keyboard((back > 0 ? '{ArrowLeft}' : '{ArrowRight}').repeat(Math.abs(back)));
      await expect.poll(() => at(dashboard)).toBe(3);
      await expect.poll(() => inShadow(dashboard, '.slide-chart')?.shadowRoot?.querySelector('.fz-point')).toBeTruthy();
      await userEvent.hover(inShadow(dashboard, '.slide')!);
      await userEvent.click(target(dashboard) as HTMLElement);
      const from = at(dashboard);
      // The click gave the keys back to the slides once the control had done its work.
      await expect.poll(() => dashboard.shadowRoot!.activeElement?.classList.contains('slide'), { message: key }).toBe(true);
      await userEvent.keyboard(key);
      const expected = Math.min(Math.max(move(from, SAMPLE_SLIDES), 1), SAMPLE_SLIDES);
      await expect.poll(() => at(dashboard), { message: `${key} from ${from}` }).toBe(expected);
      if (inShadow(dashboard, '.help')) await userEvent.keyboard('?');
    }
  });

  it('after a right click on a bar of the chart (its menu opened, then closed), every key a clicker sends turns the slides', async () => {
    const dashboard = await presenting({ src: SAMPLE_URL });
    await userEvent.keyboard('{PageDown}{PageDown}');
    await expect.poll(() => inShadow(dashboard, '.slide-chart')?.shadowRoot?.querySelector('.fz-point')).toBeTruthy();
    const bar = inShadow(dashboard, '.slide-chart')!.shadowRoot!.querySelectorAll('.fz-point')[1] as HTMLElement;
    await userEvent.click(bar, { button: 'right' });
    await expect.poll(() => dashboard.shadowRoot!.activeElement?.classList.contains('slide')).toBe(true);
    await userEvent.keyboard('{ArrowRight}');
    await expect.poll(() => at(dashboard)).toBe(4);
    await userEvent.keyboard('{ArrowLeft}');
    await expect.poll(() => at(dashboard)).toBe(3);
  });

  it('leaves focus where it is when the keyboard opens a menu (Shift+F10 on a year the presenter tabbed to)', async () => {
    const dashboard = await presenting({ src: SAMPLE_URL });
    const year = dashboard.shadowRoot!.querySelectorAll<HTMLInputElement>('.controls .year input')[1];
    year.focus();
    // As a browser sends it for the keyboard's menu: no mouse button.
    year.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, composed: true, button: 0 }));
    await new Promise((resolve) => setTimeout(resolve));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(dashboard.shadowRoot!.activeElement).toBe(year);
  });

  it('keeps a bar’s tooltip shown while the mouse that clicked it stays on it, the keys given back to the slides', async () => {
    const dashboard = await presenting({ src: SAMPLE_URL });
    await userEvent.keyboard('{PageDown}{PageDown}');
    const chart = () => inShadow(dashboard, '.slide-chart')!;
    await expect.poll(() => chart()?.shadowRoot?.querySelector('.fz-point')).toBeTruthy();
    const tipText = () => chart().shadowRoot!.querySelector('.tooltip')?.textContent ?? '';
    const bar = chart().shadowRoot!.querySelectorAll('.fz-point')[1] as HTMLElement;
    await userEvent.hover(bar);
    await expect.poll(tipText).toContain('来访');
    await userEvent.click(bar);
    await expect.poll(() => dashboard.shadowRoot!.activeElement?.classList.contains('slide')).toBe(true);
    expect(tipText()).toContain('来访');
  });

  it('years by keys only inside the years the presenter tabbed into; Esc gives the keys back to the slides', async () => {
    const dashboard = await presenting({ src: SAMPLE_URL, year: '2024' });
    await userEvent.keyboard('{PageDown}');
    // Tab into the controls: to a year.
    const radio = dashboard.shadowRoot!.querySelector<HTMLInputElement>('.controls input[type="radio"]:checked')!;
    radio.focus();
    await userEvent.keyboard('{ArrowLeft}');
    await expect.poll(() => dashboard.year).toBe(2023);
    expect(at(dashboard)).toBe(2);
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => dashboard.shadowRoot!.activeElement?.classList.contains('slide')).toBe(true);
    expect(dashboard.getAttribute('mode')).toBe('present');
    await userEvent.keyboard('{ArrowRight}');
    await expect.poll(() => at(dashboard)).toBe(3);
    expect(dashboard.year).toBe(2023);
  });

  it.each([
    ['b', 'black'],
    ['.', 'black'],
    ['w', 'white'],
    [',', 'white'],
  ])('%s blanks the screen %s; any key brings the slide back without turning it, and so does a click', async (key, colour) => {
    const dashboard = await presenting({ src: DATA_URL });
    // From a chart's slide: nothing of the chart may show through.
    await userEvent.keyboard('{PageDown}{PageDown}');
    const bar = () => inShadow(dashboard, '.slide-chart')?.shadowRoot?.querySelector('.fz-point');
    await expect.poll(() => bar()).toBeTruthy();
    await userEvent.keyboard(key);
    const blank = () => inShadow(dashboard, '.blank');
    await expect.poll(() => blank()?.classList.contains(`blank-${colour}`)).toBe(true);
    const box = blank()!.getBoundingClientRect();
    expect([box.width, box.height]).toEqual([innerWidth, innerHeight]);
    const barBox = bar()!.getBoundingClientRect();
    expect(dashboard.shadowRoot!.elementFromPoint(barBox.x + barBox.width / 2, barBox.y + barBox.height / 2)).toBe(blank());
    expect(getComputedStyle(blank()!).backgroundColor).toBe(colour === 'black' ? 'rgb(0, 0, 0)' : 'rgb(255, 255, 255)');
    await userEvent.keyboard('{ArrowRight}');
    await expect.poll(() => blank()).toBeNull();
    expect(at(dashboard)).toBe(3);
    await userEvent.keyboard(key);
    await expect.poll(() => blank()).not.toBeNull();
    await userEvent.click(blank()!);
    await expect.poll(() => blank()).toBeNull();
    expect(at(dashboard)).toBe(3);
  });

  it('? lists the keys over the slide, in the page’s language; ? or Esc hides the list, and Esc does not leave', async () => {
    const dashboard = await presenting({ src: DATA_URL });
    await userEvent.keyboard('?');
    const help = () => inShadow(dashboard, '.help');
    await expect.poll(() => help()).not.toBeNull();
    const text = help()!.textContent ?? '';
    for (const words of ['黑屏', '白屏', 'F5', 'Esc', 'Tab', '下一页']) expect(text).toContain(words);
    await userEvent.keyboard('?');
    await expect.poll(() => help()).toBeNull();
    await userEvent.keyboard('?');
    await expect.poll(() => help()).not.toBeNull();
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => help()).toBeNull();
    expect(dashboard.getAttribute('mode')).toBe('present');
    // The clicker turns the slide under the list: the list goes, and the audience sees the slide.
    await userEvent.keyboard('?');
    await expect.poll(() => help()).not.toBeNull();
    await userEvent.keyboard('{PageDown}');
    await expect.poll(() => at(dashboard)).toBe(2);
    expect(help()).toBeNull();
  });

  it('按键说明 lists the keys when clicked, over the slide’s chart, and hides them when clicked again', async () => {
    const dashboard = await presenting({ src: DATA_URL });
    await userEvent.keyboard('{PageDown}{PageDown}');
    await expect.poll(() => inShadow(dashboard, '.slide-chart')?.shadowRoot?.querySelector('.fz-point')).toBeTruthy();
    const keys = inShadow<HTMLButtonElement>(dashboard, 'button.keys')!;
    await userEvent.hover(inShadow(dashboard, '.slide')!);
    await userEvent.click(keys);
    await expect.poll(() => inShadow(dashboard, '.help')).not.toBeNull();
    expect(keys.getAttribute('aria-expanded')).toBe('true');
    // Over the chart of the slide, every row of it: nothing of the chart draws over the list.
    for (const row of dashboard.shadowRoot!.querySelectorAll('.help dl > div')) {
      const box = row.getBoundingClientRect();
      expect(
        dashboard.shadowRoot!.elementFromPoint(box.x + 4, box.y + box.height / 2)?.closest('.help'),
        row.textContent ?? '',
      ).not.toBeNull();
    }
    await userEvent.click(keys);
    await expect.poll(() => inShadow(dashboard, '.help')).toBeNull();
    expect(keys.getAttribute('aria-expanded')).toBe('false');
  });

  it('F5 goes to the first slide and Shift+F5 stays, never reloading; on the dashboard they present from the first slide or where it stopped', async () => {
    const dashboard = await presenting({ src: SAMPLE_URL });
    await userEvent.keyboard('{PageDown}{PageDown}{PageDown}');
    // Every F5, looked at once the key has been handled: none may reload the page.
    const events: KeyboardEvent[] = [];
    const listen = (event: KeyboardEvent) => event.key === 'F5' && events.push(event);
    addEventListener('keydown', listen, true);
    try {
      await userEvent.keyboard('{Shift>}{F5}{/Shift}');
      expect(at(dashboard)).toBe(4);
      await userEvent.keyboard('{F5}');
      await expect.poll(() => at(dashboard)).toBe(1);
      await userEvent.keyboard('{End}{ArrowLeft}{Escape}');
      await expect.poll(() => dashboard.hasAttribute('mode')).toBe(false);
      await expect.poll(() => dashboard.shadowRoot!.activeElement?.classList.contains('present')).toBe(true);
      await userEvent.keyboard('{Shift>}{F5}{/Shift}');
      await expect.poll(() => at(dashboard)).toBe(SAMPLE_SLIDES - 1);
      await userEvent.keyboard('{Escape}');
      await expect.poll(() => dashboard.shadowRoot!.activeElement?.classList.contains('present')).toBe(true);
      await userEvent.keyboard('{F5}');
      await expect.poll(() => at(dashboard)).toBe(1);
      // Leaving and starting again never let the browser reload.
      expect(events.length).toBe(4);
      expect(events.map((event) => event.defaultPrevented)).toEqual([true, true, true, true]);
    } finally {
      removeEventListener('keydown', listen, true);
    }
  });

  it('the controls go once the mouse has rested two seconds, and come back when it moves or the keyboard enters them; the slide number stays', async () => {
    const dashboard = await presenting({ src: DATA_URL });
    const controls = inShadow(dashboard, '.controls')!;
    const seen = () => getComputedStyle(controls).opacity;
    await userEvent.hover(inShadow(dashboard, '.slide')!);
    await expect.poll(seen).toBe('1');
    await expect.poll(seen, { timeout: 4000 }).toBe('0');
    const counter = getComputedStyle(inShadow(dashboard, '.counter')!);
    expect([counter.visibility, counter.opacity]).toEqual(['visible', '1']);
    await userEvent.hover(inShadow(dashboard, '.band')!);
    await expect.poll(seen).toBe('1');
    await expect.poll(seen, { timeout: 4000 }).toBe('0');
    // Tab reaches them while they are gone (the title slide has nothing to tab to), and brings them back.
    await userEvent.keyboard('{Tab}');
    expect(controls.contains(dashboard.shadowRoot!.activeElement)).toBe(true);
    await expect.poll(seen).toBe('1');
  });

  it('names the report on a chart’s slide as words, with no link a click would open in a new window, and no year broken from its 年', async () => {
    const dashboard = await presenting({ src: DATA_URL });
    await userEvent.keyboard('{PageDown}{PageDown}');
    const chart = () => inShadow(dashboard, '.slide-chart')!;
    await expect
      .poll(() => chart()?.shadowRoot?.querySelector('.source')?.textContent ?? '')
      .toContain('北洋镇2024年度法治政府建设年度报告');
    expect(chart().shadowRoot!.querySelector('.source a')).toBeNull();
    // Its years, and the subtitle's year, are never broken from their 年 (2024 / 年), nor its date in brackets at all.
    const kept = (selector: string) => [...chart().shadowRoot!.querySelectorAll(`${selector} .nb`)].map((span) => span.textContent?.trim());
    expect(kept('.source')).toEqual(['2024年', '（2025年2月24日）']);
    expect(kept('.subtitle')).toEqual(['2024年']);
  });

  it('shows no tooltip to the audience under a mouse at rest, also as the clicker turns the slides under it', async () => {
    const dashboard = await presenting({ src: DATA_URL });
    await userEvent.keyboard('{PageDown}{PageDown}');
    const chart = () => inShadow(dashboard, '.slide-chart')!;
    await expect.poll(() => chart()?.shadowRoot?.querySelectorAll('.fz-point').length).toBeGreaterThan(1);
    const tip = () => chart().shadowRoot!.querySelector<HTMLElement>('.tooltip');
    const tipShown = () => {
      const shownTip = tip();
      return shownTip !== null && shownTip.getClientRects().length > 0 && getComputedStyle(shownTip).visibility !== 'hidden';
    };
    // The presenter points at a bar: its tooltip shows.
    await userEvent.hover(chart().shadowRoot!.querySelectorAll('.fz-point')[1] as Element);
    await expect.poll(tipShown).toBe(true);
    // The mouse rests: the controls go, and so does the tooltip.
    const controls = inShadow(dashboard, '.controls')!;
    await expect.poll(() => getComputedStyle(controls).opacity, { timeout: 4000 }).toBe('0');
    expect(tipShown()).toBe(false);
    // The clicker turns the slides under the resting mouse: no tooltip.
    await userEvent.keyboard('{PageDown}');
    await userEvent.keyboard('{PageUp}');
    await expect.poll(() => chart()?.shadowRoot?.querySelectorAll('.fz-point').length).toBeGreaterThan(1);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(tipShown()).toBe(false);
    // The mouse moves again, onto a bar: the controls come back, and its tooltip shows under that bar.
    const point = chart().shadowRoot!.querySelectorAll('.fz-point')[2] as Element;
    await userEvent.hover(point);
    await expect.poll(tipShown).toBe(true);
    await expect.poll(() => Math.round(tip()!.getBoundingClientRect().top - point.getBoundingClientRect().bottom)).toBe(4);
  });

  it('shows the tooltip of a bar the keyboard moved to with the mouse at rest: the presenter walks the bars for the audience', async () => {
    const dashboard = await presenting({ src: DATA_URL });
    await userEvent.keyboard('{PageDown}{PageDown}');
    const chart = () => inShadow(dashboard, '.slide-chart')!;
    await expect.poll(() => chart()?.shadowRoot?.querySelectorAll('.fz-point').length).toBeGreaterThan(1);
    const controls = inShadow(dashboard, '.controls')!;
    await expect.poll(() => getComputedStyle(controls).opacity, { timeout: 4000 }).toBe('0');
    await userEvent.keyboard('{Tab}');
    await expect.poll(() => chart().shadowRoot!.activeElement?.classList.contains('fz-point')).toBe(true);
    await userEvent.keyboard('{ArrowRight}');
    const tip = () => chart().shadowRoot!.querySelector<HTMLElement>('.tooltip');
    await expect.poll(() => tip()?.getClientRects().length ?? 0).toBeGreaterThan(0);
    expect(tip()!.textContent).toContain('来访');
  });

  it('with two dashboards presenting, the keys move the one the audience sees: the one on top', async () => {
    const first = await presenting({ src: DATA_URL });
    const second = mount<FzDashboard>('fz-dashboard', { mode: 'present', src: DATA_URL, group: 'second' }, 900);
    await expect.poll(() => shown(second).counter, { timeout: 5000 }).toBe('1 / 7');
    await userEvent.keyboard('{PageDown}{PageDown}');
    await expect.poll(() => shown(second).counter).toBe('3 / 7');
    expect(shown(first).counter).toBe('1 / 7');
    second.removeAttribute('mode');
    await expect.poll(() => inShadow(second, '.slides')).toBeNull();
    await userEvent.keyboard('{PageDown}');
    await expect.poll(() => shown(first).counter).toBe('2 / 7');
  });
});

describe('a government deck on the screen', () => {
  const EMBLEM =
    'data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHZpZXdCb3g9IjAgMCAxMCAxMCI+PGNpcmNsZSBjeD0iNSIgY3k9IjUiIHI9IjUiIGZpbGw9InJlZCIvPjwvc3ZnPg==';

  it('puts the meeting, the reporting unit, the reporter and the date on the title slide, the unit in a band on every slide, in red and white', async () => {
    const dashboard = await presenting({
      src: DATA_URL,
      theme: 'red',
      meeting: '北洋镇第十八届人民代表大会第五次会议',
      'reporting-unit': '北洋镇司法所',
      reporter: '王明',
      'meeting-date': '2025-03-10',
      emblem: EMBLEM,
    });
    const title = deepText(inShadow(dashboard, '.slide')!);
    for (const words of [
      '北洋镇第十八届人民代表大会第五次会议',
      '北洋镇2024年度法治政府建设年度报告',
      '汇报单位：北洋镇司法所',
      '汇报人：王明',
      '2025年3月10日',
    ])
      expect(title).toContain(words);
    expect(inShadow<HTMLImageElement>(dashboard, '.slide-emblem')?.src).toBe(EMBLEM);
    for (let slide = 1; slide <= 7; slide++) {
      const band = inShadow(dashboard, '.band')!;
      expect(band.textContent).toContain('北洋镇司法所');
      expect(getComputedStyle(band).backgroundColor).toBe('rgb(179, 20, 27)');
      await userEvent.keyboard('{ArrowRight}');
    }
  });

  it('shows an emblem of the page’s own site, and none of another (said on the console)', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const own = await presenting({ src: DATA_URL, emblem: '/demo/emblem.svg' });
      expect(inShadow<HTMLImageElement>(own, '.band img')?.src).toBe(new URL('/demo/emblem.svg', location.href).href);
      cleanup();
      const other = await presenting({ src: DATA_URL, emblem: 'https://example.com/emblem.png' });
      expect(inShadow(other, '.band img')).toBeNull();
      expect(inShadow(other, '.slide-emblem')).toBeNull();
      expect(warnings.join('\n')).toContain('emblem');
    } finally {
      console.warn = warn;
    }
  });
});
