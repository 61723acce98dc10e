/**
 * Old libraries still found on portal pages replace built-in functions with their own (Prototype.js
 * 1.6 replaces `Array.prototype.reduce` with one that returns the array). Charts drawn with them
 * would show NaN; each function the charts rely on is tried once, quickly, and the first that does
 * not behave is named.
 */
const probes: [string, () => boolean][] = [
  ['Array.prototype.reduce', () => [1, 2, 3].reduce((sum, value) => sum + value, 0) === 6],
  ['Array.prototype.map', () => [1, 2].map((value) => value * 2).join() === '2,4'],
  ['Array.prototype.filter', () => [1, 2, 3].filter((value) => value > 1).length === 2],
  ['Array.prototype.flatMap', () => [1, 2].flatMap((value) => [value, value]).length === 4],
  ['Array.prototype.find', () => [1, 2].find((value) => value === 2) === 2],
  ['Array.prototype.some', () => [1, 2].some((value) => value === 2) && ![1].some((value) => value === 2)],
  ['Array.prototype.includes', () => [1, 2].includes(2) && ![1].includes(2)],
  ['Array.from', () => Array.from(new Set([1, 2])).length === 2],
  ['Object.entries', () => Object.entries({ a: 1 })[0]?.[0] === 'a'],
  ['Object.fromEntries', () => Object.fromEntries([['a', 1]]).a === 1],
];

/** The first built-in function the page has replaced with one that behaves otherwise, or undefined. */
export function brokenBuiltin(): string | undefined {
  for (const [name, works] of probes) {
    try {
      if (!works()) return name;
    } catch {
      return name;
    }
  }
  return undefined;
}
