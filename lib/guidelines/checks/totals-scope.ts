import type { AbsenceTotals } from '../../model/absence';
import type { CheckContext } from '../check-context';
import { type CheckResult, undecidable } from './check-result';

/**
 * How far a summary table's totals answer a question about the current halvår:
 * - term: they are this halvår's (or the school year's, and this is its first halvår)
 * - wider: they cover the whole school year, spring included: below a threshold means below it
 *   this halvår too, but above it does not say when
 * - unstated: the page does not say; they are read as this halvår's, and the assessment says so
 */
export type TotalsScope = 'term' | 'wider' | 'unstated';

export function totalsScope(totals: AbsenceTotals, ctx: CheckContext): TotalsScope {
  if (totals.period === 'term') return 'term';
  if (totals.period === 'schoolYear') return ctx.term?.first ? 'term' : 'wider';
  return 'unstated';
}

export const UNSTATED_PERIOD = 'Totalsummene sier ikke hvilken periode de gjelder; de er vurdert som dette halvårets';

/** Applies the scope to a result reached from totals. */
export function scopedResult(result: CheckResult, scope: TotalsScope, quote: string): CheckResult {
  if (scope === 'unstated') return { ...result, unknown: [...result.unknown, UNSTATED_PERIOD] };
  if (scope === 'wider' && result.fired) {
    return undecidable(`Totalsummene gjelder hele skoleåret: kan ikke avgjøre om «${quote}» gjelder dette halvåret`, ...result.unknown);
  }
  return result;
}

export const NO_TERM = 'Skolekalenderen har ikke noe halvår som dekker datoen: kan ikke vurdere fraværet dette halvåret';
