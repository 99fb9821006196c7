import { lastSchoolDays, norwegianSchoolYear, type IsoDate, type ReadingRow } from '../../../lib/model';
import type { StudentHandoff } from '../../../lib/store/student-handoff.browser';

/** The day the portal page was evaluated for (a Monday), and its school year. */
export const AS_OF: IsoDate = '2026-11-23';
export const CALENDAR = norwegianSchoolYear(2026);
export const NOW = '2026-11-23T09:00:00.000Z';
export const LATER = '2026-11-24T10:30:00.000Z';

/** Ten documented, notified whole days this halvår: "fravær over 8 dager" in Rælingen's guideline. */
export function row(days = 10): ReadingRow {
  return {
    student: { key: 'visma-flyt-skole:4711', name: 'Åse Marie Ødegård', className: '9B', grade: 9, ageBand: 'ungdomstrinn' },
    events: lastSchoolDays(CALENDAR, AS_OF, days).map((date) => ({ date, kind: 'day' as const, documented: true, notified: true })),
    coverage: 'events',
  };
}

export function handoff(overrides: Partial<StudentHandoff> = {}): StudentHandoff {
  return {
    portal: 'visma-flyt-skole',
    profileId: 'raelingen-grunnskole',
    school: 'Rælingen ungdomsskole',
    intent: 'notes',
    asOf: AS_OF,
    row: row(),
    ...overrides,
  };
}
