import { parseNorwegianNumber } from '../norwegian-format';
import { cellText, type GridRow, type TableGrid } from '../table';

/**
 * A table whose every cell is a <th>, figures included, without <thead> (as older portals mark a
 * whole table up): every row looks like a header row, so the table seems to have no body. Its
 * first row is the header; the rows after it are rows of students when each begins with a word
 * (the name) and holds a figure after it. A header of several rows ("Elev | Fravær" over "Navn |
 * Hele dager | Enkelttimer") holds no figure and is left a header.
 */
export function withBodyOfHeaderCells(grid: TableGrid): TableGrid {
  const [head, ...rest] = grid.rows;
  if (!head || rest.length === 0 || !grid.rows.every((row) => row.header && row.element.parentElement?.tagName !== 'THEAD')) return grid;
  if (!rest.every(namesAndFigures)) return grid;
  // A name cell spanning two rows of figures is in both: neither row can then be read alone.
  const spans = rest.some((row, index) => row.cells.some((cell, column) => cell !== undefined && grid.rows[index]?.cells[column] === cell));
  return { ...grid, rows: [head, ...rest.map((row) => ({ ...row, header: false }))], bodyHasRowspan: grid.bodyHasRowspan || spans };
}

function namesAndFigures(row: GridRow): boolean {
  const [first, ...others] = row.cells.map((cell) => cellText(cell));
  return first !== undefined && /\p{L}/u.test(first) && others.some((text) => parseNorwegianNumber(text) !== null);
}
