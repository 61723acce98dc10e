/**
 * The language a page gives an element without a `lang` of its own: the `lang` of its nearest
 * ancestor that has one (portals put `lang="zh-CN"` or `lang="en"` on `<html>`), looking out of
 * shadow roots. Elements that follow it are told when a `lang` on the page changes, by one
 * observer for all of them.
 */
export function pageLang(element: Element): string {
  for (let node = outerOf(element); node; node = outerOf(node)) {
    const lang = node.getAttribute('lang');
    if (lang !== null) return lang;
  }
  return '';
}

function outerOf(node: Element): Element | null {
  return node.parentElement ?? ((node.parentNode as ShadowRoot | null)?.host || null);
}

const followers = new Set<{ pageLangChanged(): void }>();
let observer: MutationObserver | undefined;

/** Calls `follower.pageLangChanged()` whenever a `lang` attribute of the document changes, until `unfollow`. */
export function followPageLang(follower: { pageLangChanged(): void }): void {
  followers.add(follower);
  if (observer) return;
  observer = new MutationObserver(() => {
    for (const each of followers) each.pageLangChanged();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

export function unfollowPageLang(follower: { pageLangChanged(): void }): void {
  followers.delete(follower);
  if (followers.size > 0) return;
  observer?.disconnect();
  observer = undefined;
}
