import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../lib/guidelines/evaluate';
import { BUILT_IN_PROFILES } from '../../../lib/guidelines/registry';
import { type AbsenceEvent, addDaysIso, type CaseRecord, type IsoDate, levelRank, type StudentHistory } from '../../../lib/model';
import { AS_OF, CALENDAR } from './history-builder';

// Every date from early August to mid January: school days, weekends, høstferie, juleferie, and
// days after asOf, so the properties also cover what must not count.
const DATES: IsoDate[] = [];
for (let d = '2026-08-03'; d <= '2027-01-15'; d = addDaysIso(d, 1)) DATES.push(d);
const SUBJECTS = ['Matematikk', 'Norsk', 'Engelsk'];

const eventArb: fc.Arbitrary<AbsenceEvent> = fc.record(
  {
    // Half of the dates near asOf, where the short windows (14 days, two weeks, a run of days) look.
    date: fc.oneof(fc.constantFrom(...DATES), fc.constantFrom(...DATES.filter((d) => d >= '2026-11-02' && d <= '2026-11-25'))),
    kind: fc.constantFrom('day', 'lesson', 'late', 'leftEarly'),
    lessons: fc.uniqueArray(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 4 }),
    subject: fc.constantFrom(...SUBJECTS),
    documented: fc.constantFrom(true, false, null),
    notified: fc.constantFrom(true, false, null),
    countsTowardLimit: fc.boolean(),
  },
  { requiredKeys: ['date', 'kind', 'documented', 'notified'] },
);

const historyArb = (events: fc.Arbitrary<AbsenceEvent[]>) =>
  fc.record({
    events,
    ageBand: fc.constantFrom('barnetrinn', 'ungdomstrinn', 'videregaende', 'ukjent') as fc.Arbitrary<StudentHistory['student']['ageBand']>,
    adult: fc.boolean(),
  });

function toHistory(h: { events: AbsenceEvent[]; ageBand: StudentHistory['student']['ageBand']; adult: boolean }): StudentHistory {
  return {
    student: { key: 'prop:1', name: 'Elev', ageBand: h.ageBand, adult: h.adult },
    events: h.events,
    // Planned lessons per subject, so the fraværsgrense is computed from the events.
    totals: { period: 'term', subjects: SUBJECTS.map((subject) => ({ subject, plannedLessons: 40 })) },
    coverage: 'events',
    calendar: CALENDAR,
  };
}

const asOfArb = fc.constantFrom<IsoDate>(AS_OF, '2026-09-15', '2026-10-05', '2026-12-18', '2027-01-11');

describe.each(BUILT_IN_PROFILES.map((p) => [p.id, p] as const))('%s', (_id, profile) => {
  it('more absence never lowers the level', () => {
    fc.assert(
      fc.property(historyArb(fc.array(eventArb, { maxLength: 40 })), fc.array(eventArb, { minLength: 1, maxLength: 10 }), asOfArb, (h, more, asOf) => {
        const before = evaluate(toHistory(h), profile, asOf);
        const after = evaluate(toHistory({ ...h, events: [...h.events, ...more] }), profile, asOf);
        expect(levelRank(after.level)).toBeGreaterThanOrEqual(levelRank(before.level));
      }),
      { numRuns: 150 },
    );
  });

  it('the same input gives the same output, and the input is left as it was', () => {
    fc.assert(
      fc.property(historyArb(fc.array(eventArb, { maxLength: 40 })), asOfArb, (h, asOf) => {
        const history = toHistory(h);
        const snapshot = structuredClone(history);
        const first = evaluate(history, profile, asOf);
        expect(evaluate(structuredClone(history), profile, asOf)).toEqual(first);
        expect(history).toEqual(snapshot);
      }),
      { numRuns: 80 },
    );
  });

  it('absence after asOf changes nothing', () => {
    fc.assert(
      fc.property(historyArb(fc.array(eventArb, { maxLength: 30 })), fc.array(eventArb, { minLength: 1, maxLength: 8 }), (h, later) => {
        const after = later.map((e) => ({ ...e, date: e.date > AS_OF ? e.date : addDaysIso(AS_OF, 1 + (DATES.indexOf(e.date) % 30)) }));
        const base = evaluate(toHistory(h), profile, AS_OF);
        expect(evaluate(toHistory({ ...h, events: [...h.events, ...after] }), profile, AS_OF)).toEqual(base);
      }),
      { numRuns: 80 },
    );
  });

  it('a case record moves the next step but never the level', () => {
    const stepIds = profile.steps.map((s) => s.id);
    const caseArb: fc.Arbitrary<CaseRecord> = fc.record({
      studentKey: fc.constant('prop:1'),
      profileId: fc.constant(profile.id),
      openedOn: fc.constant('2026-09-01'),
      steps: fc.array(fc.record({ stepId: fc.constantFrom(...stepIds), doneOn: fc.constantFrom(...DATES) }), { maxLength: 6 }),
    });
    fc.assert(
      fc.property(historyArb(fc.array(eventArb, { maxLength: 30 })), caseArb, asOfArb, (h, record, asOf) => {
        const without = evaluate(toHistory(h), profile, asOf);
        const withCase = evaluate(toHistory(h), profile, asOf, record);
        expect(withCase.level).toBe(without.level);
        expect(withCase.fired).toEqual(without.fired);
        if (withCase.nextStep) expect(stepIds).toContain(withCase.nextStep.stepId);
      }),
      { numRuns: 80 },
    );
  });
});
