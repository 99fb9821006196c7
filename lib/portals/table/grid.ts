import { cleanText } from '../norwegian-format';
import { ROWS_PER_STEP, runToEnd, type Steps } from '../steps';

/**
 * A page's tables as rectangular grids, whether they are <table> elements or ARIA tables and
 * grids built from divs (role=table|grid with row / columnheader / cell). Column numbers count
 * grid positions, so a cell with colspan=2 takes two, and a rowspan cell fills the rows below it:
 * the same column number means the same column in every row, which is what a taught mapping stores.
 */

/** Every element that counts as a table, in document order (TaughtMapping.tableIndex counts these). */
export const TABLE_SELECTOR = 'table, [role="table"], [role="grid"], [role="treegrid"]';
const ARIA_ROW = '[role="row"]';
const ARIA_CELL = '[role="cell"], [role="gridcell"], [role="columnheader"], [role="rowheader"]';
/** Spans beyond these are markup errors; capping them keeps a hostile page from blowing up the grid. */
const MAX_COLSPAN = 50;
const MAX_ROWSPAN = 500;
const MAX_COLUMNS = 400;

export interface GridRow {
  element: Element;
  /** The cell at each column; a spanning cell appears at every column and row it covers. */
  cells: Array<Element | undefined>;
  /** A column-header row (in <thead>, or all its cells are <th>/columnheader). */
  header: boolean;
  /** A row in <tfoot>: sums and notes, never a student. */
  footer: boolean;
}

export interface TableGrid {
  table: Element;
  rows: GridRow[];
  width: number;
  /** Whether a body cell spans rows, so one row cannot be read without the rows above it. */
  bodyHasRowspan: boolean;
}

export function findTables(root: ParentNode): Element[] {
  return Array.from(root.querySelectorAll(TABLE_SELECTOR));
}

/** How deep shadow roots inside shadow roots are followed: web-component portals nest a few levels. */
const MAX_SHADOW_DEPTH = 8;

/**
 * The open shadow roots under `root` (the extension's own left out), each followed by those inside
 * it, to MAX_SHADOW_DEPTH: document order of their hosts. Walking every element costs time on a big
 * page, so readers ask only when the light DOM gives no students.
 */
export function shadowRoots(root: ParentNode, depth = 0): ShadowRoot[] {
  if (depth > MAX_SHADOW_DEPTH) return [];
  const roots: ShadowRoot[] = [];
  for (const element of Array.from(root.querySelectorAll('*'))) {
    const shadow = element.shadowRoot;
    if (shadow && !element.tagName.startsWith('NAERVAER-')) roots.push(shadow, ...shadowRoots(shadow, depth + 1));
  }
  return roots;
}

/**
 * The tables inside open shadow roots (portals built of web components), in document order of
 * their hosts. A taught mapping counts them after the page's own tables (findTablesInPage), so
 * indexes saved for the light DOM stay valid.
 */
export function findTablesDeep(root: ParentNode): Element[] {
  return shadowRoots(root).flatMap((shadow) => findTables(shadow));
}

/** Every table a taught mapping can point at: the page's own, then those in open shadow roots. */
export function findTablesInPage(root: ParentNode): Element[] {
  return [...findTables(root), ...findTablesDeep(root)];
}

interface RawRow {
  element: Element;
  section: 'head' | 'body' | 'foot';
}

function isNativeTable(table: Element): boolean {
  return table.tagName === 'TABLE';
}

/** The table's rows, without their cells: those are read row by row, in the grid's steps. */
function rawRows(table: Element): RawRow[] {
  if (isNativeTable(table)) {
    const rows: RawRow[] = [];
    const add = (row: Element, section: RawRow['section']): void => {
      rows.push({ element: row, section });
    };
    for (const child of Array.from(table.children)) {
      if (child.tagName === 'TR') add(child, 'body');
      else if (child.tagName === 'THEAD' || child.tagName === 'TBODY' || child.tagName === 'TFOOT') {
        const section = child.tagName === 'THEAD' ? 'head' : child.tagName === 'TFOOT' ? 'foot' : 'body';
        for (const row of Array.from(child.children)) if (row.tagName === 'TR') add(row, section);
      }
    }
    return rows;
  }
  const rows = table.querySelector('slot')
    ? composedRows(table)
    : Array.from(table.querySelectorAll(ARIA_ROW)).filter((row) => row.parentElement?.closest(TABLE_SELECTOR) === table);
  const own = rows.map((row) => ({ element: row, section: 'body' as const }));
  const above = rows.some(heads) ? null : headerRowBefore(table);
  return above ? [{ element: above, section: 'head' }, ...own] : own;
}

/** Whether an ARIA row holds column headers. */
function heads(row: Element): boolean {
  return cellsOf(row, false).some((cell) => cell.getAttribute('role') === 'columnheader');
}

/** How many wrappers around a list or grid its header row may stand outside of (a scroller, a spacer inside it). */
const MAX_HEADER_WRAPPERS = 3;

/**
 * The element just before a list or grid, where a header row kept in view would stand. A
 * virtualised list puts its rows in a spacer as tall as all of them, inside a scrolling element,
 * and keeps its header outside the scroller so that it stays put: the header is then just before
 * the outermost element that wraps nothing but the list (one child, no text of its own).
 */
export function elementBeforeList(list: Element): Element | null {
  return outermostWrapper(list, (scope) => scope.previousElementSibling)?.previousElementSibling ?? null;
}

/**
 * The element just after a list or table, past the wrappers that hold nothing but it: where a
 * virtualised list that keeps its header in a table of its own renders the rows below it.
 */
export function elementAfterList(list: Element): Element | null {
  return outermostWrapper(list, (scope) => scope.nextElementSibling)?.nextElementSibling ?? null;
}

/**
 * The element itself, or the wrapper around it, up to MAX_HEADER_WRAPPERS deep, that first has a
 * `neighbour`; each wrapper on the way wraps nothing but it (one child, no text of its own). Null
 * when a wrapper holds more.
 */
function outermostWrapper(element: Element, neighbour: (scope: Element) => Element | null): Element | null {
  let scope = element;
  for (let depth = 0; depth < MAX_HEADER_WRAPPERS && !neighbour(scope); depth += 1) {
    const parent = scope.parentElement;
    if (!parent || parent.children.length !== 1 || hasOwnText(parent)) return null;
    scope = parent;
  }
  return scope;
}

/** Whether an element holds text of its own, beside its child elements. */
export function hasOwnText(element: Element): boolean {
  return Array.from(element.childNodes).some((node) => node.nodeType === 3 && cleanText(node.textContent ?? '') !== '');
}

/**
 * A row of column headers just before an ARIA grid that has none of its own, in no table itself,
 * as a virtualised grid keeps it outside the element that scrolls (elementBeforeList).
 */
function headerRowBefore(table: Element): Element | null {
  const before = elementBeforeList(table);
  if (!before || before.closest(TABLE_SELECTOR) || before.querySelector(TABLE_SELECTOR)) return null;
  const inside = before.matches(ARIA_ROW) ? [before] : Array.from(before.querySelectorAll(ARIA_ROW));
  const [row] = inside;
  return inside.length === 1 && row && heads(row) ? row : null;
}

/** A row's own cells: a native table's <td>s and <th>s, an ARIA table's cells not in a row inside it. */
function cellsOf(row: Element, native: boolean): Element[] {
  return native ? nativeCells(row) : Array.from(row.querySelectorAll(ARIA_CELL)).filter((cell) => cell.parentElement?.closest(ARIA_ROW) === row);
}

/**
 * An ARIA table in a web component whose rows are slotted in from the page, each perhaps a
 * component with its own shadow root holding the row (`<liste><elev>#shadow-root <div role=row>`):
 * the rows in the order the reader sees them, following each <slot> to the elements assigned to it
 * and into their open shadow roots.
 */
function composedRows(table: Element): Element[] {
  const rows: Element[] = [];
  const walk = (parent: ParentNode, depth: number): void => {
    if (depth > MAX_SHADOW_DEPTH * 4) return;
    for (const child of Array.from(parent.children)) {
      if (child.matches(ARIA_ROW)) rows.push(child);
      else if (child.matches(TABLE_SELECTOR)) continue; // a table inside a cell is its own
      else if (child.tagName === 'SLOT') {
        const slot = child as Partial<Pick<HTMLSlotElement, 'assignedElements'>>;
        for (const assigned of slot.assignedElements?.({ flatten: true }) ?? []) {
          if (assigned.matches(ARIA_ROW)) rows.push(assigned);
          else walk(assigned.shadowRoot ?? assigned, depth + 1);
        }
      } else walk(child, depth + 1);
    }
  };
  walk(table, 0);
  return rows;
}

function nativeCells(row: Element): Element[] {
  const cells: Element[] = [];
  for (let cell = row.firstElementChild; cell; cell = cell.nextElementSibling) {
    if (cell.tagName === 'TD' || cell.tagName === 'TH') cells.push(cell);
  }
  return cells;
}

function isColumnHeaderCell(cell: Element): boolean {
  const role = cell.getAttribute('role');
  if (role === 'columnheader') return true;
  if (role === 'rowheader' || role === 'cell' || role === 'gridcell') return false;
  return cell.tagName === 'TH' && (cell.getAttribute('scope') ?? '').toLowerCase() !== 'row';
}

function span(cell: Element, native: string, aria: string, max: number): number {
  const raw = cell.getAttribute(native) ?? cell.getAttribute(aria);
  const value = raw === null ? 1 : Number.parseInt(raw, 10);
  // rowspan="0" means "to the end of the section"; reading it as 1 loses nothing we rely on.
  return Number.isFinite(value) && value >= 1 ? Math.min(value, max) : 1;
}

export function buildGrid(table: Element): TableGrid {
  return runToEnd(buildGridInSteps(table));
}

/** buildGrid in steps (lib/portals/steps.ts): it pauses after every ROWS_PER_STEP rows of a long table. */
export function* buildGridInSteps(table: Element): Steps<TableGrid> {
  const raw = rawRows(table);
  const native = isNativeTable(table);
  const carry: Array<{ element: Element; left: number; header: boolean } | undefined> = [];
  const rows: GridRow[] = [];
  let width = 0;
  let bodyHasRowspan = false;
  let seenBody = false;

  for (const row of raw) {
    const own = cellsOf(row.element, native);
    const cells: Array<Element | undefined> = [];
    let carriedFromBody = false;
    carry.forEach((held, column) => {
      if (!held) return;
      cells[column] = held.element;
      if (!held.header) carriedFromBody = true;
      held.left -= 1;
      if (held.left <= 0) carry[column] = undefined;
    });

    // A lone <th> spanning the row ("8A") labels a group of rows; a header row names columns.
    const header =
      row.section === 'head' ||
      (row.section === 'body' && !seenBody && own.length > 1 && own.every(isColumnHeaderCell));
    if (!header && row.section === 'body') seenBody = true;
    if (carriedFromBody && !header) bodyHasRowspan = true;

    let column = 0;
    for (const cell of own) {
      // Most cells have no attributes at all: then nothing positions or spans them.
      const plain = !cell.hasAttributes();
      const ariaIndex = plain ? Number.NaN : Number.parseInt(cell.getAttribute('aria-colindex') ?? '', 10);
      if (Number.isFinite(ariaIndex) && ariaIndex >= 1 && ariaIndex - 1 >= column) {
        column = Math.min(ariaIndex - 1, MAX_COLUMNS);
      }
      while (cells[column] !== undefined) column += 1;
      if (column >= MAX_COLUMNS) break;
      const columns = plain ? 1 : span(cell, 'colspan', 'aria-colspan', MAX_COLSPAN);
      const rowsDown = plain ? 1 : span(cell, 'rowspan', 'aria-rowspan', MAX_ROWSPAN);
      for (let k = 0; k < columns && column + k < MAX_COLUMNS; k += 1) {
        cells[column + k] = cell;
        if (rowsDown > 1) carry[column + k] = { element: cell, left: rowsDown - 1, header };
      }
      column += columns;
    }
    width = Math.max(width, cells.length);
    rows.push({ element: row.element, cells, header, footer: row.section === 'foot' });
    if (rows.length % ROWS_PER_STEP === 0) yield;
  }
  return { table, rows, width, bodyHasRowspan };
}

/**
 * One row's cells by column without the rows above it: right when no body cell spans rows
 * (TableGrid.bodyHasRowspan is false), and cheap enough for re-reading one student after an edit.
 */
export function rowCells(row: Element): Array<Element | undefined> {
  const cells: Array<Element | undefined> = [];
  let column = 0;
  for (const cell of cellsOf(row, row.tagName === 'TR')) {
    const plain = !cell.hasAttributes();
    const ariaIndex = plain ? Number.NaN : Number.parseInt(cell.getAttribute('aria-colindex') ?? '', 10);
    if (Number.isFinite(ariaIndex) && ariaIndex >= 1 && ariaIndex - 1 >= column) {
      column = Math.min(ariaIndex - 1, MAX_COLUMNS);
    }
    if (column >= MAX_COLUMNS) break;
    const columns = plain ? 1 : span(cell, 'colspan', 'aria-colspan', MAX_COLSPAN);
    for (let k = 0; k < columns && column + k < MAX_COLUMNS; k += 1) cells[column + k] = cell;
    column += columns;
  }
  return cells;
}

/**
 * The header text of each column: the distinct texts of every header row at that column, top
 * to bottom, so merged header rows ("Fravær" over "Dager | Timer") read as "Fravær Dager".
 */
export function headerTexts(grid: TableGrid, headerRows: GridRow[]): string[] {
  const texts: string[] = [];
  for (let column = 0; column < grid.width; column += 1) {
    const parts: string[] = [];
    const seen = new Set<Element>();
    for (const row of headerRows) {
      const cell = row.cells[column];
      if (!cell || seen.has(cell)) continue;
      seen.add(cell);
      // A column the page hides (a sort key kept for its script) is no column the teacher reads:
      // it gets no header words, so no meaning.
      if (isHidden(cell)) continue;
      // A sortable header is a button: its words are the column's name (cellText reads a
      // button's words when the cell has no others).
      const text = withAbbreviationsSpelledOut(cell, cellText(cell));
      if (text !== '' && !parts.includes(text)) parts.push(text);
    }
    texts.push(parts.join(' '));
  }
  return texts;
}

/**
 * The header texts of the header rows buildGrid marked (GridRow.header), read once per grid: the
 * reader's analysis of a table and the page's code legend both ask for them, and a register's
 * hundreds of date columns cost a style read each. A grid is a snapshot of its table, so its header
 * texts are too. Each caller gets its own copy.
 */
const markedHeaders = new WeakMap<TableGrid, readonly string[]>();

export function markedHeaderTexts(grid: TableGrid): string[] {
  let texts = markedHeaders.get(grid);
  if (!texts) {
    texts = headerTexts(grid, grid.rows.filter((row) => row.header));
    markedHeaders.set(grid, texts);
  }
  return [...texts];
}

/**
 * A header cell's words with each `<abbr title="…">` in it spelled out as its title says: "D" with
 * the title "Dokumentert" is the page's own word for what the column counts, and a reader that
 * guessed at the letter alone would take it for days.
 */
function withAbbreviationsSpelledOut(cell: Element, text: string): string {
  // Most header cells hold text alone: no element inside, so no <abbr>, and no list of them to make.
  if (!cell.firstElementChild) return text;
  let spelled = text;
  for (const abbreviation of Array.from(cell.getElementsByTagName('abbr'))) {
    const short = cleanText(abbreviation.textContent ?? '');
    const long = cleanText(abbreviation.getAttribute('title') ?? '');
    if (short !== '' && long !== '') spelled = spelled.replace(short, long);
  }
  return spelled;
}

/**
 * Whether the page renders an element: neither it nor any element around it is `hidden`, styled
 * `display: none`, or the content of a closed <details>. A table folded away behind a "Vis fravær"
 * button is not what the teacher sees; it is read once the page shows it.
 */
export function isRendered(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement ?? hostOf(node)) {
    if (isHidden(node)) return false;
    const parent: Element | null = node.parentElement;
    if (parent?.tagName === 'DETAILS' && !parent.hasAttribute('open') && node !== parent.querySelector(':scope > summary')) return false;
  }
  return true;
}

/** The element a shadow root hangs from, for an element at the top of one. */
function hostOf(element: Element): Element | null {
  const root = element.getRootNode() as Node & { host?: Element };
  return root.host ?? null;
}

/** Whether the page hides a header cell: the `hidden` attribute, or its style says `display: none`. */
function isHidden(cell: Element): boolean {
  if (cell.hasAttribute('hidden')) return true;
  // Outside a window (lib/ runs there too) there is no style to ask.
  const view = cell.ownerDocument.defaultView;
  return view !== null && typeof view.getComputedStyle === 'function' && view.getComputedStyle(cell).display === 'none';
}

/**
 * What a person reads in a cell, the one reading every reader uses: its text without scripts,
 * styles, icons (svg) and parts the page hides (`hidden`, `aria-hidden="true"`, which is how an
 * icon beside its screen-reader words is marked), and for a form control what it shows now: the
 * chosen option of a <select> (the property, which follows the teacher's edit) and the value of
 * a text or number input. A button's words count only when the cell has no other words: a
 * sortable header or a name drawn as a button is its button, but "3 [Endre]" reads 3.
 * The extension's own elements (badges) are never the page's text.
 */
export function cellText(cell: Element | undefined): string {
  if (!cell) return '';
  // Most cells hold one text node or nothing: their text is that node's, with no walk.
  const first = cell.firstChild;
  if (first === null) return '';
  if (first.nextSibling === null && first.nodeType === 3) return cleanText(first.textContent ?? '');
  const found: CollectedText = { parts: [], buttons: [] };
  collectText(cell, found, 0, false);
  const own = cleanText(found.parts.join(' '));
  return own !== '' ? own : cleanText(found.buttons.join(' '));
}

interface CollectedText {
  parts: string[];
  /** Words inside buttons, used only when the cell has no words of its own. */
  buttons: string[];
}

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'TEXTAREA']);

function collectText(node: Node, found: CollectedText, depth: number, inButton: boolean): void {
  if (depth > 50) return;
  const parts = inButton ? found.buttons : found.parts;
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      parts.push(child.textContent ?? '');
      continue;
    }
    if (child.nodeType !== 1) continue;
    const element = child as Element;
    const tag = element.tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag) || tag.startsWith('NAERVAER-')) continue;
    if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') continue;
    if (tag === 'SELECT') {
      parts.push(chosenOption(element)?.textContent ?? '');
      continue;
    }
    if (tag === 'INPUT') {
      // The property: lower-case, "text" for a missing, empty or unknown type, and the value as shown now.
      const input = element as HTMLInputElement;
      if (input.type === 'text' || input.type === 'number') parts.push(input.value);
      continue;
    }
    if (tag === 'BR') {
      parts.push(' ');
      continue;
    }
    // A radio button's label names one choice of its group ("Til stede", "Fravær hel dag"): unless
    // it is checked now, as the teacher left it (saved or not), it is not what the cell says.
    if ((element as HTMLLabelElement).control?.matches('[type=radio]:not(:checked)')) continue;
    collectText(element, found, depth + 1, inButton || tag === 'BUTTON');
  }
}

/**
 * The live choice of a <select> (the property), which follows the teacher's edit; the markup's
 * `selected` attribute only says what the page loaded with. Asked of the select itself (its index
 * into its options) rather than by searching its options: a register re-read after each edit
 * holds many selects. With nothing chosen, what the page loaded with, or the first option.
 */
function chosenOption(select: Element): Element | null | undefined {
  const native = select as Partial<HTMLSelectElement>;
  return native.options?.item(native.selectedIndex ?? -1) ?? select.querySelector('option[selected]') ?? select.querySelector('option');
}
