import { afterPaint } from './after-paint.js';

/**
 * `@customElement('fz-…')`: registers the class under `tag` unless the page already has an element
 * of that name. A page can hold two copies of our code (a portal's template and an article each
 * bringing the bundle, or the bundle beside one element's module); the second must not throw, and
 * the first one's elements serve. Where there is no registry (a server, a test run without a DOM)
 * the module still imports and defines nothing. Named as Lit's decorator is, so that the tools
 * that read tag names from it (the manifest analyzer, lit-analyzer) find ours.
 *
 * A page whose HTML holds figures drawn in advance (`npm run static`) and has not painted yet
 * paints them first: the elements are registered, and take them over, just after that frame.
 * Otherwise the script, arriving before the first frame, would hold that frame back by its own
 * first render.
 */
export function customElement(tag: string) {
  return (element: CustomElementConstructor): void => {
    if (!globalThis.customElements) return;
    if (pending) pending.push([tag, element]);
    else if (staticFiguresUnpainted()) {
      pending = [[tag, element]];
      afterPaint(defineWaiting);
    } else define(tag, element);
  };
}

/** The definitions waiting for the page's first frame, in the order they came; none when nothing waits. */
let pending: [string, CustomElementConstructor][] | undefined;

function defineWaiting(): void {
  const waiting = pending ?? [];
  pending = undefined;
  for (const [tag, element] of waiting) define(tag, element);
}

function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}

/** Whether the page holds a figure drawn in advance and has painted no frame yet. */
function staticFiguresUnpainted(): boolean {
  return (
    typeof document !== 'undefined' && document.querySelector('.fz-static') !== null && performance.getEntriesByType('paint').length === 0
  );
}
