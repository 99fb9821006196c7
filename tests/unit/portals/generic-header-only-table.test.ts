// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../lib/guidelines/evaluate';
import { kearneyForskning } from '../../../lib/guidelines/profiles/kearney-forskning';
import { isCouldNotRead } from '../../../lib/portals/adapter';
import { genericAdapter } from '../../../lib/portals/generic';
import { history } from '../guidelines/history-builder';
import { readAsOverlay } from './read-as-overlay';
import { ASOF, genericRows as rows, parsePage, URL_ON_SOME_SITE } from './generic-fixtures';

/**
 * A header-only <table> (a <thead> with the column headers, no body rows) followed by the rows
 * outside it, as `<div role="row">`s or plain <div>s with a <div> per cell. Modelled on the
 * virtualised lists of single-page web apps that keep the header in a table of its own so that it
 * stays in view, and render only the rows in view below it; invented, not captured from any
 * portal. Names and figures are invented.
 *
 * Levels worked out by hand as of Monday 23.11.2026 (65 school days in the term so far, 10 in the
 * last 14 days; a lesson is a sixth of a day): figures for the term so far decide A "not fired"
 * only at 2.5 days or less, and B fires above 9.75 days (15 % of 65).
 * - Kari Moe: 1 day + 3 lessons = 1.5 ≤ 2.5 → A and B not fired → ok
 * - Odd Rud: 6 days + 0 lessons = 6, over 2.5 (A undecidable), not over 9.75 → unknown
 * - Lene Dahl: 11 days + 2 lessons = 11.33 > 9.75 → B fired → concern
 */
const ARIA_ROWS = `<h1>Fravær 8B – hittil i halvåret</h1>
  <div class="sticky"><table><thead><tr><th>Elev</th><th>Hele dager</th><th>Enkelttimer</th></tr></thead></table></div>
  <div class="scroller"><div class="spacer" style="height:300px">
    <div role="row"><div role="cell">Kari Moe</div><div role="cell">1</div><div role="cell">3</div></div>
    <div role="row"><div role="cell">Odd Rud</div><div role="cell">6</div><div role="cell">0</div></div>
    <div role="row"><div role="cell">Lene Dahl</div><div role="cell">11</div><div role="cell">2</div></div>
  </div></div>`;

const PLAIN_ROWS = `<h1>Fravær 8B – hittil i halvåret</h1>
  <table><thead><tr><th>Elev</th><th>Hele dager</th><th>Enkelttimer</th></tr></thead></table>
  <div class="rad"><div><a href="#">Kari Moe</a></div><div>1</div><div>3</div></div>
  <div class="rad"><div><a href="#">Odd Rud</a></div><div>6</div><div>0</div></div>
  <div class="rad"><div><a href="#">Lene Dahl</a></div><div>11</div><div>2</div></div>
  <p><small>Tall for skoleåret hittil.</small></p>`;

const EXPECTED = [
  ['Kari Moe', 1, 3],
  ['Odd Rud', 6, 0],
  ['Lene Dahl', 11, 2],
];

function levels(html: string): string[] {
  return rows(html).map((row) => evaluate(history().totals(row.totals ?? {}).build(), kearneyForskning, ASOF).level);
}

describe('a header-only table with its rows after it, outside any table', () => {
  it('reads ARIA rows inside a scroller and a spacer under the header table', () => {
    expect(rows(ARIA_ROWS).map((row) => [row.student.name, row.totals?.days, row.totals?.lessons])).toEqual(EXPECTED);
    expect(levels(ARIA_ROWS)).toEqual(['ok', 'unknown', 'concern']);
  });

  it('reads plain <div> rows, a <div> per cell, that follow the header table, and not the note under them', () => {
    expect(rows(PLAIN_ROWS).map((row) => [row.student.name, row.totals?.days, row.totals?.lessons])).toEqual(EXPECTED);
    expect(levels(PLAIN_ROWS)).toEqual(['ok', 'unknown', 'concern']);
  });

  it('puts each badge in the row of its student, in the name cell', () => {
    const result = readAsOverlay(genericAdapter, parsePage(ARIA_ROWS), URL_ON_SOME_SITE, { asOf: ASOF });
    if (isCouldNotRead(result)) throw new Error('could not read');
    expect(result.layout.slots.map((slot) => slot.anchor.textContent)).toEqual(['Kari Moe', 'Odd Rud', 'Lene Dahl']);
  });

  it('still reads a header-only table with a line of prose after it as an empty table, not as a row of its words', () => {
    const result = readAsOverlay(
      genericAdapter,
      parsePage(`<h1>Fravær 8B</h1><table><thead><tr><th>Elev</th><th>Hele dager</th><th>Enkelttimer</th></tr></thead></table>
        <p>Ingen <b>elever</b> er lagt inn i <i>gruppa</i> ennå: <a href="#">legg til elever</a>.</p>`),
      URL_ON_SOME_SITE,
      { asOf: ASOF },
    );
    if (isCouldNotRead(result)) throw new Error('could not read');
    expect(result.reading.rows).toEqual([]);
    expect(result.notes).toContainEqual({ code: 'empty-table' });
  });

  it('leaves rows with another number of cells than the header has columns unread', () => {
    const result = readAsOverlay(
      genericAdapter,
      parsePage(`<h1>Fravær 8B</h1><table><thead><tr><th>Elev</th><th>Hele dager</th><th>Enkelttimer</th></tr></thead></table>
        <div class="rad"><div>Kari Moe</div><div>1</div></div><div class="rad"><div>Odd Rud</div><div>6</div></div>`),
      URL_ON_SOME_SITE,
      { asOf: ASOF },
    );
    expect(isCouldNotRead(result) ? [] : result.reading.rows).toEqual([]);
  });
});
