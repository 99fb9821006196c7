import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
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

// The formats are written out (no Intl on a page's ordinary figures); the browser's own Intl
// formats for the same locales are the reference they must read like.
describe('the written-out formats read as Intl writes them', () => {
  const LOCALES = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' } as const;
  const languages = fc.constantFrom('nb' as const, 'nn' as const, 'en' as const);
  // Made once per language: building an Intl format costs far more than using one, and thousands
  // of runs building their own made the test slow enough to time out on a busy machine.
  type Language = keyof typeof LOCALES;
  const perLanguage = <T,>(make: (locale: string) => T) => {
    const made = { nb: make(LOCALES.nb), nn: make(LOCALES.nn), en: make(LOCALES.en) };
    return (language: Language) => made[language];
  };
  const upToOneDecimal = perLanguage((locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }));
  const oneDecimal = perLanguage((locale) => new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
  const dateFormat = perLanguage((locale) => new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }));
  const andList = perLanguage((locale) => new Intl.ListFormat(locale, { type: 'conjunction' }));
  const figures = fc.oneof(
    fc.integer({ min: -2_000_000, max: 2_000_000 }).map((n) => n / 100), // two decimals: the halves
    fc.integer({ min: -20_000, max: 20_000 }).map((n) => n / 1000),
    fc.double({ min: -1e7, max: 1e7, noNaN: true }),
    fc.constantFrom(0, -0, 0.05, 0.15, 1.45, 2.45, 999.95, 9999.95, -0.04, 1e-7, 1e21, -1e22, Infinity, -Infinity, NaN),
  );

  it('numbers, at most one decimal and always one', () => {
    fc.assert(
      fc.property(languages, figures, (language, value) => {
        expect(formatNumber(language, value)).toBe(upToOneDecimal(language).format(value));
        expect(formatOneDecimal(language, value)).toBe(
          oneDecimal(language).format(value),
        );
      }),
      { numRuns: 3000 },
    );
  });

  it('dates, day and month, periods', () => {
    const days = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2199, 11, 31)), noInvalidDate: true });
    fc.assert(
      fc.property(languages, days, days, (language, a, b) => {
        const format = dateFormat(language);
        const iso = (d: Date) => d.toISOString().slice(0, 10);
        expect(formatDate(language, iso(a))).toBe(format.format(a));
        const [day, separator, month] = format.formatToParts(a).filter((part) => part.type !== 'year').map((part) => part.value);
        expect(formatDayMonth(language, iso(a))).toBe(`${day}${separator}${month}${language === 'en' ? '' : '.'}`);
        if (iso(a).slice(0, 4) !== iso(b).slice(0, 4)) expect(formatDateRange(language, iso(a), iso(b))).toBe(`${format.format(a)}–${format.format(b)}`);
      }),
      { numRuns: 500 },
    );
  });

  it('lists of any length', () => {
    fc.assert(
      fc.property(languages, fc.array(fc.string({ minLength: 1, maxLength: 6 }), { maxLength: 6 }), (language, parts) => {
        expect(formatAndList(language, parts)).toBe(andList(language).format(parts));
      }),
    );
  });
});
