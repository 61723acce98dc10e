/**
 * Every report section whole, in the order the dashboard shows them: the dashboard, the slides and
 * the deck, the extractor, the editor, the embed and the docs loop over this list. A new section is
 * a folder beside these, one line here and its data half's line in `data-registry.ts`.
 */
import type { Lang } from '../i18n/format.js';
import { mediation } from './mediation/section.js';
import { petitions } from './petitions/section.js';
import { platforms } from './platforms/section.js';
import { reviews } from './reviews/section.js';
import { type AnySection, warningWords } from './section.js';
import type { DataWarning } from './section-data.js';
import { training } from './training/section.js';

export const sections = [petitions, mediation, training, platforms, reviews] as const;

export type Sections = typeof sections;

/** A data-quality warning in `lang`, in the words of the section it concerns. */
export function warningText(warning: DataWarning, lang: Lang): string {
  const section = (sections as readonly AnySection[]).find((candidate) => candidate.key === warning.section);
  return section ? warningWords(section, warning, lang) : warning.code;
}
