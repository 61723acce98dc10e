import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { cleanup, DATA_URL, mount } from './helpers.js';

afterEach(cleanup);

/** Resolves in the first animation frame in which `element` shows its chart, with what that frame shows. */
function firstFrameWithChart(element: Element): Promise<{ rows: number; summary: boolean }> {
  return new Promise((resolve) => {
    const look = () => {
      const root = element.shadowRoot;
      if (root?.querySelector('.chart svg'))
        resolve({
          rows: root.querySelectorAll('.data-table tbody tr').length,
          summary: root.querySelector('.data-table > summary') !== null,
        });
      else requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
}

/** The Chinese words the rows' labels keep whole (figures, 12345, are kept either way). */
const keptWords = (element: Element) =>
  [...(element.shadowRoot?.querySelectorAll('.data-table tbody th .nb') ?? [])]
    .map((span) => span.textContent ?? '')
    .filter((text) => /^[\u4e00-\u9fff]+$/.test(text));

const rowsOf = (element: Element) => element.shadowRoot?.querySelectorAll('.data-table tbody tr').length ?? 0;

describe('the data table’s rows', () => {
  it('come after the chart’s first paint, its disclosure with it; updateComplete waits for them', async () => {
    const element = mount('fz-petitions', { src: DATA_URL });
    const first = await firstFrameWithChart(element);
    expect(first).toEqual({ rows: 0, summary: true });
    await element.updateComplete;
    // The real report's channels, subsets and total: eight rows.
    expect(rowsOf(element)).toBe(8);
  });

  it('are written at once when the page prints as the chart first shows (beforeprint, before the chart is drawn for paper)', async () => {
    const element = mount('fz-petitions', { src: DATA_URL });
    await firstFrameWithChart(element);
    try {
      dispatchEvent(new Event('beforeprint'));
      // In the event itself: print() lays the page out for paper before any later task.
      expect(rowsOf(element)).toBe(8);
    } finally {
      dispatchEvent(new Event('afterprint'));
    }
  });

  it('keep their Chinese words whole only once the table shows: no word segmenter while it stays closed', async () => {
    const element = mount('fz-petitions', { src: DATA_URL });
    await firstFrameWithChart(element);
    await element.updateComplete;
    const kept = () => keptWords(element);
    const printed = () =>
      [...(element.shadowRoot?.querySelectorAll('.data-table tbody td:nth-child(3)') ?? [])].map((cell) => cell.textContent);
    // Closed: the rows are written, their figures kept whole, their words left as they are.
    expect(rowsOf(element)).toBe(8);
    expect(kept()).toEqual([]);
    const before = printed();
    const details = element.shadowRoot?.querySelector('details.data-table') as HTMLDetailsElement;
    // A pointer over its summary: about to open it.
    await userEvent.hover(details.querySelector('summary')!);
    expect(details.open).toBe(false);
    await element.updateComplete;
    expect(kept()).toContain('省级');
    expect(printed()).toEqual(before);
  });

  it('keep their words once opened, however (focus on the summary, or a script, or find in page)', async () => {
    // The mouse away from where the tables will be (a pointer over a summary is a reader about to open it).
    const away = document.body.appendChild(document.createElement('div'));
    away.style.cssText = 'position: fixed; right: 0; bottom: 0; width: 8px; height: 8px';
    await userEvent.hover(away);
    away.remove();
    for (const open of [
      (details: HTMLDetailsElement) => details.querySelector('summary')!.focus(),
      (details: HTMLDetailsElement) => {
        details.open = true;
      },
    ]) {
      const element = mount('fz-petitions', { src: DATA_URL });
      await firstFrameWithChart(element);
      await element.updateComplete;
      const details = element.shadowRoot?.querySelector('details.data-table') as HTMLDetailsElement;
      expect(keptWords(element)).toEqual([]);
      open(details);
      await expect.poll(() => keptWords(element)).toContain('省级');
      cleanup();
    }
  });

  it('have a notes column (说明) only where a row has a note: the platforms’ table, with none, has no empty column', async () => {
    const headings = async (tag: string) => {
      const element = mount(tag, { src: DATA_URL });
      await firstFrameWithChart(element);
      (element.shadowRoot?.querySelector('details.data-table') as HTMLDetailsElement).open = true;
      await expect.poll(() => rowsOf(element)).toBeGreaterThan(0);
      const row = element.shadowRoot!.querySelector('.data-table tbody tr')!;
      expect(row.children.length, `${tag}: a cell for each heading`).toBe(
        element.shadowRoot!.querySelectorAll('.data-table thead th').length,
      );
      return [...element.shadowRoot!.querySelectorAll('.data-table thead th')].map((th) => th.textContent);
    };
    expect(await headings('fz-petitions')).toEqual(['项目', '数值', '说明', '报告原文']);
    expect(await headings('fz-platforms')).toEqual(['项目', '数值', '报告原文']);
  });

  it('are written when a reader opens the table, then stay through a year switch', async () => {
    const element = mount('fz-petitions', { src: '/demo/data/sample-multi-year.json' });
    await firstFrameWithChart(element);
    const details = element.shadowRoot?.querySelector('details.data-table') as HTMLDetailsElement;
    details.open = true;
    await expect.poll(() => rowsOf(element)).toBeGreaterThan(0);
    element.setAttribute('year', '2023');
    await element.updateComplete;
    expect(rowsOf(element)).toBeGreaterThan(0);
    expect(element.shadowRoot?.querySelector('.data-table caption')?.textContent).toContain('2023');
  });

  it('of a closed table follow a year switch just after the frame that paints it; updateComplete waits for them', async () => {
    const element = mount('fz-petitions', { src: '/demo/data/sample-multi-year.json', year: '2024' });
    await firstFrameWithChart(element);
    await element.updateComplete;
    const caption = () => element.shadowRoot?.querySelector('.data-table caption')?.textContent ?? '';
    expect(caption()).toContain('2024');
    element.setAttribute('year', '2023');
    // The frame that paints the switch: the chart says 2023, the closed table still holds 2024's rows.
    const inFrame = await new Promise<{ summary: string; caption: string }>((resolve) =>
      requestAnimationFrame(() =>
        resolve({ summary: element.shadowRoot?.querySelector('.summary')?.textContent ?? '', caption: caption() }),
      ),
    );
    expect(inFrame.summary).toContain('2023');
    expect(inFrame.caption).toContain('2024');
    await element.updateComplete;
    expect(caption()).toContain('2023');
    expect(rowsOf(element)).toBeGreaterThan(0);
  });

  it('of a page hidden behind another tab, which paints no frame, follow a switch in a task of their own', async () => {
    const element = mount('fz-petitions', { src: '/demo/data/sample-multi-year.json', year: '2024' });
    await firstFrameWithChart(element);
    await element.updateComplete;
    const frame = window.requestAnimationFrame;
    // As a hidden page: it says so, and no animation frame comes.
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    window.requestAnimationFrame = () => 0;
    try {
      element.setAttribute('year', '2023');
      await element.updateComplete;
      expect(element.shadowRoot?.querySelector('.data-table caption')?.textContent).toContain('2023');
    } finally {
      window.requestAnimationFrame = frame;
      delete (document as { visibilityState?: string }).visibilityState;
    }
  });
});
