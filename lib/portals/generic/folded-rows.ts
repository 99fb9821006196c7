import { cellText, type GridRow, type TableGrid } from '../table';
import type { LayoutGrid } from './layout-grid';

/**
 * A class list folded into two (or more) halves side by side to save paper, as print layouts do:
 * the header repeats its columns ("Elev | Dager | Timer |  | Elev | Dager | Timer"), often with an
 * empty gap column between the halves, and every row holds one student of each half. Read as one
 * row per half: each half's cells stand for a student of their own, found by the half's first
 * cell, so that each student's figures are theirs and each badge sits beside its own name.
 */

const blank = (cell: Element | undefined): boolean => cellText(cell) === '';

/**
 * The table read half by half (the left half top to bottom, then the next), or undefined unless
 * the columns, empty gap columns left out, are the same header texts two or more times over, each
 * time with a name column at the same place, and no cell spans from one half into another.
 * `isName`: whether a column holds the students' names.
 */
export function unfoldedGrid(grid: TableGrid, headers: readonly string[], isName: (column: number) => boolean): LayoutGrid | undefined {
  if (grid.bodyHasRowspan) return undefined;
  const body = grid.rows.filter((row) => !row.header);
  // A gap: a column with no header and nothing in it.
  const gap = (column: number) => (headers[column] ?? '').trim() === '' && body.every((row) => blank(row.cells[column]));
  const columns = Array.from({ length: grid.width }, (_, column) => column).filter((column) => !gap(column));
  const texts = columns.map((column) => (headers[column] ?? '').trim().toLowerCase());
  const name = columns.findIndex(isName);
  // A half runs to where the name column's header comes again over names; it holds at least a name and a figure.
  const next = texts.findIndex((text, at) => at > name && text === texts[name] && isName(columns[at] as number));
  const width = next - name;
  if (name < 0 || next < 0 || width < 2 || name >= width || columns.length % width !== 0) return undefined;
  const halves: number[][] = [];
  for (let start = 0; start < columns.length; start += width) halves.push(columns.slice(start, start + width));
  const repeats = texts.every((text, at) => text !== '' && text === texts[at % width]) && halves.every((half) => isName(half[name] as number));
  if (!repeats) return undefined;
  // A cell across two halves (a title, a sum over the whole row) belongs to no one half.
  const spansHalves = grid.rows.some((row) =>
    halves.some((half, i) => i > 0 && half.some((column) => row.cells[column] !== undefined && (halves[i - 1] as number[]).some((left) => row.cells[left] === row.cells[column]))),
  );
  if (spansHalves) return undefined;

  const cellsOf = (row: GridRow, half: number[]) => half.map((column) => row.cells[column]);
  const rows: GridRow[] = grid.rows.filter((row) => row.header).map((row) => ({ ...row, cells: cellsOf(row, halves[0] as number[]) }));
  const cellsByRow = new Map<Element, Array<Element | undefined>>();
  for (const half of halves) {
    for (const row of body) {
      const cells = cellsOf(row, half);
      const first = cells[0];
      if (!first) continue;
      cellsByRow.set(first, cells);
      rows.push({ element: first, cells, header: false, footer: row.footer });
    }
  }
  return { table: grid.table, rows, width, bodyHasRowspan: false, cellsByRow };
}
