import { VERSION } from './version.js';

/**
 * The registered symbol under which copies of this version of our code share `name` on a page:
 * two copies of one version share it on purpose; another version, whose state may have another
 * shape, has its own.
 */
export const sharedKey = (name: string): symbol => Symbol.for(`fazhi-dashboard@${VERSION}:${name}`);

/**
 * State that every copy of our code on a page shares: a portal's template and an article can each
 * bring a copy, and the first copy's elements then serve both (see `define.ts`); a toggle of one
 * copy must still move the charts of the other, and their requests for one URL stay one.
 * Kept on `globalThis` under a registered symbol, made by the first copy that asks: the first
 * call of the function this returns, never the import of a module (which touches no page).
 */
export function pageWide<T>(name: string, make: () => T): () => T {
  const key = sharedKey(name);
  const holder = globalThis as unknown as Record<symbol, T | undefined>;
  return () => {
    holder[key] ??= make();
    return holder[key];
  };
}
