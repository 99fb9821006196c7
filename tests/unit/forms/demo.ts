import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { norwegianSchoolYear, type AbsenceEvent, type Assessment, type StudentHistory } from '../../../lib/model';
import { analysePatterns } from '../../../lib/patterns';

/**
 * A made-up ninth-grader in Høst 2026 with absence concentrated on Mondays: nine whole days, nine
 * enkelttimer (a day the portal lists both as a day and as its six lessons counts once), two
 * late arrivals. Term start 18 Aug 2026 to 23 Nov 2026 is 65 school days (13 school weeks).
 */
export const AS_OF = '2026-11-23';

const day = (date: string, documented: boolean | null = false): AbsenceEvent => ({
  date,
  kind: 'day',
  documented,
  notified: false,
});
const lesson = (date: string, lessons: number[]): AbsenceEvent => ({
  date,
  kind: 'lesson',
  lessons,
  documented: false,
  notified: false,
});

export const DEMO_EVENTS: AbsenceEvent[] = [
  day('2026-09-07'),
  day('2026-09-14'),
  day('2026-10-12'),
  day('2026-10-19'),
  day('2026-11-02'),
  day('2026-11-09'),
  day('2026-11-16'),
  lesson('2026-11-16', [1, 2, 3, 4, 5, 6]),
  day('2026-11-20', true),
  day('2026-11-23'),
  lesson('2026-10-06', [1, 2]),
  lesson('2026-10-20', [1]),
  lesson('2026-11-03', [1, 2, 3]),
  lesson('2026-11-10', [1]),
  lesson('2026-11-17', [1, 2]),
  { date: '2026-10-27', kind: 'late', documented: null, notified: null },
  { date: '2026-11-11', kind: 'late', documented: null, notified: null },
];

export const DEMO_HISTORY: StudentHistory = {
  student: { key: 'demo:1', name: 'Sølvi Åsheim Ødegård', className: '9B', grade: 9, ageBand: 'ungdomstrinn' },
  events: DEMO_EVENTS,
  coverage: 'events',
  calendar: norwegianSchoolYear(2026),
};

export const DEMO_ASSESSMENT: Assessment = {
  profileId: 'raelingen-grunnskole',
  asOf: AS_OF,
  level: 'concern',
  fired: [],
  undecided: [],
  nextStep: null,
  doneSteps: [],
  overdue: [],
  unknown: [],
  forecast: [],
};

export const DEMO_SCHOOL = 'Fjellvang ungdomsskole';

export function demoPatterns(history: StudentHistory = DEMO_HISTORY) {
  return analysePatterns(history, AS_OF);
}

export function dejaVu(): { regular: Uint8Array; bold: Uint8Array } {
  const dir = resolve(__dirname, '../../../node_modules/dejavu-fonts-ttf/ttf');
  return {
    regular: new Uint8Array(readFileSync(resolve(dir, 'DejaVuSans.ttf'))),
    bold: new Uint8Array(readFileSync(resolve(dir, 'DejaVuSans-Bold.ttf'))),
  };
}

/** Whitespace folded to single spaces, so pdf-to-text line breaks do not matter. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** `value` stands after `label` and before `next` (the next field's label) in the read-back text. */
export function positionOf(text: string, label: string, value: string, next?: string): { label: number; value: number; next: number } {
  const at = text.indexOf(label);
  const valueAt = at < 0 ? -1 : text.indexOf(value, at + label.length);
  const nextAt = next === undefined ? Number.POSITIVE_INFINITY : text.indexOf(next, at + label.length);
  return { label: at, value: valueAt, next: nextAt };
}
