import type { AbsenceEvent } from '../model/absence';
import { currentTerm, schoolDaysBetween } from '../model/calendar';
import { addDaysIso, type IsoDate } from '../model/date';
import type { StudentHistory } from '../model/history';

/**
 * A dated page that shows only a window (a week's register, a filtered event list) cannot see the
 * rest of the term or of the last fifteen weeks. A rule it did not see fire may still have fired
 * outside the window: if it would fire with every unseen school day counted as absent in every way
 * (whole day, enkelttimer, late, left early, undocumented and unnotified), the page cannot decide
 * it; if even that cannot make it fire, it did not. Every rule is monotone in the absence, so this
 * worst case is exact for "could it have fired?".
 */

/** The longest window any rule looks back over: fifteen weeks. */
const LOOKBACK_DAYS = 15 * 7;

export interface UnseenDays {
  days: IsoDate[];
  /** The window the page showed, cut at asOf. */
  shown: { from: IsoDate; to: IsoDate };
}

export function unseenSchoolDays(history: StudentHistory, asOf: IsoDate): UnseenDays | undefined {
  if (history.coverage !== 'events') return undefined;
  const shown = history.shownPeriod;
  if (!shown || (shown.basis !== 'window' && shown.basis !== 'stated') || !shown.from || !shown.to) return undefined;
  const term = currentTerm(history.calendar, asOf);
  const lookback = addDaysIso(asOf, -(LOOKBACK_DAYS - 1));
  const start = term && term.start < lookback ? term.start : lookback;
  const days = schoolDaysBetween(history.calendar, start, asOf).filter((d) => d < shown.from! || d > shown.to!);
  if (days.length === 0) return undefined;
  return { days, shown: { from: shown.from, to: shown.to < asOf ? shown.to : asOf } };
}

/** The history with every unseen school day absent in every way a rule can count. */
export function worstCaseHistory(history: StudentHistory, unseen: readonly IsoDate[]): StudentHistory {
  const all = Array.from({ length: history.calendar.lessonsPerDay }, (_, i) => i + 1);
  const bad = { documented: false, notified: false } as const;
  const extra: AbsenceEvent[] = unseen.flatMap((date) => [
    { date, kind: 'day', ...bad },
    { date, kind: 'lesson', lessons: all, ...bad },
    { date, kind: 'late', lessons: [1], ...bad },
    { date, kind: 'leftEarly', ...bad },
  ]);
  return { ...history, events: [...history.events, ...extra] };
}
