import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  dateInWeek,
  cleanText,
  parseNorwegianDate,
  parseNorwegianNumber,
  parseLessonNumbers,
  parsePercent,
  relativeDay,
} from '../../../lib/portals/norwegian-format';

describe('parseNorwegianNumber', () => {
  it.each<[string, number | null]>([
    ['12', 12],
    ['0', 0],
    ['1,5', 1.5],
    [' 1,5 ', 1.5],
    ['1 234', 1234],
    ['1\u00A0234', 1234], // no-break space, as portals print thousands
    ['1\u202F234,5', 1234.5], // narrow no-break space
    ['1.234', 1234],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1.5', 1.5], // a spreadsheet's decimal point
    ['7,5 %', 7.5],
    ['7,5%', 7.5],
    ['3 dager', 3],
    ['3 dagar', 3],
    ['12 t', 12],
    ['2 timar', 2],
    ['90 min', 90],
    ['–', 0], // a dash is "none" in Norwegian tables
    ['-', 0],
    ['—', 0],
    ['−2', null], // absence is never negative
    ['-2', null],
    ['', null],
    ['   ', null],
    ['abc', null],
    ['12 elever', null],
    ['1 2345', null],
    ['1,2,3', null],
    ['24.11.2026', null],
    ['1\u200B2', 12], // a zero-width space inside is invisible to the reader
    ['½', 0.5], // half days, as a primary school registers them
    ['2½', 2.5],
    ['9 ½ dager', 9.5],
    ['2,5½', null], // a half after a decimal is no number
    ['½ 3', null],
  ])('%j → %j', (text, expected) => {
    expect(parseNorwegianNumber(text)).toBe(expected);
  });

  it('never throws and never returns a negative or non-finite number', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        const value = parseNorwegianNumber(text);
        return value === null || (Number.isFinite(value) && value >= 0);
      }),
      { numRuns: 500 },
    );
  });

  it('reads back any non-negative decimal written the Norwegian way', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 9 }), (whole, tenth) => {
        const grouped = whole.toLocaleString('nb-NO').replace(/\s/g, '\u00A0');
        expect(parseNorwegianNumber(`${grouped},${tenth}`)).toBeCloseTo(whole + tenth / 10, 10);
      }),
      { numRuns: 200 },
    );
  });
});

describe('parsePercent', () => {
  it.each<[string, number | null]>([
    ['7,5 %', 7.5],
    ['7,5%', 7.5],
    ['7,5 prosent', 7.5],
    ['12', 12],
    ['100 %', 100],
    ['0 %', 0],
    ['–', 0],
    ['100,1 %', null],
    ['%', null],
    ['3 dager', null],
    ['-4 %', null],
    ['', null],
  ])('%j → %j', (text, expected) => {
    expect(parsePercent(text)).toBe(expected);
  });
});

describe('parseNorwegianDate', () => {
  const autumn = '2026-11-23'; // school year 2026–27
  const spring = '2027-03-10'; // the same school year

  it.each<[string, string, string | null]>([
    ['2026-11-24', autumn, '2026-11-24'],
    ['2026-11-24T08:15:00', autumn, '2026-11-24'],
    ['24.11.2026', autumn, '2026-11-24'],
    ['24.11.26', autumn, '2026-11-24'],
    ['24.11.2026 08:15', autumn, '2026-11-24'],
    ['24.11.2026 kl. 8.15', autumn, '2026-11-24'],
    ['3.9.2026', autumn, '2026-09-03'],
    ['24/11/2026', autumn, '2026-11-24'],
    ['24-11-2026', autumn, '2026-11-24'],
    // Without a year: August–December is the school year's start year, January–July the next.
    ['24.11.', autumn, '2026-11-24'],
    ['24.11', autumn, '2026-11-24'],
    ['24/11', autumn, '2026-11-24'],
    ['15.01.', autumn, '2027-01-15'],
    ['24.11.', spring, '2026-11-24'],
    ['15.01.', spring, '2027-01-15'],
    ['31.07.', spring, '2027-07-31'],
    ['01.08.', spring, '2026-08-01'],
    // Month and weekday names: bokmål, nynorsk, English.
    ['24. nov.', autumn, '2026-11-24'],
    ['24. nov', autumn, '2026-11-24'],
    ['24 nov 2026', autumn, '2026-11-24'],
    ['tir. 24. nov.', autumn, '2026-11-24'],
    ['tirsdag 24. november 2026', autumn, '2026-11-24'],
    ['mandag 23. november 2026', autumn, '2026-11-23'],
    ['Mandag 23. November 2026', autumn, '2026-11-23'],
    ['tysdag 24. november', autumn, '2026-11-24'],
    ['måndag 23. nov.', autumn, '2026-11-23'],
    ['laurdag 5. desember', autumn, '2026-12-05'],
    ['sundag 6. des.', autumn, '2026-12-06'],
    ['fr. 15. jan.', autumn, '2027-01-15'],
    ['Tue 24 Nov 2026', autumn, '2026-11-24'],
    ['November 24, 2026', autumn, '2026-11-24'],
    ['24. okt.', autumn, '2026-10-24'],
    ['1. mai', autumn, '2027-05-01'],
    ['17. mars', autumn, '2027-03-17'],
    ['2. sept.', autumn, '2026-09-02'],
    // A weekday that does not fit the school-year guess picks the neighbouring year it fits.
    ['man. 24. nov.', autumn, '2025-11-24'],
    ['mandag 24. november', autumn, '2025-11-24'],
    // Not dates.
    ['31.02.2026', autumn, null],
    ['32.01.2026', autumn, null],
    ['24.13.2026', autumn, null],
    ['2026-02-30', autumn, null],
    ['', autumn, null],
    ['i går', autumn, null],
    ['24. smarch', autumn, null],
    ['Navn', autumn, null],
    ['1,5', autumn, null],
  ])('%j (as of %s) → %j', (text, asOf, expected) => {
    expect(parseNorwegianDate(text, asOf)).toBe(expected);
  });

  it('never throws and returns only real ISO dates', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        const value = parseNorwegianDate(text, autumn);
        return value === null || /^\d{4}-\d{2}-\d{2}$/.test(value);
      }),
      { numRuns: 500 },
    );
  });

  it('reads back every day of a school year written as dd.mm.yyyy, dd.mm. and "d. month"', () => {
    const months = ['jan', 'feb', 'mar', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'des'];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 364 }), (offset) => {
        const date = new Date(2026, 7, 1 + offset);
        const iso = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
        const dd = String(date.getDate()).padStart(2, '0');
        const mm = String(date.getMonth() + 1).padStart(2, '0');
        expect(parseNorwegianDate(`${dd}.${mm}.${date.getFullYear()}`, autumn)).toBe(iso);
        expect(parseNorwegianDate(`${dd}.${mm}.`, autumn)).toBe(iso);
        expect(parseNorwegianDate(`${date.getDate()}. ${months[date.getMonth()]}.`, spring)).toBe(iso);
      }),
      { numRuns: 200 },
    );
  });
});

describe('relativeDay', () => {
  // By hand from a calendar: 23.11.2026 is a Monday, 27.11.2026 a Friday.
  it.each<[string, string, string | null]>([
    ['I dag', '2026-11-23', '2026-11-23'],
    ['i dag', '2026-11-27', '2026-11-27'],
    ['Today', '2026-11-23', '2026-11-23'],
    ['I går', '2026-11-23', '2026-11-22'],
    ['Yesterday', '2026-11-27', '2026-11-26'],
    ['Fredag', '2026-11-23', '2026-11-20'],
    ['Torsdag', '2026-11-23', '2026-11-19'],
    ['tysdag', '2026-11-23', '2026-11-17'],
    ['Sunday', '2026-11-23', '2026-11-22'],
    // The weekday of the as-of day itself is that day: the latest such day on or before it.
    ['Mandag', '2026-11-23', '2026-11-23'],
    ['fredag', '2026-11-27', '2026-11-27'],
    ['onsdag', '2026-11-27', '2026-11-25'],
    // Abbreviations are ordinary words too ("to timer", "ti dager"): not days.
    ['to', '2026-11-23', null],
    ['Fre', '2026-11-23', null],
    ['ti', '2026-11-23', null],
    ['Timer', '2026-11-23', null],
    ['', '2026-11-23', null],
  ])('%j as of %s → %j', (word, asOf, expected) => {
    expect(relativeDay(word, asOf)).toBe(expected);
  });
});

describe('dateInWeek', () => {
  // Worked by hand: 1 January 2026 is a Thursday, so ISO week 1 of 2026 starts Monday 29.12.2025 and
  // week 47 on 29.12.2025 + 46 × 7 = 322 days, Monday 16.11.2026. 4 January 2027 is a Monday: week 1
  // of 2027 starts that day. 2026 ends on a Thursday, so it has a week 53 (28.12.2026–03.01.2027);
  // 2027 begins on a Friday and ends on a Friday: 52 weeks.
  it('reads a week and weekday as the date in that ISO week', () => {
    expect(dateInWeek(47, 1, '2026-11-23')).toBe('2026-11-16');
    expect(dateInWeek(47, 5, '2026-11-23')).toBe('2026-11-20');
    expect(dateInWeek(1, 1, '2026-11-23', 2026)).toBe('2025-12-29');
  });

  it("takes weeks 31–53 from the school year's start year, weeks 1–30 from the year after", () => {
    expect(dateInWeek(2, 2, '2026-11-23')).toBe('2027-01-12');
    expect(dateInWeek(47, 1, '2027-03-10')).toBe('2026-11-16');
    expect(dateInWeek(53, 1, '2026-11-23')).toBe('2026-12-28');
  });

  it('gives null for a week the year does not have, or a week or weekday out of range', () => {
    expect(dateInWeek(53, 1, '2027-11-23')).toBeNull();
    expect(dateInWeek(0, 1, '2026-11-23')).toBeNull();
    expect(dateInWeek(47, 8, '2026-11-23')).toBeNull();
  });
});

describe('cleanText', () => {
  it('removes zero-width and direction marks and folds every kind of space', () => {
    expect(cleanText('\u200F Kari\u00A0\u200BNordmann \n')).toBe('Kari Nordmann');
    expect(cleanText('\uFEFF12\u2009345')).toBe('12 345');
  });

  it('leaves text that is already clean as it is, and cleans what only looks clean', () => {
    for (const clean of ['', 'U', 'UM', '7,5 %', 'Ødegård, Åse', 'man 17.8.', 'Ingen fravær registrert']) {
      expect(cleanText(clean)).toBe(clean);
    }
    expect(cleanText(' U')).toBe('U');
    expect(cleanText('U ')).toBe('U');
    expect(cleanText('Kari  Nordmann')).toBe('Kari Nordmann');
    expect(cleanText('Kari\tNordmann')).toBe('Kari Nordmann');
    expect(cleanText('Kari\u00A0Nordmann')).toBe('Kari Nordmann');
    expect(cleanText('Ha\u00ADkon')).toBe('Hakon');
    // "e" and a combining acute accent are one letter in NFC.
    expect(cleanText('Rene\u0301')).toBe('Ren\u00E9');
  });
});

describe('parseLessonNumbers', () => {
  it.each<[string, number[] | null]>([
    ['3', [3]],
    ['3.', [3]],
    ['3. time', [3]],
    ['1.–3. time', [1, 2, 3]],
    ['1-3', [1, 2, 3]],
    ['1 til 3', [1, 2, 3]],
    ['2., 4. og 5. time', [2, 4, 5]],
    ['1–2, 5', [1, 2, 5]],
    ['1, 2', [1, 2]],
    ['3.–4. time', [3, 4]],
    ['5, 2', [2, 5]],
    ['0', null],
    ['13', null],
    ['3-1', null],
    ['', null],
    ['–', null],
    ['norsk', null],
    ['1,5 t', null],
  ])('%j → %j', (text, expected) => {
    expect(parseLessonNumbers(text)).toEqual(expected);
  });
});
