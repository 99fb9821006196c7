// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { genericRows as rows } from './generic-fixtures';

/**
 * A column over the last 14 days whose header names no unit, beside the period's absence in one
 * unit. Pages are invented; the expected values are read off the markup by hand. As of 23.11.2026
 * the last 14 days run from 10.11.2026.
 */
describe('a last-14-days column whose header names no unit', () => {
  it('counts it in days beside a term figure in days', () => {
    const [liam, olivia] = rows(`<table><thead><tr><th>Student</th><th>Days absent (term)</th><th>Tardies</th><th>Absent last 14 days</th></tr></thead>
      <tbody><tr><td>Liam Haugen</td><td>4.5</td><td>2</td><td>3</td></tr>
      <tr><td>Olivia Grant</td><td>2</td><td>0</td><td>0</td></tr></tbody></table>`);
    expect(liam?.totals).toMatchObject({ days: 4.5, lateCount: 2, stretches: [{ from: '2026-11-10', to: '2026-11-23', days: 3 }] });
    expect(liam?.totals?.stretches?.[0]?.lessons).toBeUndefined();
    expect(olivia?.totals).toMatchObject({ days: 2, stretches: [{ from: '2026-11-10', to: '2026-11-23', days: 0 }] });
  });

  it('counts it in lessons beside a term figure in lessons', () => {
    const [row] = rows(`<table><tr><th>Elev</th><th>Fraværstimer</th><th>Siste 14 dager</th></tr>
      <tr><td>Kari Moe</td><td>20</td><td>4</td></tr></table>`);
    expect(row?.totals).toMatchObject({ lessons: 20, stretches: [{ from: '2026-11-10', to: '2026-11-23', lessons: 4 }] });
    expect(row?.totals?.stretches?.[0]?.days).toBeUndefined();
  });

  it('leaves a stretch of something other than absence unread beside a term figure in days', () => {
    const [row] = rows(`<table><tr><th>Elev</th><th>Fraværsdager</th><th>Anmerkninger siste 14 dager</th><th>Oppmøte siste 14 dager</th></tr>
      <tr><td>Kari Moe</td><td>3</td><td>2</td><td>90</td></tr></table>`);
    expect(row?.totals?.days).toBe(3);
    expect(row?.totals?.stretches).toBeUndefined();
  });

  it('leaves it unread beside both days and lessons, where either could be meant', () => {
    const [row] = rows(`<table><tr><th>Elev</th><th>Dager</th><th>Timer</th><th>Siste 14 dager</th></tr>
      <tr><td>Kari Moe</td><td>3</td><td>2</td><td>2</td></tr></table>`);
    expect(row?.totals).toMatchObject({ days: 3, lessons: 2 });
    expect(row?.totals?.stretches).toBeUndefined();
  });
});
