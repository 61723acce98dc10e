import { describe, expect, it } from 'vitest';
import manifest from '../../custom-elements.json';
import '../../src/index.js';

interface Declaration {
  customElement?: boolean;
  tagName?: string;
  attributes?: { name: string }[];
  events?: { name: string }[];
}

const elements = manifest.modules
  .flatMap((module) => (module.declarations ?? []) as Declaration[])
  .filter((declaration): declaration is Declaration & { tagName: string } => declaration.customElement === true && !!declaration.tagName);

describe('custom-elements.json against the elements as they run', () => {
  it('names every element the bundle defines', () => {
    const defined = ['fz-dashboard', 'fz-year-toggle', 'fz-petitions', 'fz-mediation', 'fz-training', 'fz-platforms', 'fz-reviews'];
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
