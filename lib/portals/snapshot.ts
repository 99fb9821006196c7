import { readHeaders } from './generic';
import { buildGrid, findTables } from './table';
import { parseNorwegianDate } from './norwegian-format';
import type { IsoDate } from '../model';

/**
 * An anonymised copy of a page that a teacher can attach to a bug report when a page cannot be
 * read. It is built from an allowlist, not by removing what looks private: a fresh document is
 * written element by element, and only what is listed below gets into it.
 *
 * Kept: the structure (tables, rows, cells, lists, headings, form controls — as their own tags,
 * unknown tags as <div>/<span>), the structural attributes (colspan, rowspan, scope, table roles,
 * input types, checked/selected), the column headers' words (see `headerText`), and in the table's
 * data cells the figures, recent dates and short absence codes (see `dataCellText`).
 *
 * Replaced: every other text, by a placeholder of the same shape — letters become x/X, digits 0 —
 * so a fix can still see where a name, a class or a date sat, and not whose they were. The
 * `<title>`, headings, labels, links' text, the logged-in teacher, the school, the class: all shaped.
 *
 * Dropped: every other attribute (ids, classes, data-*, title, aria-label, href, src, style, on*),
 * and everything that loads or runs: script, style, link, meta, base, img, svg, iframe, object,
 * embed, template, media. The copy carries a Content-Security-Policy of `default-src 'none'`.
 *
 * The live page is only read, never changed.
 */

const SKIPPED = new Set([
  'SCRIPT', 'NOSCRIPT', 'STYLE', 'LINK', 'META', 'BASE', 'TITLE', 'TEMPLATE', 'IFRAME', 'FRAME', 'FRAMESET',
  'OBJECT', 'EMBED', 'IMG', 'PICTURE', 'SOURCE', 'SVG', 'MATH', 'CANVAS', 'VIDEO', 'AUDIO', 'TRACK', 'MAP',
  'AREA', 'PORTAL', 'SLOT', 'HEAD',
]);
/** Tags copied as themselves. */
const KEPT_TAGS = new Set([
  'DIV', 'SPAN', 'P', 'SECTION', 'MAIN', 'HEADER', 'FOOTER', 'NAV', 'ARTICLE', 'ASIDE', 'H1', 'H2', 'H3', 'H4', 'H5',
  'H6', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TD', 'TH', 'CAPTION', 'COLGROUP', 'COL', 'UL', 'OL', 'LI', 'DL',
  'DT', 'DD', 'FORM', 'FIELDSET', 'LEGEND', 'LABEL', 'INPUT', 'SELECT', 'OPTION', 'OPTGROUP', 'TEXTAREA', 'BUTTON',
  'A', 'STRONG', 'EM', 'B', 'I', 'U', 'SMALL', 'BR', 'HR', 'TIME', 'ABBR', 'MARK', 'SUP', 'SUB', 'DETAILS', 'SUMMARY',
]);
const VOID_TAGS = new Set(['BR', 'HR', 'INPUT', 'COL']);
const INLINE_CONTEXT = new Set(['SPAN', 'A', 'STRONG', 'EM', 'B', 'I', 'U', 'SMALL', 'LABEL', 'BUTTON', 'TIME', 'ABBR', 'MARK', 'SUP', 'SUB', 'TD', 'TH', 'LI', 'P']);

const TABLE_ROLES = new Set(['table', 'grid', 'treegrid', 'row', 'rowgroup', 'cell', 'gridcell', 'columnheader', 'rowheader']);
const INPUT_TYPES = new Set(['text', 'number', 'checkbox', 'radio', 'hidden', 'button', 'submit', 'date', 'time', 'search']);
const SMALL_NUMBER_ATTRIBUTES = new Set(['colspan', 'rowspan', 'aria-colindex', 'aria-rowindex', 'aria-colspan', 'aria-rowspan', 'aria-colcount', 'aria-rowcount', 'span']);

/** A figure: "12", "4,5", "12 %", "3/20", "45 min", "07:45". At most four digits in a run. */
const NUMBER_TOKEN = /^[<>~±+-]?\d{1,4}(?:[.,:]\d{1,2})?%?$|^\d{1,4}\/\d{1,4}$|^\(\d{1,4}(?:[.,]\d{1,2})?\)$/;
/** Words that sit beside figures and codes in a register: units and weekday abbreviations. */
const UNIT_TOKEN = /^(?:%|t|d|min|minutter|timer?|dager?|uke|man|tir|ons|tor|fre|lør|søn|mon|tue|wed|thu|fri)\.?$/i;
/** An absence code as registers write them: "U", "FS", "DU", "M1". */
const CODE_TOKEN = /^[A-ZÆØÅ]{1,3}\d?$/;
const LONG_DIGIT_RUN = /\d(?:[\s\u00A0-]?\d){7,}/;
const PUNCTUATION_TOKEN = /^[\p{P}\p{S}]+$/u;
/** How far from the page's day a date may lie and still be kept (absence dates; not a birth date). */
const DATE_WINDOW_DAYS = 400;

export interface SnapshotOptions {
  /** The day the page was read: dates far from it (a birth date) are shaped like any other text. */
  asOf: IsoDate;
  /** The file's own words, in the teacher's language: its title, and a note at its top saying what was kept. */
  words: { language: string; title: string; note: string };
}

export function anonymisedSnapshot(doc: Document, options: SnapshotOptions): string {
  const shapedCells = cellsToShape(doc);
  const writer = new SnapshotWriter(options, shapedCells);
  const body = doc.body ? writer.children(doc.body) : '';
  return [
    '<!doctype html>',
    // A comment ends at the first "--" and may not open with ">": neither can be in the note.
    `<!-- ${options.words.note.replace(/-{2,}/g, '-').replace(/^>/, '')} -->`,
    `<html lang="${escapeAttribute(options.words.language)}"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'">`,
    `<title>${escapeText(options.words.title)}</title></head>`,
    `<body>${body}</body></html>`,
  ].join('\n');
}

/** Letters → x/X, digits → 0, everything else (spaces, punctuation) as it was. */
export function shapeOf(text: string): string {
  return text.replace(/[\p{L}\p{N}]/gu, (char) => (/\p{N}/u.test(char) ? '0' : /\p{Lu}/u.test(char) ? 'X' : 'x'));
}

class SnapshotWriter {
  private readonly asOfDay: number;

  constructor(
    private readonly options: SnapshotOptions,
    private readonly shapedCells: Set<Element>,
  ) {
    this.asOfDay = dayNumber(options.asOf);
  }

  children(parent: Element): string {
    let out = '';
    for (const child of Array.from(parent.childNodes)) out += this.node(child, parent);
    return out;
  }

  private node(node: Node, parent: Element): string {
    if (node.nodeType === 3) return escapeText(this.text(node.textContent ?? '', parent));
    if (node.nodeType !== 1) return ''; // comments, processing instructions
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (SKIPPED.has(tag) || tag.startsWith('NAERVAER-')) return '';
    const name = KEPT_TAGS.has(tag) ? tag.toLowerCase() : INLINE_CONTEXT.has(parent.tagName.toUpperCase()) ? 'span' : 'div';
    const attributes = this.attributes(element, name);
    if (VOID_TAGS.has(tag)) return `<${name}${attributes}>`;
    const inner = tag === 'TEXTAREA' ? escapeText(shapeOf(element.textContent ?? '')) : this.children(element);
    return `<${name}${attributes}>${inner}</${name}>`;
  }

  private text(text: string, parent: Element): string {
    const cell = parent.closest('td, th, [role="cell"], [role="gridcell"], [role="columnheader"], [role="rowheader"]');
    if (cell && this.shapedCells.has(cell)) return shapeOf(text);
    if (cell && isColumnHeader(cell)) return headerText(text);
    if (parent.closest('option, optgroup')) return headerText(text); // a register's code list
    if (cell) return this.dataCellText(text);
    return shapeOf(text);
  }

  /** A data cell keeps its figures, recent dates, units and codes; anything else in it is shaped. */
  private dataCellText(text: string): string {
    // Eight or more digits in a row, grouped by spaces or dashes, are a phone, personal or account
    // number, not a figure: the whole cell is shaped.
    if (LONG_DIGIT_RUN.test(text)) return shapeOf(text);
    return text.replace(/\S+/g, (token) => {
      if (NUMBER_TOKEN.test(token) || UNIT_TOKEN.test(token) || CODE_TOKEN.test(token) || PUNCTUATION_TOKEN.test(token)) return token;
      const date = /\d/.test(token) ? parseNorwegianDate(token, this.options.asOf) : null;
      if (date !== null && Math.abs(dayNumber(date) - this.asOfDay) <= DATE_WINDOW_DAYS) return token;
      return shapeOf(token);
    });
  }

  private attributes(element: Element, name: string): string {
    const kept: string[] = [];
    for (const attribute of Array.from(element.attributes)) {
      const key = attribute.name.toLowerCase();
      const value = attribute.value.trim().toLowerCase();
      if (SMALL_NUMBER_ATTRIBUTES.has(key) && /^\d{1,3}$/.test(value)) kept.push(`${key}="${value}"`);
      else if (key === 'scope' && /^(row|col|rowgroup|colgroup)$/.test(value)) kept.push(`scope="${value}"`);
      else if (key === 'role' && TABLE_ROLES.has(value)) kept.push(`role="${value}"`);
      else if (key === 'type' && name === 'input' && INPUT_TYPES.has(value)) kept.push(`type="${value}"`);
      else if (key === 'dir' && /^(ltr|rtl|auto)$/.test(value)) kept.push(`dir="${value}"`);
      else if ((key === 'checked' || key === 'selected' || key === 'disabled') && ['input', 'option', 'select', 'button'].includes(name)) kept.push(key);
    }
    // A typed figure in a register (minutes) is a figure; any other value is shaped.
    if (name === 'input') {
      const value = (element as HTMLInputElement).value ?? element.getAttribute('value') ?? '';
      const type = (element.getAttribute('type') ?? 'text').toLowerCase();
      if (value !== '' && type !== 'hidden') kept.push(`value="${escapeAttribute(NUMBER_TOKEN.test(value.trim()) ? value.trim() : shapeOf(value))}"`);
    }
    return kept.length > 0 ? ` ${kept.join(' ')}` : '';
  }
}

/**
 * A column header's words stay: they are what the reader matches ("Elev", "Fravær i dager", "Man
 * 16.11."). Norwegian writes common words in lower case, so a capitalised word after the first is
 * taken for a name ("Fravær for Kari Nordmann") and shaped; so is a first word that is followed by
 * a comma (a "Nordmann, Kari" header).
 */
export function headerText(text: string): string {
  let index = 0;
  return text.replace(/\S+/g, (word) => {
    const first = index++ === 0;
    const capitalised = /^\p{Lu}\p{Ll}/u.test(word);
    if (!capitalised) return word;
    if (!first || /,$/.test(word)) return shapeOf(word);
    return word;
  });
}

/** Cells whose whole text is about a person: the name, id and private columns the reader finds. */
function cellsToShape(doc: Document): Set<Element> {
  const cells = new Set<Element>();
  for (const table of findTables(doc)) {
    const grid = buildGrid(table);
    const { headerRows, roles } = readHeaders(grid, '2000-01-01');
    for (const row of grid.rows) {
      if (headerRows.includes(row)) continue;
      roles.forEach((role, column) => {
        const cell = row.cells[column];
        if (cell && ['name', 'firstName', 'lastName', 'studentId', 'private', 'className'].includes(role.kind)) cells.add(cell);
      });
    }
  }
  return cells;
}

function isColumnHeader(element: Element): boolean {
  if (element.getAttribute('role') === 'columnheader' || element.closest('thead') !== null) return true;
  // A <th> in a row of only <th>s heads a column; a <th> beside a <td> is a row's header (a name).
  const row = element.parentElement;
  return element.tagName === 'TH' && row !== null && Array.from(row.children).every((cell) => cell.tagName === 'TH');
}

function dayNumber(date: IsoDate): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}
