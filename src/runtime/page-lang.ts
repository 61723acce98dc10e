/**
 * The language a page gives an element without a `lang` of its own: the `lang` of its nearest
 * ancestor that has one (portals put `lang="zh-CN"` or `lang="en"` on `<html>`), looking out of
 * shadow roots. Elements that follow it are told when a `lang` in the document changes, by one
 * observer for all of them; a `lang` changed inside another element's shadow root is read again
 * only when the element next connects (the observer sees the document's own tree).
 */
export function ancestorLang(element: Element): string {
  for (let node = outerOf(element); node; node = outerOf(node)) {
    const lang = node.getAttribute('lang');
    if (lang !== null) return lang;
  }
  return '';
}

function outerOf(node: Element): Element | null {
  return node.parentElement ?? ((node.parentNode as ShadowRoot | null)?.host || null);
}

/** Elements that speak the page's language while they have no `lang` of their own, each with what to call when it changes. */
const followers = new Map<Element, () => void>();
let observer: MutationObserver | undefined;

/** Calls `changed` whenever a `lang` attribute of the element's document changes, while it has none of its own, until `unfollowPageLang`. */
export function followPageLang(element: Element, changed: () => void): void {
  followers.set(element, changed);
  if (observer) return;
  observer = new MutationObserver(() => {
    // An element with its own lang does not listen to the page's.
    for (const [each, call] of followers) if (!each.hasAttribute('lang')) call();
  });
  observer.observe(element.ownerDocument.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** Stops telling `element`; the observer stops with the last one. */
export function unfollowPageLang(element: Element): void {
  followers.delete(element);
  if (followers.size > 0) return;
  observer?.disconnect();
  observer = undefined;
}
