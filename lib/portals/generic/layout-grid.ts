import { cleanText } from '../norwegian-format';
import type { GridRow, TableGrid } from '../table/grid';

/**
 * Students laid out without a table: a CSS grid of plain <div>s (a header cell per column, then
 * the cells row by row) or a card per student (a heading with the name, a definition list of
 * figures). Both are read as a table: the columns come from the same header words as a real
 * table's, so a layout is read only when its first cells say what a table's header would.
 */
export interface LayoutGrid extends TableGrid {
  /** Each row's cells, by the element that stands for the row (a card, or a row's first cell). */
  cellsByRow: Map<Element, Array<Element | undefined>>;
  /** Header texts when the header is not made of cells (cards name their figures in each card). */
  headerTexts?: string[];
}

const MIN_ROWS = 2;
const MAX_COLUMNS = 16;

function text(element: Element): string {
  return cleanText(element.textContent ?? '');
}

function grid(container: Element, header: Element[], rows: Array<{ element: Element; cells: Element[] }>): LayoutGrid {
  const cellsByRow = new Map<Element, Array<Element | undefined>>(rows.map((row) => [row.element, row.cells]));
  const gridRows: GridRow[] = [
    { element: header[0] ?? container, cells: header, header: true, footer: false },
    ...rows.map((row) => ({ element: row.element, cells: row.cells, header: false, footer: false })),
  ];
  return { table: container, rows: gridRows, width: header.length, bodyHasRowspan: false, cellsByRow };
}

/** A container whose children are all cells: the first `columns` of them the header, then rows. */
function flatGrid(container: Element, headerOf: HeaderCheck): LayoutGrid | undefined {
  const cells = Array.from(container.children);
  if (cells.length < 3 * 2 || cells.some((cell) => cell.children.length > 3 || text(cell).length > 80)) return undefined;
  for (let columns = 2; columns <= Math.min(MAX_COLUMNS, cells.length / (MIN_ROWS + 1)); columns += 1) {
    if (cells.length % columns !== 0) continue;
    const header = cells.slice(0, columns);
    const meaning = headerOf(header.map(text));
    if (!meaning) continue;
    const rows: Array<{ element: Element; cells: Element[] }> = [];
    for (let start = columns; start < cells.length; start += columns) {
      const row = cells.slice(start, start + columns);
      rows.push({ element: row[0] as Element, cells: row });
    }
    // The rows must line up under the header: a name where the name goes, figures under the figures.
    const fits = rows.every(
      (row) =>
        /\p{L}/u.test(text(row.cells[meaning.name] as Element)) &&
        meaning.figures.every((column) => /^[-–—]?$|\d/.test(text(row.cells[column] as Element))),
    );
    if (fits) return grid(container, header, rows);
  }
  return undefined;
}

/** Cards: repeated children, each a heading naming the student and <dt>/<dd> pairs with the same terms. */
function cardGrid(container: Element, headerOf: HeaderCheck): LayoutGrid | undefined {
  const cards = Array.from(container.children).filter((child) => child.querySelector('dt') && child.querySelector('dd'));
  if (cards.length < MIN_ROWS) return undefined;
  const read = cards.map((card) => {
    const heading = card.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"], strong, b');
    const terms = Array.from(card.querySelectorAll('dt'));
    return { card, heading, terms, values: terms.map((term) => (term.nextElementSibling?.tagName === 'DD' ? term.nextElementSibling : undefined)) };
  });
  const first = read[0];
  if (!first?.heading) return undefined;
  const termTexts = first.terms.map(text);
  if (read.some((card) => !card.heading || card.terms.map(text).join('\u0000') !== termTexts.join('\u0000'))) return undefined;
  const names = ['Navn', ...termTexts];
  if (!headerOf(names)) return undefined;
  // The header is words, not elements: the first card's terms stand in, behind a name header of our own.
  const header = [first.heading, ...first.terms];
  const rows = read.map((card) => ({ element: card.card, cells: [card.heading as Element, ...(card.values as Element[])] }));
  const built = grid(container, header, rows);
  built.headerTexts = names;
  return built;
}

/**
 * What header texts say, when they name a student column and absence columns: which column holds
 * the name and which hold figures; undefined when they do not read as a header.
 */
export type HeaderCheck = (texts: string[]) => { name: number; figures: number[] } | undefined;

/** Layouts on the page that read as a table of students, first found first. */
export function findLayoutGrids(root: ParentNode, headerOf: HeaderCheck): LayoutGrid[] {
  const found: LayoutGrid[] = [];
  for (const container of Array.from(root.querySelectorAll('div, section, ul, ol, main'))) {
    if (container.closest('table, [role="table"], [role="grid"]')) continue;
    if (found.some((grid) => grid.table.contains(container))) continue;
    const layout = cardGrid(container, headerOf) ?? flatGrid(container, headerOf);
    if (layout) found.push(layout);
    if (found.length >= 3) break;
  }
  return found;
}
