// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mondayOf, type ReadingRow } from '../../../lib/model';
import { evaluate } from '../../../lib/guidelines/evaluate';
import { kearneyForskning } from '../../../lib/guidelines/profiles/kearney-forskning';
import { weeksNamed } from '../../../lib/portals/generic/week-series';
import { history } from '../guidelines/history-builder';
import { ASOF, genericRows as rows } from './generic-fixtures';

/**
 * Whole days per school week printed as a series in one cell beside the term's sum. Pages are
 * invented; the expected values are worked out by hand with ASOF = Monday 23.11.2026: weeks 45–48
 * begin 02.11, 09.11, 16.11 and 23.11; the last 14 days are 10.11–23.11 (10 school days, A fires
 * above 2.5 days), inside weeks 46–48; the term so far has 65 school days (B fires above 9.75).
 */
function level(row: ReadingRow | undefined): string {
  return evaluate(history().totals(row?.totals ?? {}).build(), kearneyForskning, ASOF).level;
}

function page(header: string, ...rowsOf: Array<[string, string, string]>): string {
  return `<h1>Fravær per skoleuke – 9B</h1><table><thead><tr><th>Elev</th><th>${header}</th><th>Sum (dager)</th></tr></thead><tbody>${rowsOf
    .map(([name, series, sum]) => `<tr><td>${name}</td><td>${series}</td><td>${sum}</td></tr>`)
    .join('')}</tbody></table>`;
}

const HEADER = 'Hele dager per uke (uke 45 → 48)';
const CLASS: Array<[string, string, string]> = [
  ['Kari Moe', '0 · 0 · 1 · 1', '3'],
  ['Ola Berg', '0 · 0 · 2 · 1', '4'],
  ['Per Dahl', '3 · 0 · 0 · 0', '4'],
];

describe('days per school week as a series in one cell', () => {
  it('reads each entry as its week, Monday to Friday, the last week ending on the as-of day', () => {
    const [kari] = rows(page(HEADER, ...CLASS));
    // The weeks themselves, without the runs of weeks read-rows.ts joins from them.
    const weeks = kari?.totals?.stretches?.filter((stretch) => mondayOf(stretch.to) === stretch.from);
    expect(weeks).toEqual([
      { from: '2026-11-02', to: '2026-11-06', days: 0 },
      { from: '2026-11-09', to: '2026-11-13', days: 0 },
      { from: '2026-11-16', to: '2026-11-20', days: 1 },
      { from: '2026-11-23', to: '2026-11-23', days: 1 },
    ]);
  });

  it('decides the last 14 days from the last weeks: Kari weeks 46–48 hold 2 → ok; Ola weeks 47–48 hold 3 > 2.5 → concern; Per 0 since 09.11 → ok', () => {
    const [kari, ola, per] = rows(page(HEADER, ...CLASS));
    expect([level(kari), level(ola), level(per)]).toEqual(['ok', 'concern', 'ok']);
  });

  it('reads the entries parted by white space, a dash and a holiday as none', () => {
    const [kari] = rows(page(HEADER, ['Kari Moe', '– ferie 1 1', '2'], ['Ola Berg', '0 0 0 0', '0']));
    expect(kari?.totals?.stretches?.find((stretch) => stretch.from === '2026-11-16' && stretch.to === '2026-11-23')).toEqual({ from: '2026-11-16', to: '2026-11-23', days: 2 });
  });

  it('reads no weeks when the series has an entry too few: Kari\'s 3 days of the term leave the last 14 days undecided', () => {
    const [kari] = rows(page(HEADER, ['Kari Moe', '0 · 1 · 1', '3'], ['Ola Berg', '0 · 0 · 0 · 0', '0']));
    expect(kari?.totals?.stretches).toBeUndefined();
    expect(level(kari)).toBe('unknown');
  });

  it('reads no weeks when an entry is no count ("syk")', () => {
    const [kari] = rows(page(HEADER, ['Kari Moe', '0 · syk · 1 · 1', '3'], ['Ola Berg', '0 · 0 · 0 · 0', '0']));
    expect(kari?.totals?.stretches).toBeUndefined();
  });

  it('reads a figure over a range of weeks without "per uke" as the one sum it is', () => {
    expect(weeksNamed('Fravær i dager (uke 45–48)', ASOF)).toBeUndefined();
    expect(weeksNamed('Dager pr. uke, uke 45–48', ASOF)).toEqual({ first: '2026-11-02', weeks: 4 });
  });

  it('names the weeks over the New Year: weeks 50 → 2 as of 15.01.2027 are six, from Monday 07.12.2026 (2026 has a week 53)', () => {
    expect(weeksNamed('Dager per uke (uke 50 → 2)', '2027-01-15')).toEqual({ first: '2026-12-07', weeks: 6 });
    expect(weeksNamed('Dager per uke (uke 34 → 46)', '2026-11-13')).toEqual({ first: '2026-08-17', weeks: 13 });
    // Week 51 of 2027 is still to come on 08.01.2027: the series ends in week 51 of 2026 (Monday 14.12).
    expect(weeksNamed('Dager per uke (uke 34 → 51)', '2027-01-08')).toEqual({ first: '2026-08-17', weeks: 18 });
  });
});
