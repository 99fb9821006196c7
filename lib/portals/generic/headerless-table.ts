import { buildGrid, cellText, type GridRow, type TableGrid } from '../table';

/**
 * A class split into groups, a table per group, with the column header printed only above the
 * first: the next table has no header row of its own, as many columns, and in each column the
 * same kinds of cells as the headed table's (names where it has names, figures where it has
 * figures). Its rows are then read under the first table's header.
 */

type CellKind = 'words' | 'figure' | 'mark';

/** What a cell holds, roughly: letters (a name, a code), a figure, or only a mark ("–", "/"); undefined when empty. */
function kindOf(text: string): CellKind | undefined {
  if (text === '') return undefined;
  if (/\p{L}/u.test(text)) return 'words';
  return /\d/u.test(text) ? 'figure' : 'mark';
}

/** The kinds of cells each column holds over the rows. */
function columnKinds(rows: readonly GridRow[], width: number): Array<Set<CellKind>> {
  const kinds = Array.from({ length: width }, () => new Set<CellKind>());
  for (const row of rows) {
    row.cells.forEach((cell, column) => {
      const kind = kindOf(cellText(cell));
      if (kind) kinds[column]?.add(kind);
    });
  }
  return kinds;
}

const isBody = (row: GridRow): boolean => !row.header && !row.footer;

/**
 * The rows of `next` to read under the header of `found` (a plain table of `width` columns whose
 * body rows are `foundBody`), or undefined when `next` has a header of its own, is laid out
 * otherwise, or holds other kinds of cells in some column than the headed table: a legend or a
 * table of something else after the list is left alone.
 */
export function rowsUnderHeaderAbove(found: TableGrid, foundBody: readonly GridRow[], next: Element): GridRow[] | undefined {
  if (next.tagName !== 'TABLE' || found.table.tagName !== 'TABLE') return undefined;
  if (found.table.contains(next) || next.contains(found.table)) return undefined;
  const grid = buildGrid(next);
  if (grid.width !== found.width || grid.bodyHasRowspan || found.bodyHasRowspan) return undefined;
  if (grid.rows.length === 0 || !grid.rows.every(isBody) || foundBody.length === 0) return undefined;
  const above = columnKinds(foundBody, found.width);
  const below = columnKinds(grid.rows, grid.width);
  const alike = below.every((kinds, column) => {
    const headed = above[column] as Set<CellKind>;
    // Every column holds something in both, and nothing below of a kind the headed table never shows.
    return kinds.size > 0 && headed.size > 0 && [...kinds].every((kind) => headed.has(kind));
  });
  return alike ? grid.rows : undefined;
}
