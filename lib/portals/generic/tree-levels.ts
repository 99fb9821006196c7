/**
 * An ARIA tree grid nests its rows by aria-level: a class's row above its students ("9A (3 elever)"
 * with the class's sums), or a student's row above their details (the subjects their lessons were
 * missed in). The students are the rows of one level: the deepest whose rows mostly name people.
 * Rows of the other levels are groups above them or details below them, never students. The level
 * is decided from the whole tree, not from which rows are open, so opening a row moves no badge.
 *
 * Only the rows `isBody` accepts are counted (not header or footer rows). Returns undefined when
 * the table is no tree grid, its rows stand at one level only, or no level
 * names people: the rows are then read as any table's.
 */
export function studentLevel<Row extends { element: Element }>(
  table: Element,
  rows: readonly Row[],
  isBody: (row: Row) => boolean,
  label: (row: Row) => string,
  namesPerson: (text: string) => boolean,
): string | undefined {
  if (table.getAttribute('role') !== 'treegrid') return undefined;
  const byLevel = new Map<string, { named: number; labelled: number }>();
  for (const row of rows) {
    if (!isBody(row)) continue;
    const level = row.element.getAttribute('aria-level');
    const text = level === null ? '' : label(row);
    if (level === null || text === '') continue;
    const count = byLevel.get(level) ?? { named: 0, labelled: 0 };
    count.labelled += 1;
    if (namesPerson(text)) count.named += 1;
    byLevel.set(level, count);
  }
  if (byLevel.size < 2) return undefined;
  const naming = [...byLevel]
    .filter(([, count]) => count.named * 2 > count.labelled)
    .map(([level]) => level)
    .sort((a, b) => Number(b) - Number(a));
  return naming[0];
}
