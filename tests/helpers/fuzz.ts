/** Seeded mutation of a dataset, for fuzz tests that must fail the same way twice. */

/** A small fast seeded generator (mulberry32): the same seed gives the same run. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Key = string | number;

function paths(value: unknown, at: Key[] = []): Key[][] {
  if (value === null || typeof value !== 'object') return [at];
  const entries = Array.isArray(value) ? value.map((item, i) => [i, item] as const) : Object.entries(value);
  return [at, ...entries.flatMap(([key, child]) => paths(child, [...at, key]))];
}

const WEIRD: unknown[] = [
  null,
  true,
  0,
  -1,
  1.5,
  -0.000001,
  1e9,
  1e12,
  Number.MAX_SAFE_INTEGER,
  NaN,
  Infinity,
  '',
  ' ',
  '393',
  '不是数字',
  'x'.repeat(5000),
  '<img src=x onerror=alert(1)>',
  [],
  [1, 2],
  {},
  { value: 1 },
  { 'zh-CN': '' },
  '\u202e\u0000',
];

/** One random change: delete a field, replace a value by something odd, duplicate or empty a list. */
export function mutate(dataset: unknown, next: () => number): unknown {
  const copy = structuredClone(dataset) as Record<string, unknown>;
  const all = paths(copy).filter((path) => path.length > 0);
  const path = all[Math.floor(next() * all.length)];
  const parent = path.slice(0, -1).reduce<any>((node, key) => node[key], copy);
  const key = path[path.length - 1];
  const pick = next();
  if (pick < 0.25) {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else if (pick < 0.85) {
    parent[key] = structuredClone(WEIRD[Math.floor(next() * WEIRD.length)]);
  } else if (Array.isArray(parent)) {
    parent.push(structuredClone(parent[Number(key)]));
  } else if (Array.isArray(parent[key])) {
    parent[key] = next() < 0.5 ? [] : [...parent[key], ...parent[key]];
  } else {
    parent[key] = typeof parent[key] === 'number' ? -parent[key] : [parent[key]];
  }
  return copy;
}
