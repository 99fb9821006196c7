// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isCouldNotRead } from '../../../lib/portals/adapter';
import { genericAdapter } from '../../../lib/portals/generic';
import { readAsOverlay } from './read-as-overlay';
import { ASOF, parsePage, URL_ON_SOME_SITE } from './generic-fixtures';

/**
 * A class list folded into halves side by side, a student of each half in every row
 * (lib/portals/generic/folded-rows.ts). Pages are invented; the expected values are read off the
 * markup by hand.
 */
function read(html: string) {
  const doc = parsePage(html);
  const result = readAsOverlay(genericAdapter, doc, URL_ON_SOME_SITE, { asOf: ASOF });
  if (isCouldNotRead(result)) throw new Error(JSON.stringify(result.missing));
  return {
    figures: result.reading.rows.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons]),
    anchors: result.layout.slots.map((slot) => slot.anchor.textContent),
  };
}

describe('a list folded into two halves side by side', () => {
  it("reads each half's student with the figures beside their own name, the left half first", () => {
    // By hand: left half Kari Moe 1 d 2 t, Per Dahl 0 d 3 t; right half Ola Lie 7 d 0 t, and an
    // empty half-row under him (an odd number of students).
    const { figures, anchors } = read(`<table>
      <thead><tr><th>Elev</th><th>Dager</th><th>Timer</th><th></th><th>Elev</th><th>Dager</th><th>Timer</th></tr></thead>
      <tbody>
        <tr><td>Kari Moe</td><td>1</td><td>2</td><td></td><td>Ola Lie</td><td>7</td><td>0</td></tr>
        <tr><td>Per Dahl</td><td>0</td><td>3</td><td></td><td></td><td></td><td></td></tr>
      </tbody></table>`);
    expect(figures).toEqual([
      ['Kari Moe', 1, 2],
      ['Per Dahl', 0, 3],
      ['Ola Lie', 7, 0],
    ]);
    expect(anchors).toEqual(['Kari Moe', 'Per Dahl', 'Ola Lie']);
  });

  it('reads halves with a number column before the name and no gap between them', () => {
    // By hand: 1 Siv Aune 4 days; 3 Are Bø 0 days; 2 Liv Berg 12 days; 4 Tor Dal 2 days.
    const { figures } = read(`<p>Alle tall i dager.</p><table>
      <tr><th>Nr</th><th>Navn</th><th>Fravær</th><th>Nr</th><th>Navn</th><th>Fravær</th></tr>
      <tr><td>1</td><td>Siv Aune</td><td>4</td><td>2</td><td>Liv Berg</td><td>12</td></tr>
      <tr><td>3</td><td>Are Bø</td><td>0</td><td>4</td><td>Tor Dal</td><td>2</td></tr></table>`);
    expect(figures).toEqual([
      ['Siv Aune', 4, undefined],
      ['Are Bø', 0, undefined],
      ['Liv Berg', 12, undefined],
      ['Tor Dal', 2, undefined],
    ]);
  });

  it('does not fold a table whose second name column heads other figures', () => {
    // "Elev | Dager | Elev | Timer" is no repeated half: one student per row, as before.
    const { anchors } = read(`<table>
      <tr><th>Elev</th><th>Dager</th><th>Elev</th><th>Timer</th></tr>
      <tr><td>Kari Moe</td><td>1</td><td>Ola Lie</td><td>2</td></tr></table>`);
    expect(anchors).toHaveLength(1);
  });
});
