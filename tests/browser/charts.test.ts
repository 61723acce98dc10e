import { render } from 'lit';
import { describe, expect, it } from 'vitest';
import sampleMultiYear from '../../demo/data/sample-multi-year.json';
import { type Chart, drawChart } from '../../src/charts/chart.js';
import type { ChartOptions } from '../../src/charts/types.js';
import { deriveYear } from '../../src/data/derive.js';
import type { Dataset } from '../../src/data/schema.js';
import { mediation } from '../../src/sections/mediation/section.js';
import { petitions } from '../../src/sections/petitions/section.js';
import { platforms } from '../../src/sections/platforms/section.js';
import { reviews } from '../../src/sections/reviews/section.js';
import type { SectionView } from '../../src/sections/section.js';
import { training } from '../../src/sections/training/section.js';
import { viewOf } from '../helpers/sections.js';

// Charts drawn by Lit in Chromium, as an element draws them: drawn again into the same box, what
// was drawn is moved to the new figures.
const options = { width: 640, fontSize: 16, ariaLabel: 'chart' };

/** Draws `chart` into `box` (a new one unless given) and returns its SVG. */
function drawInto(chart: Chart, chartOptions: ChartOptions, box: HTMLElement = document.createElement('div')): SVGSVGElement {
  render(drawChart(chart, chartOptions), box);
  return box.querySelector('svg')!;
}

describe('a chart drawn again for another year', () => {
  const sample = sampleMultiYear as unknown as Dataset;
  const yearOf = (year: number) => deriveYear(sample, year);
  const sections = [petitions, mediation, training, platforms, reviews] as const;

  it.each(sections.map((section) => [section.key, section] as const))(
    '%s: keeps its SVG and marks, given the new figures, mark for mark as drawn fresh for that year',
    (_key, section) => {
      for (const [from, to, compare] of [
        [2022, 2024, false],
        [2024, 2023, false],
        [2023, 2024, true],
        [2024, 2022, true],
        [2022, 2021, false],
      ] as const) {
        // Years whose report gives the section, compared with years that give it too.
        const years = compare ? [from, from - 1, to, to - 1] : [from, to];
        if (years.some((year) => yearOf(year)[section.key] === undefined)) continue;
        const before = viewOf(section as never, 'zh-CN', yearOf(from), compare ? yearOf(from - 1) : undefined) as SectionView;
        const after = viewOf(section as never, 'zh-CN', yearOf(to), compare ? yearOf(to - 1) : undefined) as SectionView;
        const box = document.createElement('div');
        const drawn = drawInto(before.chart, options, box);
        const firstBar = drawn.querySelector('rect[data-key]');
        const moved = drawInto(after.chart, { ...options, moving: true }, box);
        expect(moved, `${from} → ${to}`).toBe(drawn);
        // A bar of a point both years have is the same element, at its new length.
        const key = firstBar?.getAttribute('data-key');
        const kept = key ? moved.querySelector(`rect[data-key="${key}"]`) : null;
        if (kept) expect(kept, `${from} → ${to}`).toBe(firstBar);
        const fresh = drawInto(after.chart, { ...options, moving: true });
        expect(clean(moved), `${from} → ${to}`).toBe(clean(fresh));
      }
    },
  );

  it('keeps a subset’s bar apart from a channel with the same id', () => {
    const shared = structuredClone(sampleMultiYear) as unknown as Dataset;
    for (const year of shared.years) if (year.petitions?.flags?.[0]) year.petitions.flags[0].id = 'visits';
    const [before, after] = [2022, 2024].map((year) => viewOf(petitions, 'zh-CN', deriveYear(shared, year)) as SectionView);
    const box = document.createElement('div');
    drawInto(before.chart, options, box);
    const moved = drawInto(after.chart, options, box);
    expect(clean(moved)).toBe(clean(drawInto(after.chart, options)));
    expect(moved.querySelectorAll('rect[data-key="part:visits"]')).toHaveLength(1);
    expect(moved.querySelectorAll('rect[data-key="subset:visits"]')).toHaveLength(1);
  });

  it('grows the bars only when drawn again for other figures, not when first drawn or resized', () => {
    const view = viewOf(petitions) as SectionView;
    expect(drawInto(view.chart, options).classList.contains('fz-moving')).toBe(false);
    expect(drawInto(view.chart, { ...options, moving: true }).classList.contains('fz-moving')).toBe(true);
  });
});

/** A drawing as its markup, without Lit's comment markers. */
const clean = (svg: Element) => svg.outerHTML.replace(/<!--[\s\S]*?-->/g, '');
