import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDaysIso, isSchoolDay, lessonCount, type AbsenceEvent, type IsoDate } from '../../../lib/model';
import { analysePatterns, sparklineGeometry } from '../../../lib/patterns';
import { sparklinePatterns } from '../../../lib/patterns/analyse';
import { asOf, calendar, history } from './history';

const TERM_START = calendar.terms[0]!.start;

// Dates from before the term to after asOf, weekends and høstferie included.
const date = fc.integer({ min: 0, max: 140 }).map((offset) => addDaysIso('2026-08-10', offset));

const event: fc.Arbitrary<AbsenceEvent> = fc.record(
  {
    date,
    kind: fc.constantFrom('day', 'lesson', 'late', 'leftEarly'),
    lessons: fc.uniqueArray(fc.integer({ min: 1, max: 8 }), { maxLength: 4 }),
    minutes: fc.integer({ min: 0, max: 300 }),
    subject: fc.constantFrom('Matematikk', 'Norsk', 'Engelsk', 'KRLE'),
    documented: fc.option(fc.boolean(), { nil: null }),
    notified: fc.option(fc.boolean(), { nil: null }),
  },
  { requiredKeys: ['date', 'kind', 'documented', 'notified'] },
);

const events = fc.array(event, { maxLength: 80 });

/** Absence counted straight from the events, the way the weekly series is documented to count it. */
function counted(list: readonly AbsenceEvent[]) {
  const inPeriod = list.filter((e) => e.date >= TERM_START && e.date <= asOf && isSchoolDay(calendar, e.date));
  const wholeDays = new Set(inPeriod.filter((e) => e.kind === 'day').map((e) => e.date));
  const numbered = new Set<string>();
  let lessons = 0;
  for (const e of inPeriod) {
    if (e.kind !== 'lesson' || wholeDays.has(e.date)) continue;
    if (e.lessons && e.lessons.length > 0) for (const n of e.lessons) numbered.add(`${e.date}#${n}`);
    else lessons += lessonCount(e);
  }
  return {
    days: wholeDays.size,
    lessons: lessons + numbered.size,
    late: inPeriod.filter((e) => e.kind === 'late').length,
  };
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('analysePatterns on random histories', () => {
  it('never throws and gives the same answer for the same input, in any order', () => {
    fc.assert(
      fc.property(events, (list) => {
        const first = analysePatterns(history(list), asOf);
        expect(analysePatterns(history(list), asOf)).toEqual(first);
        expect(analysePatterns(history([...list].reverse()), asOf)).toEqual(first);
      }),
    );
  });

  it('weekly series sums equal the absence counted from the events', () => {
    fc.assert(
      fc.property(events, (list) => {
        const p = analysePatterns(history(list), asOf);
        const series = p.weeklySeries ?? [];
        const expected = counted(list);
        expect(sum(series.map((w) => w.days))).toBe(expected.days);
        expect(sum(series.map((w) => w.lessons))).toBe(expected.lessons);
        expect(sum(series.map((w) => w.late))).toBe(expected.late);
        expect(sum(series.map((w) => w.dayEquivalents))).toBeCloseTo(expected.days + expected.lessons / 6, 9);
        expect(sum(p.byWeekday!.map((w) => w.days))).toBe(expected.days);
        expect(sum(p.byWeekday!.map((w) => w.lessons))).toBe(expected.lessons);
        expect(p.lateness?.count).toBe(expected.late);
      }),
    );
  });

  it("the badge's sparkline alone: the weekly series counted from the events, and the whole analysis's values", () => {
    fc.assert(
      fc.property(events, fc.integer({ min: 0, max: 140 }), fc.boolean(), (list, offset, stated) => {
        const day: IsoDate = addDaysIso('2026-08-10', offset);
        const student = { ...history(list), ...(stated ? { shownPeriod: { basis: 'stated' as const, from: '2026-09-01', to: '2026-10-30' } } : {}) };
        const sparkline = sparklinePatterns(student, day);
        const whole = analysePatterns(student, day);
        expect(sparkline).toEqual({ weeklySeries: whole.weeklySeries, shownWindow: whole.shownWindow });
        if (day === asOf) {
          const expected = counted(list);
          expect(sum((sparkline.weeklySeries ?? []).map((w) => w.days))).toBe(expected.days);
          expect(sum((sparkline.weeklySeries ?? []).map((w) => w.lessons))).toBe(expected.lessons);
        }
      }),
    );
  });

  it('keeps its parts consistent with each other', () => {
    fc.assert(
      fc.property(events, fc.integer({ min: 0, max: 140 }), (list, offset) => {
        const day: IsoDate = addDaysIso('2026-08-10', offset);
        const p = analysePatterns(history(list), day);
        if (p.currentStreak) expect(p.longestStreak!.days).toBeGreaterThanOrEqual(p.currentStreak.days);
        if (p.lateness) expect(p.lateness.lastFourWeeks).toBeLessThanOrEqual(p.lateness.count);
        if (p.heatmap) expect(p.heatmap.max).toBe(Math.max(0, ...p.heatmap.counts.flat()));
        for (const f of p.findings) expect(f.strength).toBeGreaterThanOrEqual(0);
        const strengths = p.findings.map((f) => f.strength);
        expect(strengths).toEqual([...strengths].sort((a, b) => b - a));
        const g = sparklineGeometry(p.weeklySeries ?? [], 80, 20);
        for (const pt of g.points) {
          expect(pt.x).toBeGreaterThanOrEqual(1);
          expect(pt.x).toBeLessThanOrEqual(79);
          expect(pt.y).toBeGreaterThanOrEqual(1);
          expect(pt.y).toBeLessThanOrEqual(19);
        }
      }),
    );
  });
});
