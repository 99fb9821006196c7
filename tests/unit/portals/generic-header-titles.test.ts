// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { genericRows as rows } from './generic-fixtures';

/**
 * Shortened headers whose tooltips say what their columns count (header-titles.ts). Pages are
 * invented; the expected values are read off the markup by hand. ASOF is 23.11.2026, so the last 14
 * days run from 10.11.2026.
 */
describe('a shortened header is read by its tooltip', () => {
  const grid = (titles: [string, string, string, string]) => `<h1>Fravær 3STC</h1><p>Hittil i skoleåret</p>
    <div role="grid"><div role="row">
      <div role="columnheader"><button type="button">Elev</button></div>
      <div role="columnheader"><button type="button" title="${titles[0]}">Frav. d</button></div>
      <div role="columnheader"><button type="button" title="${titles[1]}">Frav. t</button></div>
      <div role="columnheader"><button type="button" title="${titles[2]}">Udok.</button></div>
      <div role="columnheader"><button type="button" title="${titles[3]}">14 d</button></div>
    </div>
    <div role="row"><div role="rowheader">Jonas Eide</div><div role="gridcell">5</div><div role="gridcell">10</div><div role="gridcell">4</div><div role="gridcell">3</div></div></div>`;

  it('reads "14 d" titled as the last 14 days in days beside the term\'s days, lessons and undocumented lessons', () => {
    const [row] = rows(grid(['Fravær i hele dager', 'Fravær i enkelttimer utenom hele dager', 'Herav udokumentert fravær, timer', 'Fravær siste 14 dager, omregnet til dager']));
    expect(row?.totals).toMatchObject({ days: 5, lessons: 10, undocumentedLessons: 4, stretches: [{ from: '2026-11-10', to: '2026-11-23', days: 3 }] });
  });

  it('keeps the header\'s own reading where the tooltip says nothing of what the column counts', () => {
    const [sorted] = rows(grid(['Sorter', 'Sorter', 'Sorter', 'Sorter']));
    const [untitled] = rows(grid(['', '', '', '']));
    expect(sorted?.totals).toEqual(untitled?.totals);
  });
});

describe('a shortened header in a table of plain elements laid out as one is read by its tooltip too', () => {
  const page = `<h1>Fravær 7B</h1><p>18.08.2026–23.11.2026</p>
    <div class="tabell">
      <div class="rad"><span>Navn</span><span><abbr title="Fravær, dokumentert (dager)">Frav. dok.</abbr></span>
        <span><abbr title="Udokumentert fravær (dager)">Udok.</abbr></span><span><abbr title="Enkelttimer">T</abbr></span></div>
      <div class="rad"><span>Linnea Moe</span><span>3</span><span>2</span><span>0</span></div>
      <div class="rad"><span>Vetle Aune</span><span>6</span><span>4</span><span>3</span></div>
    </div>`;

  it('counts "Frav. dok." and "Udok." titled "(dager)" as days beside "T", not as lessons of it', () => {
    // By hand: 3 + 2 = 5 days and 0 lessons; 6 + 4 = 10 days and 3 lessons.
    expect(rows(page).map((row) => [row.student.name, row.totals?.days, row.totals?.lessons])).toEqual([
      ['Linnea Moe', 5, 0],
      ['Vetle Aune', 10, 3],
    ]);
  });
});
