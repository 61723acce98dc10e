/**
 * Every report section, in the order the dashboard shows them. The dataset schema, the
 * derivation of a year, the dashboard and the validate command loop over this list; a new
 * section is a folder beside these and one line here.
 */
import { type Lang, numberFormat } from '../i18n/format.js';
import { mediation } from './mediation/section.js';
import { petitions } from './petitions/section.js';
import { platforms } from './platforms/section.js';
import { reviews } from './reviews/section.js';
import type { AnySection, DataWarning } from './section.js';
import { training } from './training/section.js';

export const sections = [petitions, mediation, training, platforms, reviews] as const;

export type Sections = typeof sections;

/** A data-quality warning in `lang`, in the words of the section it concerns. */
export function warningText(warning: DataWarning, lang: Lang): string {
  const section = (sections as readonly AnySection[]).find((candidate) => candidate.key === warning.section);
  return section?.messages[lang].warnings?.[warning.code]?.(warning.values, numberFormat(lang)) ?? warning.code;
}
