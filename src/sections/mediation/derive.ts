import type { Figure, Rate } from '../../data/parts.js';
import type { Path } from '../../data/schema-kit.js';
import type { DataWarning } from '../section-data.js';
import type { Mediation } from './schema.js';

export interface MediationFigures {
  accepted: Figure;
  resolved: Figure;
  /** resolved ÷ accepted; `null` when nothing was accepted. */
  computedRate: number | null;
  /** The rate in the report's own words, when it gives one. */
  statedRate?: Rate;
}

/** The rate the counts give, and warnings when they disagree with themselves or with the stated rate. */
export function deriveMediation(
  { accepted, resolved, statedRate }: Mediation,
  at: Path,
): { figures: MediationFigures; warnings: Omit<DataWarning, 'section'>[] } {
  const computedRate = accepted.value > 0 ? resolved.value / accepted.value : null;
  const warnings: Omit<DataWarning, 'section'>[] = [];
  if (resolved.value > accepted.value) {
    warnings.push({
      code: 'resolved-above-accepted',
      path: [...at, 'resolved', 'value'],
      values: { resolved: resolved.value, accepted: accepted.value },
    });
  }
  // A stated rate is normally the computed one rounded; more than half a point apart is worth saying.
  if (statedRate && computedRate !== null && Math.abs(statedRate.value - computedRate) >= 0.005) {
    warnings.push({
      code: 'stated-rate',
      path: [...at, 'statedRate', 'value'],
      values: { stated: statedRate.value, computed: computedRate },
    });
  }
  return { figures: { accepted, resolved, computedRate, statedRate }, warnings };
}
