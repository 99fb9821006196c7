import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../lib/guidelines/evaluate';
import { trondelagVgs as trondelag } from '../../../lib/guidelines/profiles/trondelag-vgs';
import type { Assessment, CaseRecord, IsoDate, StudentHistory, SubjectTotals } from '../../../lib/model';
import { AS_OF, history } from './history-builder';

const fired = (a: Assessment, id: string) => a.fired.find((f) => f.triggerId === id);
const run = (h: StudentHistory, asOf: IsoDate = AS_OF, caseRecord?: CaseRecord) => evaluate(h, trondelag, asOf, caseRecord);
const vgs = () => history('videregaende');

describe('Trøndelag: "Dersom eleven er borte tre eller flere ganger i løpet av en to ukers periode kontaktes elev selv om fraværet er dokumentert."', () => {
  it.each([
    { dates: ['2026-11-10', '2026-11-16'], fires: false, why: 'two times' },
    { dates: ['2026-11-10', '2026-11-16', '2026-11-23'], fires: true, why: 'three times within 14 days (10–23 Nov)' },
    { dates: ['2026-11-09', '2026-11-16', '2026-11-23'], fires: false, why: 'three times, but spread over 15 days' },
  ])('$why → fires: $fires', ({ dates, fires }) => {
    const a = run(vgs().days(dates, { documented: true, notified: true }).build());
    expect(Boolean(fired(a, 'tre-ganger-to-uker'))).toBe(fires);
    // The guide lists "Gjentakende varslet skolefravær" under "Bekymringsfullt fravær".
    expect(a.level).toBe(fires ? 'concern' : 'ok');
  });

  it('documented absence counts, and so does a day with only enkelttimer away; lateness does not', () => {
    const h = vgs().day('2026-11-16', { documented: true }).lessons('2026-11-18', 2, { documented: true }).late('2026-11-19').late('2026-11-20').build();
    expect(fired(run(h), 'tre-ganger-to-uker')).toBeUndefined();
    const h3 = vgs().day('2026-11-16', { documented: true }).lessons('2026-11-18', 2, { documented: true }).leftEarly('2026-11-20').build();
    const f = fired(run(h3), 'tre-ganger-to-uker')!;
    expect(f.detail).toEqual({ code: 'frequency', count: 3, withinDays: 14, first: '2026-11-16', last: '2026-11-20', atLeast: 3 });
    expect(f.since).toBe('2026-11-20');
  });

  it('leads to contacting the student, then the arbeidshjul', () => {
    const h = vgs().days(['2026-11-10', '2026-11-16', '2026-11-23']).build();
    expect(run(h).nextStep?.stepId).toBe('kontakt-tre-ganger');
    const record: CaseRecord = { studentKey: 'test:1', profileId: 'trondelag-vgs', openedOn: '2026-11-23', steps: [{ stepId: 'kontakt-tre-ganger', doneOn: '2026-11-23' }] };
    expect(run(h, AS_OF, record).nextStep?.stepId).toBe('identifisering');
  });

  it('needs dates', () => {
    const a = run(vgs().totals({ days: 3 }).build());
    expect(a.unknown).toContainEqual({ code: 'no-dates-frequency', atLeast: 3, withinDays: 14 });
  });
});

describe('Trøndelag: "Fraværsansvarlig etablerer dialog med elev/foresatte etter 1-3 sammenhengende dager med uvarslet fravær."', () => {
  it('fires on the first day, with dialog due by the third school day', () => {
    const a = run(vgs().day('2026-11-19', { notified: false }).build(), '2026-11-19');
    // "Uvarslet skolefravær" is listed under "Bekymringsfullt fravær".
    expect(a.level).toBe('concern');
    expect(a.nextStep).toMatchObject({ stepId: 'dialog-uvarslet', deadline: '2026-11-23', overdue: false, responsible: 'Fraværsansvarlig' });
    expect(a.nextStep?.deadlineRule).toEqual({ quote: 'etter 1-3 sammenhengende dager' });
  });

  it('"Er eleven over 18 år må eleven selv kontaktes."', () => {
    const a = run(history('videregaende', true).day('2026-11-19', { notified: false }).build(), '2026-11-19');
    expect(a.nextStep).toMatchObject({ stepId: 'kontakt-elev-over-18', deadline: '2026-11-23' });
  });

  it('"Dersom det ikke oppnås respons … i løpet av en uke, sendes brev for å avklare elevstatus."', () => {
    const h = vgs().day('2026-11-16', { notified: false }).build();
    const record: CaseRecord = { studentKey: 'test:1', profileId: 'trondelag-vgs', openedOn: '2026-11-16', steps: [{ stepId: 'dialog-uvarslet', doneOn: '2026-11-17' }] };
    expect(run(h, '2026-11-23', record).nextStep).toMatchObject({ stepId: 'brev-elevstatus', deadline: '2026-11-24', overdue: false });
    // The letter is conditional: once the dialog is recorded, it is due only if no response came
    // within the week, so it is never overdue; it says so with the date.
    const later = run(h, '2026-11-25', record);
    expect(later.nextStep).toMatchObject({ stepId: 'brev-elevstatus', deadline: '2026-11-24', overdue: false, condition: { quote: 'hvis det ikke oppnås respons', by: '2026-11-24' } });
    expect(later.overdue).toEqual([]);
  });
});

describe('Trøndelag: warn well before a subject reaches the 10 % fraværsgrense', () => {
  const subject = (percent: number): SubjectTotals => ({ subject: 'Matematikk', percent });
  it.each([
    // A page of subject percentages alone cannot show unvarslet fravær or three times in two weeks.
    { percent: 6.9, level: 'unknown', ids: [] },
    { percent: 7, level: 'concern', ids: ['naer-fravaersgrensen'] },
    { percent: 9.99, level: 'concern', ids: ['naer-fravaersgrensen'] },
    { percent: 10, level: 'serious', ids: ['naer-fravaersgrensen', 'fravaersgrensen-naadd'] },
  ])('Matematikk at $percent % → $level', ({ percent, level, ids }) => {
    const a = run(vgs().totals({ subjects: [subject(percent)] }).build());
    expect(a.level).toBe(level);
    expect(a.fired.map((f) => f.triggerId)).toEqual(ids);
  });

  it('names the subject and the limits, highest first', () => {
    const a = run(vgs().totals({ subjects: [subject(7.25), { subject: 'Norsk', percent: 8 }, { subject: 'Engelsk', percent: 2 }] }).build());
    const f = fired(a, 'naer-fravaersgrensen')!;
    expect(f.detail).toEqual({
      code: 'subject-limit',
      subjects: [
        { subject: 'Norsk', percent: 8, warnAt: 7, limit: 10 },
        { subject: 'Matematikk', percent: 7.25, warnAt: 7, limit: 10 },
      ],
    });
    expect(f.values).toMatchObject({ subjects: 2, maxPercent: 8, 'percent:Norsk': 8, 'percent:Matematikk': 7.25 });
    expect(a.nextStep?.stepId).toBe('varsel-fravaersgrense');
  });

  it("uses the portal's own warning limit for the subject when it shows one", () => {
    const a = run(vgs().totals({ subjects: [{ subject: 'Kroppsøving', percent: 5.5, warningLimit: 5 }] }).build());
    expect(fired(a, 'naer-fravaersgrensen')?.detail).toEqual({ code: 'subject-limit', subjects: [{ subject: 'Kroppsøving', percent: 5.5, warnAt: 5, limit: 10 }] });
  });

  it.each([
    { lessons: 6, fires: false },
    { lessons: 7, fires: true },
  ])('computes the percentage from dated ugyldig enkelttimer and planned lessons: $lessons of 100 → fires $fires', ({ lessons, fires }) => {
    const b = vgs().totals({ subjects: [{ subject: 'Matematikk', plannedLessons: 100 }] });
    const dates = ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06', '2026-11-09', '2026-11-10'];
    for (let i = 0; i < lessons; i++) b.event({ date: dates[i]!, kind: 'lesson', lessons: [2], subject: 'Matematikk', documented: false, notified: true });
    b.lessons('2026-11-11', 3, { subject: 'Matematikk', documented: true }); // gyldig: does not count toward the limit
    const f = fired(run(b.build()), 'naer-fravaersgrensen');
    expect(Boolean(f)).toBe(fires);
    if (fires) expect(f!.since).toBe('2026-11-10');
  });

  it('follows the code table where it says what counts toward the limit', () => {
    const b = vgs().totals({ subjects: [{ subject: 'Norsk', plannedLessons: 20 }] });
    b.lessons('2026-11-11', 2, { subject: 'Norsk', documented: true, countsTowardLimit: true });
    expect(fired(run(b.build()), 'fravaersgrensen-naadd')?.values['percent:Norsk']).toBe(10);
  });

  it('says so when it cannot compute a percentage', () => {
    const a = run(vgs().lessons('2026-11-11', 2, { subject: 'Fysikk', documented: false }).build());
    expect(a.unknown).toContainEqual({ code: 'planned-lessons-missing', subjects: ['Fysikk'] });
  });
});
