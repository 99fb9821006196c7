// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isCouldNotRead } from '../../../lib/portals/adapter';
import { genericAdapter } from '../../../lib/portals/generic';
import { readAsOverlay } from './read-as-overlay';
import { ASOF, genericRows as rows, parsePage, URL_ON_SOME_SITE } from './generic-fixtures';

/**
 * A register of the last school days, each column headed by weekday and day of the month with no
 * month stated, its codes explained under a label that says what each code stands for, beside the
 * days absent so far this school year. Pages are invented; the expected values are read off the
 * markup by hand, with ASOF = Monday 23.11.2026: "Tue 10" … "Mon 23" are 10.11–23.11, the ten
 * school days of the last 14 days.
 */
const DAYS = ['Tue 10', 'Wed 11', 'Thu 12', 'Fri 13', 'Mon 16', 'Tue 17', 'Wed 18', 'Thu 19', 'Fri 20', 'Mon 23'];
const LEGEND = '<p><small>Codes (whole school day): / present · S sick · X excused absence · L late, present.</small></p>';

function page(days: readonly string[], codes: readonly string[], total: string, legend = LEGEND): string {
  return `<table><thead><tr><th>Student</th>${days.map((day) => `<th>${day}</th>`).join('')}<th>Days absent (year to date)</th></tr></thead>
    <tbody><tr><td>Ella Hart</td>${codes.map((code) => `<td>${code}</td>`).join('')}<td>${total}</td></tr></tbody></table>${legend}`;
}

describe('a register of the last school days beside the days absent this school year', () => {
  // Ella: S on Wed 11 and Thu 19, X on Mon 23, L on Fri 13 → 3 whole days in 10.11–23.11; 7 this year.
  const codes = ['/', 'S', '/', 'L', '/', '/', '/', 'S', '/', 'X'];

  it('dates each "Tue 10" column as the day of that number up to the as-of day, on the weekday it names', () => {
    const [row] = rows(page(DAYS, codes, '7'));
    expect(row?.events.map((event) => [event.date, event.kind])).toEqual([
      ['2026-11-11', 'day'],
      ['2026-11-13', 'late'],
      ['2026-11-19', 'day'],
      ['2026-11-23', 'day'],
    ]);
  });

  it('reads "Days absent (year to date)" as days of the school year, not as a column of dates', () => {
    const [row] = rows(page(DAYS, codes, '7'));
    expect(row?.totals).toMatchObject({ days: 7, period: 'schoolYear' });
  });

  it('judges the student on the year\'s days with the register as a stretch of them: 3 whole days in 10.11–23.11', () => {
    const [row] = rows(page(DAYS, codes, '7'));
    expect(row?.coverage).toBe('totals');
    expect(row?.totals?.stretches).toEqual([{ from: '2026-11-10', to: '2026-11-23', days: 3, lessons: 0 }]);
  });

  it('makes no stretch of a register that leaves a weekday out: Fri 13 missing could hold absence', () => {
    const withoutFriday = DAYS.filter((day) => day !== 'Fri 13');
    const [row] = rows(page(withoutFriday, codes.filter((_, i) => i !== 3), '7'));
    expect(row?.coverage).toBe('events');
    expect(row?.totals?.stretches).toBeUndefined();
  });

  it('leaves day columns whose weekdays do not fit the days up to the as-of day undated', () => {
    // "Mon 10" … : 10.11.2026 is a Tuesday, so these are no days of the last month.
    const wrong = ['Mon 10', 'Tue 11', 'Wed 12', 'Thu 13', 'Fri 14'];
    const result = readAsOverlay(genericAdapter, parsePage(page(wrong, ['/', 'S', '/', '/', '/'], '7')), URL_ON_SOME_SITE, { asOf: ASOF });
    const dated = isCouldNotRead(result) ? [] : result.reading.rows.flatMap((row) => row.events);
    expect(dated).toEqual([]);
  });
});

describe('a code legend whose label says in brackets what every code stands for', () => {
  it('reads "Codes (whole school day): / present · S sick · …" with its items parted by middle dots', () => {
    const [row] = rows(page(DAYS, ['/', '/', '/', '/', '/', 'S', '/', '/', '/', '/'], '1'));
    expect(row?.events.map((event) => [event.date, event.kind])).toEqual([['2026-11-17', 'day']]);
  });

  it('reads illness, a medical appointment and no reason given as absence', () => {
    const legend = '<p>Codes: I illness, M medical or dental appointment, N no reason given yet, / present</p>';
    const [row] = rows(page(DAYS, ['I', '/', 'M', '/', '/', 'N', '/', '/', '/', '/'], '4', legend));
    expect(row?.events.map((event) => [event.date, event.kind])).toEqual([
      ['2026-11-10', 'day'],
      ['2026-11-12', 'day'],
      ['2026-11-17', 'day'],
    ]);
  });
});
