// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { ReadOptions } from '../../../lib/portals/adapter';
import { genericAdapter } from '../../../lib/portals/generic';
import { buildGridInSteps } from '../../../lib/portals/table/grid';
import { ASOF, parsePage, URL_ON_SOME_SITE } from './generic-fixtures';

const options: ReadOptions = { asOf: ASOF };

/** A summary table (Elev | Dager) of `students` rows, one header row above them. */
function summaryTable(students: number): Document {
  const rows = Array.from({ length: students }, (_, n) => `<tr><td>Elev ${n} Lang</td><td>${n % 5}</td></tr>`).join('');
  return parsePage(`<table><thead><tr><th>Elev</th><th>Dager</th></tr></thead><tbody>${rows}</tbody></table>`);
}

describe('the generic reader locates a long table in steps', () => {
  it('pauses every 64 rows while building the grid and while walking the rows, around the analysis and after the walk, and finds what locate finds', () => {
    const doc = summaryTable(600);
    const steps = genericAdapter.locateInSteps!(doc, URL_ON_SOME_SITE, options);
    let pauses = 0;
    let next = steps.next();
    while (!next.done) {
      pauses += 1;
      next = steps.next();
    }
    // 601 rows (the header and 600 students): a pause after rows 64, 128, … 576 (9) while the grid
    // is built, one before and one after the table's analysis, again after rows 64 … 576 (9)
    // while they are walked, one after the walk's last rows and one before the result.
    expect(pauses).toBe(22);
    const result = next.value;
    const atOnce = genericAdapter.locate(doc, URL_ON_SOME_SITE, options);
    expect(result.ok && atOnce.ok).toBe(true);
    if (!result.ok || !atOnce.ok) return;
    expect(result.layout.slots).toHaveLength(600);
    expect(result.layout.slots.map((slot) => slot.key)).toEqual(atOnce.layout.slots.map((slot) => slot.key));
    expect(result.layout.slots[599]?.anchor.textContent).toBe('Elev 599 Lang');
  });

  it("reads the cells of a step's rows only, not the whole table's before the first pause", () => {
    const doc = summaryTable(600);
    // A row's cells are read from its first child on: each row counts when that is asked for.
    let rowsRead = 0;
    for (const row of Array.from(doc.querySelectorAll('tr'))) {
      const proto = Object.getPrototypeOf(row) as object;
      Object.defineProperty(row, 'firstElementChild', {
        get() {
          rowsRead += 1;
          return Reflect.get(proto, 'firstElementChild', row) as Element | null;
        },
      });
    }
    const steps = buildGridInSteps(doc.querySelector('table')!);
    expect(steps.next().done).toBe(false);
    // The first pause comes after 64 rows (the header row and 63 students).
    expect(rowsRead).toBe(64);
  });

  it('does not pause on a class-sized table', () => {
    const steps = genericAdapter.locateInSteps!(summaryTable(30), URL_ON_SOME_SITE, options);
    const first = steps.next();
    expect(first.done).toBe(true);
  });
});
