/**
 * Every report section whole, in the order the dashboard shows them: the dashboard, the slides and
 * the deck, the extractor, the editor, the embed and the docs loop over this list. A new section is
 * a folder beside these, one line here and its data half's line in `data-registry.ts`.
 */
import type { Lang } from '../i18n/format.js';
import { FzLegality } from './legality/element.js';
import { FzMediation } from './mediation/element.js';
import { FzPetitions } from './petitions/element.js';
import { FzPlatforms } from './platforms/element.js';
import { FzReviews } from './reviews/element.js';
import { type AnySection, warningWords } from './section.js';
import type { DataWarning } from './section-data.js';
import { FzTraining } from './training/element.js';

/** Each section's element, in the dashboard's order: importing the registry defines them. */
export const sectionElements = [FzPetitions, FzMediation, FzTraining, FzPlatforms, FzReviews, FzLegality] as const;

/** Each section, whole, in the dashboard's order. */
export const sections: readonly AnySection[] = sectionElements.map((element) => element.section);

/** A data-quality warning in `lang`, in the words of the section it concerns. */
export function warningText(warning: DataWarning, lang: Lang): string {
  const section = sections.find((candidate) => candidate.key === warning.section);
  return section ? warningWords(section, warning, lang) : warning.code;
}
