import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import sample from '../../demo/data/sample-multi-year.json';
import type { FzDashboard } from '../../src/elements/fz-dashboard/fz-dashboard.js';
import type { FzYearToggle } from '../../src/elements/fz-year-toggle/fz-year-toggle.js';
import { FzPetitions } from '../../src/sections/petitions/element.js';
import { sections } from '../../src/sections/registry.js';
import { CHART_TAGS, cleanup, mount, settled } from './helpers.js';

afterEach(cleanup);

// The source of every module, to read each class's JSDoc as the custom-elements manifest will.
const sources = import.meta.glob<string>('../../src/**/*.ts', { query: '?raw', import: 'default', eager: true });

/** The JSDoc block right before `class Name`, wherever it is declared. */
function jsdocOf(name: string): string {
  for (const source of Object.values(sources)) {
    const match = source.match(
      new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*(?:@customElement\\([^)]*\\)\\s*)?export (?:abstract )?class ${name}\\b`),
    );
    if (match) return match[1];
  }
  throw new Error(`no JSDoc found for class ${name}`);
}

/** The `@tag` entries of a class and of every class it extends, up to LitElement. */
function documented(element: CustomElementConstructor, tag: string): Set<string> {
  const names = new Set<string>();
  for (let klass = element; klass.name !== 'LitElement'; klass = Object.getPrototypeOf(klass)) {
    for (const match of jsdocOf(klass.name).matchAll(new RegExp(`@${tag}\\s+(\\S+)`, 'g'))) names.add(match[1]);
  }
  return names;
}

const TAGS = ['fz-dashboard', ...CHART_TAGS, 'fz-year-toggle'];

describe('what an element’s JSDoc says (the manifest’s source)', () => {
  // The custom properties, with their defaults: tests/browser/manifest.test.ts, on the manifest made from this JSDoc.

  it.each(TAGS)('<%s> documents every part it renders: loading, failing, drawn, compared, with a tooltip and a warning', async (tag) => {
    const shown = new Set<string>();
    const collect = (element: Element) => {
      for (const el of element.shadowRoot!.querySelectorAll('[part]'))
        for (const part of el.getAttribute('part')!.split(' ')) shown.add(part);
    };
    const loading = mount(tag, { src: `/__test__/hang?${Math.random()}`, timeout: '5000' });
    await loading.updateComplete;
    collect(loading);
    const failing = mount(tag, { src: '/data/no-such-file.json' });
    await settled(failing);
    collect(failing);
    const odd = structuredClone(sample) as any;
    odd.years[3].petitions.total.value += 1;
    odd.years[3].mediation.resolved.value = 200;
    const compared = mount(tag, { compare: 'previous' }, 900, { data: odd });
    await settled(compared);
    compared.shadowRoot!.querySelector<SVGElement>('.fz-point')?.focus();
    await compared.updateComplete;
    collect(compared);
    expect(shown.size).toBeGreaterThan(2);
    const parts = documented(customElements.get(tag)!, 'csspart');
    for (const part of shown) expect(parts, `part="${part}"`).toContain(part);
  });
});

describe('the types a page’s TypeScript sees', () => {
  it('map each tag to its class (HTMLElementTagNameMap), and every section’s element is defined', () => {
    expectTypeOf(document.createElement('fz-petitions')).toEqualTypeOf<FzPetitions>();
    expectTypeOf(document.createElement('fz-dashboard')).toEqualTypeOf<FzDashboard>();
    expectTypeOf(document.createElement('fz-year-toggle')).toEqualTypeOf<FzYearToggle>();
    expect(document.createElement('fz-petitions')).toBeInstanceOf(FzPetitions);
    for (const section of sections) expect(customElements.get(section.tag), section.tag).toBeDefined();
  });

  it('give the events their details (HTMLElementEventMap)', () => {
    expectTypeOf<HTMLElementEventMap['fz-year-change']['detail']>().toEqualTypeOf<{ year?: number; compare?: string }>();
    expectTypeOf<HTMLElementEventMap['fz-error']['detail']>().toEqualTypeOf<{ kind: string; message: string; path?: string }>();
    const toggle = document.createElement('fz-year-toggle');
    const seen: (number | undefined)[] = [];
    toggle.addEventListener('fz-year-change', (event) => seen.push(event.detail.year));
    toggle.dispatchEvent(new CustomEvent('fz-year-change', { detail: { year: 2023 } }));
    expect(seen).toEqual([2023]);
  });
});
