/**
 * A collection's ranking for one year, loaded at once rather than shown as it arrives: what a
 * dashboard's deck writes on its ranking slide. The same loading as the element's (the index, or
 * each unit's dataset) and the same model.
 */
import { type CompareModel, compareModel } from '../../comparing/compare-model.js';
import type { Collection } from '../../data/collection.js';
import type { Lang } from '../../i18n/format.js';
import { CompareLoader } from './compare-data.js';

export interface RankingAsk {
  collection: Collection;
  /** The collection's address: its units' datasets and its index are found against it. */
  base: string;
  unit?: string;
  figure?: string;
  year?: number;
  perCapita?: boolean;
  lang: Lang;
  timeoutMs: number;
}

export async function rankingOf({
  collection,
  base,
  unit,
  figure,
  year,
  perCapita = false,
  lang,
  timeoutMs,
}: RankingAsk): Promise<CompareModel> {
  let arrived = () => {};
  const loader = new CompareLoader(() => arrived());
  try {
    for (;;) {
      const next = new Promise<void>((resolve) => {
        arrived = resolve;
      });
      const data = loader.dataOf({ collection, base, figure, lang, timeoutMs });
      if (data.status === 'failed') throw data.error;
      if (data.status === 'ready' && (!data.figure || ![...data.units.values()].some((state) => state.status === 'loading'))) {
        if (!data.figure) throw new Error(`No figure ${figure ?? ''} in the collection at ${base}`);
        return compareModel({ collection, lang, figure: data.figure, years: data.years, units: data.units, year, perCapita, host: unit });
      }
      await next;
    }
  } finally {
    loader.hostDisconnected();
  }
}
