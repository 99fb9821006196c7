import { norwegianSchoolYear, type AbsenceEvent, type IsoDate, type StudentHistory } from '../../../lib/model';

export const calendar = norwegianSchoolYear(2026);
export const asOf: IsoDate = '2026-11-23'; // Monday, week 48

export function history(events: AbsenceEvent[], extra: Partial<StudentHistory> = {}): StudentHistory {
  return {
    student: { key: 'test:1', name: 'Elev Eksempel', ageBand: 'ungdomstrinn' },
    events,
    coverage: 'events',
    calendar,
    ...extra,
  };
}

export function day(date: IsoDate): AbsenceEvent {
  return { date, kind: 'day', documented: null, notified: null };
}

export function lesson(date: IsoDate, lessons?: number[], subject?: string): AbsenceEvent {
  return {
    date,
    kind: 'lesson',
    documented: null,
    notified: null,
    ...(lessons ? { lessons } : {}),
    ...(subject ? { subject } : {}),
  };
}

export function late(date: IsoDate): AbsenceEvent {
  return { date, kind: 'late', documented: null, notified: null };
}

export function leftEarly(date: IsoDate): AbsenceEvent {
  return { date, kind: 'leftEarly', documented: null, notified: null };
}
