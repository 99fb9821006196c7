import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../lib/guidelines/evaluate';
import { raelingenGrunnskole as raelingen } from '../../../lib/guidelines/profiles/raelingen-grunnskole';
import type { Assessment, IsoDate, StudentHistory } from '../../../lib/model';
import { AS_OF, type HistoryBuilder, history, lastDays } from './history-builder';

const fired = (a: Assessment, id: string) => a.fired.find((f) => f.triggerId === id);
const run = (h: StudentHistory, asOf: IsoDate = AS_OF) => evaluate(h, raelingen, asOf);

/** `lessons` enkelttimer, at most three a day, on school days other than `busy`. */
function withLessons(builder: HistoryBuilder, lessons: number, busy: readonly IsoDate[]): HistoryBuilder {
  const free = lastDays(40).filter((d) => !busy.includes(d));
  for (let left = lessons, i = 0; left > 0; i++) {
    const today = Math.min(3, left);
    builder.lessons(free[i]!, today);
    left -= today;
  }
  return builder;
}

describe('Rælingen: "Dersom fravær over 8 dager og/eller 10 enkelttimer skal kartleggingskjema 1 benyttes."', () => {
  it.each([
    { days: 8, lessons: 0, fires: false },
    { days: 9, lessons: 0, fires: true },
    { days: 0, lessons: 10, fires: false },
    { days: 0, lessons: 11, fires: true },
    { days: 8, lessons: 10, fires: false }, // og/eller: neither passes on its own
    { days: 9, lessons: 3, fires: true },
    { days: 2, lessons: 11, fires: true },
  ])('$days dager og $lessons enkelttimer → fires: $fires', ({ days, lessons, fires }) => {
    const dayDates = lastDays(days);
    const h = withLessons(history().days(dayDates), lessons, dayDates).build();
    const a = run(h);
    expect(Boolean(fired(a, 'over-8-dager-10-timer'))).toBe(fires);
    expect(a.level).toBe(fires ? 'concern' : 'ok');
  });

  it('gives the numbers against both limits and leads to kartleggingsskjema 1', () => {
    const dayDates = lastDays(9);
    const a = run(withLessons(history().days(dayDates), 12, dayDates).build());
    const f = fired(a, 'over-8-dager-10-timer')!;
    expect(f.detail).toEqual({ code: 'absence-total', filter: 'any', days: { value: 9, limit: 8 }, lessons: { value: 12, limit: 10 }, period: null });
    expect(f.values).toEqual({ days: 9, lessons: 12 });
    expect(a.nextStep?.stepId).toBe('kartlegging');
    expect(a.nextStep?.forms).toEqual(['kartlegging-fravaersmonster']);
  });

  it('dates the trigger to the day the ninth day was absent', () => {
    const dayDates = lastDays(9);
    const f = fired(run(history().days(dayDates).build()), 'over-8-dager-10-timer')!;
    expect(f.since).toBe(dayDates[8]);
  });
});

describe('Rælingen: "Høyt gyldig fravær (10 dager i halvåret)"', () => {
  it.each([
    { documented: 9, fires: false },
    { documented: 10, fires: true },
  ])('$documented dager gyldig fravær → fires: $fires', ({ documented, fires }) => {
    const a = run(history().days(lastDays(documented), { documented: true }).build());
    expect(Boolean(fired(a, 'hoyt-gyldig-fravaer'))).toBe(fires);
  });

  it('does not count ugyldig fravær as gyldig', () => {
    const a = run(history().days(lastDays(10), { documented: false }).build());
    expect(fired(a, 'hoyt-gyldig-fravaer')).toBeUndefined();
    expect(fired(a, 'ugyldig-hel-dag')).toBeDefined();
  });

  it('says it cannot decide when the page does not say whether the absence was gyldig', () => {
    const a = run(history().days(lastDays(10), { documented: null }).build());
    expect(fired(a, 'hoyt-gyldig-fravaer')).toBeUndefined();
    expect(a.unknown).toContainEqual({ code: 'documented-unknown', quote: 'Høyt gyldig fravær (10 dager i halvåret)' });
  });
});

describe('Rælingen: "kontaktes hjemmet umiddelbart på barnetrinnet. Ungdomsskolene kontakter foresatte så snart som mulig og senest tredje dag"', () => {
  // Thursday 19, Friday 20 and Monday 23 November 2026: the third school day of the run is the Monday.
  const run3 = ['2026-11-19', '2026-11-20', '2026-11-23'];

  it.each([
    { asOf: '2026-11-19', days: 1, deadline: '2026-11-23', overdue: false },
    { asOf: '2026-11-20', days: 2, deadline: '2026-11-23', overdue: false },
    { asOf: '2026-11-23', days: 3, deadline: '2026-11-23', overdue: false }, // day 3: due today
    { asOf: '2026-11-24', days: 3, deadline: '2026-11-23', overdue: true },
  ])('ungdomstrinn, as of $asOf ($days dager uvarslet) → frist $deadline, overdue $overdue', ({ asOf, days, deadline, overdue }) => {
    const a = run(history('ungdomstrinn').days(run3, { notified: false }).build(), asOf);
    expect(fired(a, 'uvarslet-fravaer')?.values.days).toBe(days);
    expect(fired(a, 'uvarslet-fravaer')?.since).toBe('2026-11-19');
    expect(a.level).toBe('watch');
    expect(a.nextStep).toMatchObject({ stepId: 'kontakt-hjemmet', deadline, overdue });
    expect(a.nextStep?.deadlineRule).toEqual({ quote: 'senest tredje dag' });
  });

  it.each([
    { asOf: '2026-11-23', overdue: false },
    { asOf: '2026-11-24', overdue: true },
  ])('barnetrinn: the same day ("umiddelbart"), as of $asOf overdue $overdue', ({ asOf, overdue }) => {
    const a = run(history('barnetrinn').day('2026-11-23', { notified: false }).build(), asOf);
    expect(a.nextStep).toMatchObject({ stepId: 'kontakt-hjemmet', deadline: '2026-11-23', overdue });
    expect(a.nextStep?.deadlineRule).toEqual({ quote: 'umiddelbart' });
  });

  it('a weekend does not break a run of unnotified days', () => {
    const a = run(history().days(['2026-11-20', '2026-11-23'], { notified: false }).build());
    expect(fired(a, 'uvarslet-fravaer')?.values.days).toBe(2);
    expect(fired(a, 'uvarslet-fravaer')?.detail).toEqual({ code: 'unnotified', days: 2, first: '2026-11-20' });
  });

  it('a notified absence is no reason to call', () => {
    expect(run(history().day('2026-11-23', { notified: true }).build()).level).toBe('ok');
  });
});

describe('Rælingen faresignaler: "Ugyldig fravær hel dag", "Ugyldig fravær fra enkelttimer"', () => {
  it.each([
    { what: 'hel dag', build: () => history().day('2026-11-19', { documented: false }), id: 'ugyldig-hel-dag', detail: { code: 'undocumented', unit: 'day', amount: 1, period: null } },
    { what: 'enkelttimer', build: () => history().lessons('2026-11-19', 2, { documented: false }), id: 'ugyldig-enkelttimer', detail: { code: 'undocumented', unit: 'lesson', amount: 2, period: null } },
  ])('ugyldig fravær ($what) is reported to ledelsen and the home is contacted at once', ({ build, id, detail }) => {
    const onTheDay = run(build().build(), '2026-11-19');
    expect(fired(onTheDay, id)?.detail).toEqual(detail);
    expect(onTheDay.level).toBe('concern');
    expect(onTheDay.nextStep).toMatchObject({ stepId: 'melde-ledelsen', deadline: '2026-11-19', overdue: false });
    const nextDay = run(build().build(), '2026-11-20');
    expect(nextDay.nextStep?.overdue).toBe(true);
    expect(nextDay.overdue).toEqual([{ stepId: 'melde-ledelsen', title: nextDay.nextStep!.title, deadline: '2026-11-19' }]);
  });

  it('gyldig fravær is not ugyldig', () => {
    const a = run(history().day('2026-11-19', { documented: true }).lessons('2026-11-20', 2, { documented: true }).build());
    expect(fired(a, 'ugyldig-hel-dag')).toBeUndefined();
    expect(fired(a, 'ugyldig-enkelttimer')).toBeUndefined();
  });
});

describe('Rælingen faresignaler: "Forsentkomming til skolestart", "Eleven møter opp på skolen, men forlater den igjen"', () => {
  it.each([
    { what: 'late to the first lesson', build: () => history().late('2026-11-19', { lessons: [1] }), id: 'forsentkomming', level: 'watch' },
    { what: 'late, lesson not given', build: () => history().late('2026-11-19'), id: 'forsentkomming', level: 'watch' },
    { what: 'late to the third lesson only', build: () => history().late('2026-11-19', { lessons: [3] }), id: undefined, level: 'ok' },
    { what: 'left during the day', build: () => history().leftEarly('2026-11-19', { documented: null }), id: 'forlater-skolen', level: 'watch' },
  ])('$what → $level', ({ build, id, level }) => {
    const a = run(build().build());
    expect(a.level).toBe(level);
    expect(a.fired.map((f) => f.triggerId)).toEqual(id ? [id] : []);
  });
});

describe('Rælingen: "etter 3 ukers fravær fra skolen blir det vanskeligere å få effekt av tiltak" is a remark, not a threshold', () => {
  // The guide sets no number for anything above "Bekymringsfullt fravær": 15 or 30 days stay concern.
  it.each([{ days: 15 }, { days: 30 }])('$days dager → concern, starting at kartleggingsskjema 1', ({ days }) => {
    const a = run(history().days(lastDays(days)).build());
    expect(a.level).toBe('concern');
    expect(a.nextStep?.stepId).toBe('kartlegging');
  });
});

describe('what counts: school days in the current halvår, up to asOf', () => {
  it('an absence in a holiday or on a weekend does not count', () => {
    const eight = lastDays(8);
    const withHolidayAndWeekend = history().days([...eight, '2026-09-30', '2026-11-21']).build(); // høstferie, Saturday
    expect(fired(run(withHolidayAndWeekend), 'over-8-dager-10-timer')).toBeUndefined();
    const withTheFridayBefore = history().days([...eight, '2026-09-25']).build();
    expect(fired(run(withTheFridayBefore), 'over-8-dager-10-timer')).toBeDefined();
  });

  it('an unnotified "absence" on a holiday needs no call home', () => {
    expect(run(history().day('2026-09-30', { notified: false, documented: false }).build()).level).toBe('ok');
  });

  it('absence before the current halvår does not count for the halvår', () => {
    const autumn = lastDays(9, '2026-12-18');
    const spring = lastDays(9, '2027-02-15');
    expect(fired(run(history().days(autumn).build(), '2027-02-15'), 'over-8-dager-10-timer')).toBeUndefined();
    expect(fired(run(history().days(spring).build(), '2027-02-15'), 'over-8-dager-10-timer')).toBeDefined();
  });

  it('absence after asOf is not seen', () => {
    const a = run(history().days(lastDays(8)).day('2026-11-24').build());
    expect(fired(a, 'over-8-dager-10-timer')).toBeUndefined();
  });
});

describe('Rælingen from a summary table (coverage "totals")', () => {
  it('evaluates days and enkelttimer and says what it cannot know without dates', () => {
    const a = run(history().totals({ days: 9, lessons: 2 }).build());
    const f = fired(a, 'over-8-dager-10-timer')!;
    expect(f.detail).toEqual({ code: 'absence-total', filter: 'any', days: { value: 9, limit: 8 }, lessons: { value: 2, limit: 10 }, period: null });
    expect(f.since).toBeUndefined();
    expect(a.level).toBe('concern');
    expect(a.unknown).toContainEqual({ code: 'no-dates-unnotified' });
    expect(a.unknown).toContainEqual({ code: 'totals-no-left-early', quote: 'Eleven møter opp på skolen, men forlater den igjen' });
  });

  it('fires on enkelttimer alone ("og/eller") but will not guess a missing number', () => {
    expect(fired(run(history().totals({ lessons: 11 }).build()), 'over-8-dager-10-timer')).toBeDefined();
    const a = run(history().totals({ days: 5 }).build());
    expect(fired(a, 'over-8-dager-10-timer')).toBeUndefined();
    expect(a.unknown).toContainEqual({
      code: 'totals-incomplete',
      quote: 'Dersom fravær over 8 dager og/eller 10 enkelttimer skal kartleggingskjema 1 benyttes.',
    });
  });

  it.each([
    { totals: { documentedDays: 10 }, id: 'hoyt-gyldig-fravaer' },
    { totals: { undocumentedDays: 1 }, id: 'ugyldig-hel-dag' },
    { totals: { undocumentedLessons: 2 }, id: 'ugyldig-enkelttimer' },
    { totals: { lateCount: 1 }, id: 'forsentkomming' },
  ])('$id from $totals', ({ totals, id }) => {
    expect(fired(run(history().totals(totals).build()), id)).toBeDefined();
  });

  it('school-year totals are this halvår\'s in the autumn, but cannot be placed in the spring', () => {
    const autumn = run(history().totals({ days: 12, period: 'schoolYear' }).build());
    expect(fired(autumn, 'over-8-dager-10-timer')).toBeDefined();
    const spring = run(history().totals({ days: 12, period: 'schoolYear' }).build(), '2027-02-15');
    expect(fired(spring, 'over-8-dager-10-timer')).toBeUndefined();
    expect(spring.unknown.some((u) => u.code === 'totals-whole-year')).toBe(true);
    const low = run(history().totals({ days: 3, lessons: 1, period: 'schoolYear' }).build(), '2027-02-15');
    expect(low.unknown.some((u) => u.code === 'totals-whole-year')).toBe(false);
  });
});
