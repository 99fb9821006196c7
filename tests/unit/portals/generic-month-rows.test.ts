// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { ReadingRow } from '../../../lib/model';
import { evaluate } from '../../../lib/guidelines/evaluate';
import { kearneyForskning } from '../../../lib/guidelines/profiles/kearney-forskning';
import { history } from '../guidelines/history-builder';
import { ASOF, genericRows as rows } from './generic-fixtures';

/**
 * An export with one row per student per month and no totals. Pages are invented; the expected
 * values are worked out by hand with ASOF = 23.11.2026: the last 14 days are 10.11–23.11 (10
 * school days), November so far (02.11–23.11) has 16 school days, 6 of them before 10.11.
 */
function level(row: ReadingRow | undefined): string {
  return evaluate(history().totals(row?.totals ?? {}).build(), kearneyForskning, ASOF).level;
}

const PAGE = `<p>Skuleåret 2026/27</p><table><thead><tr><th>Elev</th><th>Månad</th><th>Dagar</th><th>Timar</th></tr></thead><tbody>
  <tr><td>Kari Moe</td><td>September</td><td>2</td><td>0</td></tr>
  <tr><td>Kari Moe</td><td>Oktober</td><td>1</td><td>3</td></tr>
  <tr><td>Kari Moe</td><td>November (til 23.11.)</td><td>1</td><td>0</td></tr>
  <tr><td>Ola Berg</td><td>September</td><td>0</td><td>0</td></tr>
  <tr><td>Ola Berg</td><td>Oktober</td><td>1</td><td>0</td></tr>
  <tr><td>Ola Berg</td><td>November (til 23.11.)</td><td>3</td><td>6</td></tr>
</tbody></table>`;

describe('one row per student per month', () => {
  it('reads each student once, the months added up: Kari 2 + 1 + 1 days and 3 lessons; Ola 4 days and 6 lessons', () => {
    const read = rows(PAGE);
    expect(read.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons])).toEqual([
      ['Kari Moe', 4, 3],
      ['Ola Berg', 4, 6],
    ]);
  });

  it('keeps each month as a stretch of the total, November to the 23rd its row names', () => {
    const [kari] = rows(PAGE);
    expect(kari?.totals?.stretches).toEqual([
      { from: '2026-09-01', to: '2026-09-30', days: 2, lessons: 0 },
      { from: '2026-10-01', to: '2026-10-31', days: 1, lessons: 3 },
      { from: '2026-11-01', to: '2026-11-23', days: 1, lessons: 0 },
    ]);
  });

  it('ends a month\'s stretch on the day its row says it runs to', () => {
    const [kari] = rows(PAGE.replaceAll('November (til 23.11.)', 'November (til 13.11.)'));
    expect(kari?.totals?.stretches?.[2]).toEqual({ from: '2026-11-01', to: '2026-11-13', days: 1, lessons: 0 });
  });

  it('decides the last 14 days from November: Kari\'s 1 day there is at most 1 of the 10 → ok; Ola\'s 4 days could lie before 10.11 → unknown', () => {
    // Kari: 4.5 days in all ≤ 9.75 → B not fired; the 14 days lie inside November, 1 ≤ 2.5 → A not fired → ok.
    // Ola: 5 days in all → B not fired; November 3 d + 6 t = 4 days, 6 school days of it before 10.11 → A undecidable.
    const [kari, ola] = rows(PAGE);
    expect(level(kari)).toBe('ok');
    expect(level(ola)).toBe('unknown');
  });

  it('adds nothing up when one name has two rows for the same month: two students the page does not tell apart', () => {
    const read = rows(`<table><thead><tr><th>Elev</th><th>Månad</th><th>Dager</th></tr></thead><tbody>
      <tr><td>Kari Moe</td><td>September</td><td>2</td></tr><tr><td>Kari Moe</td><td>September</td><td>1</td></tr>
      <tr><td>Kari Moe</td><td>Oktober</td><td>3</td></tr></tbody></table>`);
    expect(read.map((row) => row.totals?.days)).toEqual([2, 1, 3]);
  });

  it('reads no rows per month when no student has more than one row', () => {
    const read = rows(`<table><thead><tr><th>Elev</th><th>Månad</th><th>Dager</th></tr></thead><tbody>
      <tr><td>Kari Moe</td><td>September</td><td>2</td></tr><tr><td>Ola Berg</td><td>Oktober</td><td>1</td></tr></tbody></table>`);
    expect(read.map((row) => [row.student.name, row.totals?.days, row.totals?.stretches])).toEqual([
      ['Kari Moe', 2, undefined],
      ['Ola Berg', 1, undefined],
    ]);
  });
});
