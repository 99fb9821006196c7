// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { ReadingRow } from '../../../lib/model';
import { evaluate } from '../../../lib/guidelines/evaluate';
import { kearneyForskning } from '../../../lib/guidelines/profiles/kearney-forskning';
import { history } from '../guidelines/history-builder';
import { isCouldNotRead } from '../../../lib/portals/adapter';
import { genericAdapter } from '../../../lib/portals/generic';
import { readAsOverlay } from './read-as-overlay';
import { ASOF, genericRows as rows, parsePage, URL_ON_SOME_SITE } from './generic-fixtures';

/**
 * Period columns headed by the dates they cover rather than by words ("18.08.–23.11.2026"), and a
 * term split at a holiday ("Før haustferien (18.08.–25.09.) | Etter haustferien (05.10.–23.11.)").
 * Pages invented; values worked out by hand, as of Monday 23.11.2026: the last 14 days (10.–23.11)
 * hold 10 school days, so A fires above 2.5 days; the term so far holds 65, so B fires above 9.75
 * days (15 %) or 10 days.
 */
function level(row: ReadingRow | undefined): string {
  return evaluate(history().totals(row?.totals ?? {}).build(), kearneyForskning, ASOF).level;
}

describe('figures in days whose header says the lessons were converted into them', () => {
  // The group header names both units: the days are the figures, the lessons only what went into them.
  const page = `<h1>8C – fravær i dager</h1><table><thead>
    <tr><th rowspan="2">Elev</th><th colspan="2">Fravær i dager (enkelttimer omregnet, 6 timer = 1 dag)</th></tr>
    <tr><th>18.08.–23.11.2026</th><th>10.11.–23.11.2026</th></tr></thead><tbody>
    <tr><td>Kari Moe</td><td>7,5</td><td>3,0</td></tr>
    <tr><td>Odd Rud</td><td>10,5</td><td>0,0</td></tr>
    <tr><td>Lene Dahl</td><td>2,0</td><td>0,5</td></tr></tbody></table>`;

  it('reads them as days, the last 14 days too', () => {
    expect(rows(page).map((row) => [row.student.name, row.totals?.days, row.totals?.lessons, row.totals?.stretches?.map((s) => [s.from, s.to, s.days, s.lessons])])).toEqual([
      ['Kari Moe', 7.5, undefined, [['2026-11-10', '2026-11-23', 3, undefined]]],
      ['Odd Rud', 10.5, undefined, [['2026-11-10', '2026-11-23', 0, undefined]]],
      ['Lene Dahl', 2, undefined, [['2026-11-10', '2026-11-23', 0.5, undefined]]],
    ]);
  });

  it('never shows them ok when the days say concern: 3,0 of the last 14 days > 2,5; 10,5 in the term > 10', () => {
    // Read as lessons, 3,0 would be half a day and 10,5 under two: both "ok", the worst error.
    expect(rows(page).map((row) => [row.student.name, level(row)])).toEqual([
      ['Kari Moe', 'concern'],
      ['Odd Rud', 'concern'],
      ['Lene Dahl', 'ok'],
    ]);
  });

  it('reads a rate of lessons to a day without the word for converting as days too', () => {
    // 4,5 days: A undecidable from the term alone (> 2,5), B not fired (≤ 9,75) → unknown.
    const [row] = rows(`<table><tr><th>Elev</th><th>Fravær hittil i halvåret, dager (6 timer = 1 dag)</th></tr>
      <tr><td>Kari Moe</td><td>4,5</td></tr></table>`);
    expect([row?.totals?.days, row?.totals?.lessons, level(row)]).toEqual([4.5, undefined, 'unknown']);
  });

  it('still reads a header naming lessons as lessons when it converts nothing', () => {
    const [row] = rows(`<table><tr><th>Elev</th><th>Fraværstimer</th></tr><tr><td>Kari Moe</td><td>12</td></tr></table>`);
    expect([row?.totals?.days, row?.totals?.lessons]).toEqual([undefined, 12]);
  });
});

describe('a term split at the autumn break, each side headed with its dates', () => {
  // Before the break 18.08–25.09, after it 05.10–23.11 (the break 28.09–02.10 between): the
  // after-break stretch holds the last 14 days, so its figure bounds A. Whole days and enkelttimer
  // beyond them (1/6 day each).
  const page = (before: string, after: string) => `<h1>Fråvær 9B</h1><table><thead>
    <tr><th rowspan="2">Elev</th><th colspan="2">${before} (18.08.–25.09.)</th><th colspan="2">${after} (05.10.–23.11.)</th><th colspan="2">Sum</th></tr>
    <tr><th>Dagar</th><th>Timar</th><th>Dagar</th><th>Timar</th><th>Dagar</th><th>Timar</th></tr></thead><tbody>
    <tr><td>Ola Nes</td><td>2</td><td>0</td><td>1</td><td>2</td><td>3</td><td>2</td></tr>
    <tr><td>Per Lie</td><td>0</td><td>0</td><td>4</td><td>1</td><td>4</td><td>1</td></tr></tbody></table>`;

  it('reads the after-break columns as a stretch from the end of the break to the as-of day', () => {
    const [ola] = rows(page('Før haustferien', 'Etter haustferien'));
    expect(ola?.totals?.stretches).toEqual([
      { from: '2026-08-18', to: '2026-09-25', days: 2, lessons: 0 },
      { from: '2026-10-05', to: '2026-11-23', days: 1, lessons: 2 },
    ]);
    expect([ola?.totals?.days, ola?.totals?.lessons]).toEqual([3, 2]);
  });

  it('decides A from it: 1 d + 2 t = 1,33 ≤ 2,5 → ok; 4 d + 1 t = 4,17 could lie in the last 14 days → unknown', () => {
    // B: 3,33 and 4,17 days in the term, both ≤ 9,75 → not fired.
    expect(rows(page('Før høstferien', 'Etter høstferien')).map((row) => [row.student.name, level(row)])).toEqual([
      ['Ola Nes', 'ok'],
      ['Per Lie', 'unknown'],
    ]);
  });

  it('does not join two ranges a school week apart when their headers name no break between them', () => {
    // 28.09–02.10 could hold school days: the later range is no stretch the reader can vouch for.
    const [ola] = rows(page('Periode 1', 'Periode 2'));
    expect(ola?.totals?.stretches?.map((s) => s.from)).not.toContain('2026-10-05');
    expect(level(ola)).toBe('unknown');
  });

  it('does not join them across two different holidays', () => {
    const [ola] = rows(page('Før haustferien', 'Etter juleferien'));
    expect(ola?.totals?.stretches?.map((s) => s.from)).not.toContain('2026-10-05');
  });
});

describe('totals whose own header states a range that starts after the term', () => {
  const page = (range: string) => `<h1>Fravær 9A</h1><p>Per 23.11.2026</p><table><thead>
    <tr><th rowspan="2">Elev</th><th colspan="2">${range}</th></tr>
    <tr><th>Dager</th><th>Timer</th></tr></thead><tbody>
    <tr><td>Kari Moe</td><td>2</td><td>0</td></tr>
    <tr><td>Odd Rud</td><td>0</td><td>1</td></tr></tbody></table>`;
  const read = (html: string) => {
    const result = readAsOverlay(genericAdapter, parsePage(html), URL_ON_SOME_SITE, { asOf: ASOF });
    if (isCouldNotRead(result)) throw new Error(JSON.stringify(result.missing));
    return result;
  };
  const levels = (html: string) => {
    const { reading, layout } = read(html);
    return reading.rows.map((row) =>
      evaluate({ ...history().totals(row.totals ?? {}).build(), ...(layout.shownPeriod ? { shownPeriod: layout.shownPeriod } : {}) }, kearneyForskning, ASOF).level,
    );
  };

  it('states that range as the period shown, and the weeks before it are unseen', () => {
    expect(read(page('Fravær 01.10.–23.11.2026')).layout.shownPeriod).toEqual({ basis: 'stated', from: '2026-10-01', to: '2026-11-23' });
    // By hand: 2 days and 1 lesson since 01.10 decide A (the last 14 days lie inside the range: at
    // most 2 ≤ 2.5), but not B: 18.08–30.09 are unseen and could hold more than 9.75 days.
    expect(levels(page('Fravær 01.10.–23.11.2026'))).toEqual(['unknown', 'unknown']);
    // The same figures over the whole term so far decide both: ok.
    expect(levels(page('Fravær 18.08.–23.11.2026'))).toEqual(['ok', 'ok']);
  });
});

describe('a column per week and their sum, under a line that states the weeks\' range', () => {
  // As of Monday 23.11.2026. Weeks 42–47 are 12.10–18.10 … 16.11–22.11; the line states 12.10–20.11.
  const page = `<h1>Fravær per uke, 6B</h1><p>Uke 42–47 (12.10.–20.11.2026) · per 23.11.2026</p><table><thead>
    <tr><th>Elev</th><th>Uke 42</th><th>Uke 43</th><th>Uke 44</th><th>Uke 45</th><th>Uke 46</th><th>Uke 47</th><th>Sum</th></tr></thead><tbody>
    <tr><td>Linn Foss</td><td>0</td><td>1</td><td>0</td><td>0</td><td>0</td><td>1</td><td>2</td></tr>
    <tr><td>Bo Wold</td><td>2</td><td>3</td><td>2</td><td>1</td><td>1</td><td>1</td><td>10</td></tr></tbody></table>
    <p>Tallene er hele fraværsdager per uke.</p>`;

  it('takes the range for the period of the weeks and their sum, not for one week of them', () => {
    const result = readAsOverlay(genericAdapter, parsePage(page), URL_ON_SOME_SITE, { asOf: ASOF });
    if (isCouldNotRead(result)) throw new Error(JSON.stringify(result.missing));
    expect(result.layout.shownPeriod).toEqual({ basis: 'stated', from: '2026-10-12', to: '2026-11-20' });
    // By hand: Linn has at most 1 day in the last 14 days (week 47, and 23.11 unseen: at most 2 ≤ 2.5),
    // so A does not fire; her 2 days since 12.10 cannot decide B, as 18.08–11.10 are unseen: unknown,
    // not ok. Bo's 10 days since 12.10 are already over 15 % of the term's 65 school days (9.75): concern.
    const levels = result.reading.rows.map(
      (row) => evaluate({ ...history().totals(row.totals ?? {}).build(), ...(result.layout.shownPeriod ? { shownPeriod: result.layout.shownPeriod } : {}) }, kearneyForskning, ASOF).level,
    );
    expect(levels).toEqual(['unknown', 'concern']);
  });
});
