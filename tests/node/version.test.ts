import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedKey } from '../../src/data/page-wide.js';
import { VERSION } from '../../src/data/version.js';
import { datasetContext, yearContext } from '../../src/runtime/context.js';

describe('what copies of our code on a page share', () => {
  it('is keyed by this version, which is package.json’s', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(VERSION).toBe(pkg.version);
    expect(datasetContext).toBe(Symbol.for(`fazhi-dashboard@${pkg.version}:dataset`));
    expect(yearContext).toBe(sharedKey('year'));
    // Another version's copy has keys of its own: its state may have another shape.
    expect(Symbol.for('fazhi-dashboard@0.0.9:dataset')).not.toBe(datasetContext);
  });
});
