import { describe, expect, it } from 'vitest';
import { addDaysIso, dayNumber, fromDayNumber, IsoDate, isoWeekday } from '../../../lib/model/date';

const MS_PER_DAY = 86_400_000;
/** The platform's own calendar, as an independent reference for the arithmetic. */
const byDate = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY;
const isoByDate = (day: number) => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

describe('day numbers', () => {
  it('counts whole days from 1970-01-01, worked out by hand', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1969-12-31')).toBe(-1);
    // 30 years of 365 days and 7 leap days (1972 … 1996).
    expect(dayNumber('2000-01-01')).toBe(10_957);
    // 2000 is a leap year (divisible by 400): 31 + 29 days to 1 March.
    expect(dayNumber('2000-03-01')).toBe(11_017);
    // 26 years from 2000 with 7 leap days, then 304 days from 1 January to 1 November, then 26.
    expect(dayNumber('2026-11-27')).toBe(20_784);
    expect(fromDayNumber(0)).toBe('1970-01-01');
    expect(fromDayNumber(11_016)).toBe('2000-02-29');
    expect(fromDayNumber(20_784)).toBe('2026-11-27');
    // 1900 is not a leap year (divisible by 100, not by 400).
    expect(addDaysIso('1900-02-28', 1)).toBe('1900-03-01');
    expect(addDaysIso('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDaysIso('2027-01-01', -1)).toBe('2026-12-31');
    expect(isoWeekday('2026-11-27')).toBe(5); // a Friday
  });

  it('agrees with the platform calendar on every day from 1999 to 2031, and on days spread over years 100–9999', () => {
    const mismatches: string[] = [];
    const check = (day: number) => {
      const iso = fromDayNumber(day);
      if (iso !== isoByDate(day) || dayNumber(iso) !== day) mismatches.push(`${day} ${iso}`);
    };
    for (let day = dayNumber('1999-01-01'); day <= dayNumber('2031-12-31'); day += 1) check(day);
    for (let day = dayNumber('1800-01-01'); day <= dayNumber('2400-12-31'); day += 13) check(day);
    for (let day = dayNumber('0100-01-01'); day <= dayNumber('9999-12-31'); day += 997) check(day);
    check(dayNumber('9999-12-31'));
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  it('reads what is not a plain date the way Date.UTC does', () => {
    // A day past the month's end runs on into the next month; years before 100 are 19xx.
    for (const text of ['2026-02-30', '2026-02-00', '2026-13-01', '2026-00-05', '0050-01-01', '0099-12-31', '2026-1-5', '', 'abcd-ef-gh', '+026-11-24', '2026-11-24T10:00']) {
      expect(Object.is(dayNumber(text), byDate(text)), text).toBe(true);
    }
    expect(dayNumber('2026-02-30')).toBe(dayNumber('2026-03-02'));
    for (const day of [0.5, -0.5, 20_000.25, 2_932_897, dayNumber('0050-01-01')]) {
      expect(fromDayNumber(day), String(day)).toBe(isoByDate(day));
    }
    expect(() => fromDayNumber(Number.NaN)).toThrow(RangeError);
    expect(() => fromDayNumber(1e9)).toThrow(RangeError);
  });
});

describe('IsoDate', () => {
  const valid = (text: string) => IsoDate.safeParse(text).success;

  it('accepts only real calendar days, worked out by hand', () => {
    expect(valid('2026-11-30')).toBe(true);
    expect(valid('2026-11-31')).toBe(false);
    expect(valid('2026-12-31')).toBe(true);
    expect(valid('2028-02-29')).toBe(true); // divisible by 4
    expect(valid('2027-02-29')).toBe(false);
    expect(valid('2100-02-29')).toBe(false); // divisible by 100, not by 400
    expect(valid('2000-02-29')).toBe(true); // divisible by 400
    expect(valid('2026-00-10')).toBe(false);
    expect(valid('2026-13-10')).toBe(false);
    expect(valid('2026-01-00')).toBe(false);
    expect(valid('2026-1-10')).toBe(false);
  });

  it('agrees with the platform calendar on every month-end of years 0–120 and 1880–2120', () => {
    const disagreements: string[] = [];
    for (const year of Array.from({ length: 241 + 121 }, (_, i) => (i <= 120 ? i : 1880 + i - 121))) {
      for (let month = 1; month <= 12; month += 1) {
        // Date.UTC, like the check, reads years 0–99 as 1900–1999.
        const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
        const prefix = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
        if (!valid(`${prefix}-${last}`) || valid(`${prefix}-${last + 1}`)) disagreements.push(prefix);
      }
    }
    expect(disagreements.slice(0, 5)).toEqual([]);
  });
});
