// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { genericRows } from './generic-fixtures';

/**
 * A class report that splits each student's absence into what the guardians notified the school
 * of and what they did not ("Meldt fravær | Ikke meldt fravær"), with no column of the whole and
 * the unit only in a line above the table. Pages invented; the wholes expected are the two parts
 * added by hand.
 */
const report = (headers: string, rows: string) => `<h2>Fraværsrapport – 4A</h2>
  <p>Fra 18.08.2026 til 23.11.2026 · Antall dager</p>
  <table><thead><tr><th>Elev</th>${headers}</tr></thead><tbody>${rows}</tbody></table>`;

const daysOf = (html: string) => Object.fromEntries(genericRows(html).map((row) => [row.student.name, row.totals?.days]));

describe('notified and not-notified absence as the two parts of the whole', () => {
  it('adds the parts, in the unit the line above the table states', () => {
    const html = report(
      '<th>Meldt fravær</th><th>Ikke meldt fravær</th>',
      '<tr><td>Siri Holm</td><td>2</td><td>1</td></tr><tr><td>Tor Berg</td><td>0,5</td><td>4</td></tr><tr><td>Ane Lie</td><td>0</td><td>0</td></tr>',
    );
    // 2 + 1 = 3; 0.5 + 4 = 4.5; 0 + 0 = 0.
    expect(daysOf(html)).toEqual({ 'Siri Holm': 3, 'Tor Berg': 4.5, 'Ane Lie': 0 });
  });

  it('reads the nynorsk wording, the not-notified part first, the same way', () => {
    const html = report(
      '<th>Ikkje meldt fråvær</th><th>Meldt fråvær</th>',
      '<tr><td>Siri Holm</td><td>3</td><td>1,5</td></tr>',
    );
    // 3 + 1.5 = 4.5.
    expect(daysOf(html)).toEqual({ 'Siri Holm': 4.5 });
  });

  it('reads "Meldt frå føresette" as the notified part, not as a column of dates from the "frå"', () => {
    const html = report('<th>Meldt frå føresette</th><th>Umeldt</th>', '<tr><td>Siri Holm</td><td>1,5</td><td>0</td></tr><tr><td>Tor Berg</td><td>12</td><td>3</td></tr>');
    // 1.5 + 0 = 1.5; 12 + 3 = 15.
    expect(daysOf(html)).toEqual({ 'Siri Holm': 1.5, 'Tor Berg': 15 });
  });

  it('keeps a count of the whole as the absence: the split beside it is no part to add', () => {
    const html = report(
      '<th>Fravær dager</th><th>Meldt</th><th>Ikke meldt</th>',
      '<tr><td>Siri Holm</td><td>5</td><td>2</td><td>3</td></tr>',
    );
    expect(daysOf(html)).toEqual({ 'Siri Holm': 5 });
  });
});
