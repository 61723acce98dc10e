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

const shapes = new WeakMap<object, { all: Key[][]; strings: Key[][] }>();

/**
 * Every path into `dataset` but its root, and those that lead to a string: the same for each copy
 * (`structuredClone` keeps the order of keys), so walked once per dataset a run mutates.
 */
function shapeOf(dataset: object): { all: Key[][]; strings: Key[][] } {
  let shape = shapes.get(dataset);
  if (!shape) {
    const all = paths(dataset).filter((path) => path.length > 0);
    const strings = all.filter((path) => typeof path.reduce<any>((node, key) => node?.[key], dataset) === 'string');
    shape = { all, strings };
    shapes.set(dataset, shape);
  }
  return shape;
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
  const { all } = shapeOf(dataset as object);
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

/**
 * Pieces of hostile text: characters no file can hold (controls, U+FFFE/U+FFFF, halves of
 * surrogate pairs), what XML must escape, the tabs and line breaks a quote may keep, marks of
 * direction, a very long word, emoji, CJK punctuation, and signs a spreadsheet reads as a formula.
 */
const HOSTILE_PIECES = [
  '\u000B',
  '\u0000',
  '\u0001',
  '\u001F',
  '\u007F',
  '\uFFFE',
  '\uFFFF',
  '\uD800',
  '\uDFFF',
  '\t',
  '\n',
  '\r\n',
  '<',
  '&',
  '>',
  '"',
  "'",
  ']]>',
  '<![CDATA[',
  '&amp;',
  '</text>',
  '\u202E',
  '\u200F',
  '\u061C',
  'مرحبا',
  'Rechtsstaatlichkeitsverwaltungsjahresbericht'.repeat(8),
  '😀',
  '👨‍👩‍👧',
  '，',
  '。',
  '「」',
  '：',
  '（）',
  '…',
  '＝',
  '＠',
  '－',
  '＋',
  '=',
  '+',
  '-',
  '@',
  ' ',
  '\u3000',
  '北洋镇',
  '12345热线',
  'Town',
];

/** The pieces a file can hold, escaped or as they are: what validation lets through. */
const HELD_PIECES = HOSTILE_PIECES.slice(HOSTILE_PIECES.indexOf('\t'));

/** A hostile text: one to six pieces; half the texts only of those a file can hold, the other half of any. */
export function hostileText(next: () => number): string {
  const pieces = next() < 0.5 ? HELD_PIECES : HOSTILE_PIECES;
  const count = 1 + Math.floor(next() * 6);
  return Array.from({ length: count }, () => pieces[Math.floor(next() * pieces.length)]).join('');
}

/** A copy of `dataset` with one to three of its strings, or words added to them, made hostile. */
export function withHostileText<T>(dataset: T, next: () => number): T {
  const copy = structuredClone(dataset) as Record<string, unknown>;
  const { strings } = shapeOf(dataset as object);
  const count = 1 + Math.floor(next() * 3);
  for (let i = 0; i < count; i++) {
    const path = strings[Math.floor(next() * strings.length)];
    const parent = path.slice(0, -1).reduce<any>((node, key) => node[key], copy);
    const key = path[path.length - 1];
    const text = hostileText(next);
    const place = next();
    parent[key] = place < 0.4 ? text : place < 0.7 ? `${text}${parent[key]}` : `${parent[key]}${text}`;
  }
  return copy as T;
}
