import type { IsoDate } from './date';

/**
 * What the guideline engine says about a student, as codes with their numbers and dates; the UI
 * words them in the teacher's language (components/overlay/assessment-words.ts). Quotes are the
 * guideline's own words («…») and stay as the source prints them.
 */

/** The period a rule's figures are about: the halvår so far, or the shorter window the page shows. */
export type FigurePeriod = { from: IsoDate; to: IsoDate } | null;

/** An amount against a rule's limit; `value` null when the page does not show it. */
export interface AmountAgainstLimit {
  value: number | null;
  limit: number;
}

/** The numbers behind a rule that fired ("9 dager og 12 enkelttimer dette halvåret (grense: 8 dager / 10 timer)"). */
export type TriggerDetail =
  | {
      code: 'absence-total';
      filter: 'any' | 'documented' | 'undocumented';
      days?: AmountAgainstLimit;
      lessons?: AmountAgainstLimit;
      period: FigurePeriod;
    }
  | { code: 'undocumented'; unit: 'day' | 'lesson'; amount: number; period: FigurePeriod }
  | { code: 'unnotified'; days: number; first: IsoDate }
  | { code: 'lateness'; count: number; firstLessonOnly: boolean; period: FigurePeriod }
  | { code: 'left-early'; count: number; period: FigurePeriod }
  | { code: 'frequency'; count: number; withinDays: number; first: IsoDate; last: IsoDate; atLeast: number }
  | { code: 'first-school-day'; date: IsoDate }
  | { code: 'subject-limit'; subjects: Array<{ subject: string; percent: number; warnAt: number; limit: number }> }
  | {
      code: 'school-time-share';
      absentDays: number;
      schoolDays: number;
      percent: number;
      calendarDays: number;
      percentOver: number;
      /** Set when worked out from a summary's totals: the least the window can hold, and the totals' period. */
      fromTotals?: { from: IsoDate; to: IsoDate };
    }
  | {
      code: 'long-window';
      absentDays: number;
      schoolDays: number;
      percent: number;
      weeks: number;
      daysOver?: number;
      percentOver?: number;
      combine: 'and' | 'or';
      fromTotals?: { from: IsoDate; to: IsoDate };
    };

/**
 * Why a rule could not be decided, or what the engine had to assume: each names the rule by its
 * quote where the sentence needs it.
 */
export type AssessmentNote =
  | { code: 'no-term' }
  | { code: 'period-unstated' }
  | { code: 'totals-whole-year'; quote: string }
  | { code: 'documented-unknown'; quote: string }
  | { code: 'notified-unknown' }
  | { code: 'no-totals'; quote: string }
  | { code: 'totals-incomplete'; quote: string }
  | { code: 'totals-no-undocumented'; quote: string }
  | { code: 'totals-no-lateness'; quote: string }
  | { code: 'totals-no-left-early'; quote: string }
  | { code: 'totals-no-amounts'; quote: string }
  | { code: 'totals-window-unknown'; quote: string; totalDays: number; from: IsoDate; to: IsoDate; calendarDays: number }
  | { code: 'no-dates'; quote: string }
  | { code: 'no-dates-frequency'; atLeast: number; withinDays: number }
  | { code: 'no-dates-unnotified' }
  | { code: 'planned-lessons-missing'; subjects: string[] }
  | { code: 'whole-days-not-per-subject' }
  | { code: 'absence-not-per-subject' }
  | { code: 'page-shows-only'; quote: string; from: IsoDate; to: IsoDate }
  | { code: 'case-other-profile'; profileId: string };

/** One note's identity, to drop a repeated note and to tell a caveat from an undecided rule's reason. */
export function noteKey(note: AssessmentNote): string {
  return JSON.stringify(note);
}

/** A step's deadline rule: the source's own words where it has them, otherwise ours, as a code. */
export type DeadlineRuleWords =
  | { quote: string }
  | { code: 'same-day' | 'no-deadline' }
  | { code: 'school-day' | 'within-days' | 'within-weeks'; n: number };

/** What a deadline counts from, where the rule alone does not make that plain. */
export type DeadlineFrom =
  | { code: 'trigger' | 'agreement-signed' | 'previous-step'; date: IsoDate }
  | { code: 'agreement-not-signed' }
  | { code: 'start-unknown' };
