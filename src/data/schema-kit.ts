/**
 * A small kit that writes a JSON Schema (draft 2020-12) and its TypeScript type in one go, and
 * checks values against that schema. The dataset's schema is written once with it
 * (`schema.ts`): `data/schema.json`, the run-time validation and the `Dataset` type all come
 * from that one definition.
 */

/** The subset of JSON Schema this kit writes and checks. */
export interface JsonSchema {
  $schema?: string;
  $id?: string;
  title?: string;
  description?: string;
  type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  format?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  minProperties?: number;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  pattern?: string;
  const?: string | number | boolean;
  anyOf?: JsonSchema[];
}

import { type CharacterKind, forbiddenCharacter } from './characters.js';

declare const typeMark: unique symbol;
const optionalMark = Symbol('optional');
// Symbol keys stay out of `data/schema.json` (JSON.stringify skips them): JSON Schema has no way
// to say "unique by this key", so the kit checks it without writing it.
const uniqueMark = Symbol('unique by');
// Nor can a pattern of its own say which characters every string refuses (see `characters.ts`).
const lineBreaksMark = Symbol('may hold line breaks');

/** A schema node that remembers the type of the values it accepts. */
export type Schema<T> = JsonSchema & { readonly [typeMark]?: T };
/** A property that may be left out of its object. */
export type Optional<T> = Schema<T> & { readonly [optionalMark]: true };
/** The TypeScript type a schema accepts. */
export type Infer<S> = S extends Schema<infer T> ? T : never;

type Shape = Record<string, Schema<unknown>>;
type Simplify<T> = { [K in keyof T]: T[K] };
type ObjectOf<P extends Shape> = Simplify<
  { [K in keyof P as P[K] extends Optional<unknown> ? never : K]: Infer<P[K]> } & {
    [K in keyof P as P[K] extends Optional<unknown> ? K : never]?: Infer<P[K]>;
  }
>;

type Notes = Pick<JsonSchema, 'title' | 'description'>;

/**
 * A string. No string may hold a control character, U+FFFE, U+FFFF or half of a surrogate pair
 * (no file can); `lineBreaks` lets it hold tab, line feed and carriage return.
 */
export const string = ({
  lineBreaks,
  ...options
}: Notes & Pick<JsonSchema, 'minLength' | 'pattern' | 'format'> & { lineBreaks?: boolean } = {}): Schema<string> => {
  const schema: Schema<string> = { type: 'string', ...options };
  return lineBreaks ? Object.assign(schema, { [lineBreaksMark]: true }) : schema;
};

export const integer = (options: Notes & Pick<JsonSchema, 'minimum' | 'maximum'> = {}): Schema<number> => ({
  type: 'integer',
  ...options,
});

export const number = (options: Notes & Pick<JsonSchema, 'minimum' | 'maximum'> = {}): Schema<number> => ({
  type: 'number',
  ...options,
});

export const boolean = (options: Notes = {}): Schema<boolean> => ({ type: 'boolean', ...options });

export const constant = <const T extends string | number | boolean>(value: T, options: Notes = {}): Schema<T> => ({
  const: value,
  ...options,
});

/** A list; `uniqueBy` names a key no two items may share (an `id`, a `year`). */
export function array<T>(
  items: Schema<T>,
  options: Notes & Pick<JsonSchema, 'minItems'> & { uniqueBy?: keyof T & string } = {},
): Schema<T[]> {
  const { uniqueBy, ...rest } = options;
  const schema: Schema<T[]> = { type: 'array', ...rest, items };
  return uniqueBy ? Object.assign(schema, { [uniqueMark]: uniqueBy }) : schema;
}

export const anyOf = <S extends Schema<unknown>[]>(...branches: S): Schema<Infer<S[number]>> => ({ anyOf: branches });

export const optional = <T>(schema: Schema<T>): Optional<T> => ({ ...schema, [optionalMark]: true }) as Optional<T>;

export function object<P extends Shape>(properties: P, options: Notes & Pick<JsonSchema, 'minProperties'> = {}): Schema<ObjectOf<P>> {
  const required = Object.keys(properties).filter((key) => !(optionalMark in properties[key]));
  return { type: 'object', ...options, properties, required };
}

/** One way a value fails its schema: where, which rule, and the rule's limit or expectation. */
export interface Problem {
  path: Path;
  rule:
    | 'type'
    | 'required'
    | 'minimum'
    | 'maximum'
    | 'minLength'
    | 'minItems'
    | 'minProperties'
    | 'pattern'
    | 'const'
    | 'duplicate'
    | 'character'
    | 'json';
  /** The limit, expected type or constant the rule names (e.g. `0` for `minimum`). */
  expected?: string | number | boolean;
  /** The value found, when it is short enough to show. */
  actual?: unknown;
  /** `format` of the schema node, so a message can say "a date" rather than a regular expression. */
  format?: string;
  /** For `character`: its place in the string, counted in characters from 1, and what it is (its code is `actual`). */
  at?: number;
  kind?: CharacterKind;
}

/** A JSON path as a list of keys and indexes. */
export type Path = readonly (string | number)[];

/** `['years', 0, 'petitions']` → `years[0].petitions` */
export function formatPath(path: Path): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${key}` : key), '') || '(root)';
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') {
    // NaN and Infinity cannot come from JSON, but can from a `data` property set by a script.
    if (!Number.isFinite(value)) return String(value);
    return Number.isInteger(value) ? 'integer' : 'number';
  }
  return typeof value;
}

/** What a value of the wrong type is, as a problem says it: its type, or a fraction as itself (2.5), which a person can look for. */
function actualOf(value: unknown): string {
  return typeOf(value) === 'number' ? String(value) : typeOf(value);
}

function hasType(value: unknown, type: NonNullable<JsonSchema['type']>): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

/** Every way `value` fails `schema`, in document order; an empty list means it conforms. */
export function check(schema: JsonSchema, value: unknown, path: Path = []): Problem[] {
  if (schema.anyOf) return checkAnyOf(schema.anyOf, value, path);
  if (schema.const !== undefined && value !== schema.const) {
    return [{ path, rule: 'const', expected: schema.const, actual: value }];
  }
  if (!schema.type) return [];
  if (!hasType(value, schema.type)) return [{ path, rule: 'type', expected: schema.type, actual: actualOf(value) }];

  switch (schema.type) {
    case 'object':
      return checkObject(schema, value as Record<string, unknown>, path);
    case 'array':
      return checkArray(schema, value as unknown[], path);
    case 'string':
      return checkString(schema, value as string, path);
    case 'integer':
    case 'number':
      return checkNumber(schema, value as number, path);
    default:
      return [];
  }
}

function checkAnyOf(branches: JsonSchema[], value: unknown, path: Path): Problem[] {
  const results = branches.map((branch) => check(branch, value, path));
  if (results.some((problems) => problems.length === 0)) return [];
  // Report against the branch of the value's own type, so `{ "zh-CN": 3 }` says what is wrong inside.
  const sameType = branches.findIndex((branch) => branch.type && hasType(value, branch.type));
  if (sameType >= 0) return results[sameType];
  const expected = branches.map((branch) => branch.type).join(' | ');
  return [{ path, rule: 'type', expected, actual: actualOf(value) }];
}

function checkObject(schema: JsonSchema, value: Record<string, unknown>, path: Path): Problem[] {
  const problems: Problem[] = [];
  if (schema.minProperties !== undefined && Object.keys(value).length < schema.minProperties) {
    problems.push({ path, rule: 'minProperties', expected: schema.minProperties, actual: Object.keys(value).length });
  }
  for (const key of schema.required ?? []) {
    if (!(key in value)) problems.push({ path: [...path, key], rule: 'required' });
  }
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    if (key in value) problems.push(...check(property, value[key], [...path, key]));
  }
  return problems;
}

function checkArray(schema: JsonSchema, value: unknown[], path: Path): Problem[] {
  const problems: Problem[] = [];
  if (schema.minItems !== undefined && value.length < schema.minItems) {
    problems.push({ path, rule: 'minItems', expected: schema.minItems, actual: value.length });
  }
  const { items } = schema;
  if (items)
    value.forEach((item, index) => {
      problems.push(...check(items, item, [...path, index]));
    });
  const key = (schema as { [uniqueMark]?: string })[uniqueMark];
  if (key) problems.push(...duplicates(value, key, path));
  return problems;
}

/** Items whose `key` repeats an earlier item's, each named at its own path. */
function duplicates(items: unknown[], key: string, path: Path): Problem[] {
  const seen = new Set<unknown>();
  return items.flatMap((item, index) => {
    if (!item || typeof item !== 'object' || !(key in item)) return [];
    const value = (item as Record<string, unknown>)[key];
    if (!seen.has(value)) {
      seen.add(value);
      return [];
    }
    return [{ path: [...path, index, key], rule: 'duplicate' as const, actual: value }];
  });
}

function checkString(schema: JsonSchema, value: string, path: Path): Problem[] {
  if (schema.minLength !== undefined && value.length < schema.minLength) {
    return [{ path, rule: 'minLength', expected: schema.minLength }];
  }
  const forbidden = forbiddenCharacter(value, { lineBreaks: (schema as { [lineBreaksMark]?: boolean })[lineBreaksMark] });
  if (forbidden) return [{ path, rule: 'character', actual: forbidden.code, at: forbidden.at, kind: forbidden.kind }];
  const shaped = schema.pattern === undefined || new RegExp(schema.pattern, 'u').test(value);
  // A date must also be one the calendar has: 2025-02-30 is written like a date and is none.
  if (!shaped || (schema.format === 'date' && !isCalendarDate(value))) {
    return [{ path, rule: 'pattern', expected: schema.pattern, actual: value.slice(0, 60), format: schema.format }];
  }
  return [];
}

/** Whether `YYYY-MM-DD` names a day of the calendar. */
function isCalendarDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(Date.UTC(2000, month - 1, day));
  return (
    Number.isInteger(year) && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && !(month === 2 && day === 29 && !leap(year))
  );
}

const leap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

function checkNumber(schema: JsonSchema, value: number, path: Path): Problem[] {
  if (schema.minimum !== undefined && value < schema.minimum) {
    return [{ path, rule: 'minimum', expected: schema.minimum, actual: value }];
  }
  if (schema.maximum !== undefined && value > schema.maximum) {
    return [{ path, rule: 'maximum', expected: schema.maximum, actual: value }];
  }
  return [];
}
