// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { evaluate } from '../../../lib/guidelines/evaluate';
import { kearneyForskning } from '../../../lib/guidelines/profiles/kearney-forskning';
import { isCouldNotRead } from '../../../lib/portals/adapter';
import { genericAdapter } from '../../../lib/portals/generic';
import { readCode } from '../../../lib/portals/generic/cell-meaning';
import { GENERIC_VOCABULARY } from '../../../lib/portals/generic';
import { CALENDAR } from '../guidelines/history-builder';
import { readAsOverlay, type PageRead } from './read-as-overlay';
import { ASOF, URL_ON_SOME_SITE } from './generic-fixtures';

/**
 * A register of one day with each student's status as a group of radio buttons (or a select), as
 * a teacher takes attendance: "Til stede", "Fravær hel dag", "Forsentkomming". Pages invented; the
 * expected values are read off the markup by hand, as of Monday 23.11.2026. One day seen decides
 * neither rule: the last 14 days hold ten school days (A needs more than 2.5 absent) and the 15
 * weeks 65 (B needs more than 9.75); one day shows at most 1, and the other days are unseen.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const CHOICES = ['Til stede', 'Fravær hel dag', 'Forsentkomming'];

/** A row whose status is a radio group with the `checked` choice marked in the markup. */
function radioRow(name: string, checked: number, group: string): string {
  const radios = CHOICES.map(
    (choice, at) => `<label><input type="radio" name="${group}" value="${at}"${at === checked ? ' checked' : ''}> ${choice}</label>`,
  ).join(' ');
  return `<tr><td>${name}</td><td>${radios}</td><td></td></tr>`;
}

const RADIO_PAGE = `<h1>Fraværsføring – 5A</h1><p>Mandag 23.11.2026 · 1. time</p>
  <table><thead><tr><th>Elev</th><th>Status</th><th>Merknad</th></tr></thead><tbody>
  ${radioRow('Ella Kvam', 0, 's1')}${radioRow('Herman Bratli', 1, 's2')}${radioRow('Linnea Sørum', 2, 's3')}
  </tbody></table><button type="button">Lagre fravær</button>`;

function read(html: string, change?: () => void): PageRead {
  document.body.innerHTML = html;
  change?.();
  return readAsOverlay(genericAdapter, document, URL_ON_SOME_SITE, { asOf: ASOF });
}

function eventsOf(result: PageRead): [string, string[]][] {
  if (isCouldNotRead(result)) throw new Error(`could not read: ${JSON.stringify(result.missing)}`);
  return result.reading.rows.map((row) => [row.student.name, row.events.map((event) => `${event.date} ${event.kind}`)]);
}

function levelsOf(result: PageRead): string[] {
  if (isCouldNotRead(result)) throw new Error(`could not read: ${JSON.stringify(result.missing)}`);
  const { shownPeriod } = result.reading;
  return result.reading.rows.map((row) => {
    const history = { ...row, calendar: CALENDAR, ...(shownPeriod ? { shownPeriod } : {}) };
    return `${row.student.name}: ${evaluate(history, kearneyForskning, ASOF).level}`;
  });
}

describe('a register of one day whose status is a checked radio button', () => {
  it('reads the checked choice on the stated day: a whole day, lateness, or present', () => {
    expect(eventsOf(read(RADIO_PAGE))).toEqual([
      ['Ella Kvam', []],
      ['Herman Bratli', ['2026-11-23 day']],
      ['Linnea Sørum', ['2026-11-23 late']],
    ]);
  });

  it('gives no level but unknown from the one day: neither rule can be decided', () => {
    expect(levelsOf(read(RADIO_PAGE))).toEqual(['Ella Kvam: unknown', 'Herman Bratli: unknown', 'Linnea Sørum: unknown']);
  });

  it('reads a choice changed and not yet saved as the page shows it', () => {
    const changed = read(RADIO_PAGE, () => {
      // The teacher marks Ella absent and Herman present before saving.
      (document.querySelector('input[name="s1"][value="1"]') as HTMLInputElement).checked = true;
      (document.querySelector('input[name="s2"][value="0"]') as HTMLInputElement).checked = true;
    });
    expect(eventsOf(changed)).toEqual([
      ['Ella Kvam', ['2026-11-23 day']],
      ['Herman Bratli', []],
      ['Linnea Sørum', ['2026-11-23 late']],
    ]);
  });

  it('reads a status chosen in a select, "Borte hele dagen" a whole day', () => {
    const select = (chosen: number) =>
      `<select>${['Til stede', 'Borte hele dagen', 'For sent'].map((text, at) => `<option${at === chosen ? ' selected' : ''}>${text}</option>`).join('')}</select>`;
    const page = `<h2>Oppmøte 7B – fredag 20.11.2026</h2><table><tr><th>Navn</th><th>Status</th></tr>
      <tr><td>Ola Brekke</td><td>${select(1)}</td></tr><tr><td>Kari Vold</td><td>${select(0)}</td></tr></table>`;
    const result = read(page, () => {
      // happy-dom's innerHTML does not apply <option selected> as a browser's parser does.
      for (const option of Array.from(document.querySelectorAll('option[selected]'))) (option as HTMLOptionElement).selected = true;
    });
    expect(eventsOf(result)).toEqual([
      ['Ola Brekke', ['2026-11-20 day']],
      ['Kari Vold', []],
    ]);
  });

  it('leaves a "Status" column unread when any status in it is not a register word', () => {
    // A class list's enrolment status: "Permisjon" alone would read as a day of leave.
    const page = `<h1>Elevliste 5A – 23.11.2026</h1><table><tr><th>Elev</th><th>Status</th></tr>
      <tr><td>Ella Kvam</td><td>Aktiv</td></tr><tr><td>Amalie Rud</td><td>Permisjon</td></tr></table>`;
    expect(isCouldNotRead(read(page))).toBe(true);
  });
});

describe('a register cell that writes its code out in several words', () => {
  const words = GENERIC_VOCABULARY.cells;

  it('reads "Fravær hel dag" as a whole day and "Ikke meldt fravær" as a day not notified', () => {
    expect(readCode('Fravær hel dag', words)).toMatchObject({ kind: 'absent', event: { kind: 'day' } });
    expect(readCode('Ikke meldt fravær', words)).toMatchObject({ kind: 'absent', event: { kind: 'day', notified: false } });
  });

  it('leaves words that are no code unread', () => {
    expect(readCode('Fravær i dag', words).kind).toBe('unknown');
  });
});
