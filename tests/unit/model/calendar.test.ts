import { describe, expect, it } from 'vitest';
import {
  easterSunday,
  isSchoolDay,
  lastSchoolDays,
  norwegianSchoolYear,
  nthSchoolDay,
  schoolDaysBetween,
  schoolYearStart,
} from '../../../lib/model/calendar';

const calendar = norwegianSchoolYear(2026);

describe('norwegianSchoolYear', () => {
  it('knows Easter', () => {
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2035)).toBe('2035-03-25');
    expect(easterSunday(2029)).toBe('2029-04-01');
  });

  // 18 August 2026 is a Tuesday, 19 December a Saturday, 3 January 2027 a Sunday, 19 June 2027 a
  // Saturday: a term starts on the next weekday and ends on the last one before.
  it('starts and ends its terms on weekdays', () => {
    expect(calendar.terms.map((term) => [term.start, term.end])).toEqual([
      ['2026-08-18', '2026-12-18'],
      ['2027-01-04', '2027-06-18'],
    ]);
  });

  // ISO week 1 holds 4 January; counted by hand from a calendar (4 January 2025 a Saturday,
  // 2026 a Sunday, 2027 a Monday, 2029 a Thursday).
  it.each([
    [2025, '2025-09-29', '2025-10-03', '2026-02-16', '2026-02-20'],
    [2026, '2026-09-28', '2026-10-02', '2027-02-22', '2027-02-26'],
    [2028, '2028-10-02', '2028-10-06', '2029-02-19', '2029-02-23'],
  ])('puts høstferie in week 40 and vinterferie in week 8 of %i/…', (year, autumnFrom, autumnTo, winterFrom, winterTo) => {
    const holidays = norwegianSchoolYear(year).holidays;
    expect(holidays.find((holiday) => holiday.name === 'Høstferie')).toMatchObject({ start: autumnFrom, end: autumnTo });
    expect(holidays.find((holiday) => holiday.name === 'Vinterferie')).toMatchObject({ start: winterFrom, end: winterTo });
  });

  it('never counts a weekend, a holiday or a day outside the terms as a school day', () => {
    expect(isSchoolDay(calendar, '2026-11-23')).toBe(true); // Monday
    expect(isSchoolDay(calendar, '2026-11-22')).toBe(false); // Sunday
    expect(isSchoolDay(calendar, '2026-09-30')).toBe(false); // høstferie, ISO week 40
    expect(isSchoolDay(calendar, '2026-12-28')).toBe(false); // juleferie
    expect(isSchoolDay(calendar, '2027-05-17')).toBe(false);
    expect(isSchoolDay(calendar, '2027-07-01')).toBe(false);
  });

  it('counts a 14-day window in school days', () => {
    // Two calendar weeks Mon 16 Nov – Sun 29 Nov 2026 hold ten school days.
    expect(schoolDaysBetween(calendar, '2026-11-16', '2026-11-29')).toHaveLength(10);
    // Across høstferie (28 Sep – 2 Oct) the same span holds five.
    expect(schoolDaysBetween(calendar, '2026-09-28', '2026-10-11')).toHaveLength(5);
  });

  it('walks back over weekends for the last N school days', () => {
    const days = lastSchoolDays(calendar, '2026-11-23', 3);
    expect(days).toEqual(['2026-11-19', '2026-11-20', '2026-11-23']);
  });

  it('finds the third school day from a Friday on the following Tuesday', () => {
    expect(nthSchoolDay(calendar, '2026-11-20', 3)).toBe('2026-11-24');
  });
});

describe('schoolYearStart', () => {
  it('is the August a date\'s school year began in', () => {
    expect(schoolYearStart('2026-08-01')).toBe(2026);
    expect(schoolYearStart('2026-12-31')).toBe(2026);
    expect(schoolYearStart('2027-01-01')).toBe(2026);
    expect(schoolYearStart('2027-07-31')).toBe(2026);
    expect(schoolYearStart('0150-08-01')).toBe(150);
  });

  it('reads what is not a real date the way a local Date does', () => {
    // The 32nd of July runs on to the 1st of August; years before 100 are 19xx.
    expect(schoolYearStart('2026-07-32')).toBe(2026);
    expect(schoolYearStart('0050-09-01')).toBe(1950);
  });
});
