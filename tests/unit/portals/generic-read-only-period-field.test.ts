// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isCouldNotRead } from '../../../lib/portals/adapter';
import { genericAdapter } from '../../../lib/portals/generic';
import { readAsOverlay } from './read-as-overlay';
import { ASOF, parsePage, URL_ON_SOME_SITE } from './generic-fixtures';

/**
 * A list of registrations whose period is stated only in the filter bar above it, in a text field
 * the teacher cannot edit ("Periode [18.08.2026 – 23.11.2026]"), as a portal shows the filter a
 * list was opened with. Pages invented; the period expected is the field's, read by hand. Without
 * it, the list states no period: its dates (04.11–17.11) hold neither the last 14 days nor the term.
 */
const list = (filter: string) => `<h1>Fraværsregistreringer 6C</h1>
  <form class="filter">${filter} <span>Elev</span> <select><option>Alle elever</option></select></form>
  <table><thead><tr><th>Dato</th><th>Elev</th><th>Fravær</th></tr></thead><tbody>
  <tr><td>04.11.2026</td><td>Siri Holm</td><td>Hel dag</td></tr>
  <tr><td>17.11.2026</td><td>Tor Berg</td><td>2 timer</td></tr>
  </tbody></table>`;

function shownPeriod(html: string) {
  const result = readAsOverlay(genericAdapter, parsePage(html), URL_ON_SOME_SITE, { asOf: ASOF });
  if (isCouldNotRead(result)) throw new Error(`could not read: ${JSON.stringify(result.missing)}`);
  return result.reading.shownPeriod;
}

const STATED = { basis: 'stated', from: '2026-08-18', to: '2026-11-23' };

describe('a period stated in a read-only field', () => {
  it('reads it when a <span> before the field labels it', () => {
    expect(shownPeriod(list('<span>Periode</span> <input type="text" value="18.08.2026 – 23.11.2026" readonly>'))).toEqual(STATED);
  });

  it('reads it when the label is text just before the field in the same box', () => {
    expect(shownPeriod(list('<div>Periode: <input value="18.08.2026 – 23.11.2026" readonly></div>'))).toEqual(STATED);
  });

  it("reads it when the label stands in a box of its own before the field's box", () => {
    expect(shownPeriod(list('<div class="felt"><div class="etikett">Periode</div><div class="kontroll"><input value="18.08.2026 – 23.11.2026" disabled></div></div>'))).toEqual(STATED);
  });

  it('reads it when aria-labelledby names the label', () => {
    expect(shownPeriod(list('<b id="p-lbl">Vis periode</b> <em>(låst)</em> <input aria-labelledby="p-lbl" value="18.08.2026 – 23.11.2026" readonly>'))).toEqual(STATED);
  });

  it('leaves a field the teacher can still edit unread: the list states no period', () => {
    expect(shownPeriod(list('<span>Periode</span> <input type="text" value="18.08.2026 – 23.11.2026">'))).toEqual({ basis: 'unstated' });
  });

  it('leaves a read-only field labelled as something else unread', () => {
    expect(shownPeriod(list('<span>Opprettet</span> <input type="text" value="18.08.2026 – 23.11.2026" readonly>'))).toEqual({ basis: 'unstated' });
  });
});
