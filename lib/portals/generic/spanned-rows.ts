import type { ColumnRole } from './columns';

/**
 * A report that gives each student several rows under one name cell spanning them
 * (`<td rowspan="3">Mari Kleven</td>`), each row one part of the student's absence, the part named in
 * a column of its own: "Dokumentert", "Udokumentert", "Sum". The rows are one student's, read as one
 * (one badge, by the name); never one reading per row, which would give a part's level to the student.
 *
 * A row named as the total holds its parts: it alone is the student's absence. Without one, rows
 * named as parts of a whole (documented and undocumented, reasons) add up to it. A row named
 * otherwise (a period, a subject the reader cannot tell from anything else) leaves the student
 * unread: adding it could count the same absence twice, leaving it out could count too little.
 */

type Cells = ReadonlyArray<Element | undefined>;

/** Which of a student's rows is the total, or that they are parts to add, or the row name that says neither. */
export type SpannedRows = { total: number } | { parts: true } | { unclear: { text: string; column: number } };

/** Columns whose cells name what a row is, not a figure of it or who it is about. */
function labelColumn(role: ColumnRole): boolean {
  return role.kind === 'eventType' || role.kind === 'other' || role.kind === 'code' || role.kind === 'documented';
}

/**
 * How a student's rows, grouped under one spanning name cell, make up their absence. The row's name
 * is its own cell in the first label column (one no other of the rows shares: the spanning name is
 * not it); `partOf` says whether a row's name names the total, a part of it, or neither.
 */
export function spannedRows(
  rows: readonly Cells[],
  roles: readonly ColumnRole[],
  text: (cell: Element | undefined) => string,
  partOf: (label: string) => 'total' | 'part' | undefined,
): SpannedRows {
  const column = roles.findIndex((role, at) => labelColumn(role) && new Set(rows.map((cells) => cells[at])).size === rows.length);
  const labels = rows.map((cells) => (column < 0 ? '' : text(cells[column])));
  const total = labels.findIndex((label) => partOf(label) === 'total');
  if (total >= 0) return { total };
  const unclear = labels.find((label) => partOf(label) !== 'part');
  return unclear === undefined ? { parts: true } : { unclear: { text: unclear, column: Math.max(column, 0) } };
}
