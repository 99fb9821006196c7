import { cleanText } from '../norwegian-format';
import type { ColumnRole } from './columns';

/**
 * A long-format export: one row per student and part of their absence (a month, a subject), the
 * student named on every row and no total row. A student's rows, next to each other or scattered
 * by the export's sort, are one student's absence, read together under one badge.
 *
 * Read so only when the page shows it plainly: some student comes back on several rows, every row
 * names its part, and no student has two rows for the same part. A row is the student's by every
 * cell that says who it is about (name, class, id): two students who share a name but whose class
 * or id differs are two students. Two rows of one name and one part are two students the page
 * does not tell apart, or another shape; either way the rows are not added up.
 */

type Texts = readonly string[];

/**
 * The column whose cells name each row's part, the rows being parts of their students' absence;
 * undefined when there is none. `who`: the columns that say who a row is about, the name's first
 * (a row without a name is no student's).
 */
export function partColumn(
  bodyTexts: readonly Texts[],
  who: readonly number[],
  isPartColumn: (column: number, texts: readonly string[]) => boolean,
): number | undefined {
  const [nameColumn] = who;
  if (nameColumn === undefined) return undefined;
  const rows = bodyTexts
    .map((texts) => ({ texts, student: who.map((column) => cleanText(texts[column] ?? '').toLowerCase()).join('\u0000') }))
    .filter((row) => cleanText(row.texts[nameColumn] ?? '') !== '');
  if (rows.length === 0 || new Set(rows.map((row) => row.student)).size === rows.length) return undefined;
  const width = Math.max(...rows.map((row) => row.texts.length));
  for (let column = 0; column < width; column += 1) {
    if (who.includes(column)) continue;
    const parts = rows.map((row) => cleanText(row.texts[column] ?? '').toLowerCase());
    if (parts.some((part) => part === '')) continue;
    const pairs = new Set(rows.map((row, index) => `${row.student}\u0001${parts[index] ?? ''}`));
    if (pairs.size !== rows.length) continue;
    if (isPartColumn(column, rows.map((row) => row.texts[column] ?? ''))) return column;
  }
  return undefined;
}

/** A column of subjects ("Fag": Engelsk, Matematikk …) whose rows are each a student's absence in that subject. */
export function subjectColumn(roles: readonly ColumnRole[], bodyTexts: readonly Texts[], who: readonly number[]): number | undefined {
  return partColumn(bodyTexts, who, (column) => roles[column]?.kind === 'subject');
}
