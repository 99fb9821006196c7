// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../lib/guidelines/evaluate';
import { kearneyForskning } from '../../../lib/guidelines/profiles/kearney-forskning';
import { genericRows as rows, ASOF } from './generic-fixtures';
import { history } from '../guidelines/history-builder';

/**
 * A table whose every cell is a <th>, names and figures included, with no <thead> or <tbody>, as
 * older portals mark a table up. Pages are invented; the expected figures are read off the markup
 * by hand (as-of day 23.11.2026: 65 school days in the term, 10 in the last 14 days).
 */
const page = `<h1>Fråvær 9B</h1><p>Hittil i skuleåret.</p>
  <table>
    <tr><th>Namn</th><th>Heile dagar</th><th>Timar</th></tr>
    <tr><th>Olav Haugen</th><th>2</th><th>3</th></tr>
    <tr><th>Guro Lie</th><th>5</th><th>2</th></tr>
    <tr><th>Nils Tveit</th><th>10</th><th>0</th></tr>
  </table>`;

describe('a table of nothing but header cells', () => {
  it('reads its first row as the header and the rows under it as students, the first cell the name', () => {
    expect(rows(page).map((row) => [row.student.name, row.totals?.days, row.totals?.lessons])).toEqual([
      ['Olav Haugen', 2, 3],
      ['Guro Lie', 5, 2],
      ['Nils Tveit', 10, 0],
    ]);
  });

  it('levels the students on their rows', () => {
    // 2 + 3/6 = 2.5 ≤ 2.5 → ok; 5 + 2/6 = 5.33, over 2.5 and not over 9.75 → unknown; 10 of 65 = 15.4 % → concern.
    const levels = rows(page).map((row) => evaluate(history().totals(row.totals ?? {}).build(), kearneyForskning, ASOF).level);
    expect(levels).toEqual(['ok', 'unknown', 'concern']);
  });

  it('keeps a header of two rows of header cells a header when the table of rows follows it', () => {
    // The second header row names columns and holds no figure: the body is the table below it.
    const read = rows(`<h1>Fravær 9E</h1><p>Hittil i halvåret</p>
      <div class="head-wrap"><table>
        <tr><th>Elev</th><th>Fravær</th><th>Fravær</th></tr>
        <tr><th>Navn</th><th>Hele dager</th><th>Enkelttimer</th></tr>
      </table></div>
      <div class="body-wrap"><table><tbody>
        <tr><td>Amund Hole</td><td>4</td><td>1</td></tr><tr><td>Ylva Lund</td><td>0</td><td>2</td></tr>
      </tbody></table></div>`);
    expect(read.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons])).toEqual([
      ['Amund Hole', 4, 1],
      ['Ylva Lund', 0, 2],
    ]);
  });
});
