import type { IsoDate } from '../../model';
import { cleanText } from '../norwegian-format';
import type { GridRow, TableGrid } from '../table';
import { detachedCell } from './detached-cell';
import type { LayoutGrid } from './layout-grid';

/** Fewer day headings than this is a title row or a lone note, not a log by day. */
const MIN_DAYS = 2;

/** The one cell a row holds across the table, if it holds only one. */
function onlyCell(row: GridRow): Element | undefined {
  const cells = new Set(row.cells.filter((cell): cell is Element => cell !== undefined));
  return cells.size === 1 ? [...cells][0] : undefined;
}

/** "2026-11-23" as the page would write it, "23.11.2026", for the date column the reader reads. */
function written(day: IsoDate): string {
  const [year, month, date] = day.split('-');
  return `${date}.${month}.${year}`;
}

/**
 * A log by day in one table: a row across the table names each school day ("Mandag 23.11.2026"),
 * and the rows under it are that day's registrations, a student's name and what was registered
 * ("Elev | Registrering | Omfang"). The day is each row's date though no column holds it: the
 * table is read with a date column added, the heading's day in every row under it. A row across
 * that names no day ("Ingen fravær registrert") stays what it was. Read so only when at least two
 * headings name a day and every row of figures stands under one: a title row with a date over a
 * summary is no log.
 * `dayOf`: the day a heading names when its words are that day and nothing more.
 */
export function withDayHeadingRows(grid: TableGrid, dayOf: (heading: string) => IsoDate | undefined): LayoutGrid | undefined {
  const width = grid.width + 1;
  const rows: GridRow[] = [];
  let day: IsoDate | undefined;
  let days = 0;
  for (const row of grid.rows) {
    const only = onlyCell(row);
    if (row.header || row.footer || only) {
      const named = !row.header && !row.footer && only ? dayOf(cleanText(only.textContent ?? '')) : undefined;
      if (named !== undefined) {
        day = named;
        days += 1;
      }
      // The header names the added column; a row across keeps its one cell.
      const added = row.header && !only ? detachedCell(row.element, 'Dato') : undefined;
      rows.push({ ...row, cells: [...row.cells, added] });
      continue;
    }
    if (day === undefined) return undefined;
    rows.push({ ...row, cells: [...row.cells, detachedCell(row.element, written(day))] });
  }
  if (days < MIN_DAYS) return undefined;
  const cellsByRow = new Map(rows.map((row) => [row.element, row.cells]));
  return { table: grid.table, rows, width, bodyHasRowspan: false, cellsByRow };
}
