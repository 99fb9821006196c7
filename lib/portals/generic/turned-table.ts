import { parseNorwegianNumber } from '../norwegian-format';
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

interface Turned {
  grid: LayoutGrid;
  roles: ColumnRole[];
  headers: string[];
  header: GridRow;
}

/** The kinds of absence (or the dates) the first column's labels name, row by row, when they name such. */
function labelledRows(grid: TableGrid, classify: (labels: string[]) => ColumnRole[]) {
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
  return { head, body, labels, roles, dated };
}

/** Each column read as a row: its cells down the body, the column's header cell first (and its element). */
function columnsAsRows(grid: TableGrid, head: GridRow, body: readonly GridRow[], labels: string[], columns: number[]): Omit<Turned, 'roles' | 'headers'> {
  const header: GridRow = { element: head.element, cells: [head.cells[0], ...body.map((row) => row.cells[0])], header: true, footer: false };
  const rows = columns.map((column): GridRow => ({
    element: head.cells[column] as Element,
    cells: [head.cells[column], ...body.map((row) => row.cells[column])],
    header: false,
    footer: false,
  }));
  return {
    grid: { table: grid.table, rows: [header, ...rows], width: labels.length + 1, bodyHasRowspan: false, cellsByRow: new Map(rows.map((row) => [row.element, row.cells])) },
    header,
  };
}

export function turnedTable(grid: TableGrid, classify: (labels: string[]) => ColumnRole[]): Turned | undefined {
  const rows = labelledRows(grid, classify);
  if (!rows) return undefined;
  const { head, body, labels, roles } = rows;
  const columns = head.cells.flatMap((cell, column) =>
    column > 0 && cell && head.cells.indexOf(cell) === column && PERSON.test(cellText(cell)) ? [column] : [],
  );
  if (columns.length < 2) return undefined;
  return { ...columnsAsRows(grid, head, body, labels, columns), roles: [{ kind: 'name' }, ...roles], headers: ['', ...labels] };
}

/**
 * One student's figures turned so, on a page about them: a row per kind of absence ("Hele dager",
 * "Enkelttimer", "Forsentkomminger") and one column of counts ("Antall"), perhaps beside columns of
 * a part of each ("Herav dokumentert"), which are left unread (the whole is counted, not its
 * parts). Read as that one student's row; who they are the page says (single-student.ts). Only when
 * exactly one column is no part, and every cell of it is a number.
 */
export function oneStudentTurned(grid: TableGrid, classify: (labels: string[]) => ColumnRole[]): Turned | undefined {
  const headless = headlessPairs(grid, classify);
  if (headless) return headless;
  const rows = labelledRows(grid, classify);
  if (!rows || rows.dated) return undefined;
  const { head, body, labels, roles } = rows;
  const headers = head.cells.map((cell) => cellText(cell));
  const counts = classify(headers).flatMap((role, column) => {
    if (column === 0 || head.cells.indexOf(head.cells[column]) !== column) return [];
    const part = role.kind === 'documented' || (role.kind === 'measure' && (role.documented !== undefined || role.part));
    return part ? [] : [{ column, role }];
  });
  const [count] = counts;
  if (counts.length !== 1 || !count || (count.role.kind !== 'other' && !(count.role.kind === 'absence' && !count.role.parts))) return undefined;
  if (!body.every((row) => parseNorwegianNumber(cellText(row.cells[count.column])) !== null)) return undefined;
  return { ...columnsAsRows(grid, head, body, labels, [count.column]), roles: [{ kind: 'other' }, ...roles], headers: [headers[count.column] ?? '', ...labels] };
}

/**
 * One student's figures as label–value pairs with no header row above them ("Dager fravær | 3"
 * over "Timer fravær | 2", as an assessment document ends): every row is a kind of absence, the
 * first too, and the second column holds the counts. Only when the table is just those two
 * columns, no row is a header, and every label names a count and every value is a number.
 */
function headlessPairs(grid: TableGrid, classify: (labels: string[]) => ColumnRole[]): Turned | undefined {
  const rows = grid.rows;
  if (grid.width !== 2 || rows.length === 0 || rows.some((row) => row.header || row.footer)) return undefined;
  const labels = rows.map((row) => cellText(row.cells[0]));
  const roles = classify(labels);
  if (!roles.every((role) => role.kind === 'measure') || !roles.some((role) => role.kind === 'measure' && role.measure !== 'late')) return undefined;
  if (!rows.every((row) => row.cells[1] !== row.cells[0] && parseNorwegianNumber(cellText(row.cells[1])) !== null)) return undefined;
  const first = rows[0]?.cells[1] as Element;
  // No header cell heads the counts: the student's "row" is the column of counts, named after its first cell.
  const header: GridRow = { element: grid.table, cells: [undefined, ...rows.map((row) => row.cells[0])], header: true, footer: false };
  const column: GridRow = { element: first, cells: [undefined, ...rows.map((row) => row.cells[1])], header: false, footer: false };
  return {
    grid: { table: grid.table, rows: [header, column], width: labels.length + 1, bodyHasRowspan: false, cellsByRow: new Map([[first, column.cells]]) },
    roles: [{ kind: 'other' }, ...roles],
    headers: ['', ...labels],
    header,
  };
}
