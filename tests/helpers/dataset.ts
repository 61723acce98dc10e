import beiyang from '../../data/beiyang.json';
import beiao from '../../demo/data/sample-district/beiao.json';
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

/**
 * An invented collection of `count` units (marked sample), each with the figures of the sample
 * district's 北岙镇: all share the first place. 120 units are a ranking of three bands.
 */
export function unitsLikeBeiao(count: number) {
  return {
    schemaVersion: 1,
    name: '示例区（虚构）',
    sample: true,
    units: Array.from({ length: count }, (_, i) => {
      const id = `unit-${i + 1}`;
      return { id, name: `示例单位${i + 1}`, kind: 'town', parent: '示例区', dataset: { ...beiao, unit: { ...beiao.unit, id } } };
    }),
  };
}
