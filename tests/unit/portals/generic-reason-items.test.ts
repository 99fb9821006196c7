// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { ReadingRow } from '../../../lib/model';
import { evaluate } from '../../../lib/guidelines/evaluate';
import { kearneyForskning } from '../../../lib/guidelines/profiles/kearney-forskning';
import { history } from '../guidelines/history-builder';
import { ASOF, genericRows as rows } from './generic-fixtures';

/**
 * A student's absence listed by reason inside one cell, with no total. Pages are invented; the
 * expected values are worked out by hand with ASOF = 23.11.2026 (65 school days in the term so
 * far, so B fires above 9.75 days; A is undecidable from a term total above 2.5 days).
 */
function level(row: ReadingRow | undefined): string {
  return evaluate(history().totals(row?.totals ?? {}).build(), kearneyForskning, ASOF).level;
}

function page(...cells: string[]): string {
  const names = ['Kari Moe', 'Ola Berg', 'Per Dahl'];
  return `<h1>Fravær etter årsak – 7A</h1><table><thead><tr><th>Elev</th><th>Fravær hittil i år</th></tr></thead><tbody>${cells
    .map((cell, at) => `<tr><td>${names[at] ?? ''}</td><td>${cell}</td></tr>`)
    .join('')}</tbody></table>`;
}

describe('absence by reason listed in one cell', () => {
  it('adds the parts up: Kari 1 d + 3 t; Ola 6 + 3 d + 6 t', () => {
    const read = rows(page('<ul><li>Sykdom: 1 d</li><li>Ikke dokumentert: 3 t</li></ul>', '<ul><li>Sykdom: 6 d</li><li>Permisjon: 3 d</li><li>Annet: 6 t</li></ul>', 'Ingen fravær'));
    expect(read.map((row) => [row.student.name, row.totals?.days, row.totals?.lessons])).toEqual([
      ['Kari Moe', 1, 3],
      ['Ola Berg', 9, 6],
      ['Per Dahl', 0, 0],
    ]);
  });

  it('levels the sums: Kari 1.5 days → ok; Ola 9 + 1 = 10 days > 9.75 → concern', () => {
    const [kari, ola] = rows(page('<ul><li>Sykdom: 1 d</li><li>Ikke dokumentert: 3 t</li></ul>', '<ul><li>Sykdom: 6 d</li><li>Permisjon: 3 d</li><li>Annet: 6 t</li></ul>', 'Ingen fravær'));
    expect(level(kari)).toBe('ok');
    expect(level(ola)).toBe('concern');
  });

  it('adds nothing when an item names the whole or a part of it: "Totalt: 4 d" and "herav ikke dokumentert: 1 d" are not 5 days', () => {
    const [kari] = rows(page('<ul><li>Totalt: 4 d</li><li>Herav ikke dokumentert: 1 d</li></ul>', '<ul><li>Sykdom: 1 d</li></ul>'));
    expect(kari?.totals?.days).toBeUndefined();
  });

  it('adds nothing when the items are figures over different stretches: "Hittil i år: 3 d" and "Siste 14 dager: 1 d" are not 4 days', () => {
    const [kari] = rows(page('<ul><li>Hittil i år: 3 d</li><li>Siste 14 dager: 1 d</li></ul>', '<ul><li>Sykdom: 1 d</li></ul>'));
    expect(kari?.totals?.days).not.toBe(4);
  });

  it('adds no lateness: "For sent: 3 t" is no absent time, so the list is not read as 2 days and 3 lessons', () => {
    const [kari] = rows(page('<ul><li>Sykdom: 2 d</li><li>For sent: 3 t</li></ul>', '<ul><li>Sykdom: 1 d</li></ul>'));
    expect(kari?.totals?.lessons).toBeUndefined();
  });

  it('adds nothing when an item gives no unit: "Sykdom: 2" could be days or lessons', () => {
    const [kari] = rows(page('<ul><li>Sykdom: 2</li><li>Permisjon: 1 d</li></ul>', '<ul><li>Sykdom: 1 d</li></ul>'));
    expect(kari?.totals?.days).toBeUndefined();
  });

  it('adds nothing when the cell holds more than the list: a line under it may be the total', () => {
    const [kari] = rows(page('<ul><li>Sykdom: 2 d</li><li>Permisjon: 1 d</li></ul><b>4 d</b>', '<ul><li>Sykdom: 1 d</li></ul>'));
    expect(kari?.totals?.days).not.toBe(3);
  });
});
