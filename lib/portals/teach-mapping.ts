import { z } from 'zod';
import type { CouldNotRead, TaughtMapping } from './adapter';
import { couldNotRead } from './could-not-read';
import { GENERIC_VOCABULARY } from './generic';
import { classifyHeader, measureOfHeader } from './generic/columns';
import { buildGrid, cellText, findTables, findTablesInPage, headerTexts, TABLE_SELECTOR, type TableGrid } from './table';
import { parseNorwegianNumber } from './norwegian-format';

/**
 * What teach mode needs: the teacher clicks a student's name and the cells that hold absence
 * once, and the generic reader reads that site the same way from then on. Plain DOM, no
 * extension APIs, so it is tested like the rest of lib/.
 */

/** The largest table index and column a mapping may name, and the most absence columns. */
const MAX_INDEX = 10_000;
const MAX_ABSENCE_COLUMNS = 500;

export const TaughtMappingSchema = z
  .object({
    tableIndex: z.number().int().min(0).max(MAX_INDEX),
    nameColumn: z.number().int().min(0).max(MAX_INDEX),
    absenceColumns: z.array(z.number().int().min(0).max(MAX_INDEX)).min(1, 'at least one absence column').max(MAX_ABSENCE_COLUMNS),
    columnMeaning: z.array(z.enum(['days', 'lessons', 'late', 'percent', 'codes'])).max(MAX_ABSENCE_COLUMNS),
  })
  .refine((mapping) => mapping.columnMeaning.length === mapping.absenceColumns.length, {
    message: 'one meaning per absence column',
    path: ['columnMeaning'],
  })
  .refine((mapping) => !mapping.absenceColumns.includes(mapping.nameColumn), {
    message: 'the name column cannot also be an absence column',
    path: ['absenceColumns'],
  });

// The stored shape and the adapter's interface must stay the same type.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShape: Same<z.infer<typeof TaughtMappingSchema>, TaughtMapping> = true;
void sameShape;

export interface TableSummary {
  /** The index a TaughtMapping stores: every <table> and [role=table|grid] in document order. */
  index: number;
  headers: string[];
  /** Rows that are not header or footer rows. */
  rowCount: number;
}

export function describeTables(doc: Document): TableSummary[] {
  return findTables(doc).map((table, index) => {
    const grid = buildGrid(table);
    return {
      index,
      headers: headerTexts(grid, grid.rows.filter((row) => row.header)),
      rowCount: grid.rows.filter((row) => !row.header && !row.footer).length,
    };
  });
}

/** The key a mapping is saved under: the site and the first part of the path ("https://x.no/fravaer"). */
export function siteKeyFor(url: URL): string {
  const first = url.pathname.split('/').find((segment) => segment !== '');
  return `${url.origin}/${first ?? ''}`;
}

const CELL_SELECTOR = 'td, th, [role="cell"], [role="gridcell"], [role="columnheader"], [role="rowheader"]';

function columnOf(grid: TableGrid, cell: Element): number | undefined {
  for (const row of grid.rows) {
    const column = row.cells.indexOf(cell);
    if (column >= 0) return column;
  }
  return undefined;
}

/**
 * The mapping from the teacher's clicks: which table, which column holds the name, which hold
 * absence and what each holds. A click anywhere inside a cell counts as the cell. The meaning is
 * guessed from the column's header (a date → codes, "Timer" → lessons …) and, failing that, from
 * the clicked cell ("7,5 %" → percent, a code such as "F" → codes); otherwise days.
 */
/** Why the teacher's clicks make no mapping; teach mode words it (components/overlay/controller/teach-mode.dom.ts). */
export type TeachProblem = {
  code:
    | 'name-not-in-cell'
    | 'name-not-in-table'
    | 'no-absence-clicked'
    | 'name-column-unknown'
    | 'absence-in-other-table'
    | 'absence-column-unknown'
    | 'absence-in-name-column';
};

export function mappingFromClicks(
  doc: Document,
  nameCell: Element,
  absenceCells: Element[],
): TaughtMapping | CouldNotRead<TeachProblem> {
  const asOf = '2000-01-01'; // only for recognising dates in headers; the year does not matter here
  const name = nameCell.closest(CELL_SELECTOR);
  if (!name) return couldNotRead({ code: 'name-not-in-cell' });
  const table = name.closest(TABLE_SELECTOR);
  const tableIndex = table ? findTablesInPage(doc).indexOf(table) : -1;
  if (!table || tableIndex < 0) return couldNotRead({ code: 'name-not-in-table' });
  if (absenceCells.length === 0) return couldNotRead({ code: 'no-absence-clicked' });

  const grid = buildGrid(table);
  const nameColumn = columnOf(grid, name);
  if (nameColumn === undefined) return couldNotRead({ code: 'name-column-unknown' });
  const headers = headerTexts(grid, grid.rows.filter((row) => row.header));

  const absenceColumns: number[] = [];
  const columnMeaning: TaughtMapping['columnMeaning'] = [];
  for (const clicked of absenceCells) {
    const cell = clicked.closest(CELL_SELECTOR);
    if (!cell || cell.closest(TABLE_SELECTOR) !== table) {
      return couldNotRead({ code: 'absence-in-other-table' });
    }
    const column = columnOf(grid, cell);
    if (column === undefined) return couldNotRead({ code: 'absence-column-unknown' });
    if (column === nameColumn) {
      return couldNotRead({ code: 'absence-in-name-column' });
    }
    if (absenceColumns.includes(column)) continue;
    absenceColumns.push(column);
    columnMeaning.push(meaningOf(headers[column] ?? '', cellText(cell), asOf));
  }
  // The schema's other rules hold by construction (at least one absence column, none of them the
  // name's, one meaning each); a table past its limits is refused as the schema would (the
  // background checks the mapping again when it is saved).
  if (tableIndex > MAX_INDEX || Math.max(nameColumn, ...absenceColumns) > MAX_INDEX || absenceColumns.length > MAX_ABSENCE_COLUMNS) {
    throw new RangeError(`a taught mapping names at most ${MAX_INDEX} tables and columns and ${MAX_ABSENCE_COLUMNS} absence columns`);
  }
  return { tableIndex, nameColumn, absenceColumns, columnMeaning };
}

function meaningOf(header: string, sample: string, asOf: string): TaughtMapping['columnMeaning'][number] {
  if (classifyHeader(header, GENERIC_VOCABULARY.headers, asOf).kind === 'dateColumn') return 'codes';
  const measure = measureOfHeader(header, GENERIC_VOCABULARY.headers);
  if (measure === 'minutes') return 'lessons';
  if (measure) return measure;
  if (/%/.test(sample)) return 'percent';
  if (sample !== '' && parseNorwegianNumber(sample) === null) return 'codes';
  return 'days';
}
