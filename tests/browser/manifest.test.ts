import { describe, expect, it } from 'vitest';
import manifest from '../../custom-elements.json';
import { sections } from '../../src/index.js';

interface Declaration {
  customElement?: boolean;
  tagName?: string;
  attributes?: { name: string }[];
  events?: { name: string }[];
  cssProperties?: { name: string; default?: string }[];
}

const elements = manifest.modules
  .flatMap((module) => (module.declarations ?? []) as Declaration[])
  .filter((declaration): declaration is Declaration & { tagName: string } => declaration.customElement === true && !!declaration.tagName);

describe('custom-elements.json against the elements as they run', () => {
  it('names every element the bundle defines', () => {
    const defined = ['fz-dashboard', 'fz-year-toggle', 'fz-trend', 'fz-compare', ...sections.map((section) => section.tag)];
    for (const tag of defined) expect(customElements.get(tag), tag).toBeDefined();
    expect(elements.map((element) => element.tagName).sort()).toEqual([...defined].sort());
  });

  it.each(elements.map((element) => [element.tagName, element] as const))(
    '<%s>: the attributes it observes are the attributes the manifest lists, no more, no fewer',
    (tag, declaration) => {
      const observed = (customElements.get(tag) as unknown as { observedAttributes: string[] }).observedAttributes;
      expect([...(declaration.attributes ?? []).map((attribute) => attribute.name)].sort()).toEqual([...observed].sort());
      expect((declaration.events ?? []).map((event) => event.name).sort()).toEqual(['fz-error', 'fz-year-change']);
    },
  );
});

describe('custom-elements.json on theming', () => {
  /** The public custom properties an element's styles read, each with its fallback in the light theme (the first written). */
  function propertiesRead(tag: string): Map<string, string> {
    const element = customElements.get(tag) as unknown as { elementStyles: { cssText: string }[] };
    const css = element.elementStyles.map((style) => style.cssText).join('\n');
    const read = new Map<string, string>();
    for (const [, name, fallback] of css.matchAll(/var\((--fz-[a-z-]+),\s*((?:[^()]|\([^()]*\))*?)\)[;\n]/g))
      if (!read.has(name)) read.set(name, fallback.trim());
    return read;
  }

  it.each(elements.map((element) => [element.tagName, element] as const))(
    '<%s>: every --fz-* property its styles read is in the manifest, with the light theme’s default, and no other',
    (tag, declaration) => {
      const read = propertiesRead(tag);
      expect(read.size).toBeGreaterThan(5);
      const listed = new Map((declaration.cssProperties ?? []).map((property) => [property.name, property.default]));
      expect([...listed.keys()].sort()).toEqual([...read.keys()].sort());
      for (const [name, fallback] of read) expect(listed.get(name), name).toBe(fallback);
    },
  );
});
