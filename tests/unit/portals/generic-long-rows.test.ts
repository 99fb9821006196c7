// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { ReadingRow } from '../../../lib/model';
import { evaluate } from '../../../lib/guidelines/evaluate';
import { kearneyForskning } from '../../../lib/guidelines/profiles/kearney-forskning';
import { history } from '../guidelines/history-builder';
import { ASOF, genericRows as rows } from './generic-fixtures';

/**
 * A long-format export with one row per student and subject, sorted by subject so a student's rows
 * are scattered, and no totals. Pages are invented; the expected values are worked out by hand with
 * ASOF = 23.11.2026 (65 school days so far, 10 in the last 14 days): in lessons, ≤ 15 is ok,
 * 16–58 unknown, ≥ 59 concern.
 */
function level(row: ReadingRow | undefined): string {
  return evaluate(history().totals(row?.totals ?? {}).build(), kearneyForskning, ASOF).level;
}

function table(body: string): string {
  return `<h1>Fraværstimer per fag</h1><table><thead><tr><th>Elev</th><th>Klasse</th><th>Fag</th><th>Fraværstimer</th></tr></thead><tbody>${body}</tbody></table>`;
}

const SCATTERED = table(`
  <tr><td>Kari Moe</td><td>8A</td><td>Engelsk</td><td>9</td></tr>
  <tr><td>Ola Berg</td><td>8A</td><td>Engelsk</td><td>2</td></tr>
  <tr><td>Kari Moe</td><td>8A</td><td>Matematikk</td><td>4</td></tr>
  <tr><td>Ola Berg</td><td>8A</td><td>Norsk</td><td>1</td></tr>
  <tr><td>Kari Moe</td><td>8A</td><td>Norsk</td><td>5</td></tr>`);

const summed = (read: ReadingRow[]) => read.map((row) => [row.student.name, row.student.className, row.totals?.lessons]);

describe('one row per student and subject, a student\'s rows scattered', () => {
  it('reads each student once, the subjects added up: Kari 9 + 4 + 5 = 18 lessons, Ola 2 + 1 = 3', () => {
    expect(summed(rows(SCATTERED))).toEqual([
      ['Kari Moe', '8A', 18],
      ['Ola Berg', '8A', 3],
    ]);
  });

  it('gives Kari the level of her 18 lessons (3 days > 2.5, ≤ 9.75 → unknown), not of any one subject (≤ 15 → ok)', () => {
    const [kari, ola] = rows(SCATTERED);
    expect(level(kari)).toBe('unknown');
    expect(level(ola)).toBe('ok');
  });

  it('keeps two students who share a name apart when their class differs: 8A\'s 10 + 2, 8B\'s 20', () => {
    const read = rows(
      table(`
      <tr><td>Emma Lie</td><td>8A</td><td>Engelsk</td><td>10</td></tr>
      <tr><td>Emma Lie</td><td>8B</td><td>Engelsk</td><td>20</td></tr>
      <tr><td>Emma Lie</td><td>8A</td><td>Norsk</td><td>2</td></tr>`),
    );
    expect(summed(read)).toEqual([
      ['Emma Lie', '8A', 12],
      ['Emma Lie', '8B', 20],
    ]);
  });

  it('adds nothing up when one name has two rows for the same subject: the page does not tell its students apart', () => {
    const read = rows(
      table(`
      <tr><td>Emma Lie</td><td>8A</td><td>Engelsk</td><td>10</td></tr>
      <tr><td>Emma Lie</td><td>8A</td><td>Engelsk</td><td>20</td></tr>
      <tr><td>Emma Lie</td><td>8A</td><td>Norsk</td><td>2</td></tr>`),
    );
    expect(read.map((row) => row.totals?.lessons)).toEqual([10, 20, 2]);
  });

  it('takes a student\'s own sum row as their absence, not adding it to the subjects: Kari 7, not 14', () => {
    const read = rows(
      table(`
      <tr><td>Kari Moe</td><td>8A</td><td>Engelsk</td><td>3</td></tr>
      <tr><td>Ola Berg</td><td>8A</td><td>Engelsk</td><td>2</td></tr>
      <tr><td>Kari Moe</td><td>8A</td><td>Matematikk</td><td>4</td></tr>
      <tr><td>Kari Moe</td><td>8A</td><td>Sum</td><td>7</td></tr>
      <tr><td>Ola Berg</td><td>8A</td><td>Sum</td><td>2</td></tr>`),
    );
    expect(summed(read)).toEqual([
      ['Kari Moe', '8A', 7],
      ['Ola Berg', '8A', 2],
    ]);
  });

  it('reads a row without a subject as a row of its own, adding nothing up', () => {
    const read = rows(SCATTERED.replace('<td>Matematikk</td>', '<td></td>'));
    expect(read.map((row) => row.totals?.lessons)).toEqual([9, 2, 4, 1, 5]);
  });
});
