import { cellText, type GridRow, type TableGrid } from '../table';
import type { ColumnRole } from './columns';
import type { LayoutGrid } from './layout-grid';

/**
 * A table turned so that the students stand as columns and the kinds of absence as rows
 * ("Fraværstype | Amalie Rønning | Tobias Fjeld" over "Hele dager | 1 | 4", "Enkelttimer | 3 | 2"),
 * or a register turned so, a school day per row ("Tir 10.11. | H | | 1t"):
 * read as the usual table of a row per student, each student's "row" being their column, its
 * header cell the name (where the badge goes). Only when the first column's labels name figures
 * (or are all dates) and the header cells are written as people's names, two or more of them.
 */

/** "Amalie Rønning", "Ola van der Berg": two or more words, the first and last capitalised, no digits. */
const PERSON = /^\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’.-]+)*\s+\p{Lu}[\p{L}'’-]*$/u;

export function turnedTable(
  grid: TableGrid,
  classify: (labels: string[]) => ColumnRole[],
): { grid: LayoutGrid; roles: ColumnRole[]; headers: string[]; header: GridRow } | undefined {
  const [head, ...rest] = grid.rows;
  const body = rest.filter((row) => !row.header && !row.footer);
  if (!head || body.length === 0 || rest.some((row) => row.header)) return undefined;
  const labels = body.map((row) => cellText(row.cells[0]));
  const roles = classify(labels);
  // A register turned, a date per row ("Tir 10.11." over each student's codes): its sum row below is no date.
  const dated = roles.length >= 2 && roles.every((role) => role.kind === 'dateColumn');
  if (!dated && body.length < rest.length) return undefined;
  if (!dated && !roles.some((role) => role.kind === 'measure' && role.measure !== 'late')) return undefined;
  if (!dated && roles.some((role) => ['name', 'firstName', 'lastName', 'date', 'dateFrom', 'dateColumn'].includes(role.kind))) return undefined;
  const columns = head.cells.flatMap((cell, column) =>
    column > 0 && cell && head.cells.indexOf(cell) === column && PERSON.test(cellText(cell)) ? [column] : [],
  );
  if (columns.length < 2) return undefined;
  const header: GridRow = { element: head.element, cells: [head.cells[0], ...body.map((row) => row.cells[0])], header: true, footer: false };
  const students = columns.map((column): GridRow => ({
    element: head.cells[column] as Element,
    cells: [head.cells[column], ...body.map((row) => row.cells[column])],
    header: false,
    footer: false,
  }));
  return {
    grid: {
      table: grid.table,
      rows: [header, ...students],
      width: labels.length + 1,
      bodyHasRowspan: false,
      cellsByRow: new Map(students.map((row) => [row.element, row.cells])),
    },
    roles: [{ kind: 'name' }, ...roles],
    headers: ['', ...labels],
    header,
  };
}
