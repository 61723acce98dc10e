import { describe, it } from 'vitest';
import sample from '../../demo/data/sample-multi-year.json';
import { deriveYear } from '../../src/data/derive.js';
import type { Dataset } from '../../src/data/schema.js';
import { mediation } from '../../src/sections/mediation/section.js';
import { petitions } from '../../src/sections/petitions/section.js';
import { platforms } from '../../src/sections/platforms/section.js';
import { training } from '../../src/sections/training/section.js';
import { drawnSvg } from '../helpers/draw.js';
import { viewOf } from '../helpers/sections.js';
import { expectSnapshot } from '../helpers/snapshot.js';

// Snapshots of every chart as drawn: a change to how a chart looks shows here as a diff to read.
const options = { width: 640, fontSize: 16, ariaLabel: 'chart' };
const year = (y: number) => deriveYear(sample as Dataset, y);

describe('charts as drawn (tests/snapshots)', () => {
  it('petitions(2024) at 640 px', () => expectSnapshot(drawnSvg(viewOf(petitions).chart, options), 'petitions'));
  it('petitions(2024) in English at 320 px', () =>
    expectSnapshot(drawnSvg(viewOf(petitions, 'en').chart, { ...options, width: 320 }), 'petitions-en-320'));
  it('petitions(2023) compared with 2022', () =>
    expectSnapshot(drawnSvg(viewOf(petitions, 'zh-CN', year(2023), year(2022)).chart, options), 'petitions-compared'));
  it('mediation(2024)', () => expectSnapshot(drawnSvg(viewOf(mediation).chart, options), 'mediation'));
  it('training(2024) in large text', () =>
    expectSnapshot(drawnSvg(viewOf(training).chart, { ...options, fontSize: 24 }), 'training-large'));
  it('platforms(2024) side by side', () =>
    expectSnapshot(drawnSvg(viewOf(platforms).chart, { ...options, width: 1200 }), 'platforms-wide'));
  it('platforms(2024) as a list', () => expectSnapshot(drawnSvg(viewOf(platforms).chart, { ...options, width: 320 }), 'platforms-narrow'));
});
