import beiyang from '../../data/beiyang.json';
import { deriveYear, type YearFigures } from '../../src/data/derive.js';
import type { Dataset } from '../../src/data/schema.js';
import type { Lang } from '../../src/i18n/format.js';
import { type Compared, type Section, type SectionMessages, type SectionView, voiceOf } from '../../src/sections/section.js';

/** The 2024 report's figures. */
export const beiyangFigures = deriveYear(beiyang as Dataset);

/** `section`'s view of `figures` in `lang`, beside `compared` when given. */
export function viewOf<K extends string, D, F, M extends SectionMessages, V extends SectionView>(
  section: Section<K, D, F, M, V>,
  lang: Lang = 'zh-CN',
  figures: YearFigures = beiyangFigures,
  compared?: YearFigures,
): V {
  const own = (figures as Record<string, unknown>)[section.key] as F;
  const comparedSection: Compared<F> | undefined = compared && {
    year: compared.year,
    figures: (compared as Record<string, unknown>)[section.key] as F | undefined,
  };
  return section.view(own, figures.year, comparedSection, voiceOf(section, lang, figures.labels?.[section.key]));
}
