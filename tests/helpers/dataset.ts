import beiyang from '../../data/beiyang.json';
import type { Dataset } from '../../src/data/schema.js';

/** A fresh deep copy of the real dataset, to change in one test without touching another. */
export function beiyangCopy(): Dataset & Record<string, unknown> {
  return structuredClone(beiyang) as Dataset & Record<string, unknown>;
}

/** The real dataset with `change` applied to a copy; `change` may leave it invalid on purpose. */
export function mutated(change: (dataset: any) => void): unknown {
  const copy = beiyangCopy();
  change(copy);
  return copy;
}
