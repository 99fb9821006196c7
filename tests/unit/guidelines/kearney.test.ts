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
    expect(a.level).toBe(fires ? 'serious' : 'ok');
    if (f) expect(f.values.percent).toBe(percent);
  });

  it('says the share in Norwegian and leads to gathering the team', () => {
    const a = run(history().days(lastDays(3)).build());
    expect(fired(a, 'kearney-25-prosent-14-dager')?.detail).toBe(
      'Borte 30 % av skoletiden de siste 14 dagene (3 av 10 skoledager; grense: over 25 %)',
    );
    expect(a.nextStep?.stepId).toBe('samle-laget');
  });

  it('a weekend or an absence before the window is not school time in it', () => {
    const a = run(history().days(['2026-11-21', '2026-11-22', '2026-11-09']).day(AS_OF).day('2026-11-20').build());
    expect(fired(a, 'kearney-25-prosent-14-dager')).toBeUndefined();
  });
});

describe('Kearney: "Har hatt mer enn 10 dagers (15%) fravær i løpet av de 15 siste ukene"', () => {
  it.each([
    { days: 10, fires: false },
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
    expect(f?.detail).toMatch(/^11 dager \(\d+,?\d* %\) fravær de siste 15 ukene \(\d+ skoledager; grense: over 10 dager og over 15 %\)$/);
  });

  it('from a summary table, says it needs dates', () => {
    const a = run(history().totals({ days: 30 }).build());
    expect(a.level).toBe('ok');
    expect(a.unknown).toEqual([
      'Datoer mangler: kan ikke vurdere andelen av skoletiden eleven har vært borte de siste 14 dagene',
      'Datoer mangler: kan ikke vurdere fraværet de siste 15 ukene',
    ]);
  });
});
