import { cleanText } from '../norwegian-format';
import { cellText, rowCells, TABLE_SELECTOR } from './grid';
import { normaliseHeader } from './header-words';

/**
 * Tables as the portal adapters read them: an HTML <table>, or an ARIA table/grid built from
 * divs (React and Angular apps). Columns are found by their header words, never by position or
 * class name, so a portal that reorders or restyles its columns still reads.
 */

export interface LocatedTable {
  table: Element;
  /** Header texts, normalised (normaliseHeader: lower-case words), one per column (colspans expanded). */
  headers: string[];
  /** Header texts as the page writes them (for names shown to the teacher, e.g. a subject). */
  rawHeaders: string[];
  bodyRows: Element[];
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

function isHeaderRow(row: Element): boolean {
  const cells = rowCells(row);
  return (
    cells.length > 0 &&
    cells.every((c) => c !== undefined && (c.tagName === 'TH' || c.getAttribute('role') === 'columnheader'))
  );
}

/** A table's header texts and body rows; null when it has no header row. */
export function readTable(table: Element): LocatedTable | null {
  const rows = tableRows(table);
  const headerIndex = rows.findIndex(isHeaderRow);
  if (headerIndex < 0) return null;
  const headerRow = rows[headerIndex] as Element;
  // Array.from, not map: a column the header row skips (aria-colindex) reads as an empty header.
  const rawHeaders = Array.from(rowCells(headerRow), (cell) => cellText(cell));
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

/**
 * "Ja"/"Nei" as a page writes it (also ✓/✗, "x" for a ticked box); null when the cell says neither.
 * Compared as the cell's whole text in lower case, not as header words: here a mark such as
 * "✓" or "–" is the answer itself.
 */
export function parseYesNo(text: string, yes: readonly string[], no: readonly string[]): boolean | null {
  const value = cellWord(text);
  if (value === '') return null;
  if (yes.some((w) => cellWord(w) === value)) return true;
  if (no.some((w) => cellWord(w) === value)) return false;
  return null;
}

function cellWord(text: string): string {
  return cleanText(text).toLowerCase();
}
