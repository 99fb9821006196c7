import { cleanText } from '../norwegian-format';
import { cellText } from '../table';
import { readMark } from './accessible-marks';
import type { CellWords } from './cell-meaning';

/**
 * Figures a page paints into an empty cell with CSS generated content: the portal keeps each figure
 * in an attribute and a rule such as `td.tall::before { content: attr(data-verdi) }` draws it, so the
 * cell holds no text and yet the teacher reads a number in it. Such a cell is not a blank (nought).
 *
 * Browsers report the generated content differently: Chromium resolves `attr()` to the quoted
 * value ("\"6\""), Firefox gives the declaration back ("attr(data-verdi)"). Both are read here: a
 * quoted string is its text, `attr(name)` the cell's attribute. Anything else it cannot resolve
 * (`counter()`, `url()`, quotes) is painted but unreadable, and is given back as written, so the
 * figure is left unread rather than taken for nought.
 *
 * Asking a cell's generated content costs a style computation per cell, so it is asked only in a
 * figure column that is empty in every row (`blankColumns`): a page that paints its figures paints
 * them all, and a column that writes some figures as text reads its empty cells as nought.
 */
export function paintedText(cell: Element): string | undefined {
  // A figure differs from row to row, so a page that paints one hangs it on the cell itself (an
  // attribute, a class); a cell with no attribute has no figure painted into it, and costs no style.
  if (cell.attributes.length === 0) return undefined;
  const view = cell.ownerDocument.defaultView;
  if (view === null || typeof view.getComputedStyle !== 'function') return undefined;
  const painted: string[] = [];
  for (const pseudo of ['::before', '::after']) {
    const style = view.getComputedStyle(cell, pseudo);
    if (style.display === 'none') continue;
    const text = generatedText(style.content, cell);
    if (text !== undefined) painted.push(text);
  }
  const text = cleanText(painted.join(''));
  return text === '' ? undefined : text;
}

/** One piece of a `content` value: a quoted string, `attr(name …)`, or a word of anything else. */
const PIECE = /"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|attr\(\s*([\w-]+)[^)]*\)|(\/)|([^\s"'/]+(?:\([^)]*\))?)/gu;

/**
 * What a `content` value paints: undefined for none; the text of its strings and attributes; the
 * value as written when a piece of it cannot be resolved. After a "/" comes alternative text for
 * speech, not what is painted.
 */
function generatedText(value: string | undefined, cell: Element): string | undefined {
  if (value === undefined || value === '' || value === 'none' || value === 'normal') return undefined;
  let text = '';
  for (const match of value.matchAll(PIECE)) {
    const [, double, single, attribute, slash, other] = match;
    if (slash !== undefined) break;
    if (other !== undefined) return value;
    if (attribute !== undefined) text += cell.getAttribute(attribute) ?? '';
    else text += unescaped(double ?? single ?? '');
  }
  return text;
}

/** A CSS string's escapes: "\\31 " is "1", "\\\"" is a quote. */
function unescaped(text: string): string {
  return text.replace(/\\(?:([0-9a-f]{1,6})\s?|(.))/giu, (_, hex: string | undefined, char: string | undefined) =>
    hex === undefined ? (char ?? '') : String.fromCodePoint(Number.parseInt(hex, 16)),
  );
}

/**
 * The columns among `columns` whose cells hold no text in any of `rows`. Each column is walked only
 * until its first text, so a table of written figures costs a cell or two per column.
 */
export function blankColumns(rows: ReadonlyArray<ReadonlyArray<Element | undefined>>, columns: readonly number[]): ReadonlySet<number> {
  return new Set(rows.length === 0 ? [] : columns.filter((column) => rows.every((cells) => cellText(cells[column]) === '')));
}

/**
 * A register's date columns whose codes may be painted with CSS (`td[data-kode]::before { content:
 * attr(data-kode) }`, `.kode-F::before { content: "F" }`): those empty in every row, and none when
 * any date cell writes an absence in the markup. A register that writes its absence codes writes
 * them all, and its empty cells are present; so an ordinary register is walked only to its first
 * written code, and no style is asked of its cells.
 */
export function paintedDateColumns(rows: ReadonlyArray<ReadonlyArray<Element | undefined>>, columns: readonly number[], words: CellWords): ReadonlySet<number> {
  for (const cells of rows) for (const column of columns) if (readMark(cells[column], words).kind === 'absent') return new Set();
  return blankColumns(rows, columns);
}
