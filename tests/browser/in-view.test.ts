import { afterEach, describe, expect, it } from 'vitest';
import { forgetYearChoices } from '../../src/runtime/year-sync.js';
import { box, cleanup, mount, SAMPLE_URL } from './helpers.js';

afterEach(cleanup);

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const summaryOf = (element: Element) => element.shadowRoot?.querySelector('.summary')?.textContent ?? '';

describe('a year switch', () => {
  it('is painted in the next frame for the charts in view; those out of view follow just after it, and updateComplete waits for them', async () => {
    const seen = mount('fz-petitions', { src: SAMPLE_URL, year: '2024' });
    // Further down the page, out of view.
    box(800).style.height = `${innerHeight * 3}px`;
    const below = mount('fz-mediation', { src: SAMPLE_URL, year: '2024' });
    await expect.poll(() => summaryOf(seen) !== '' && summaryOf(below) !== '').toBe(true);
    await seen.updateComplete;
    await below.updateComplete;
    // The browser has said what is in view.
    await nextFrame();
    await nextFrame();
    seen.setAttribute('year', '2023');
    below.setAttribute('year', '2023');
    await nextFrame();
    expect(summaryOf(seen)).toContain('2023');
    expect(summaryOf(below)).toContain('2024');
    await below.updateComplete;
    expect(summaryOf(below)).toContain('2023');
  });

  it('reaches a chart scrolled out of view before it is printed', async () => {
    box(800).style.height = `${innerHeight * 3}px`;
    const below = mount('fz-petitions', { src: SAMPLE_URL, year: '2024' });
    await expect.poll(() => summaryOf(below)).toContain('2024');
    await below.updateComplete;
    await nextFrame();
    await nextFrame();
    below.setAttribute('year', '2023');
    try {
      dispatchEvent(new Event('beforeprint'));
      // In the event itself: print() lays the page out for paper before any later task.
      expect(summaryOf(below)).toContain('2023');
    } finally {
      dispatchEvent(new Event('afterprint'));
    }
  });

  it('that reaches a chart after it was taken off the page brings back no year the page has forgotten since', async () => {
    const seen = mount('fz-petitions', { src: SAMPLE_URL });
    box(800).style.height = `${innerHeight * 3}px`;
    const below = mount('fz-mediation', { src: SAMPLE_URL });
    await expect.poll(() => summaryOf(seen) !== '' && summaryOf(below) !== '').toBe(true);
    await below.updateComplete;
    await nextFrame();
    await nextFrame();
    seen.setAttribute('year', '2022');
    // A single-page site shows another page: the charts go, the years chosen are forgotten.
    below.remove();
    seen.remove();
    forgetYearChoices();
    await below.updateComplete;
    const next = mount('fz-training', { src: SAMPLE_URL });
    await expect.poll(() => summaryOf(next)).toContain('2024');
  });
});
