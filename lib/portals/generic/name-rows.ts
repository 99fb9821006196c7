/**
 * A table of figures with no name column whose students are named each on a row of their own,
 * spanning the table, with their figures on the row under it (a print or narrow-screen list, often
 * one <tbody> per student): the figures read under the table's header, the student the row above.
 *
 * Only when every name row is followed by exactly one row of figures in the same section, no row
 * of figures stands without a name right above it or names anyone itself, and at least two
 * students are named: a single student's figures per subject under their name, or a group label above several
 * students' rows, is not this shape.
 */
export function namesAboveFigures<Row extends { element: Element; cells: ReadonlyArray<Element | undefined> }>(
  rows: readonly Row[],
  textOf: (cell: Element | undefined) => string,
  namesStudent: (text: string) => boolean,
): boolean {
  let named = 0;
  let pending: Row | undefined;
  for (const row of rows) {
    const cells = new Set(row.cells.filter((cell) => cell !== undefined));
    if (cells.size === 1) {
      // A name whose figures never came.
      if (pending) return false;
      // A row across that names no one (a class's label) heads no figures of its own.
      if (!namesStudent(textOf([...cells][0]))) continue;
      pending = row;
      named += 1;
      continue;
    }
    if (!pending || pending.element.parentElement !== row.element.parentElement) return false;
    if ([...cells].some((cell) => namesStudent(textOf(cell)))) return false;
    pending = undefined;
  }
  return !pending && named >= 2;
}
