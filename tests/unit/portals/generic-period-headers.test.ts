// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { genericRows as rows } from './generic-fixtures';

/**
 * Headers and labels that name only the period their figures cover. Pages are invented; the
 * expected values are read off the markup by hand. ASOF is 23.11.2026, so the last 14 days run
 * from 10.11.2026.
 */
describe('the autumn term so far named by its season', () => {
  it('reads a card\'s "Hittil i høst" as the term\'s absence so far', () => {
    const read = rows(`<h1>Fravær 9C</h1><main><article><h3>Lea Hansen</h3><dl><dt>Hittil i høst</dt><dd>2 dager, 3 timer</dd></dl></article>
      <article><h3>Jakob Strand</h3><dl><dt>Hittil i høst</dt><dd>5 dager, 0 timer</dd></dl></article></main>`);
    expect(read.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons, row.totals?.period])).toEqual([
      ['Lea Hansen', 2, 3, 'term'],
      ['Jakob Strand', 5, 0, 'term'],
    ]);
  });
});

describe('a period with its start in brackets', () => {
  it('reads "Hittil i halvåret (fra 18.08.)" as the term\'s absence, not as a column of start dates', () => {
    const [row] = rows(`<table><tr><th>Elev</th><th>Hittil i halvåret (fra 18.08.)</th></tr><tr><td>Kari Moe</td><td>4 dager</td></tr></table>`);
    expect(row?.totals).toMatchObject({ days: 4, period: 'term' });
  });

  it('reads cards of the last 14 days and "Hittil i høst (fra 18.08.)" in days and lessons', () => {
    const card = (name: string, recent: string, term: string) =>
      `<article><h3>${name}</h3><dl><dt>Siste 14 dager</dt><dd>${recent}</dd><dt>Hittil i høst (fra 18.08.)</dt><dd>${term}</dd></dl></article>`;
    const read = rows(`<div>Klasseteam 9C · Fravær</div><main>${card('Lea Hansen', '0 dager, 0 timer', '0 dager, 3 timer')}${card('Jakob Strand', '2 dager, 4 timer', '5 dager, 4 timer')}</main>`);
    expect(read.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons, row.totals?.stretches])).toEqual([
      ['Lea Hansen', 0, 3, [{ from: '2026-11-10', to: '2026-11-23', days: 0, lessons: 0 }]],
      ['Jakob Strand', 5, 4, [{ from: '2026-11-10', to: '2026-11-23', days: 2, lessons: 4 }]],
    ]);
  });
});
