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
 * A videregående student's page: the student's key figures in a line of bold labels above a table
 * of the same student's lessons per subject (with the percentage beside the 10 % limit, no sum row).
 * Both describe one student: one badge, the key figures the student's whole absence. Pages
 * invented; values read off the markup by hand, as of Monday 23.11.2026 (65 school days in the
 * term so far; B fires above 9.75 days, 15 % of 65; a lesson is a sixth of a day).
 */
const page = (keyLine: string, sumRow = '') => `<nav>Elever › 3STA › Mia Lund</nav>
  <h1>Fravær: Mia Lund (3STA)</h1>
  <p>Skoleåret 2026–2027 · per 23.11.2026</p>
  ${keyLine}
  <h2>Timefravær per fag</h2>
  <table><thead><tr><th>Fag</th><th>Fravær (timer)</th><th>Timer gjennomført</th><th>Fravær %</th></tr></thead>
  <tbody>
  <tr><td>Norsk</td><td>2</td><td>50</td><td>4,0 %</td></tr>
  <tr><td>Fysikk 1</td><td>4</td><td>30</td><td>13,3 %</td></tr>
  <tr><td>Historie</td><td>0</td><td>20</td><td>0,0 %</td></tr>
  </tbody>${sumRow}</table>`;

const KEY_LINE = '<p><strong>Dagsfravær:</strong> 10 dager · <strong>Timefravær (enkelttimer):</strong> 6 timer</p>';

describe("a student's key figures beside a table of their subjects", () => {
  it('reads the key figures as the student\'s days and lessons, for one badge by the name', () => {
    const result = readAsOverlay(genericAdapter, parsePage(page(KEY_LINE)), URL_ON_SOME_SITE, { asOf: ASOF });
    if (isCouldNotRead(result)) throw new Error('could not read');
    expect(result.layout.slots).toHaveLength(1);
    expect(result.reading.rows.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons])).toEqual([['Mia Lund', 10, 6]]);
  });

  it('levels the student on the key figures: 10 d + 6 t = 11 days > 9.75 → concern', () => {
    const [row] = rows(page(KEY_LINE));
    expect(evaluate(history().totals(row?.totals ?? {}).build(), kearneyForskning, ASOF).level).toBe('concern');
  });

  it('counts the sum row\'s lessons once, and leaves out its share of the lessons taught', () => {
    // The sum row's 6 lessons are the key figures' 6 again: the key figures' count stands, not 12.
    // Its 6,0 % is a share of the subjects' lessons taught, no share of the school time.
    const [row] = rows(page(KEY_LINE, '<tfoot><tr><th>Sum</th><th>6</th><th>100</th><th>6,0 %</th></tr></tfoot>'));
    expect([row?.totals?.days, row?.totals?.lessons, row?.totals?.percent]).toEqual([10, 6, undefined]);
  });

  it('adds the subjects\' lessons to key figures that give the days alone: they are the lessons beyond the days', () => {
    // 2 days + (2 + 4 + 0) lessons = 3 days, over 2.5 (A undecidable without the last 14 days) and
    // not over 9.75 (B not fired) → unknown; the days alone (2 ≤ 2.5) would have said ok.
    const [row] = rows(page('<p><strong>Dagsfravær:</strong> 2 dager</p>'));
    expect([row?.totals?.days, row?.totals?.lessons, row?.totals?.percent]).toEqual([2, 6, undefined]);
    expect(evaluate(history().totals(row?.totals ?? {}).build(), kearneyForskning, ASOF).level).toBe('unknown');
  });
});
