import type { ColumnRole, Measure } from './columns';

/**
 * A report that gives each student two rows, one per unit: a "Dager" row and a "Timer" row under
 * one name cell (`<th rowspan="2">`), the figure columns ("Hittil i halvåret | Siste 14 dager")
 * saying no unit of their own. The unit is the row's, written in a column of its own; the student's
 * absence is the days of the one row and the lessons of the other, read together as one row.
 */

type Cells = ReadonlyArray<Element | undefined>;

/** The figure columns a row's unit fills in: those whose header names no unit. */
function unitless(role: ColumnRole): boolean {
  return (role.kind === 'absence' && role.parts === undefined) || (role.kind === 'stretch' && role.measure === undefined);
}

/**
 * The column whose every body cell names a unit and nothing else ("Dager", "Timer"), both units
 * among them, in a table whose figure columns name none; undefined when there is no such column.
 * `unitOf` is the header reader's unit of a text (a cell is read as a header would be).
 */
export function unitColumn(
  roles: readonly ColumnRole[],
  rows: ReadonlyArray<{ cells: Cells }>,
  text: (cell: Element | undefined) => string,
  unitOf: (text: string) => Measure | undefined,
): number | undefined {
  if (!roles.some(unitless) || roles.some((role) => role.kind === 'measure' && (role.measure === 'days' || role.measure === 'lessons'))) return undefined;
  if (rows.length < 2) return undefined;
  for (const [column, role] of roles.entries()) {
    if (role.kind !== 'eventType' && role.kind !== 'other') continue;
    const units = new Set<Measure | undefined>(rows.map((row) => {
      const written = text(row.cells[column]);
      return /\d/u.test(written) || written.split(' ').length > 2 ? undefined : unitOf(written);
    }));
    if (units.size === 2 && units.has('days') && units.has('lessons')) return column;
  }
  return undefined;
}

/**
 * A student's rows read as one: each row's cells after the other's, each row's unitless figure
 * columns in the unit its unit cell names. A row whose unit cell names none keeps its columns unread.
 */
export function joinedUnitRows(
  rows: readonly Cells[],
  roles: readonly ColumnRole[],
  headers: readonly string[],
  unitOf: (cells: Cells) => Measure | undefined,
): { cells: Cells; roles: ColumnRole[]; headers: string[] } {
  const joined: { cells: Array<Element | undefined>; roles: ColumnRole[]; headers: string[] } = { cells: [], roles: [], headers: [] };
  for (const [index, cells] of rows.entries()) {
    const unit = unitOf(cells);
    for (const [at, role] of roles.entries()) {
      joined.cells.push(cells[at]);
      joined.headers.push(headers[at] ?? '');
      // Who the row is about is read from the first row only.
      if (index > 0 && role.kind !== 'stretch' && role.kind !== 'absence') joined.roles.push({ kind: 'other' });
      else if (!unitless(role)) joined.roles.push(role);
      else if (unit !== 'days' && unit !== 'lessons') joined.roles.push({ kind: 'other' });
      else if (role.kind === 'stretch') joined.roles.push({ ...role, measure: unit });
      else joined.roles.push({ kind: 'measure', measure: unit });
    }
  }
  return joined;
}
