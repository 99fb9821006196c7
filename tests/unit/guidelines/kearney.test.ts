import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../lib/guidelines/evaluate';
import { kearneyForskning as kearney } from '../../../lib/guidelines/profiles/kearney-forskning';
import { type Assessment, type IsoDate, schoolDaysBetween, type StudentHistory } from '../../../lib/model';
import { AS_OF, CALENDAR, history, lastDays, oneDayPerWeek } from './history-builder';

const fired = (a: Assessment, id: string) => a.fired.find((f) => f.triggerId === id);
const run = (h: StudentHistory, asOf: IsoDate = AS_OF) => evaluate(h, kearney, asOf);

describe('Kearney: "Borte mer enn 25% av skoletiden siste 14 dagene"', () => {
  // 10–23 November 2026 holds ten school days; 25 % of them is two and a half days.
  it('the window holds ten school days', () => {
    expect(schoolDaysBetween(CALENDAR, '2026-11-10', AS_OF)).toHaveLength(10);
  });

  it.each([
    { days: 2, lessons: 0, percent: 20, fires: false },
    { days: 2, lessons: 3, percent: 25, fires: false }, // exactly 25 %: not "mer enn"
    { days: 2, lessons: 4, percent: 26.67, fires: true },
    { days: 3, lessons: 0, percent: 30, fires: true },
  ])('$days dager og $lessons timer (6 timer per dag) = $percent % → fires: $fires', ({ days, lessons, percent, fires }) => {
    const dates = lastDays(days + 1);
    const b = history().days(dates.slice(-days));
    if (lessons > 0) b.lessons(dates[0]!, lessons);
    const a = run(b.build());
    const f = fired(a, 'kearney-25-prosent-14-dager');
    expect(Boolean(f)).toBe(fires);
    // The slide does not rank its criteria: each one met is "problematisk", concern.
    expect(a.level).toBe(fires ? 'concern' : 'ok');
    if (f) expect(f.values.percent).toBe(percent);
  });

  it('gives the share against the limit and leads to mapping the student first', () => {
    const a = run(history().days(lastDays(3)).build());
    expect(fired(a, 'kearney-25-prosent-14-dager')?.detail).toEqual({
      code: 'school-time-share',
      absentDays: 3,
      schoolDays: 10,
      percent: 30,
      calendarDays: 14,
      percentOver: 25,
    });
    expect(a.nextStep?.stepId).toBe('kartlegging-eleven');
  });

  it('a weekend or an absence before the window is not school time in it', () => {
    const a = run(history().days(['2026-11-21', '2026-11-22', '2026-11-09']).day(AS_OF).day('2026-11-20').build());
    expect(fired(a, 'kearney-25-prosent-14-dager')).toBeUndefined();
  });
});

describe('Kearney: "Har hatt mer enn 10 dagers (15%) fravær i løpet av de 15 siste ukene"', () => {
  // On 23.11.2026 the fifteen weeks (from 11.08) hold the term's 65 school days so far:
  // 9 days is 13.8 %, 10 days is 15.4 % ("(15%)" met, though not "mer enn 10 dagers").
  it.each([
    { days: 9, fires: false },
    { days: 10, fires: true },
    { days: 11, fires: true },
  ])('$days dager, one a week → fires: $fires', ({ days, fires }) => {
    const dates = oneDayPerWeek(days);
    expect(dates).toHaveLength(days);
    const a = run(history().days(dates).build());
    expect(Boolean(fired(a, 'kearney-10-dager-15-uker'))).toBe(fires);
    expect(fired(a, 'kearney-25-prosent-14-dager')).toBeUndefined();
    expect(a.level).toBe(fires ? 'concern' : 'ok');
  });

  it('counts the fifteen weeks back from asOf, across the term boundary if need be', () => {
    // As of Monday 14 December 2026 the fifteen weeks start on Tuesday 1 September.
    const asOf = '2026-12-14';
    const ten = oneDayPerWeek(10, asOf);
    expect(ten[0]! > '2026-09-01').toBe(true);
    expect(fired(run(history().days([...ten, '2026-08-31']).build(), asOf), 'kearney-10-dager-15-uker')).toBeUndefined();
    const f = fired(run(history().days([...ten, '2026-09-01']).build(), asOf), 'kearney-10-dager-15-uker');
    expect(f?.values.absentDays).toBe(11);
    expect(f?.detail).toMatchObject({ code: 'long-window', absentDays: 11, weeks: 15, daysOver: 10, percentOver: 15, combine: 'or' });
    expect(f?.detail).not.toHaveProperty('fromTotals');
  });

  // Term totals on 23.11.2026: 65 school days so far, 10 of them in the last 14 days.
  // 25 % of 10 is 2.5 days; more than 10 days or more than 15 % of 65 (9.75 days) fires B.
  it.each([
    { days: 0, level: 'ok' },
    { days: 2, level: 'ok' }, // at most 2 of the last 10 school days: 20 %
    { days: 3, level: 'unknown' }, // could be 3 of the last 10 (30 %) or none
    { days: 9, level: 'unknown' }, // 13.8 % of 65: B not met; A undecidable
    { days: 10, level: 'concern' }, // 15.4 % of 65
    { days: 30, level: 'concern' },
  ])('from term totals of $days days → $level', ({ days, level }) => {
    const a = run(history().totals({ days }).build());
    expect(a.level).toBe(level);
    expect(Boolean(fired(a, 'kearney-10-dager-15-uker'))).toBe(days >= 10);
    expect(fired(a, 'kearney-25-prosent-14-dager')).toBeUndefined();
    if (level === 'unknown') expect(a.undecided.map((u) => u.triggerId)).toEqual(['kearney-25-prosent-14-dager']);
  });
});
