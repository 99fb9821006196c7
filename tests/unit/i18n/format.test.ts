import { describe, expect, it } from 'vitest';
import { formatAndList, formatDate, formatDateRange, formatDayMonth, formatNumber, formatOneDecimal } from '../../../lib/i18n/format';

// Expected texts are how Norwegian (Språkrådet: decimal comma, dd.mm.åååå) and British English
// write them, by hand.
describe('UI formats per language', () => {
  it('numbers: at most one decimal, a comma in Norwegian and a point in English', () => {
    expect(formatNumber('nb', 2.45)).toBe('2,5');
    expect(formatNumber('nn', 7)).toBe('7');
    expect(formatNumber('en', 2.45)).toBe('2.5');
    expect(formatNumber('nb', 0.04)).toBe('0');
    expect(formatOneDecimal('nb', 1)).toBe('1,0');
    expect(formatOneDecimal('en', 1.25)).toBe('1.3');
  });

  it('dates: dd.mm.yyyy in Norwegian, dd/mm/yyyy in English, never moved by a time zone', () => {
    expect(formatDate('nb', '2026-11-04')).toBe('04.11.2026');
    expect(formatDate('nn', '2026-01-01')).toBe('01.01.2026');
    expect(formatDate('en', '2026-12-31')).toBe('31/12/2026');
    expect(formatDayMonth('nb', '2026-12-14')).toBe('14.12.');
    expect(formatDayMonth('nn', '2026-09-04')).toBe('04.09.');
    expect(formatDayMonth('en', '2026-12-14')).toBe('14/12');
  });

  it('dates: the same date asked again, in another language, or after thousands of others, reads the same', () => {
    expect(formatDate('nb', '2026-11-24')).toBe('24.11.2026');
    expect(formatDate('en', '2026-11-24')).toBe('24/11/2026');
    expect(formatDate('nb', '2026-11-24')).toBe('24.11.2026');
    for (let day = 1; day <= 28; day += 1) {
      for (let month = 1; month <= 12; month += 1) {
        for (let year = 2020; year <= 2029; year += 1) formatDate('nn', `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
      }
    }
    expect(formatDate('en', '2026-11-24')).toBe('24/11/2026');
    expect(formatDate('nn', '2029-12-28')).toBe('28.12.2029');
    expect(() => formatDate('nb', 'ingen dato')).toThrow(RangeError);
  });

  it('a period: short within a year, whole dates across two, one date for one day', () => {
    expect(formatDateRange('nb', '2026-11-16', '2026-11-20')).toBe('16.11–20.11');
    expect(formatDateRange('nn', '2026-09-02', '2026-10-09')).toBe('02.09–09.10');
    expect(formatDateRange('nb', '2026-08-17', '2027-01-04')).toBe('17.08.2026–04.01.2027');
    expect(formatDateRange('nb', '2026-11-16', '2026-11-16')).toBe('16.11.2026');
    expect(formatDateRange('en', '2026-11-16', '2026-11-20')).toBe('16/11–20/11');
  });

  it('lists: "a, b og c" in Norwegian, "a, b and c" in English', () => {
    expect(formatAndList('nb', ['a'])).toBe('a');
    expect(formatAndList('nb', ['a', 'b'])).toBe('a og b');
    expect(formatAndList('nn', ['a', 'b', 'c'])).toBe('a, b og c');
    expect(formatAndList('en', ['a', 'b', 'c'])).toBe('a, b and c');
  });
});
