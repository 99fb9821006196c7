import { cleanText } from '../norwegian-format';
import { buildGrid, type GridRow, type TableGrid } from '../table';
import type { LayoutGrid } from './layout-grid';

/**
 * A class overview split over two tables side by side: the names in a fixed table on the left,
 * the figures in a second table beside it (scrolling sideways), row for row. Read as one table:
 * each names row joined with the figures row at the same place, the badge in the names row.
 */

/** How far up from each table their shared container may be: the two sit side by side in one wrapper. */
const MAX_LEVELS_APART = 3;

function ancestors(element: Element): Element[] {
  const found: Element[] = [];
  for (let at = element.parentElement; at && found.length < MAX_LEVELS_APART; at = at.parentElement) found.push(at);
  return found;
}

/** Whether two tables sit in one wrapper a few levels up, neither inside the other. */
export function sideBySide(a: Element, b: Element): boolean {
  if (a.contains(b) || b.contains(a)) return false;
  const above = ancestors(a);
  return ancestors(b).some((element) => above.includes(element));
}

const isBody = (row: GridRow): boolean => !row.header && !row.footer;

/**
 * The names grid and the figures table joined row for row, or undefined when they do not line up:
 * the same number of body rows, a name in every names row and a figure in every figures row.
 */
export function joinSideBySide(names: TableGrid, figuresTable: Element): LayoutGrid | undefined {
  if (!sideBySide(names.table, figuresTable)) return undefined;
  const figures = buildGrid(figuresTable);
  const nameBody = names.rows.filter(isBody);
  const figureBody = figures.rows.filter(isBody);
  if (nameBody.length === 0 || nameBody.length !== figureBody.length) return undefined;
  const lineUp = nameBody.every(
    (row, i) =>
      row.cells.some((cell) => /\p{L}/u.test(cleanText(cell?.textContent ?? ''))) &&
      (figureBody[i] as GridRow).cells.some((cell) => /\d/.test(cell?.textContent ?? '')),
  );
  if (!lineUp) return undefined;

  // Header rows line up from the bottom: the row right above the body is each table's column names.
  const nameHead = names.rows.filter((row) => row.header);
  const figureHead = figures.rows.filter((row) => row.header);
  const headCount = Math.max(nameHead.length, figureHead.length);
  const blank = (width: number): Array<Element | undefined> => Array.from({ length: width }, () => undefined);
  const rows: GridRow[] = [];
  for (let i = 0; i < headCount; i += 1) {
    const left = nameHead[nameHead.length - headCount + i];
    const right = figureHead[figureHead.length - headCount + i];
    const element = left?.element ?? right?.element;
    if (!element) continue;
    rows.push({
      element,
      cells: [...(left?.cells ?? blank(names.width)), ...(right?.cells ?? blank(figures.width))],
      header: true,
      footer: false,
    });
  }
  const cellsByRow = new Map<Element, Array<Element | undefined>>();
  nameBody.forEach((row, i) => {
    const cells = [...row.cells, ...(figureBody[i] as GridRow).cells];
    cellsByRow.set(row.element, cells);
    rows.push({ element: row.element, cells, header: false, footer: false });
  });
  return { table: names.table, rows, width: names.width + figures.width, bodyHasRowspan: false, cellsByRow };
}

/**
 * A list with a fixed header: the column names in a table of their own, above a body table with no
 * header that scrolls under it, the two lined up column for column. Read as one table, the header
 * table's rows above the body's; the body table is the one read, so its rows are found again by
 * it. Undefined unless the header table holds only header rows and the body none, with as many
 * columns in each.
 */
export function joinFixedHeader(header: TableGrid, bodyTable: Element): TableGrid | undefined {
  if (header.rows.length === 0 || header.rows.some(isBody) || !sideBySide(header.table, bodyTable)) return undefined;
  const body = buildGrid(bodyTable);
  if (body.width !== header.width || body.rows.length === 0 || !body.rows.every(isBody)) return undefined;
  return { table: bodyTable, rows: [...header.rows, ...body.rows], width: body.width, bodyHasRowspan: body.bodyHasRowspan };
}
