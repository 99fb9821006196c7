// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { ReadingRow } from '../../../lib/model';
import { evaluate } from '../../../lib/guidelines/evaluate';
import { kearneyForskning } from '../../../lib/guidelines/profiles/kearney-forskning';
import { runInText } from '../../../lib/portals/generic/absence-runs';
import { history } from '../guidelines/history-builder';
import { ASOF, genericRows as rows } from './generic-fixtures';

/**
 * A note in a student's figure cells that the student has been away every school day since a date
 * ("Sykmeldt fra og med 02.11.2026", "Absent since Wed 18 Nov (4 school days)"): a stretch of
 * absence up to the page's day. Pages invented; levels worked out by hand as of Monday 23.11.2026:
 * the last 14 days (10.–23.11) hold 10 school days, A fires above 2,5 days in them; the term so far
 * holds 65, B fires above 10 days or 15 % (9,75 days).
 */
function level(row: ReadingRow | undefined): string {
  return evaluate(history().totals(row?.totals ?? {}).build(), kearneyForskning, ASOF).level;
}

describe('runInText', () => {
  it.each([
    ['a sick note from a date on, merged over the figures', 'Sykmeldt fra og med 02.11.2026 – fravær føres samlet ved friskmelding', { from: '2026-11-02', to: ASOF, percent: 100 }],
    ['an English run with a weekday, no year, and its count of days', 'Absent since Wed 18 Nov (4 school days)', { from: '2026-11-18', to: ASOF, days: 4 }],
    ['a run that began today', 'Absent today (1 school day)', { from: ASOF, to: ASOF, days: 1 }],
    ['a nynorsk note with "f.o.m."', 'Sjukmeld f.o.m. 16.11.2026', { from: '2026-11-16', to: ASOF, percent: 100 }],
    ['a run that has ended', 'Syk fra 02.11.2026 til 06.11.2026', { from: '2026-11-02', to: '2026-11-06', percent: 100 }],
  ])('%s', (_, text, expected) => {
    expect(runInText(text, ASOF)).toEqual(expected);
  });

  it.each([
    ['a figure', '12'],
    ['a dash for none', '—'],
    ['a run that has not begun', 'Syk fra 30.11.2026'],
    ['leave granted from a date, not a word for being away', 'Permisjon fra 01.11.2026'],
    ['absence counted from a date', 'Fravær fra 01.09.2026: 4 dager'],
    ['a word for away with no date', 'Syk'],
  ])('is no run: %s', (_, text) => {
    expect(runInText(text, ASOF)).toBeUndefined();
  });
});

describe('a note over a row of figures that the student is away since a date', () => {
  const page = `<h1>Fravær 9B</h1><p>Hittil i skoleåret · per 23.11.2026</p>
    <table><thead><tr><th>Elev</th><th>Hele dager</th><th>Enkelttimer</th><th>Siste 14 dager (dager)</th></tr></thead><tbody>
    <tr><td>Eirik Lund</td><td colspan="3">Sykmeldt fra og med 02.11.2026 – fravær føres samlet ved friskmelding</td></tr>
    <tr><td>Mari Holt</td><td colspan="3">Syk fra og med 20.11.2026</td></tr>
    <tr><td>Siv Aas</td><td>1</td><td>0</td><td>0</td></tr>
    </tbody></table>`;

  it('reads the note as every school day from that date, and the figures it covers as unknown', () => {
    const [eirik, mari, siv] = rows(page);
    expect(eirik?.totals).toMatchObject({ stretches: [{ from: '2026-11-02', to: ASOF, percent: 100 }] });
    expect(eirik?.totals?.days).toBeUndefined();
    expect(siv?.totals).toMatchObject({ days: 1, lessons: 0 });
    // Eirik: 02.11–23.11 is 16 school days, all of them absent: 10 of the 10 in 10.–23.11 > 2,5 →
    // A fired; 16 > 10 → B fired → concern. Mari: 20.11 and 23.11, 2 days; the 8 school days of
    // 10.–19.11 and the term before are unseen → A and B undecidable → unknown, never ok.
    // Siv: the last 14 days 0, the term 1 day → ok.
    expect([level(eirik), level(mari), level(siv)]).toEqual(['concern', 'unknown', 'ok']);
  });
});

describe('a column of current absence beside the year figures', () => {
  it('reads an ongoing run as a stretch up to today, included in the year figures', () => {
    const [noah, ella] = rows(`<p>Year to date · as of Monday 23 November 2026</p>
      <table><thead><tr><th>Student</th><th>Days absent (year)</th><th>Periods missed</th><th>Current absence</th></tr></thead><tbody>
      <tr><td>Noah Berg</td><td>5</td><td>0</td><td>Absent since Wed 18 Nov (4 school days)</td></tr>
      <tr><td>Ella Moe</td><td>2</td><td>1</td><td>—</td></tr></tbody></table>`);
    expect(noah?.totals).toMatchObject({ days: 5, lessons: 0, stretches: [{ from: '2026-11-18', to: ASOF, days: 4 }] });
    // Noah: 4 days in 18.–23.11, inside 10.–23.11 > 2,5 → A fired → concern (5 days alone: unknown).
    // Ella: 2 d + 1 t = 2,17 ≤ 2,5 → ok.
    expect([level(noah), level(ella)]).toEqual(['concern', 'ok']);
  });
});
