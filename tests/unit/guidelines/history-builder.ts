import {
  type AbsenceEvent,
  type AbsenceTotals,
  type AgeBand,
  type IsoDate,
  lastSchoolDays,
  norwegianSchoolYear,
  type StudentHistory,
} from '../../../lib/model';

/** The school year every guideline test runs in, and the day it is evaluated on (a Monday). */
export const CALENDAR = norwegianSchoolYear(2026);
export const AS_OF: IsoDate = '2026-11-23';

type EventOptions = Partial<Pick<AbsenceEvent, 'documented' | 'notified' | 'subject' | 'countsTowardLimit' | 'lessons'>>;

/**
 * One student's history, built a line per absence. Absence is documented (gyldig) and notified
 * (meldt) unless a test says otherwise, so each test turns on exactly the rule it is about.
 */
export class HistoryBuilder {
  private readonly events: AbsenceEvent[] = [];
  private summary: AbsenceTotals | undefined;

  constructor(
    private readonly ageBand: AgeBand = 'ungdomstrinn',
    private readonly adult = false,
  ) {}

  day(date: IsoDate, options: EventOptions = {}): this {
    this.events.push({ date, kind: 'day', documented: true, notified: true, ...options });
    return this;
  }

  days(dates: readonly IsoDate[], options: EventOptions = {}): this {
    for (const date of dates) this.day(date, options);
    return this;
  }

  /** `lessons` enkelttimer on one day, numbered from the first lesson. */
  lessons(date: IsoDate, lessons: number, options: EventOptions = {}): this {
    const numbers = Array.from({ length: lessons }, (_, i) => i + 1);
    this.events.push({ date, kind: 'lesson', lessons: numbers, documented: true, notified: true, ...options });
    return this;
  }

  late(date: IsoDate, options: EventOptions = {}): this {
    this.events.push({ date, kind: 'late', documented: true, notified: true, ...options });
    return this;
  }

  leftEarly(date: IsoDate, options: EventOptions = {}): this {
    this.events.push({ date, kind: 'leftEarly', documented: false, notified: false, ...options });
    return this;
  }

  event(event: AbsenceEvent): this {
    this.events.push(event);
    return this;
  }

  /** Only totals, as a summary table shows them. */
  totals(totals: Partial<AbsenceTotals>): this {
    this.summary = { period: 'term', subjects: [], ...totals };
    return this;
  }

  build(): StudentHistory {
    const coverage = this.summary && this.events.length === 0 ? 'totals' : 'events';
    return {
      student: { key: 'test:1', name: 'Test Elev', ageBand: this.ageBand, ...(this.adult ? { adult: true } : {}) },
      events: [...this.events],
      ...(this.summary ? { totals: this.summary } : {}),
      coverage,
      calendar: CALENDAR,
    };
  }
}

export function history(ageBand: AgeBand = 'ungdomstrinn', adult = false): HistoryBuilder {
  return new HistoryBuilder(ageBand, adult);
}

/** The last `count` school days up to and including `asOf`, oldest first. */
export function lastDays(count: number, asOf: IsoDate = AS_OF): IsoDate[] {
  return lastSchoolDays(CALENDAR, asOf, count);
}

/** One school day in each of the last `count` weeks (the Tuesday), oldest first: spread-out absence. */
export function oneDayPerWeek(count: number, asOf: IsoDate = AS_OF): IsoDate[] {
  return lastSchoolDays(CALENDAR, asOf, count * 5 + 20)
    .filter((d) => new Date(`${d}T12:00:00`).getDay() === 2)
    .slice(-count);
}
