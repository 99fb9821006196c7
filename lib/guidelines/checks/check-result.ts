import type { IsoDate } from '../../model/date';
import type { AssessmentNote, TriggerDetail } from '../../model/trigger-detail';

/**
 * What one trigger check found. `undecided` says why the rule could not be decided from what the
 * page shows (it may have fired or not); `unknown` lists caveats that did not stop a decision (e.g.
 * totals read as this halvår's because the page does not say). Both are codes the UI words.
 */
export type CheckResult =
  | { fired: false; undecided?: AssessmentNote; unknown: AssessmentNote[] }
  | { fired: true; detail: TriggerDetail; values: Record<string, number>; since?: IsoDate; occurrences?: IsoDate[]; unknown: AssessmentNote[] };

/** Checked, and the rule did not fire. The strings are caveats, not doubts about the answer. */
export function notFired(...unknown: AssessmentNote[]): CheckResult {
  return { fired: false, unknown };
}

/** The page does not show enough to say whether the rule fired. */
export function undecidable(reason: AssessmentNote, ...unknown: AssessmentNote[]): CheckResult {
  return { fired: false, undecided: reason, unknown: [reason, ...unknown] };
}

/** The outcome of comparing numbers with thresholds when some numbers may be missing. */
export type Verdict = 'fired' | 'notFired' | 'unknown';

export interface Comparison {
  value: number | undefined;
  passes: (value: number) => boolean;
}

/**
 * "og/eller" (or): fired when any known number passes; unknown when none passes but one is missing.
 * "og" (and): fired when all are known and pass; not fired as soon as a known one fails.
 */
export function judge(comparisons: readonly Comparison[], combine: 'or' | 'and'): Verdict {
  const known = comparisons.filter((c): c is Comparison & { value: number } => c.value !== undefined);
  const missing = known.length < comparisons.length;
  if (combine === 'or') {
    if (known.some((c) => c.passes(c.value))) return 'fired';
    return missing ? 'unknown' : 'notFired';
  }
  if (known.some((c) => !c.passes(c.value))) return 'notFired';
  return missing ? 'unknown' : 'fired';
}
