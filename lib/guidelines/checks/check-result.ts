import type { IsoDate } from '../../model/date';

/** What one trigger check found. `unknown` says, in Norwegian, what the data could not show. */
export type CheckResult =
  | { fired: false; unknown: string[] }
  | { fired: true; detail: string; values: Record<string, number>; since?: IsoDate; unknown: string[] };

export function notFired(...unknown: string[]): CheckResult {
  return { fired: false, unknown };
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
