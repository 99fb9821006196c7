// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isCouldNotRead } from '../../../lib/portals/adapter';
import { genericAdapter } from '../../../lib/portals/generic';
import { listedDays } from '../../../lib/portals/generic/date-lists';
import { readAsOverlay } from './read-as-overlay';
import { ASOF, parsePage, URL_ON_SOME_SITE } from './generic-fixtures';

/**
 * A report listing each student's absence dates in one cell (lib/portals/generic/date-lists.ts).
 * Pages are invented; the expected values are read off the markup by hand (as of 23.11.2026, so
 * dates without a year are in 2026).
 */
describe('a list of absence dates in one cell', () => {
  it('reads each date as a whole day, and a count of lessons in brackets as that day\'s lessons', () => {
    expect(listedDays('03.09, 04.09 · 15.10 (2 t)', ASOF)).toEqual([
      { date: '2026-09-03' },
      { date: '2026-09-04' },
      { date: '2026-10-15', lessons: 2 },
    ]);
    expect(listedDays('16.11.2026 (3 timer); 17.11.', ASOF)).toEqual([{ date: '2026-11-16', lessons: 3 }, { date: '2026-11-17' }]);
    expect(listedDays('', ASOF)).toEqual([]);
  });

  it('reads nothing from a cell with any item that is not a date of the list', () => {
    for (const text of ['03.09 syk', '03.09, foreldremøte', '15.10 (0 t)', '3 dager', '03.09 (2 t) 04.09']) {
      expect(listedDays(text, ASOF)).toBeUndefined();
    }
  });
});

describe('a class report with every absence date of the term in one cell per student', () => {
  const page = (header: string, first: string) => `<h1>Fraværsdatoer – 10B</h1><p>Periode: 18.08.2026–23.11.2026</p>
    <table><thead><tr><th>Elev</th><th>${header}</th><th>Sum</th></tr></thead><tbody>
    <tr><td>Siv Aune</td><td>${first}</td><td>2 d 2 t</td></tr>
    <tr><td>Are Bø</td><td>ingen</td><td>0 d 0 t</td></tr></tbody></table>`;

  it('reads the dates as absence events, a lesson count in brackets as lessons that day', () => {
    const result = readAsOverlay(genericAdapter, parsePage(page('Fraværsdatoer', '03.09, 04.09 · 16.11 (2 t)')), URL_ON_SOME_SITE, { asOf: ASOF });
    if (isCouldNotRead(result)) throw new Error(JSON.stringify(result.missing));
    // Worked by hand: Siv Aune two whole days and two lessons (2 × 45 minutes) on 16.11; Are Bø none.
    expect(result.reading.rows.map((row) => [row.student.name, row.events.map((event) => [event.date, event.kind, event.minutes])])).toEqual([
      [
        'Siv Aune',
        [
          ['2026-09-03', 'day', undefined],
          ['2026-09-04', 'day', undefined],
          ['2026-11-16', 'lesson', 90],
        ],
      ],
      ['Are Bø', []],
    ]);
  });

  it('leaves the column unread when a cell holds more than dates, or the header does not say they are absence', () => {
    for (const html of [page('Fraværsdatoer', '03.09 syk, 04.09'), page('Datoer', '03.09, 04.09'), page('Merknad', '03.09, 04.09')]) {
      expect(isCouldNotRead(readAsOverlay(genericAdapter, parsePage(html), URL_ON_SOME_SITE, { asOf: ASOF }))).toBe(true);
    }
  });
});
