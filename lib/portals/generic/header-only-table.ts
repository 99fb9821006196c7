import { cleanText } from '../norwegian-format';
import { elementAfterList, type GridRow, hasOwnText, type TableGrid } from '../table';
import type { LayoutGrid } from './layout-grid';

/**
 * A list whose column headers stand in a <table> of their own, a <thead> and no rows, and whose
 * rows follow it outside any table: `<div role="row">`s, or plain <div>s with a <div> per cell, as
 * some virtualised lists keep the header in a table and render only the rows in view below it.
 * Read as one table, the header table's header rows above those rows, column for column.
 */

/** How many wrappers around the rows may stand in between (a scroller, a spacer); the header table's own are elementAfterList's. */
const MAX_WRAPPERS = 3;
/** A cell is a short text with little markup in it; a longer one is a paragraph or a panel, not a cell. */
const MAX_CELL_TEXT = 80;
const MAX_CELL_CHILDREN = 3;
const ARIA_CELL = '[role="cell"], [role="gridcell"], [role="rowheader"]';

function text(element: Element): string {
  return cleanText(element.textContent ?? '');
}

/** The element itself, or the one element it wraps (to MAX_WRAPPERS deep) when it has nothing else. */
function pastWrappers(element: Element): Element {
  let inner = element;
  for (let depth = 0; depth < MAX_WRAPPERS && inner.children.length === 1 && !hasOwnText(inner); depth += 1) inner = inner.children[0] as Element;
  return inner;
}

/**
 * A row's cells: the ARIA cells it marks as its own, else its children (past a wrapper around
 * them). An element with text of its own between its children is a line of prose with words set
 * apart in it ("Ingen <b>elever</b> i gruppa"), not a row of cells: it has none.
 */
function cellsOf(row: Element): Element[] {
  if (row.getAttribute('role') === 'row') {
    const marked = Array.from(row.querySelectorAll(ARIA_CELL)).filter((cell) => cell.parentElement?.closest('[role="row"]') === row);
    if (marked.length > 0) return marked;
  }
  const inner = pastWrappers(row);
  return hasOwnText(inner) ? [] : Array.from(inner.children);
}

/** The run of elements from the first on that are each a row of `width` cells. */
function rowsFrom(elements: readonly Element[], width: number): Array<{ element: Element; cells: Element[] }> {
  const rows: Array<{ element: Element; cells: Element[] }> = [];
  for (const element of elements) {
    const cells = cellsOf(element);
    const fits = cells.length === width && cells.every((cell) => cell.children.length <= MAX_CELL_CHILDREN && text(cell).length <= MAX_CELL_TEXT);
    if (!fits) break;
    rows.push({ element, cells });
  }
  return rows;
}

function siblingsFrom(element: Element): Element[] {
  const found: Element[] = [];
  for (let at: Element | null = element; at; at = at.nextElementSibling) found.push(at);
  return found;
}

/**
 * The header-only table joined with the rows after it, or undefined: the table must hold header
 * rows only, two or more columns wide, and be followed (past wrappers) by a container of such rows
 * or by the rows themselves, each with as many cells as the header has columns. No other table
 * may stand there: a second table under a fixed header is side-by-side.ts's joinFixedHeader.
 */
export function rowsUnderHeaderOnlyTable(header: TableGrid): LayoutGrid | undefined {
  if (header.width < 2 || header.rows.length === 0 || header.rows.some((row) => !row.header || row.footer)) return undefined;
  const next = elementAfterList(header.table);
  if (!next || next.matches('table, [role="table"], [role="grid"]') || next.querySelector('table, [role="table"], [role="grid"]')) return undefined;
  // A container of rows is tried first: the rows themselves would read its rows as one row's cells.
  const inContainer = next.getAttribute('role') === 'row' ? [] : rowsFrom(Array.from(pastWrappers(next).children), header.width);
  const rows = inContainer.length > 0 ? inContainer : rowsFrom(siblingsFrom(next), header.width);
  if (rows.length === 0) return undefined;
  const body: GridRow[] = rows.map((row) => ({ element: row.element, cells: row.cells, header: false, footer: false }));
  const cellsByRow = new Map<Element, Array<Element | undefined>>(rows.map((row) => [row.element, row.cells]));
  return { table: header.table, rows: [...header.rows, ...body], width: header.width, bodyHasRowspan: false, cellsByRow };
}
