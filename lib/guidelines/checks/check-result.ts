import type { IsoDate } from '../../model/date';

/**
 * What one trigger check found. `undecided` says, in Norwegian, why the rule could not be decided
 * from what the page shows (it may have fired or not); `unknown` lists caveats that did not stop a
 * decision (e.g. totals read as this halvår's because the page does not say).
 */
export type CheckResult =
  | { fired: false; undecided?: string; unknown: string[] }
  | { fired: true; detail: string; values: Record<string, number>; since?: IsoDate; occurrences?: IsoDate[]; unknown: string[] };

/** Checked, and the rule did not fire. The strings are caveats, not doubts about the answer. */
export function notFired(...unknown: string[]): CheckResult {
  return { fired: false, unknown };
}

/** The page does not show enough to say whether the rule fired. */
export function undecidable(reason: string, ...unknown: string[]): CheckResult {
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
