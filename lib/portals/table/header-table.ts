import { cleanText } from '../norwegian-format';
import { TABLE_SELECTOR } from './grid';

/**
 * Tables as the portal adapters read them: an HTML <table>, or an ARIA table/grid built from
 * divs (React and Angular apps). Columns are found by their header words, never by position or
 * class name, so a portal that reorders or restyles its columns still reads.
 */

const CELL_ROLES = new Set(['cell', 'gridcell', 'columnheader', 'rowheader']);

export interface LocatedTable {
  table: Element;
  /** Header texts, normalised (lower case, single spaces), one per column (colspans expanded). */
  headers: string[];
  /** Header texts as the page writes them (for names shown to the teacher, e.g. a subject). */
  rawHeaders: string[];
  bodyRows: Element[];
}

/** Lower case, single spaces, no trailing colon or sort arrows: what a header says. */
export function normaliseHeader(text: string): string {
  return cleanText(text)
    .toLowerCase()
    .replace(/[▲▼↑↓⇅*:]+$/u, '')
    .trim();
}

/** Rows that belong to this table itself, not to a table nested inside one of its cells. */
export function tableRows(table: Element): Element[] {
  const native = table.tagName === 'TABLE';
  const selector = native ? 'tr' : '[role="row"]';
  return [...table.querySelectorAll(selector)].filter((row) => owningTable(row) === table);
}

function owningTable(element: Element): Element | null {
  return element.parentElement?.closest(TABLE_SELECTOR) ?? null;
}

/** The row's cells, each repeated for its colspan so that index n is column n. */
export function rowCells(row: Element): Element[] {
  const cells: Element[] = [];
  for (const child of row.children) {
    const role = child.getAttribute('role');
    const isCell = child.tagName === 'TD' || child.tagName === 'TH' || (role !== null && CELL_ROLES.has(role));
    if (!isCell) continue;
    const span = Math.max(1, Math.min(50, Number(child.getAttribute('colspan') ?? '1') || 1));
    for (let i = 0; i < span; i++) cells.push(child);
  }
  return cells;
}

function isHeaderRow(row: Element): boolean {
  const cells = rowCells(row);
  return (
    cells.length > 0 &&
    cells.every((c) => c.tagName === 'TH' || c.getAttribute('role') === 'columnheader')
  );
}

/** A table's header texts and body rows; null when it has no header row. */
export function readTable(table: Element): LocatedTable | null {
  const rows = tableRows(table);
  const headerIndex = rows.findIndex(isHeaderRow);
  if (headerIndex < 0) return null;
  const headerRow = rows[headerIndex] as Element;
  const rawHeaders = rowCells(headerRow).map((cell) => cellText(cell));
  const headers = rawHeaders.map(normaliseHeader);
  const bodyRows = rows.slice(headerIndex + 1).filter((row) => !isHeaderRow(row) && rowCells(row).length > 0);
  return { table, headers, rawHeaders, bodyRows };
}

/** The column whose header is one of `words` (compared normalised and whole), or -1. */
export function columnIndex(headers: readonly string[], words: readonly string[]): number {
  const wanted = new Set(words.map(normaliseHeader));
  return headers.findIndex((h) => wanted.has(h));
}

/** The table with the most of the wanted columns (a page may also have a filter or a legend table). */
export function bestTable(root: ParentNode, groups: ReadonlyArray<readonly string[]>): LocatedTable | null {
  let best: { table: LocatedTable; score: number } | null = null;
  for (const element of root.querySelectorAll(TABLE_SELECTOR)) {
    const table = readTable(element);
    if (!table) continue;
    const score = groups.filter((g) => columnIndex(table.headers, g) >= 0).length;
    if (score > 0 && (!best || score > best.score)) best = { table, score };
  }
  return best?.table ?? null;
}

/** The cell in column `index` of a row (colspans counted), if there is one. */
export function cellAt(row: Element, index: number): Element | undefined {
  return index < 0 ? undefined : rowCells(row)[index];
}

const SKIPPED_TEXT = new Set(['SELECT', 'OPTION', 'SCRIPT', 'STYLE', 'TEMPLATE', 'TEXTAREA']);

/**
 * The text a person sees in a cell: without the option lists of its dropdowns (whose text is
 * every choice, not the chosen one) and without scripts. Visually hidden helper text
 * (e.g. a screen-reader label) is kept: it is part of what the page says.
 */
export function cellText(cell: Element): string {
  let text = '';
  const walk = (node: Node): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) text += child.textContent ?? '';
      else if (child.nodeType === 1 && !SKIPPED_TEXT.has((child as Element).tagName)) {
        text += ' ';
        walk(child);
        text += ' ';
      }
    }
  };
  walk(cell);
  return cleanText(text);
}

/**
 * The current value of the form control in a cell — what the teacher has chosen or typed just
 * now, not what the page was loaded with. null when the cell has no control.
 */
export function controlValue(cell: Element, selector = 'select, input, textarea'): string | null {
  const control = cell.matches(selector) ? cell : cell.querySelector(selector);
  if (!control) return null;
  if (control.tagName === 'INPUT') {
    const input = control as HTMLInputElement;
    if (input.type === 'checkbox' || input.type === 'radio') return input.checked ? input.value || 'on' : '';
    return cleanText(input.value);
  }
  return cleanText((control as HTMLSelectElement | HTMLTextAreaElement).value);
}

/** Minutes between two clock times in a text such as "08:15–09:45" or "8.15 - 9.00"; null without both. */
export function minutesBetweenTimes(text: string): number | null {
  const match = /(\d{1,2})[:.](\d{2})\s*[-–—]\s*(\d{1,2})[:.](\d{2})/.exec(text);
  if (!match) return null;
  const start = Number(match[1]) * 60 + Number(match[2]);
  const end = Number(match[3]) * 60 + Number(match[4]);
  return end > start ? end - start : null;
}

/** "Ja"/"Nei" as a page writes it (also ✓/✗, "x" for a ticked box); null when the cell says neither. */
export function parseYesNo(text: string, yes: readonly string[], no: readonly string[]): boolean | null {
  const value = normaliseHeader(text);
  if (value === '') return null;
  if (yes.some((w) => normaliseHeader(w) === value)) return true;
  if (no.some((w) => normaliseHeader(w) === value)) return false;
  return null;
}
