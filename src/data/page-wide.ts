/**
 * State that every copy of our code on a page shares: a portal's template and an article can each
 * bring a copy, and the first copy's elements then serve both (see `define.ts`); a toggle of one
 * copy must still move the charts of the other, and their requests for one URL stay one.
 * Kept on `globalThis` under a registered symbol, made by the first copy that asks: the first
 * call of the function this returns, never the import of a module (which touches no page).
 */
export function pageWide<T>(name: string, make: () => T): () => T {
  const key = Symbol.for(`fazhi-dashboard:${name}`);
  const holder = globalThis as unknown as Record<symbol, T | undefined>;
  return () => {
    holder[key] ??= make();
    return holder[key];
  };
}
