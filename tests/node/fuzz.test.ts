import { describe, expect, it } from 'vitest';
import beiyang from '../../data/beiyang.json';
import { deriveYear } from '../../src/data/derive.js';
import type { Dataset } from '../../src/data/schema.js';
import { DatasetError, parseDataset } from '../../src/data/validate.js';
import { messages } from '../../src/i18n/messages.js';
import { sections, warningText } from '../../src/sections/registry.js';
import type { AnySection } from '../../src/sections/section.js';
import { drawnSvg } from '../helpers/draw.js';
import { mutate, random } from '../helpers/fuzz.js';
import { viewOf } from '../helpers/sections.js';

const options = { width: 480, fontSize: 16, ariaLabel: 'chart' };

describe('fuzzing the pipeline in Node', () => {
  it('1000 seeded mutants: each is refused with located problems, or derives and draws', () => {
    const next = random(393);
    let drawn = 0;
    let refused = 0;
    for (let i = 0; i < 1000; i++) {
      const mutant = mutate(beiyang, next);
      let dataset: Dataset;
      try {
        dataset = parseDataset(mutant);
      } catch (error) {
        expect(error, `mutant ${i}`).toBeInstanceOf(DatasetError);
        const problems = (error as DatasetError).problems;
        expect(problems.length, `mutant ${i}`).toBeGreaterThan(0);
        for (const problem of problems) expect(messages['zh-CN'].problem(problem)).toMatch(/\S/);
        refused++;
        continue;
      }
      for (const entry of dataset.years) {
        const figures = deriveYear(dataset, entry.year);
        for (const lang of ['zh-CN', 'en'] as const) {
          for (const section of sections as readonly AnySection[]) {
            if (!(section.key in figures)) continue;
            const view = viewOf(section, lang, figures);
            expect(view.summary).toMatch(/\S/);
            expect(drawnSvg(view.chart, options).querySelectorAll('.fz-point')).toHaveLength(view.points.length);
          }
          for (const warning of figures.warnings) expect(warningText(warning, lang)).not.toBe(warning.code);
        }
      }
      drawn++;
    }
    expect(drawn).toBeGreaterThan(50);
    expect(refused).toBeGreaterThan(300);
  });
});
