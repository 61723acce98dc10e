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

/** An element that speaks the page's language while it has no `lang` of its own. */
export interface LangFollower extends Element {
  pageLangChanged(): void;
}

const followers = new Set<LangFollower>();
let observer: MutationObserver | undefined;

/** Calls `follower.pageLangChanged()` whenever a `lang` attribute of its document changes, until `unfollowPageLang`. */
export function followPageLang(follower: LangFollower): void {
  followers.add(follower);
  if (observer) return;
  observer = new MutationObserver(() => {
    // An element with its own lang does not listen to the page's.
    for (const each of followers) if (!each.hasAttribute('lang')) each.pageLangChanged();
  });
  observer.observe(follower.ownerDocument.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** Stops telling `follower`; the observer stops with the last one. */
export function unfollowPageLang(follower: LangFollower): void {
  followers.delete(follower);
  if (followers.size > 0) return;
  observer?.disconnect();
  observer = undefined;
}
