// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isCouldNotRead } from '../../../lib/portals/adapter';
import { genericAdapter } from '../../../lib/portals/generic';
import { readAsOverlay } from './read-as-overlay';
import { ASOF, parsePage, URL_ON_SOME_SITE } from './generic-fixtures';

/**
 * A class's registrations as a list, an item per registration: its date, the student's name and
 * what was registered, as a class team's absence tab lists the recent ones. Pages invented; the
 * dates, kinds and lengths expected are read off the markup by hand (a lesson is 45 minutes).
 */
const tab = (items: string) => `<h1>Fravær siste 14 dager</h1>
  <p>8A · Bakken skole · 10.11.2026–23.11.2026 · Oppdatert mandag 23.11.2026</p>
  <ul>${items}</ul><p><small>Viser bare elever med registreringer.</small></p>`;

function read(html: string) {
  const result = readAsOverlay(genericAdapter, parsePage(html), URL_ON_SOME_SITE, { asOf: ASOF });
  if (isCouldNotRead(result)) throw new Error(`could not read: ${JSON.stringify(result.missing)}`);
  return result.reading;
}

const eventsOf = (html: string) =>
  Object.fromEntries(read(html).rows.map((row) => [row.student.name, row.events.map((event) => [event.date, event.kind, event.minutes ?? null])]));

describe("a class's registrations listed by date, each naming its student", () => {
  const items = `<li><time datetime="2026-11-10">Tir 10.11</time> · <strong>Siri Holm</strong> · Fravær hele dagen</li>
    <li><time datetime="2026-11-18">Ons 18.11</time> · <strong>Tor Berg</strong> · Fravær 2 timer</li>
    <li><time datetime="2026-11-20">Fre 20.11</time> · <strong>Siri Holm</strong> · Forsentkomming (5 min)</li>
    <li><time datetime="2026-11-23">Man 23.11</time> · <strong>Tor Berg</strong> · Fravær 1 time</li>`;

  it("reads each item as that student's registration on its date: a whole day, lessons, a late arrival", () => {
    expect(eventsOf(tab(items))).toEqual({
      'Siri Holm': [
        ['2026-11-10', 'day', null],
        ['2026-11-20', 'late', 5],
      ],
      'Tor Berg': [
        ['2026-11-18', 'lesson', 2 * 45],
        ['2026-11-23', 'lesson', 45],
      ],
    });
  });

  it('reads it as an event list over the range stated above it', () => {
    const reading = read(tab(items));
    expect(reading.pageType).toBe('eventList');
    expect(reading.shownPeriod).toEqual({ basis: 'stated', from: '2026-11-10', to: '2026-11-23' });
  });

  it('reads a name written as plain text between dashes', () => {
    expect(eventsOf(tab('<li>16.11.2026 – Kasper Moen – hele dagen</li><li>19.11.2026 – Ida Lie – 3 timer</li>'))).toEqual({
      'Kasper Moen': [['2026-11-16', 'day', null]],
      'Ida Lie': [['2026-11-19', 'lesson', 3 * 45]],
    });
  });

  it('reads no registrations from a list where an item names no student after its date', () => {
    const html = tab(`<li>Tir 10.11 · <strong>Siri Holm</strong> · Fravær hele dagen</li>
      <li>Tor 19.11 · <strong>Foreldremøte</strong> · 2 timer i gymsalen</li>`);
    const result = readAsOverlay(genericAdapter, parsePage(html), URL_ON_SOME_SITE, { asOf: ASOF });
    expect(isCouldNotRead(result) ? [] : result.reading.rows.map((row) => row.student.name)).not.toContain('Siri Holm');
  });
});
