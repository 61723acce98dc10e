import { sharedKey } from '../data/page-wide.js';
import { afterPaint } from './after-paint.js';
import { holdsStaticFigure } from './static-figure.js';

/**
 * `@customElement('fz-…')`: registers the class under `tag` unless the page already has an element
 * of that name. A page can hold two copies of our code (a portal's template and an article each
 * bringing the bundle, or the bundle beside one element's module); the second must not throw, and
 * the first one's elements serve. Where there is no registry (a server, a test run without a DOM)
 * the module still imports and defines nothing. Named as Lit's decorator is, so that the tools
 * that read tag names from it (the manifest analyzer, lit-analyzer) find ours.
 *
 * A page whose HTML holds figures drawn in advance (`npm run static`) and has not painted yet
 * paints them first: the elements are registered, and take them over, just after that frame
 * (`customElements.whenDefined(tag)` says when). Otherwise the script, arriving before the first
 * frame, would hold that frame back by its own first render. The definitions wait in one queue
 * for the whole page, which a second copy of this version joins, so that the first copy's still
 * serve.
 */
export function customElement(tag: string) {
  return (element: CustomElementConstructor): void => {
    if (!globalThis.customElements) return;
    const waiting = shared[WAITING];
    if (waiting?.length) waiting.push([tag, element]);
    else if (staticFiguresUnpainted()) {
      shared[WAITING] = [[tag, element]];
      afterPaint(defineWaiting);
    } else define(tag, element);
  };
}

/**
 * The definitions waiting for the page's first frame, in the order they came, kept where every copy
 * of this version finds them; made only when one has to wait (a page's globals are left alone).
 */
const WAITING = sharedKey('waiting-definitions');
const shared = globalThis as unknown as Record<symbol, [string, CustomElementConstructor][] | undefined>;

function defineWaiting(): void {
  for (const [tag, element] of shared[WAITING]?.splice(0) ?? []) define(tag, element);
}

function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}

/**
 * Whether the page holds a figure drawn in advance and has painted no frame yet. Where the browser
 * keeps no paint timing, as if it had not: the elements come a frame later.
 */
function staticFiguresUnpainted(): boolean {
  if (typeof document === 'undefined' || !holdsStaticFigure(document)) return false;
  return typeof performance?.getEntriesByType !== 'function' || performance.getEntriesByType('paint').length === 0;
}
