/**
 * The data half of every report section, in the dashboard's order: the dataset's schema, its
 * validation and the derivation of a year loop over this list, and load no view, element or chart
 * library. `registry.ts` lists the same sections whole, in the same order (a test checks).
 */
import { legalityData } from './legality/data.js';
import { mediationData } from './mediation/data.js';
import { petitionsData } from './petitions/data.js';
import { platformsData } from './platforms/data.js';
import { reviewsData } from './reviews/data.js';
import { trainingData } from './training/data.js';

export const sectionData = [petitionsData, mediationData, trainingData, platformsData, reviewsData, legalityData] as const;

export type SectionDataList = typeof sectionData;
