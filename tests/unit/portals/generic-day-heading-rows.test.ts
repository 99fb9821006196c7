// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isCouldNotRead } from '../../../lib/portals/adapter';
import { genericAdapter } from '../../../lib/portals/generic';
import { readAsOverlay } from './read-as-overlay';
import { ASOF, genericRows, parsePage, URL_ON_SOME_SITE } from './generic-fixtures';

/**
 * A class's log by day in one table: a row across the table names each school day, the rows under
 * it are that day's registrations ("Elev | Registrering | Omfang"), and no column holds a date.
 * Pages invented; the dates expected are the headings' days, read by hand.
 */
const log = (body: string) => `<h1>Fraværslogg – 8B</h1>
  <p>Periode: 10.11.2026 – 23.11.2026</p>
  <table><thead><tr><th>Elev</th><th>Registrering</th><th>Omfang</th></tr></thead><tbody>${body}</tbody></table>`;

const day = (heading: string) => `<tr><th colspan="3">${heading}</th></tr>`;

const eventsOf = (html: string) =>
  Object.fromEntries(genericRows(html).map((row) => [row.student.name, row.events.map((event) => `${event.date} ${event.kind}`)]));

describe("a log by day whose headings date the rows under them", () => {
  it("dates each registration by the day heading above it, a student's rows under several days", () => {
    const html = log(
      `${day('Mandag 23.11.2026')}
       <tr><td>Siri Holm</td><td>Fravær</td><td>Hele dagen</td></tr>
       <tr><td>Tor Berg</td><td>Fravær</td><td>2 timer</td></tr>
       ${day('Fredag 20.11.2026')}
       <tr><td colspan="3">Ingen fravær registrert</td></tr>
       ${day('Torsdag 12.11.2026')}
       <tr><td>Siri Holm</td><td>Fravær</td><td>Hele dagen</td></tr>`,
    );
    expect(eventsOf(html)).toEqual({
      'Siri Holm': ['2026-11-12 day', '2026-11-23 day'],
      'Tor Berg': ['2026-11-23 lesson'],
    });
  });

  it('takes the range stated above the log as the period it shows', () => {
    const html = log(
      `${day('Mandag 23.11.2026')}<tr><td>Siri Holm</td><td>Fravær</td><td>Hele dagen</td></tr>
       ${day('Tirsdag 17.11.2026')}<tr><td>Tor Berg</td><td>Fravær</td><td>1 time</td></tr>`,
    );
    const result = readAsOverlay(genericAdapter, parsePage(html), URL_ON_SOME_SITE, { asOf: ASOF });
    if (isCouldNotRead(result)) throw new Error('could not read');
    expect(result.reading.shownPeriod).toEqual({ basis: 'stated', from: '2026-11-10', to: '2026-11-23' });
  });

  it('reads no log from one date heading over a summary of figures: it is a title, not a day', () => {
    const html = `<h1>Fravær 8B</h1><table><thead><tr><th>Elev</th><th>Fravær dager</th></tr></thead><tbody>
      <tr><td colspan="2">Mandag 23.11.2026</td></tr>
      <tr><td>Siri Holm</td><td>3</td></tr><tr><td>Tor Berg</td><td>0</td></tr></tbody></table>`;
    expect(genericRows(html).map((row) => [row.student.name, row.events.length, row.totals?.days])).toEqual([
      ['Siri Holm', 0, 3],
      ['Tor Berg', 0, 0],
    ]);
  });
});
