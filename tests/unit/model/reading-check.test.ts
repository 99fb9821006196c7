import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IsoDate, Reading, ReadingRow } from '../../../lib/model';
import { checkIsoDate, checkReading, checkReadingRow } from '../../../lib/model/reading-check';

/**
 * The content script checks a reader's rows without zod (lib/model/reading-check.ts); the zod
 * schemas stay the reference. Hand-made rows say by hand whether each is valid (both must agree
 * with that); generated rows, most of them near the edges of a rule, hold the two to the same
 * answer and, when valid, the same result (defaults filled, unknown keys left out).
 */
const STUDENT = { key: 'generic:ola', name: 'Ola Nordmann', ageBand: 'ungdomstrinn' };
const EVENT = { date: '2026-11-23', kind: 'lesson', lessons: [1, 2], documented: false, notified: null };
const ROW = { student: STUDENT, events: [EVENT], coverage: 'events' };

const withStudent = (student: object) => ({ ...ROW, student: { ...STUDENT, ...student } });
const withEvent = (event: object) => ({ ...ROW, events: [{ ...EVENT, ...event }] });
const withTotals = (totals: object) => ({ ...ROW, coverage: 'totals', events: [], totals });

const ROWS: Array<[string, unknown, boolean]> = [
  ['a plain row', ROW, true],
  ['a row with totals only', withTotals({ days: 3, lessons: 4.5, percent: 2.1 }), true],
  ['a student without a name', withStudent({ name: '' }), false],
  ['a student without a key', withStudent({ key: undefined }), false],
  ['grade 13 (Vg3)', withStudent({ grade: 13 }), true],
  ['grade 14', withStudent({ grade: 14 }), false],
  ['grade 7.5', withStudent({ grade: 7.5 }), false],
  ['an age band no one has', withStudent({ ageBand: 'voksen' }), false],
  ['29 February in a leap year', withEvent({ date: '2028-02-29' }), true],
  ['30 February', withEvent({ date: '2026-02-30' }), false],
  ['a date without leading zeros', withEvent({ date: '2026-2-3' }), false],
  ['lesson 12', withEvent({ lessons: [12] }), true],
  ['lesson 0', withEvent({ lessons: [0] }), false],
  ['lesson 13', withEvent({ lessons: [13] }), false],
  ['no minutes', withEvent({ minutes: 0 }), true],
  ['negative minutes', withEvent({ minutes: -1 }), false],
  ['infinite minutes', withEvent({ minutes: Number.POSITIVE_INFINITY }), false],
  ['minutes that are not a number', withEvent({ minutes: Number.NaN }), false],
  ['minutes as text', withEvent({ minutes: '45' }), false],
  ['an unknown kind', withEvent({ kind: 'absent' }), false],
  ['documented left out (it must say null)', withEvent({ documented: undefined }), false],
  ['notified as text', withEvent({ notified: 'ja' }), false],
  ['events that are not a list', { ...ROW, events: EVENT }, false],
  ['an unknown coverage', { ...ROW, coverage: 'some' }, false],
  ['100 % absence', withTotals({ percent: 100 }), true],
  ['101 % absence', withTotals({ percent: 101 }), false],
  ['a late count of 2.5', withTotals({ lateCount: 2.5 }), false],
  ['a stretch in order with days', withTotals({ stretches: [{ from: '2026-11-09', to: '2026-11-23', days: 2 }] }), true],
  ['a stretch ending before it starts', withTotals({ stretches: [{ from: '2026-11-23', to: '2026-11-09', days: 2 }] }), false],
  ['a stretch with neither days nor lessons', withTotals({ stretches: [{ from: '2026-11-09', to: '2026-11-23' }] }), false],
  ['a stretch with a share only', withTotals({ stretches: [{ from: '2026-11-10', to: '2026-11-23', percent: 25 }] }), true],
  ['a stretch with a share over 100 %', withTotals({ stretches: [{ from: '2026-11-10', to: '2026-11-23', percent: 101 }] }), false],
  ['a subject without a name', withTotals({ subjects: [{ subject: '' }] }), false],
  ['a subject with a limit over 100', withTotals({ subjects: [{ subject: 'Matematikk', limit: 110 }] }), false],
  ['an unknown totals period', withTotals({ period: 'week' }), false],
  ['a list instead of a row', [ROW], false],
  ['nothing', undefined, false],
];

describe('the content script checks a reading row as the Reading schema does', () => {
  for (const [what, row, valid] of ROWS) {
    it(`${what}: ${valid ? 'valid' : 'refused'}`, () => {
      expect(ReadingRow.safeParse(row).success, 'the schema').toBe(valid);
      const checked = checkReadingRow(row);
      expect(checked.success, 'the plain check').toBe(valid);
      if (checked.success) expect(checked.data).toEqual(ReadingRow.parse(row));
      else expect(checked.issues.length).toBeGreaterThan(0);
    });
  }

  it('fills the defaults and leaves unknown keys out, as the schema does', () => {
    const checked = checkReadingRow({ ...withTotals({ days: 2 }), extra: 'x', student: { ...STUDENT, shown: true } });
    expect(checked).toEqual({
      success: true,
      data: { student: STUDENT, events: [], totals: { days: 2, period: 'term', subjects: [] }, coverage: 'totals' },
    });
  });

  it('names the field that is wrong', () => {
    const checked = checkReadingRow({ ...ROW, events: [EVENT, { ...EVENT, lessons: [1, 0] }] });
    expect(checked.success ? [] : checked.issues.map((issue) => issue.path)).toEqual([['events', 1, 'lessons', 1]]);
  });

  it('a page: its period defaults to unstated and its warnings to none; a window needs both dates, in order', () => {
    const page = { portal: 'generic', pageType: 'lessonRegister', rows: [ROW] };
    expect(checkReading(page)).toEqual({ success: true, data: { ...page, shownPeriod: { basis: 'unstated' }, warnings: [] } });
    for (const shownPeriod of [{ basis: 'window', from: '2026-11-16' }, { basis: 'stated', from: '2026-11-20', to: '2026-11-16' }]) {
      expect(Reading.safeParse({ ...page, shownPeriod }).success).toBe(false);
      expect(checkReading({ ...page, shownPeriod }).success).toBe(false);
    }
    expect(checkReading({ ...page, pageType: 'timetable' }).success).toBe(false);
    expect(checkReading({ ...page, portal: '' }).success).toBe(false);
  });

  it('a date: YYYY-MM-DD naming a real day', () => {
    for (const [date, valid] of [['2026-11-23', true], ['2026-04-31', false], ['2026-11-23T00:00', false], [20261123, false]] as const) {
      expect(IsoDate.safeParse(date).success).toBe(valid);
      expect(checkIsoDate(date).success).toBe(valid);
    }
  });
});

describe('generated rows: the plain check and the schema give the same answer', () => {
  // Mostly values a rule accepts, now and then one it refuses: so that many rows are valid and
  // the invalid ones are wrong in one place, where a difference between the two would show.
  const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined, freq: 2 });
  const anyValue = fc.oneof(fc.constant(null), fc.string({ maxLength: 3 }), fc.boolean(), fc.constant([]), fc.constant({}));
  const mostly = <T>(usual: fc.Arbitrary<T>, edge: fc.Arbitrary<unknown>) =>
    fc.oneof({ arbitrary: usual, weight: 30 }, { arbitrary: edge, weight: 1 }, { arbitrary: anyValue, weight: 1 });
  const date = mostly(
    fc.constantFrom('2026-11-23', '2026-08-17', '2028-02-29'),
    fc.constantFrom('2026-02-29', '2026-04-31', '2026-13-01', '2026-1-05', ''),
  );
  const num = mostly(fc.oneof(fc.integer({ min: 1, max: 12 }), fc.constantFrom(0, 0.5, 7.5, 99.9, 100)), fc.constantFrom(-1, 13, 14, 100.5, -0.5, Number.NaN, Number.POSITIVE_INFINITY));
  const text = mostly(fc.constantFrom('Ola', 'Matematikk', 'F'), fc.constant(''));
  const flag = mostly(fc.boolean(), fc.constant(null));
  const student = fc.record(
    { key: text, name: text, className: maybe(text), grade: maybe(num), ageBand: mostly(fc.constantFrom('barnetrinn', 'videregaende'), fc.constant('x')), adult: maybe(flag), extra: maybe(text) },
    { requiredKeys: ['key', 'name', 'ageBand'] },
  );
  const event = fc.record(
    {
      date,
      kind: mostly(fc.constantFrom('day', 'lesson', 'late', 'leftEarly'), fc.constant('present')),
      lessons: maybe(mostly(fc.array(num, { maxLength: 3 }), anyValue)),
      minutes: maybe(num),
      subject: maybe(text),
      documented: flag,
      notified: flag,
      code: maybe(text),
      countsTowardLimit: maybe(flag),
    },
    { requiredKeys: ['date', 'kind', 'documented', 'notified'] },
  );
  const stretch = fc.record({ from: date, to: date, days: maybe(num), lessons: maybe(num), percent: maybe(num) }, { requiredKeys: ['from', 'to'] });
  const subject = fc.record(
    { subject: text, subjectCode: maybe(text), absentLessons: maybe(num), percent: maybe(num), warningLimit: maybe(num), limit: maybe(num) },
    { requiredKeys: ['subject'] },
  );
  const totals = fc.record(
    {
      days: maybe(num),
      lessons: maybe(num),
      undocumentedDays: maybe(num),
      lateCount: maybe(num),
      percent: maybe(num),
      period: maybe(mostly(fc.constantFrom('term', 'schoolYear', 'unknown'), fc.constant('week'))),
      stretches: maybe(fc.array(stretch, { maxLength: 2 })),
      subjects: maybe(mostly(fc.array(subject, { maxLength: 2 }), anyValue)),
    },
    { requiredKeys: [] },
  );
  const row = fc.record(
    { student, events: mostly(fc.array(event, { maxLength: 3 }), anyValue), totals: maybe(totals), coverage: mostly(fc.constantFrom('events', 'totals'), fc.constant('x')) },
    { requiredKeys: ['student', 'events', 'coverage'] },
  );

  it('every generated row', { timeout: 60_000 }, () => {
    const seen = { valid: 0, refused: 0 };
    fc.assert(
      fc.property(row, (candidate) => {
        const schema = ReadingRow.safeParse(candidate);
        const checked = checkReadingRow(candidate);
        expect(checked.success).toBe(schema.success);
        if (checked.success && schema.success) expect(checked.data).toEqual(schema.data);
        seen[schema.success ? 'valid' : 'refused'] += 1;
      }),
      { numRuns: 1000 },
    );
    // Both answers are common enough for the comparison to mean something.
    expect(Math.min(seen.valid, seen.refused)).toBeGreaterThan(100);
  });

  it('every generated page', { timeout: 60_000 }, () => {
    const seen = { valid: 0, refused: 0 };
    const period = fc.record(
      { basis: mostly(fc.constantFrom('window', 'stated', 'termSoFar', 'schoolYearSoFar', 'unstated'), fc.constant('week')), from: maybe(date), to: maybe(date) },
      { requiredKeys: ['basis'] },
    );
    const page = fc.record(
      {
        portal: text,
        pageType: mostly(fc.constantFrom('classOverview', 'studentAbsence', 'lessonRegister', 'eventList'), fc.constant('x')),
        school: maybe(text),
        pageDate: maybe(date),
        shownPeriod: maybe(period),
        rows: fc.array(row, { maxLength: 2 }),
        warnings: maybe(fc.array(text, { maxLength: 2 })),
      },
      { requiredKeys: ['portal', 'pageType', 'rows'] },
    );
    fc.assert(
      fc.property(page, (candidate) => {
        const schema = Reading.safeParse(candidate);
        const checked = checkReading(candidate);
        expect(checked.success).toBe(schema.success);
        if (checked.success && schema.success) expect(checked.data).toEqual(schema.data);
        seen[schema.success ? 'valid' : 'refused'] += 1;
      }),
      { numRuns: 500 },
    );
    expect(Math.min(seen.valid, seen.refused)).toBeGreaterThan(50);
  });
});
