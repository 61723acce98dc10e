import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import beiyang from '../../data/beiyang.json';
import { barChart } from '../../src/charts/bar-chart.js';
import { platformsDiagram } from '../../src/charts/platforms-diagram.js';
import { mediationSections, petitionSections, platformPoints, trainingSections } from '../../src/charts/points.js';
import { deriveYear } from '../../src/data/derive.js';
import { DatasetError, parseDataset } from '../../src/data/validate.js';
import { messages } from '../../src/i18n/messages.js';
import { mutate, random } from '../helpers/fuzz.js';

const document = new Window().document as unknown as Document;
const options = { width: 480, fontSize: 16, ariaLabel: 'chart', document };

describe('fuzzing the pipeline in Node', () => {
  it('1000 seeded mutants: each is refused with located problems, or derives and draws', () => {
    const next = random(393);
    let drawn = 0;
    let refused = 0;
    for (let i = 0; i < 1000; i++) {
      const mutant = mutate(beiyang, next);
      let dataset;
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
          if (figures.petitions) barChart(petitionSections(figures.petitions, lang), options);
          if (figures.mediation) barChart(mediationSections(figures.mediation, lang), options);
          if (figures.training) barChart(trainingSections(figures.training, lang), options);
          if (figures.platforms) platformsDiagram(platformPoints(figures.platforms, lang), { ...options, hub: 'hub' });
          for (const warning of figures.warnings) expect(messages[lang].warning(warning, String)).toMatch(/\S/);
        }
      }
      drawn++;
    }
    expect(drawn).toBeGreaterThan(50);
    expect(refused).toBeGreaterThan(300);
  });
});
