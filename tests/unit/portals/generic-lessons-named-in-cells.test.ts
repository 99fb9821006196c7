// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isCouldNotRead } from '../../../lib/portals/adapter';
import { genericAdapter } from '../../../lib/portals/generic';
import { readAsOverlay } from './read-as-overlay';
import { ASOF, genericRows as rows, parsePage, URL_ON_SOME_SITE } from './generic-fixtures';

/**
 * A list of registrations whose headers name nothing that was missed ("Dato | Elev | Registrert |
 * Merknad"): only the cells say it, a whole day ("Heldag") or the lessons by number ("Time 1–2").
 * Pages invented; the events expected are read off the markup by hand.
 */
const list = (registered: readonly string[], remarks: readonly string[] = ['Syk', 'Tannlege', 'Ikke meldt']) => `<h1>Fraværsregistreringer 6C</h1>
  <table><thead><tr><th>Dato</th><th>Elev</th><th>Registrert</th><th>Merknad</th></tr></thead><tbody>
  <tr><td>09.11.2026</td><td>Siri Holm</td><td>${registered[0]}</td><td>${remarks[0]}</td></tr>
  <tr><td>12.11.2026</td><td>Siri Holm</td><td>${registered[1]}</td><td>${remarks[1]}</td></tr>
  <tr><td>17.11.2026</td><td>Tor Berg</td><td>${registered[2]}</td><td>${remarks[2]}</td></tr>
  </tbody></table>`;

function events(html: string) {
  return rows(html).map((row) => [row.student.name, row.events.map((event) => [event.date, event.kind, event.lessons ?? null])]);
}

describe('a column that says in its cells what was missed', () => {
  it('reads "Heldag" as a whole day and "Time 1–2", "6. time" as those lessons', () => {
    expect(events(list(['Heldag', 'Time 1–2', '6. time']))).toEqual([
      ['Siri Holm', [['2026-11-09', 'day', null], ['2026-11-12', 'lesson', [1, 2]]]],
      ['Tor Berg', [['2026-11-17', 'lesson', [6]]]],
    ]);
  });

  it('reads a column of whole days only', () => {
    expect(events(list(['Hel dag', 'Heldag', 'Heldag']))).toEqual([
      ['Siri Holm', [['2026-11-09', 'day', null], ['2026-11-12', 'day', null]]],
      ['Tor Berg', [['2026-11-17', 'day', null]]],
    ]);
  });

  it('does not take counts without a lesson named ("2 timer") for lesson numbers', () => {
    // "2 timer" is how many, not which: read as lesson 2 it would count one lesson for two.
    const result = readAsOverlay(genericAdapter, parsePage(list(['Heldag', '2 timer', 'Time 3'])), URL_ON_SOME_SITE, { asOf: ASOF });
    expect(isCouldNotRead(result) ? result.missing : []).toContainEqual({ code: 'no-absence-column' });
  });

  it('leaves a list whose only words are remarks unread: "Syk" or "Tannlege" says why, not how much', () => {
    const result = readAsOverlay(genericAdapter, parsePage(list(['Syk', 'Tannlege', 'Syk'], ['', '', ''])), URL_ON_SOME_SITE, { asOf: ASOF });
    expect(isCouldNotRead(result) ? result.missing : []).toContainEqual({ code: 'no-absence-column' });
  });
});
