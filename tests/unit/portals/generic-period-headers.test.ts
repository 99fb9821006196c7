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
