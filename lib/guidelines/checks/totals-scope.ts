import type { AbsenceTotals } from '../../model/absence';
import type { CheckContext } from '../check-context';
import type { AssessmentNote } from '../../model/trigger-detail';
import { type CheckResult, undecidable } from './check-result';

/**
 * How far a summary table's totals answer a question about the current halvår:
 * - term: they are this halvår's (or the school year's, and this is its first halvår)
 * - wider: they cover the whole school year, spring included: below a threshold means below it
 *   this halvår too, but above it does not say when
 * - part: they cover only the period the page states (CheckContext.period), which leaves out some
 *   of the halvår so far: above a threshold means above it this halvår too, but below it does not
 *   say what the days left out held
 * - unstated: the page does not say; they are read as this halvår's, and the assessment says so
 */
export type TotalsScope = 'term' | 'wider' | 'part' | 'unstated';

export function totalsScope(totals: AbsenceTotals, ctx: CheckContext): TotalsScope {
  if (totals.period === 'term') return 'term';
  if (totals.period === 'schoolYear') return ctx.term?.first ? 'term' : 'wider';
  return ctx.period ? 'part' : 'unstated';
}

/** The page does not say which period its figures cover; they are read as this halvår's. */
export const UNSTATED_PERIOD_NOTE: AssessmentNote = { code: 'period-unstated' };

/** Applies the scope to a result reached from totals (`ctx` names the stated period of a part). */
export function scopedResult(result: CheckResult, scope: TotalsScope, quote: string, ctx?: CheckContext): CheckResult {
  if (scope === 'unstated') return { ...result, unknown: [...result.unknown, UNSTATED_PERIOD_NOTE] };
  if (scope === 'part' && ctx?.period && !result.fired && result.undecided === undefined) {
    return undecidable({ code: 'page-shows-only', quote, from: ctx.period.from, to: ctx.period.to }, ...result.unknown);
  }
  if (scope === 'wider' && result.fired) {
    return undecidable({ code: 'totals-whole-year', quote }, ...result.unknown);
  }
  return result;
}

/** The school calendar has no halvår covering the date. */
export const NO_TERM: AssessmentNote = { code: 'no-term' };
