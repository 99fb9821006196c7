import type { WeekPoint } from './types';

/**
 * Item 4 of Rælingen's "Kartlegging av elevens fraværsmønster": "Hvordan oppstod fraværet?
 * Plutselig, gradvis?" — read from the term's school weeks, each as the share of its school days
 * missed (day-equivalents / school days), so half weeks compare fairly with whole ones.
 *
 * Too little to say (null): fewer than four school weeks, or under two day-equivalents in all.
 *
 * Plutselig: some week k, with at least two school weeks before it, where
 * - the weeks before k together are low (at most a tenth of their school days missed),
 * - week k itself is high (at least two days in five missed) — a long streak starting shows as
 *   such a week, and
 * - most of the term's absence (at least 70 %) falls in week k and after.
 *
 * Gradvis (when not plutselig): the term's school weeks split into three consecutive parts whose
 * rates never fall from one part to the next and end at least half a day a week (0.1) above where
 * they began, with no single week holding half of all the absence (that would be a spike, not
 * growth).
 *
 * Anything else (steady, falling, scattered) is neither, and the form is left for the teacher.
 */
export const ONSET_MIN_WEEKS = 4;
export const ONSET_MIN_TOTAL = 2;
export const SUDDEN_MIN_WEEKS_BEFORE = 2;
export const SUDDEN_MAX_RATE_BEFORE = 0.1;
export const SUDDEN_MIN_RATE_AT_JUMP = 0.4;
export const SUDDEN_MIN_SHARE_AFTER = 0.7;
export const GRADUAL_MIN_RISE = 0.1;
export const GRADUAL_MAX_WEEK_SHARE = 0.5;

export function onset(series: readonly WeekPoint[]): 'plutselig' | 'gradvis' | null {
  const weeks = series.filter((w) => w.schoolDays > 0);
  const total = sum(weeks.map((w) => w.dayEquivalents));
  if (weeks.length < ONSET_MIN_WEEKS || total < ONSET_MIN_TOTAL) return null;
  if (isSudden(weeks, total)) return 'plutselig';
  if (isGradual(weeks, total)) return 'gradvis';
  return null;
}

function isSudden(weeks: readonly WeekPoint[], total: number): boolean {
  for (let k = SUDDEN_MIN_WEEKS_BEFORE; k < weeks.length; k++) {
    const jump = weeks[k] as WeekPoint;
    const before = rate(weeks.slice(0, k));
    const after = sum(weeks.slice(k).map((w) => w.dayEquivalents));
    if (
      before <= SUDDEN_MAX_RATE_BEFORE &&
      jump.dayEquivalents / jump.schoolDays >= SUDDEN_MIN_RATE_AT_JUMP &&
      after >= SUDDEN_MIN_SHARE_AFTER * total
    ) {
      return true;
    }
  }
  return false;
}

function isGradual(weeks: readonly WeekPoint[], total: number): boolean {
  if (weeks.some((w) => w.dayEquivalents > GRADUAL_MAX_WEEK_SHARE * total)) return false;
  const third = weeks.length / 3;
  const parts = [0, 1, 2].map((i) => rate(weeks.slice(Math.round(i * third), Math.round((i + 1) * third))));
  const [first, second, last] = parts as [number, number, number];
  return first <= second && second <= last && last - first >= GRADUAL_MIN_RISE;
}

function rate(weeks: readonly WeekPoint[]): number {
  const schoolDays = sum(weeks.map((w) => w.schoolDays));
  return schoolDays === 0 ? 0 : sum(weeks.map((w) => w.dayEquivalents)) / schoolDays;
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
