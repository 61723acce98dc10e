/**
 * `@customElement('fz-…')`: registers the class under `tag` unless the page already has an element
 * of that name. A page can hold two copies of our code (a portal's template and an article each
 * bringing the bundle, or the bundle beside one element's module); the second must not throw, and
 * the first one's elements serve. Where there is no registry (a server, a test run without a DOM)
 * the module still imports and defines nothing. Named as Lit's decorator is, so that the tools
 * that read tag names from it (the manifest analyzer, lit-analyzer) find ours.
 */
export function customElement(tag: string) {
  return (element: CustomElementConstructor): void => {
    const registry = globalThis.customElements;
    if (registry && !registry.get(tag)) registry.define(tag, element);
  };
}
