// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isCouldNotRead } from '../../../lib/portals/adapter';
import { genericAdapter } from '../../../lib/portals/generic';
import { readAsOverlay } from './read-as-overlay';
import { ASOF, genericRows as rows, parsePage, URL_ON_SOME_SITE } from './generic-fixtures';

/**
 * A register's codes as the page's key explains them (code-legend.ts). Pages are invented; the
 * expected values are read off the markup by hand.
 */
describe('a key of entries side by side, each in its own element', () => {
  // The spans touch in the markup, so the paragraph's text runs the entries together:
  // "F = fravær hele dagen2t = fravær i 2 enkelttimerS = forsentkomming (ikke fravær)".
  const key = '<p><span><b>F</b> = fravær hele dagen</span><span><b>2t</b> = fravær i 2 enkelttimer</span><span><b>S</b> = forsentkomming (ikke fravær)</span></p>';
  const register = `<h1>Fravær 8B</h1><table><thead><tr><th>Elev</th><th>Ti 17.11</th><th>On 18.11</th><th>To 19.11</th></tr></thead>
    <tbody><tr><td>Maja Svendsen</td><td>F</td><td>S</td><td>2t</td></tr></tbody></table>${key}`;

  it('reads each code by its own entry: F a whole day, S a late arrival, 2t two lessons', () => {
    const [row] = rows(register);
    expect(row?.events.map((event) => [event.date, event.kind])).toEqual([
      ['2026-11-17', 'day'],
      ['2026-11-18', 'late'],
      ['2026-11-19', 'lesson'],
    ]);
  });
});

describe('a key that sets each mark before its meaning, with no "=" and no label', () => {
  const register = (key: string) => `<h1>7A – fravær siste to uker</h1><p>${key}</p>
    <table><thead><tr><th>Elev</th><th>Ti 17.11</th><th>On 18.11</th><th>To 19.11</th></tr></thead>
    <tbody><tr><td>Vera Lind</td><td>●</td><td>⏱</td><td>3t</td></tr>
    <tr><td>Ola Bakke</td><td></td><td></td><td>⏱</td></tr></tbody></table>`;

  it('reads "● fravær hele dagen · 2t fravær i enkelttimer · ⏱ forsentkomming": ● a whole day, ⏱ a late arrival', () => {
    const read = rows(register('● fravær hele dagen · 2t fravær i enkelttimer · ⏱ forsentkomming (hold musepekeren over et symbol for detaljer)'));
    // By hand: Vera's ● on Tuesday 17.11 is a day, her ⏱ on 18.11 a late arrival, "3t" on 19.11
    // lessons; Ola's only mark is ⏱ on 19.11.
    expect(read.map((row) => [row.student.name, row.events.map((event) => [event.date, event.kind])])).toEqual([
      ['Vera Lind', [['2026-11-17', 'day'], ['2026-11-18', 'late'], ['2026-11-19', 'lesson']]],
      ['Ola Bakke', [['2026-11-19', 'late']]],
    ]);
  });

  it('reads the same key in nynorsk, its entries parted by commas', () => {
    const read = rows(register('● fråvær heile dagen, ⏱ kom for seint'));
    expect(read.map((row) => row.events.map((event) => event.kind))).toEqual([['day', 'late', 'lesson'], ['late']]);
  });

  it('counts a sample lesson entry as a key\'s second: "● fravær hele dagen · 2t fravær i to timer"', () => {
    const page = `<p>● fravær hele dagen · 2t fravær i to timer</p>
      <table><thead><tr><th>Elev</th><th>Ti 17.11</th><th>On 18.11</th></tr></thead>
      <tbody><tr><td>Vera Lind</td><td>●</td><td>3t</td></tr></tbody></table>`;
    // By hand: ● on 17.11 a whole day, "3t" on 18.11 lessons.
    expect(rows(page)[0]?.events.map((event) => [event.date, event.kind])).toEqual([
      ['2026-11-17', 'day'],
      ['2026-11-18', 'lesson'],
    ]);
  });

  it('takes one mark before words for no key: beside "● Fravær over grensen på 10 %" a ● stays unknown', () => {
    const page = `<p>● Fravær over grensen på 10 %</p>
      <table><thead><tr><th>Elev</th><th>Ti 17.11</th><th>On 18.11</th></tr></thead>
      <tbody><tr><td>Vera Lind</td><td>●</td><td></td></tr><tr><td>Ola Bakke</td><td></td><td></td></tr></tbody></table>`;
    const result = readAsOverlay(genericAdapter, parsePage(page), URL_ON_SOME_SITE, { asOf: ASOF });
    if (isCouldNotRead(result)) throw new Error('Ola is read: the page is read');
    expect(result.reading.rows.map((row) => row.student.name)).toEqual(['Ola Bakke']);
    expect(result.notes).toEqual([{ code: 'unknown-codes', codes: [{ text: '●', date: '2026-11-17' }], student: 'Vera Lind' }]);
  });
});
