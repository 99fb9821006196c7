import type { IsoDate } from '../../model';
import { cleanText } from '../norwegian-format';
import { elementBeforeList, type GridRow, shadowRoots, type TableGrid } from '../table';
import { detachedCell } from './detached-cell';
import { NO_ABSENCE_SAID } from './prose-figures';
import { isFigure, labelledLines, labelledValues, ownText } from './labelled-figures';

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

/** An element small enough to be one cell of a layout: a few children, a short text. */
function cellLike(cell: Element): boolean {
  return cell.children.length <= 3 && text(cell).length <= 80;
}

/**
 * A container whose children are all cells: the first `columns` of them the header, then rows. A
 * row may be wrapped in an element of its own holding just its cells (`<div class="rad"
 * style="display: contents">`, so the cells still sit in the grid's columns), as a script that
 * redraws the rows on a sort builds them under the header cells.
 */
function flatGrid(container: Element, headerOf: HeaderCheck): LayoutGrid | undefined {
  const cells = Array.from(container.children);
  for (let columns = 2; columns <= Math.min(MAX_COLUMNS, cells.length - MIN_ROWS); columns += 1) {
    const header = cells.slice(0, columns);
    const rest = cells.slice(columns);
    const wrapped = rest.every((row) => row.children.length === columns);
    if ((!wrapped && cells.length % columns !== 0) || !header.every(cellLike)) continue;
    const meaning = headerOf(header.map(text));
    if (!meaning) continue;
    const rows: Array<{ element: Element; cells: Element[] }> = [];
    for (let start = 0; start < rest.length; start += wrapped ? 1 : columns) {
      const element = rest[start] as Element;
      rows.push({ element, cells: wrapped ? Array.from(element.children) : rest.slice(start, start + columns) });
    }
    if (rows.length < MIN_ROWS || !rows.every((row) => row.cells.every(cellLike))) continue;
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

/** An element's children, or (for a layout read as the browser renders it) those of its shadow root, slots filled. */
type ChildrenOf = (element: Element) => Element[];

const lightChildren: ChildrenOf = (element) => Array.from(element.children);

/** Tags that hold no cell: a row template, a script, a style. */
const NOT_SHOWN = /^(SCRIPT|STYLE|TEMPLATE|LINK|META)$/u;

/**
 * An element's children as the browser renders them: a shadow host's are its open shadow root's,
 * and a <slot> stands for the elements assigned to it (or, with none, its own fallback content).
 * A web component's row (`<elev-rad>#shadow-root <div><span><slot name="navn"></span><span>3</span>`)
 * is then a row of cells like any other.
 */
export const renderedChildren: ChildrenOf = (element) => {
  const rendered: Element[] = [];
  const add = (parent: ParentNode, depth: number): void => {
    for (const child of Array.from(parent.children)) {
      if (NOT_SHOWN.test(child.tagName)) continue;
      if (child.tagName !== 'SLOT' || depth > 4) {
        rendered.push(child);
        continue;
      }
      const assigned = (child as Partial<Pick<HTMLSlotElement, 'assignedElements'>>).assignedElements?.({ flatten: true }) ?? [];
      if (assigned.length > 0) rendered.push(...assigned);
      else add(child, depth + 1);
    }
  };
  add(element.shadowRoot ?? element, 0);
  return rendered;
};

/**
 * A row's cells, past wrappers: a row element whose one child holds the cells (a custom element
 * around its template's `<div class="rad">`) stands for that child. A cell that only shows what is
 * slotted into it (`<span class="navn"><slot name="navn"></slot></span>`) is the slotted element,
 * whose text is the page's and where the badge goes.
 */
function cellsIn(row: Element, childrenOf: ChildrenOf): Element[] {
  let inner = row;
  for (let depth = 0; depth < 4; depth += 1) {
    const children = childrenOf(inner);
    if (children.length !== 1 || ownText(inner) !== '') break;
    inner = children[0] as Element;
  }
  return childrenOf(inner).map((cell) => slottedInto(cell) ?? cell);
}

/** The one element slotted into a cell of a shadow root that shows nothing of its own. */
function slottedInto(cell: Element): Element | undefined {
  if (cell.getRootNode() === cell.ownerDocument || text(cell) !== '') return undefined;
  const slot = cell.querySelector('slot') as Partial<Pick<HTMLSlotElement, 'assignedElements'>> | null;
  const assigned = slot?.assignedElements?.({ flatten: true }) ?? [];
  return assigned.length === 1 ? assigned[0] : undefined;
}

/**
 * Rows of plain elements: each child of the container a row, each of its children a cell, the
 * first row the header (`<ul><li><span>Elev</span><span>Fravær</span></li><li><span>Kari Moe</span>…`),
 * as a portal styles a list into a table. Every row must have as many cells as the header. A list
 * whose header row stands just before it (a header kept in view above a scrolling list) has it
 * there instead.
 */
function rowGrid(container: Element, headerOf: HeaderCheck, childrenOf: ChildrenOf = lightChildren): LayoutGrid | undefined {
  const rowElements = childrenOf(container);
  const cellsOf = rowElements.map((row) => cellsIn(row, childrenOf));
  // A line of text under the rows (a component's legend or note in its footer) has no cells: no row.
  if (cellsOf.length > MIN_ROWS && cellsOf[cellsOf.length - 1]?.length === 0) {
    rowElements.pop();
    cellsOf.pop();
  }
  if (rowElements.length < MIN_ROWS) return undefined;
  const columns = cellsOf[0]?.length ?? 0;
  if (columns < 2 || columns > MAX_COLUMNS) return undefined;
  if (cellsOf.some((cells) => cells.length !== columns || cells.some((cell) => cell.children.length > 3 || text(cell).length > 80))) return undefined;
  let header = cellsOf[0] as Element[];
  let meaning = headerOf(header.map(text));
  let rows = rowElements.slice(1).map((element, i) => ({ element, cells: cellsOf[i + 1] as Element[] }));
  if (!meaning) {
    const before = elementBeforeList(container);
    const above = before ? cellsIn(before, childrenOf) : [];
    if (above.length !== columns || above.some((cell) => cell.children.length > 3 || text(cell).length > 80)) return undefined;
    header = above;
    meaning = headerOf(header.map(text));
    rows = rowElements.map((element, i) => ({ element, cells: cellsOf[i] as Element[] }));
  }
  if (!meaning || rows.length < MIN_ROWS) return undefined;
  const { name, figures } = meaning;
  const fits = rows.every(
    (row) =>
      /\p{L}/u.test(text(row.cells[name] as Element)) &&
      figures.every((column) => /^[-–—]?$|\d/.test(text(row.cells[column] as Element))),
  );
  return fits ? grid(container, header, rows) : undefined;
}

/**
 * What a card's sentences say of the student's absence, as one figure cell ("2 d 2 t"),
 * given the card's text without its heading; undefined when they say nothing that can be read.
 */
export type ProseNear = (text: string) => string | undefined;

/**
 * Cards: repeated children, each a heading naming the student and the same labelled figures
 * (<dt>/<dd> pairs, a label beside its value, a line "Fravær: 6 dager": labelled-figures.ts). A
 * card with no labelled figure under a person's name may say the absence in sentences (`prose`),
 * read as its "Fravær".
 */
function cardGrid(container: Element, headerOf: HeaderCheck, prose?: ProseNear): LayoutGrid | undefined {
  const candidates = Array.from(container.children);
  if (candidates.length < MIN_ROWS) return undefined;
  const read: LabelledEntry[] = [];
  for (const card of candidates) {
    // A closed <details> per student shows only its <summary>, which names them; a read-only form's
    // <fieldset> per student, its <legend>.
    const heading = nameOfCard(card);
    // The name is no label, nor is a figure in the heading beside it.
    const pairs = heading
      ? labelledValues(card, true).filter((pair) => !pair.value.contains(heading) && !heading.contains(pair.value) && !pair.labelElement.contains(heading))
      : [];
    const said = heading && pairs.length === 0 && prose && isPersonName(text(heading)) ? prose(linesOf(card, heading)) : undefined;
    if (heading && said !== undefined) {
      read.push({ element: card, name: heading, labels: ['Fravær'], values: [detachedCell(card, said)], ...(said === NO_ABSENCE_SAID ? { saysNone: true } : {}) });
      continue;
    }
    if (!heading || pairs.length === 0) continue;
    read.push({ element: card, name: heading, labels: pairs.map((pair) => pair.label), values: pairs.map((pair) => pair.value) });
  }
  return read.length < MIN_ROWS ? undefined : labelledEntriesGrid(container, withNoneUnderLabels(read), headerOf);
}

/**
 * A card that says in words that the student has no absence, among cards that label their figures
 * ("Fravær hittil: 3 dager"), has nought under each of those labels, as the others have figures.
 */
function withNoneUnderLabels(entries: LabelledEntry[]): LabelledEntry[] {
  const labelled = entries.find((entry) => !entry.saysNone);
  if (!labelled) return entries;
  return entries.map((entry) =>
    entry.saysNone ? { element: entry.element, name: entry.name, labels: labelled.labels, values: labelled.labels.map(() => detachedCell(entry.element, NO_ABSENCE_SAID)) } : entry,
  );
}

/**
 * Where a card names its student: its heading, or a list item's name set apart (a span before its
 * "Dager 1 · Timer 3"). A figure set in bold is no name.
 */
function nameOfCard(card: Element): Element | undefined {
  const heading = Array.from(card.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"], summary, legend, strong, b')).find(
    (element) => !isFigure(text(element)),
  );
  // A heading that also shows the figures (an accordion's button "Emma Lyngstad 0,5 dager") names
  // the student in the element that holds only the name.
  if (heading && !isPersonName(text(heading))) {
    return Array.from(heading.querySelectorAll('*')).find((element) => isPersonName(text(element))) ?? heading;
  }
  if (heading || card.tagName !== 'LI') return heading;
  const named = nameInItem(card);
  return named && 'element' in named ? named.element : undefined;
}

/** A student's entry in a layout of labelled figures: its element, the cell naming them (where the badge goes), their figures by label. */
interface LabelledEntry {
  element: Element;
  name: Element;
  labels: string[];
  values: Element[];
  /** Whether the entry's sentences say there is no absence at all, and give no labelled figure. */
  saysNone?: true;
}

/**
 * Entries that each label the same figures in the same order, read as a table `Navn | label …`:
 * the labels name the columns. The header is words, not elements: the first entry's cells stand in.
 */
function labelledEntriesGrid(container: Element, entries: LabelledEntry[], headerOf: HeaderCheck): LayoutGrid | undefined {
  const [first] = entries;
  if (!first || entries.some((entry) => entry.labels.join('\u0000') !== first.labels.join('\u0000'))) return undefined;
  const names = ['Navn', ...first.labels];
  if (!headerOf(names)) return undefined;
  const rows = entries.map((entry) => ({ element: entry.element, cells: [entry.name, ...entry.values] }));
  const built = grid(container, [first.name, ...first.values], rows);
  built.headerTexts = names;
  return built;
}

/**
 * "5 dager", "1 time", "3 t": one figure with its unit in a list item, perhaps followed by a word
 * that only says the figure is the sum so far ("1,5 dager hittil", "2 days so far"); which period
 * that sum covers is for the page's own words to say, as for any list.
 */
const SINGULAR_UNITS: Readonly<Record<string, string>> = { time: 'timer', dag: 'dager', lesson: 'lessons', day: 'days', skoledager: 'dager', skoledagar: 'dagar' };
/**
 * The figure may be a count out of what was possible ("5 av 65 skoledager"): the count is the absence.
 * A share is a figure with "%" for its unit ("4,6 %", the label beside a bar of the absence percentage).
 */
const LIST_FIGURE = /^(\d+(?:[.,]\d+)?)\s*(?:(?:av|of|\/)\s*\d+\s*)?(\p{L}+|%)\.?(?:\s+(?:hittil|totalt|i alt|til nå|so far|in total))?$/u;

/**
 * An item's text as the page shows it: a gauge's content (<meter>, <progress>) is a fallback for
 * browsers that cannot draw one, not shown beside the gauge ("<meter value="5" max="65">5 av 65</meter>").
 */
function shownText(item: Element): string {
  if (!item.querySelector('meter, progress')) return text(item);
  const copy = item.cloneNode(true) as Element;
  for (const gauge of Array.from(copy.querySelectorAll('meter, progress'))) gauge.remove();
  return text(copy);
}

/**
 * Figures one after another with only a space between, as a print view writes them short ("3 d 1 t",
 * "2 dager 4 timer"): each figure with its unit is one of the item's figures.
 */
const FIGURE_RUN = /^(?:\d+(?:[.,]\d+)?\s*\p{L}+\.?\s+)+\d+(?:[.,]\d+)?\s*\p{L}+\.?$/u;
const RUN_FIGURE = /\d+(?:[.,]\d+)?\s*\p{L}+\.?/gu;

/** A name written as plain text before a dash or colon that sets the figures apart ("Hedda Rustad – 0 dager"). */
const NAME_THEN_FIGURES = /^(.+?)\s*(?:\s[–—-]\s|:\s)\s*(?=\d)/u;

/** Where an item names its student: an element set apart, else a person's name as plain text before a dash. */
function nameInItem(item: Element): { element: Element; text: string } | { text: string } | undefined {
  const element = item.querySelector(':scope > strong, :scope > b, :scope > a, :scope > span');
  if (element && /\p{L}/u.test(text(element))) return { element, text: text(element) };
  // A name written as plain text with its figures set apart after it ("Linnea Bøe <small>0 d · 3 t</small>").
  const own = ownText(item);
  const [figures] = Array.from(item.children);
  if (item.children.length === 1 && figures && /^\d/u.test(text(figures)) && isPersonName(own) && text(item).startsWith(own)) return { text: own };
  if (item.children.length > 0) return undefined;
  const written = NAME_THEN_FIGURES.exec(text(item))?.[1];
  return written !== undefined && isPersonName(written) ? { text: written } : undefined;
}

/**
 * A list's items: a <ul>/<ol>'s <li>s, or the `role="listitem"` children of a `role="list"` (a list
 * of <div>s a script builds, as an app's scrolling list is); none for any other container.
 */
function listItems(container: Element): Element[] {
  if (container.tagName === 'UL' || container.tagName === 'OL') return Array.from(container.children).filter((child) => child.tagName === 'LI');
  if (container.getAttribute('role') !== 'list') return [];
  return Array.from(container.children).filter((child) => child.getAttribute('role') === 'listitem');
}

/**
 * A bulleted list with a line per student: the name set apart (bold, a link), or written as plain
 * text before a dash, and the figures after it with their units ("<strong>Kaia Rønnestad</strong> –
 * 0 dager, 1 time", "Hedda Rustad – 0 dager, 3 timer"). The units name the columns; every item must
 * give the same units in the same order. A list item's figures (and a name written as plain text)
 * are text, not elements, so each is held in a detached element of its own (never put into the
 * page) for the table reader, which reads cells by their text; the badge then goes in the item.
 * `minRows`: fewer items are no list of students, unless the list is one of several (part-lists.ts).
 */
export function listGrid(container: Element, headerOf: HeaderCheck, unitNear?: UnitNear, minRows = MIN_ROWS): LayoutGrid | undefined {
  // A phone list sorted by name parts its items under letter dividers ("A", "B", "Ø"): no student.
  let items = listItems(container).filter((item) => !LETTER_DIVIDER.test(text(item)));
  // A list group may open with an item that heads it ("8C – 6 elever"), naming no student.
  if (items[0] && !nameInItem(items[0])) items = items.slice(1);
  if (items.length < minRows) return undefined;
  let bareUnit: string | undefined;
  let unitLooked = false;
  const read = items.map((item) => {
    const named = nameInItem(item);
    if (!named) return undefined;
    const name = 'element' in named ? named.element : detachedCell(container, named.text);
    const shown = shownText(item);
    const rest = shown.slice(shown.indexOf(named.text) + named.text.length).replace(/^\s*[–—:-]\s*/u, '').trim();
    // A count with no unit ("Emma Kristiansen [2]", a pill beside a linked name) counts in the unit
    // the lines above the list state for all of it ("Hele fraværsdager per elev"), and only then.
    if (BARE_FIGURE.test(rest)) {
      if (!unitLooked) [bareUnit, unitLooked] = [unitNear?.(container), true];
      if (!bareUnit || !isPersonName(named.text)) return undefined;
      return { item, name, figures: [{ value: rest, unit: bareUnit }] };
    }
    // No figure, only words ("Ingen fravær"): they stand in every figure's place, for the table
    // reader to read as it reads such words across a row's figure cells (or not at all). Only
    // beside a person's name: a header item ("Elev Fravær Timer") is words beside words.
    if (WORDS_ONLY.test(rest)) return isPersonName(named.text) ? { item, name, figures: [], words: rest } : undefined;
    // Figures are parted by a comma after a word or before a space, or by a dot between
    // ("2 dagar · 1 time"); a comma between digits is a decimal comma ("1,5 dager").
    const figures = rest
      .split(/\s*,\s+|(?<=\p{L}\.?)\s*,\s*|\s*[·•]\s*/u)
      .flatMap((part) => (!LIST_FIGURE.test(part) && FIGURE_RUN.test(part) ? (part.match(RUN_FIGURE) ?? []) : [part]))
      .map((part) => LIST_FIGURE.exec(part));
    if (figures.length === 0 || figures.some((figure) => !figure)) return undefined;
    return { item, name, figures: figures.map((figure) => ({ value: figure?.[1] ?? '', unit: (figure?.[2] ?? '').toLowerCase() })) };
  });
  if (read.some((entry) => !entry)) return undefined;
  const withFigures = read.filter((entry) => entry && entry.figures.length > 0);
  const first = withFigures[0];
  if (!first || withFigures.length < minRows) return undefined;
  const units = first.figures.map((figure) => figure.unit);
  // "1 time" is one lesson, but a header "Time" names lesson numbers: the plural names the count.
  const names = ['Navn', ...units.map((unit) => SINGULAR_UNITS[unit] ?? unit)];
  if (!headerOf(names)) return undefined;
  const sameUnit = (a: string, b: string) => a === b || a.replace(/(er|ar|e)$/u, '') === b.replace(/(er|ar|e)$/u, '');
  const rows: Array<{ element: Element; cells: Element[] }> = [];
  for (const entry of read) {
    if (entry && 'words' in entry) {
      rows.push({ element: entry.item, cells: [entry.name, ...units.map(() => detachedCell(container, entry.words ?? ''))] });
      continue;
    }
    if (!entry || entry.figures.length !== units.length || entry.figures.some((figure, i) => !sameUnit(figure.unit, units[i] ?? ''))) return undefined;
    const figureCells = entry.figures.map((figure) => detachedCell(container, figure.value));
    rows.push({ element: entry.item, cells: [entry.name, ...figureCells] });
  }
  const built = grid(container, [first.name, ...rows[read.indexOf(first)]!.cells.slice(1)], rows);
  built.headerTexts = names;
  return built;
}

/** A mark that opens a line of a list written as text ("• Nora Berg: …", "- Nora Berg: …"). */
const LINE_MARK = /^\s*[•·*–—-]\s*/u;

/**
 * Lines of text parted only by <br> in one element ("• Nora Berg: 3 dager, 2 timer<br>• Johannes
 * Tøndel: 0 dager, 4 timer<br>…"), as a digest message writes a line per student: the longest run of
 * lines that each read as a list item of a student is read as listGrid reads a list; the lines
 * around it (a greeting, a note on the units) are the message's own. A line has no element of its
 * own, so it is copied into a detached item (never put into the page), and the <br> that ends it
 * stands for its row: the badge goes just before it, at the end of the line (for the last line,
 * at the end of the element).
 */
function brLinesGrid(container: Element, headerOf: HeaderCheck, unitNear?: UnitNear): LayoutGrid | undefined {
  if (container.querySelectorAll(':scope > br').length < MIN_ROWS) return undefined;
  const doc = container.ownerDocument;
  const near = unitNear && (() => unitNear(container));
  const listOf = (items: Element[]) => {
    const list = doc.createElement('ul');
    list.append(...items);
    return list;
  };
  const lines: Array<{ item: Element; end: Element; reads: boolean }> = [];
  let item = doc.createElement('li');
  for (const node of [...Array.from(container.childNodes), null]) {
    if (node !== null && (node.nodeType !== 1 || (node as Element).tagName !== 'BR')) {
      item.append(node.cloneNode(true));
      continue;
    }
    const first = item.firstChild;
    if (first?.nodeType === 3) first.textContent = (first.textContent ?? '').replace(LINE_MARK, '');
    lines.push({ item, end: (node as Element | null) ?? container, reads: listGrid(listOf([item]), headerOf, near, 1) !== undefined });
    item = doc.createElement('li');
  }
  let run: typeof lines = [];
  for (let start = 0; start < lines.length; start += 1) {
    let end = start;
    while (lines[end]?.reads) end += 1;
    if (end - start > run.length) run = lines.slice(start, end);
  }
  if (run.length < MIN_ROWS) return undefined;
  const read = listGrid(listOf(run.map((line) => line.item)), headerOf, near);
  const [header, ...body] = read?.rows ?? [];
  if (!read || !header) return undefined;
  const endOf = new Map(run.map((line) => [line.item, line.end]));
  const built = grid(container, header.cells as Element[], body.map((row) => ({ element: endOf.get(row.element) ?? row.element, cells: row.cells as Element[] })));
  if (read.headerTexts) built.headerTexts = read.headerTexts;
  return built;
}

/** A coded chip: a short capital code and its count ("D 2", "T 4"). */
const CODED_CHIP = /^(\p{Lu}{1,3})\s*(\d+(?:[.,]\d+)?)$/u;

/** The inline elements a legend sets a code in (listed one by one: the tag `i` is also a word). */
const LEGEND_CODE_TAGS = ['span', 'b', 'strong', 'abbr', 'kbd', 'code', 'mark', 'i'];

/**
 * What the page's legend says a chip's code means: an element showing only the code, outside the
 * list, followed by its meaning as text ("<span class="chip">D</span> hele fraværsdager · <span
 * class="chip">T</span> enkelttimer"), up to the next element or separator.
 */
function chipMeaning(container: Element, code: string): string | undefined {
  const root = container.getRootNode() as ParentNode;
  for (const element of Array.from(root.querySelectorAll(LEGEND_CODE_TAGS.join(', ')))) {
    if (container.contains(element) || element.children.length > 0 || text(element) !== code) continue;
    const after = element.nextSibling;
    const meaning = after?.nodeType === 3 ? cleanText((after.textContent ?? '').split(/[·•,;|]/u)[0] ?? '').replace(/^[=:–—-]\s*/u, '') : '';
    if (/^\p{L}[\p{L}\s]{2,40}$/u.test(meaning)) return meaning;
  }
  return undefined;
}

/**
 * A list whose items show a name and letter-coded chips, a chip per kind of absence with its count
 * ("<li><span>Dina Hoff</span><span>D 2</span><span>T 4</span></li>"), the codes explained by a
 * legend on the page: the legend's meanings name the columns. A chip is shown only when its count
 * is not nought, as such lists do, so a code the legend explains but an item leaves out counts 0
 * there; an item with no chip says so in words ("Ingen registreringer"), read as listGrid reads them.
 * The counts are held in detached elements (never put into the page); the badge goes in the item.
 */
function chipGrid(container: Element, headerOf: HeaderCheck): LayoutGrid | undefined {
  const items = listItems(container);
  if (items.length < MIN_ROWS) return undefined;
  const read: Array<{ item: Element; name: Element; chips: Map<string, string>; words?: string }> = [];
  for (const item of items) {
    const [name, ...rest] = Array.from(item.children);
    if (!name || ownText(item) !== '' || !isPersonName(text(name)) || rest.length === 0) return undefined;
    const words = rest.length === 1 ? text(rest[0] as Element) : '';
    if (rest.length === 1 && WORDS_ONLY.test(words)) {
      read.push({ item, name, chips: new Map(), words });
      continue;
    }
    const chips = new Map<string, string>();
    for (const chip of rest) {
      const match = CODED_CHIP.exec(text(chip));
      if (!match?.[1] || !match[2] || chips.has(match[1])) return undefined;
      chips.set(match[1], match[2]);
    }
    read.push({ item, name, chips });
  }
  if (read.filter((entry) => entry.chips.size > 0).length < MIN_ROWS) return undefined;
  const codes = [...new Set(read.flatMap((entry) => [...entry.chips.keys()]))];
  const meanings = codes.map((code) => chipMeaning(container, code));
  if (meanings.some((meaning) => meaning === undefined)) return undefined;
  const names = ['Navn', ...(meanings as string[])];
  if (!headerOf(names)) return undefined;
  const rows = read.map((entry) => ({
    element: entry.item,
    cells: [entry.name, ...codes.map((code) => detachedCell(container, entry.words ?? entry.chips.get(code) ?? '0'))],
  }));
  const built = grid(container, rows[0]?.cells ?? [], rows);
  built.headerTexts = names;
  return built;
}

/**
 * An outline of groups: each item of the outer list labels a group (a class, "8A (3 elever)") and
 * holds that group's students as a nested list, each read as listGrid reads a list. The nested
 * lists must give the same figures in the same order; their rows are read as one table's.
 */
function outlineGrid(container: Element, headerOf: HeaderCheck, unitNear?: UnitNear): LayoutGrid | undefined {
  const groups = listItems(container);
  if (groups.length === 0) return undefined;
  const nested = groups.map((group) => Array.from(group.children).filter((child) => listItems(child).length > 0));
  if (nested.some((lists) => lists.length !== 1)) return undefined;
  const grids = nested.map(([list]) => listGrid(list as Element, headerOf, unitNear));
  const [first] = grids;
  if (!first || grids.some((found) => !found || found.headerTexts?.join('\u0000') !== first.headerTexts?.join('\u0000'))) return undefined;
  const rows = (grids as LayoutGrid[]).flatMap((found) => found.rows.slice(1).map((row) => ({ element: row.element, cells: row.cells as Element[] })));
  const built = grid(container, first.rows[0]?.cells as Element[], rows);
  built.headerTexts = first.headerTexts;
  return built;
}

/** An item that is only a capital letter: a divider in a list sorted by name. */
const LETTER_DIVIDER = /^\p{Lu}$/u;

/** A short phrase of words with no figure in it ("Ikkje fråvær"). */
const WORDS_ONLY = /^\p{L}[\p{L}\s]{0,38}\p{L}$/u;

/** A lone figure with no unit: "2", "2,5". */
const BARE_FIGURE = /^\d+(?:[.,]\d+)?$/u;

/** The unit word ("dager", "timer") the lines around a list state for all its figures, if they state one. */
export type UnitNear = (container: Element) => string | undefined;

/** A person's name as a list writes it: two to five capitalised words ("Marius Holte", "Lie, Daniel"). */
const PERSON_NAME = /^\p{Lu}[\p{L}'’.-]*(?:,?\s+(?:\p{Lu}[\p{L}'’.-]*|van|von|de|der|den|da|af))*,?\s+\p{Lu}[\p{L}'’.-]*$/u;

/** Whether a text is a person's name as a list writes it (PERSON_NAME), at most five words. */
function isPersonName(text: string): boolean {
  return PERSON_NAME.test(text) && text.split(/\s+/u).length <= 5;
}

/**
 * A description list of students: each <dt> a student's name, its <dd> their absence in words
 * ("3 dager (herav 1 udokumentert)", "Ingen fravær"). Read as a table `Navn | Fravær`. When each
 * name's <dd>s label their figures ("Siste 14 dager: 0", "Hittil dette halvåret: 1 dag, 2 timer"),
 * the labels name the columns (labelledTermsGrid).
 */
function nameListGrid(container: Element, headerOf: HeaderCheck): LayoutGrid | undefined {
  if (container.tagName !== 'DL') return undefined;
  const terms = Array.from(container.children).filter((child) => child.tagName === 'DT');
  const labelled = labelledTermsGrid(container, terms, headerOf);
  if (labelled) return labelled;
  const pairs = labelledValues(container).filter((pair) => pair.labelElement.tagName === 'DT' && pair.labelElement.parentElement === container);
  if (pairs.length < MIN_ROWS || pairs.length !== terms.length) return undefined;
  if (!pairs.every((pair) => isPersonName(pair.label))) return undefined;
  const names = ['Navn', 'Fravær'];
  if (!headerOf(names)) return undefined;
  const rows = pairs.map((pair) => ({ element: pair.labelElement, cells: [pair.labelElement, pair.value] }));
  const first = rows[0] as { cells: Element[] };
  const built = grid(container, first.cells, rows);
  built.headerTexts = names;
  return built;
}

/**
 * A description list whose <dt>s name students and whose <dd>s under each give labelled figures,
 * the same labels in the same order for every student: `Navn | label | label …`. The figures, being
 * text, are held in detached elements of their own (never put into the page); the badge goes by the name.
 */
function labelledTermsGrid(container: Element, terms: Element[], headerOf: HeaderCheck): LayoutGrid | undefined {
  if (terms.length < MIN_ROWS || !terms.every((term) => isPersonName(text(term)))) return undefined;
  const entries: LabelledEntry[] = [];
  for (const term of terms) {
    const pairs: Array<{ label: string; value: string }> = [];
    for (let dd = term.nextElementSibling; dd?.tagName === 'DD'; dd = dd.nextElementSibling) {
      const lines = labelledLines(linesOf(dd));
      if (!lines) return undefined;
      pairs.push(...lines);
    }
    if (pairs.length === 0) return undefined;
    const values = pairs.map((pair) => detachedCell(container, pair.value));
    entries.push({ element: term, name: term, labels: pairs.map((pair) => pair.label), values });
  }
  return labelledEntriesGrid(container, entries, headerOf);
}

/** A text's lines as a person reads them: a line break (<br>, a block) parts lines. `skip`: an element left out (a card's heading). */
function linesOf(element: Element, skip?: Element): string {
  let lines = '';
  for (const node of Array.from(element.childNodes)) {
    if (node === skip) lines += '\n';
    else if (node.nodeType === 3) lines += node.textContent ?? '';
    else if (node.nodeType === 1) {
      const child = node as Element;
      lines += child.tagName === 'BR' ? '\n' : /^(DIV|P|LI|DT|DD)$/u.test(child.tagName) ? `\n${linesOf(child, skip)}\n` : linesOf(child, skip);
    }
  }
  return lines;
}

/** Attributes tooltip scripts keep their text in, shown on hover. */
const TOOLTIP_ATTRIBUTES = ['data-tooltip', 'data-tippy-content', 'data-bs-title', 'data-original-title', 'data-title', 'title'];

/**
 * The text a student's name shows on hover or focus: the element its `aria-describedby` names, a
 * `role="tooltip"` in the same item, or a tooltip attribute of the name or the item.
 */
function tooltipOf(name: Element, item: Element): string | undefined {
  const root = name.getRootNode() as Document | ShadowRoot;
  const described = (name.getAttribute('aria-describedby') ?? item.getAttribute('aria-describedby') ?? '')
    .split(/\s+/u)
    .filter(Boolean)
    .map((id) => root.getElementById?.(id))
    .filter((found): found is HTMLElement => found !== null && found !== undefined);
  if (described.length > 0) return described.map((found) => linesOf(found)).join('\n');
  const tip = item.querySelector('[role="tooltip"]');
  if (tip) return linesOf(tip);
  for (const element of [name, item]) {
    for (const attribute of TOOLTIP_ATTRIBUTES) {
      const value = element.getAttribute(attribute);
      if (value && value.trim() !== '') return value;
    }
  }
  return undefined;
}

/**
 * Name chips whose figures sit in a tooltip shown on hover ("<li><button aria-describedby="t1">Kine
 * Lyngstad</button><div role="tooltip" id="t1">Hele dager: 3 · Enkelttimer: 2</div></li>"): the
 * teacher sees them by pointing at the name, so they are the student's figures. Every item must
 * name a person and label the same figures; the labels name the columns. The figures, being text,
 * are held in detached elements of their own (never put into the page); the badge goes in the item.
 */
function tooltipGrid(container: Element, headerOf: HeaderCheck): LayoutGrid | undefined {
  const items = Array.from(container.children).filter((child) => !/^(SCRIPT|STYLE|TEMPLATE)$/u.test(child.tagName));
  if (items.length < MIN_ROWS) return undefined;
  const read: LabelledEntry[] = [];
  for (const item of items) {
    const name = [item, ...Array.from(item.querySelectorAll('button, a, span, strong, b'))].find((element) => {
      return isPersonName(element === item ? ownText(item) : text(element));
    });
    const tip = name && tooltipOf(name, item);
    const pairs = tip === undefined ? undefined : labelledLines(tip);
    if (!name || !pairs) return undefined;
    read.push({ element: item, name, labels: pairs.map((pair) => pair.label), values: pairs.map((pair) => detachedCell(container, pair.value)) });
  }
  return labelledEntriesGrid(container, read, headerOf);
}

/** A class after a name in a caption ("Selma Aas-Berg, 9C", "Even Torsvik (9C)"). */
const CLASS_AFTER_NAME = /(?:,\s*|\s+\()\d{1,2}\s?\p{L}{0,3}\)?$/u;

/**
 * A small table per student, named by its <caption> ("Selma Aas-Berg, 9C"), or by the <figcaption>
 * of the <figure> that holds it, as a dashboard's card sets the name under the figures. Read as
 * cards side by side: the caption is the name (where the badge goes), the table's labels name the
 * columns, and every table must give the same labels in the same order.
 */
function captionedTables(root: ParentNode, headerOf: HeaderCheck): LayoutGrid | undefined {
  for (const selector of ['table > caption', 'figure > figcaption']) {
    // The caption's table, or the figcaption's figure, is one of the container's children.
    const container = root.querySelector(selector)?.parentElement?.parentElement;
    const read = container ? captionedEntries(container) : undefined;
    const built = read && read.length >= MIN_ROWS ? labelledEntriesGrid(container as Element, read, headerOf) : undefined;
    if (built) return built;
  }
  return undefined;
}

/**
 * Whether every row of a table's body (two or more) holds a table of its own in a cell: the table
 * frames those small tables, whose cells hold the figures, and is no table of figures itself.
 */
export function holdsTablePerRow(table: Element): boolean {
  if (!table.querySelector('td table')) return false;
  const rows = Array.from(table.querySelectorAll(':scope > tbody > tr'));
  return rows.length >= MIN_ROWS && rows.every((row) => Array.from(row.children).some((cell) => cell.querySelector('table')));
}

/**
 * A table of students whose figures sit in a small table nested in each student's row ("Elev |
 * Fravær", each Fravær cell a grid "| Dager | Timer" over "Hittil i år | 1 | 2" and "Siste 14 dager |
 * 0 | 0"). Read as captioned tables are: the row's cell naming a person is the name (where the badge
 * goes), the inner table's labels name the columns, and every inner table must give the same labels.
 */
function nestedTables(root: ParentNode, headerOf: HeaderCheck): LayoutGrid | undefined {
  for (const outer of Array.from(root.querySelectorAll('table'))) {
    if (outer.parentElement?.closest('table') || !holdsTablePerRow(outer)) continue;
    const entries: LabelledEntry[] = [];
    for (const row of Array.from(outer.querySelectorAll(':scope > tbody > tr'))) {
      const cells = Array.from(row.children);
      const holders = cells.filter((cell) => cell.querySelector('table'));
      const inner = holders.length === 1 ? Array.from((holders[0] as Element).querySelectorAll('table')) : [];
      const name = cells.find((cell) => !cell.querySelector('table') && isPersonName(text(cell)));
      const figures = inner.length === 1 ? labelledFiguresOf(inner[0] as Element) : undefined;
      if (!name || !figures) {
        entries.length = 0;
        break;
      }
      entries.push({ element: row, name, ...figures });
    }
    const built = entries.length >= MIN_ROWS ? labelledEntriesGrid(outer, entries, headerOf) : undefined;
    if (built) return built;
  }
  return undefined;
}

/** The students' tables among a container's children, each named by its caption; undefined if a caption names no person. */
function captionedEntries(container: Element): LabelledEntry[] | undefined {
  const read: LabelledEntry[] = [];
  for (const child of Array.from(container.children)) {
    const caption =
      child.tagName === 'TABLE' ? child.querySelector(':scope > caption') : child.tagName === 'FIGURE' ? child.querySelector(':scope > figcaption') : null;
    if (!caption) continue;
    const tables = child.tagName === 'TABLE' ? [child] : Array.from(child.querySelectorAll('table'));
    if (!isPersonName(text(caption).replace(CLASS_AFTER_NAME, '')) || tables.length !== 1) return undefined;
    const figures = labelledFiguresOf(tables[0] as Element);
    if (!figures) return undefined;
    read.push({ element: child, name: caption, ...figures });
  }
  return read;
}

/**
 * A small table's figures by their labels: each row a label and its figure (`<tr><th>Hele
 * dager</th><td>2</td></tr>`), or a grid of them, the periods across and the units down ("| Hittil i
 * halvåret | Siste 14 dager" over "Hele dager | 4 | 0"), each figure labelled by its column's head
 * and its row's label in that order, as a header of two rows reads ("Hittil i halvåret Hele dager").
 */
function labelledFiguresOf(table: Element): { labels: string[]; values: Element[] } | undefined {
  const rows = Array.from(table.querySelectorAll('tr')).map((row) => Array.from(row.children));
  const labelled = (cells: Element[]) => cells[0]?.tagName === 'TH' && cells.slice(1).every((cell) => isFigure(text(cell)));
  if (rows.every((cells) => cells.length === 2 && labelled(cells))) {
    return { labels: rows.map((cells) => text(cells[0] as Element)), values: rows.map((cells) => cells[1] as Element) };
  }
  const [head, ...body] = rows;
  const columns = head?.slice(1).map((cell) => text(cell)) ?? [];
  if (columns.length < 2 || columns.some((column) => !/\p{L}/u.test(column) || isFigure(column))) return undefined;
  if (body.length === 0 || body.some((cells) => cells.length !== columns.length + 1 || !labelled(cells))) return undefined;
  const labels = body.flatMap((cells) => columns.map((column) => `${column} ${text(cells[0] as Element)}`));
  return { labels, values: body.flatMap((cells) => cells.slice(1)) };
}

/**
 * What header texts say, when they name a student column and absence columns: which column holds
 * the name and which hold figures; undefined when they do not read as a header.
 */
export type HeaderCheck = (texts: string[]) => { name: number; figures: number[] } | undefined;

/**
 * Elements that may lay out a table: the plain containers, and custom elements, as a component
 * library draws its data table (`<mat-table><mat-header-row><mat-header-cell>Navn…`, rows
 * `<mat-row><mat-cell>`, laid out with flexbox and without ARIA roles). In document order.
 */
function layoutContainers(root: ParentNode): Element[] {
  return Array.from(root.querySelectorAll('*')).filter((element) => LAYOUT_CONTAINER.test(element.tagName) || element.tagName.includes('-'));
}

const LAYOUT_CONTAINER = /^(DIV|SECTION|UL|OL|DL|MAIN|FORM)$/u;

/** Layouts on the page that read as a table of students, first found first. */
export function findLayoutGrids(root: ParentNode, headerOf: HeaderCheck, unitNear?: UnitNear, prose?: ProseNear): LayoutGrid[] {
  const found: LayoutGrid[] = [];
  for (const container of layoutContainers(root)) {
    // An ARIA table names its rows; one that names none (role="table" on a CSS grid of plain
    // cells) gives the table reader nothing, and is read by its layout like any other grid.
    const table = container.closest('table, [role="table"], [role="grid"]');
    if (table && (table.tagName === 'TABLE' || table.querySelector('[role="row"]'))) continue;
    if (found.some((grid) => grid.table.contains(container))) continue;
    const layout = cardGrid(container, headerOf, prose) ?? listGrid(container, headerOf, unitNear) ?? chipGrid(container, headerOf) ?? outlineGrid(container, headerOf, unitNear) ?? nameListGrid(container, headerOf) ??
      rowGrid(container, headerOf) ??
      flatGrid(container, headerOf) ??
      tooltipGrid(container, headerOf) ??
      brLinesGrid(container, headerOf, unitNear);
    if (layout) found.push(layout);
    if (found.length >= 3) break;
  }
  if (found.length > 0) return found;
  // Cards placed straight in the page's body, with no container of their own.
  const body = (root as Partial<Document>).body;
  const bodyCards = body ? cardGrid(body, headerOf, prose) : undefined;
  if (bodyCards) return [bodyCards];
  const captioned = captionedTables(root, headerOf);
  if (captioned) return [captioned];
  const nested = nestedTables(root, headerOf);
  if (nested) return [nested];
  // Rows drawn by web components: read as the browser renders them, shadow roots and slots and all.
  const containersInShadow = shadowRoots(root).flatMap((shadow) => [shadow.host, ...Array.from(shadow.querySelectorAll('div, section, ul, ol, main'))]);
  for (const container of containersInShadow) {
    const layout = rowGrid(container, headerOf, renderedChildren);
    if (layout) return [layout];
  }
  return found;
}

/** How a dated list's items are checked: where an item's text starts with a date, and whether the rest says an absence. */
export interface DatedItemCheck {
  /**
   * The date an item's text starts with, and where it ends; undefined when it starts with none.
   * `date` is that day written out, when the text names it only relative to today ("I dag",
   * "Fredag"): the date cell holds it, so the day is read as the log meant it.
   */
  leadingDate: (text: string) => { end: number; date?: string } | undefined;
  /** Whether the rest of the item says a length or kind of absence ("Hel dag – syk", "3 t", "Sen – 10 min"). */
  saysAbsence: (text: string) => boolean;
}

/**
 * A list with an item per registration, each starting with its date ("<li><span>19. okt.</span>
 * 3 t – udokumentert</li>"), as a student's page on a phone shows it: read as an event list
 * `Dato | Fravær`. Every item must start with a date and say a length or kind of absence, so a
 * list of news or messages with dates is not taken for one. The date and the rest are each held in
 * a detached element of their own (never put into the page), for the table reader.
 *
 * A page that splits the registrations into several such lists (a folded section per month, "Haust"
 * and "Vår") is read whole, every list's items in page order: reading only the first would leave
 * out the later months' absence, and with it the last 14 days. A list of one item counts among
 * them; the whole must still hold MIN_ROWS items.
 */
export function findDatedList(root: ParentNode, check: DatedItemCheck): LayoutGrid | undefined {
  const rows: Array<{ element: Element; cells: Element[] }> = [];
  let first: Element | undefined;
  for (const list of Array.from(root.querySelectorAll('ul, ol'))) {
    if (list.closest('table, [role="table"], [role="grid"], nav')) continue;
    const all = Array.from(list.children).filter((child) => child.tagName === 'LI');
    // A first item of labels alone ("Dato | Type | Merknad | Omfang"), no date or figure in it, heads the items' columns.
    const items = all.length > 1 && !/\d/u.test(text(all[0] as Element)) ? all.slice(1) : all;
    const read = items.map((item) => datedItem(item, check));
    if (items.length === 0 || read.some((row) => row === undefined)) continue;
    first ??= list;
    rows.push(...(read as Array<{ element: Element; cells: Element[] }>));
  }
  if (!first || rows.length < MIN_ROWS) return undefined;
  const built = grid(first, [detachedCell(first, 'Dato'), detachedCell(first, 'Fravær')], rows);
  built.headerTexts = ['Dato', 'Fravær'];
  return built;
}

/**
 * Icons an item may open with before its date ("◐ 04.12.2026 – 1 time", "🤒 20.11 – Hel dag"):
 * symbols only, no letter or digit. Their tooltip tells the kind the words after the date tell too.
 */
const LEADING_ICONS = /^(?:[\p{S}\p{Cf}\uFE0F]+\s*)+/u;

/**
 * An item's text with a space between child elements that touch ("<span>02.09.2026</span><span>Fravær
 * hele dagen</span>"): set out as a row's cells, they are apart on the screen though nothing parts
 * them in the markup.
 */
function spacedText(item: Element): string {
  let joined = '';
  let afterElement = false;
  for (const node of Array.from(item.childNodes)) {
    if (node.nodeType !== 1 && node.nodeType !== 3) continue;
    const isElement = node.nodeType === 1;
    if (isElement && afterElement) joined += ' ';
    joined += node.textContent ?? '';
    afterElement = isElement;
  }
  return cleanText(joined);
}

/** An item read as a registration: its leading date and the words after it, each in a detached cell; undefined for any other item. */
function datedItem(item: Element, check: DatedItemCheck): { element: Element; cells: Element[] } | undefined {
  const itemText = spacedText(item).replace(LEADING_ICONS, '');
  const date = check.leadingDate(itemText);
  const rest = date ? itemText.slice(date.end).replace(/^[\s:–—-]+/u, '') : '';
  if (!date || rest === '' || !check.saysAbsence(rest)) return undefined;
  return { element: item, cells: [detachedCell(item, date.date ?? itemText.slice(0, date.end)), detachedCell(item, rest)] };
}

/** How a log by day is checked: the day a heading names (and nothing else), and whether an item's words say an absence. */
export interface DayLogCheck {
  /**
   * The day a heading names, when its words are that day and nothing more ("Tirsdag 10.11.2026",
   * "I dag (mandag 23.11)"), on or before the as-of day; undefined for any other heading.
   */
  dayOf: (heading: string) => IsoDate | undefined;
  /** Whether the words after an item's name say a length or kind of absence ("hele dagen", "2 timer", "kom for sent"). */
  saysAbsence: (text: string) => boolean;
}

/** A class's log by day, with the first day's heading (or the block holding it: the log's range is stated above it) and the days it lists. */
export interface DayLog {
  grid: LayoutGrid;
  firstDay: Element;
  days: IsoDate[];
}

/** A person's name written before a spaced dash or a colon, the registration after it ("Kasper Moen – hele dagen"). */
const NAME_THEN_WHAT = /^(.+?)(?:\s+[–—-]\s+|:\s+)(.+)$/u;

/**
 * A class's log by day ("dagbok", "siste registreringer"): a heading per school day ("Tirsdag
 * 10.11.2026", "I dag (mandag 23.11)") over a list of that day's registrations, each a student's
 * name and what was registered ("Kasper Moen – hele dagen", "Julie Rasmussen – 2 timer (1.–2.
 * time)"). Read as an event list `Navn | Dato | Fravær`, the date the heading's. The days must be
 * one log, at least two: the headings siblings, or each with its list in a block of its own and
 * the blocks siblings. Every item under them must name a person and say an absence, so a news
 * page with dated headings is not taken for one. The date and the words, being text, are held in
 * detached elements (never put into the page); the badge goes in the item.
 */
export function findDayLog(root: ParentNode, check: DayLogCheck): DayLog | undefined {
  const days: Array<{ heading: Element; day: IsoDate }> = [];
  for (const heading of Array.from(root.querySelectorAll('h2, h3, h4, h5, h6, [role="heading"]'))) {
    if (heading.closest('table, [role="table"], [role="grid"], nav')) continue;
    const day = check.dayOf(text(heading));
    if (day !== undefined) days.push({ heading, day });
  }
  // A day's block: the heading itself among the log's, or the element holding just it and its list.
  const blockOf = (heading: Element) => {
    const parent = heading.parentElement;
    return parent && parent.children.length === 2 && parent.firstElementChild === heading ? parent : heading;
  };
  const first = days[0];
  const log = first && blockOf(first.heading).parentElement;
  if (!first || !log || days.length < MIN_ROWS || days.some(({ heading }) => blockOf(heading).parentElement !== log)) return undefined;
  const rows: Array<{ element: Element; cells: Element[] }> = [];
  for (const { heading, day } of days) {
    const list = heading.nextElementSibling;
    const items = list ? listItems(list) : [];
    if (items.length === 0) return undefined;
    for (const item of items) {
      const set = item.querySelector(':scope > strong, :scope > b, :scope > a, :scope > span');
      const itemText = text(item);
      const [name, what] = set && itemText.startsWith(text(set))
        ? [set, itemText.slice(text(set).length).replace(/^[\s:–—-]+/u, '')]
        : [undefined, ''];
      const written = name ? undefined : NAME_THEN_WHAT.exec(itemText);
      const nameText = name ? text(name) : (written?.[1] ?? '');
      const words = name ? what : (written?.[2] ?? '');
      if (!isPersonName(nameText) || !check.saysAbsence(words)) return undefined;
      rows.push({ element: item, cells: [name ?? detachedCell(item, nameText), detachedCell(item, day), detachedCell(item, words)] });
    }
  }
  if (rows.length < MIN_ROWS) return undefined;
  const names = ['Navn', 'Dato', 'Fravær'];
  const built = grid(log, names.map((name) => detachedCell(log, name)), rows);
  built.headerTexts = names;
  return { grid: built, firstDay: blockOf(first.heading), days: days.map(({ day }) => day) };
}

/** What parts an item's date, name and words: spaces, dashes, colons, middle dots, bars. */
const PARTS_APART = /^[\s:·•|–—-]+/u;

/**
 * A class's registrations as a list, an item per registration: its date, the student's name and
 * what was registered ("<time>Man 05.10</time> · <strong>Lene Vold</strong> · Fravær hele dagen"),
 * as a class team's absence tab lists the recent ones. Read as an event list `Navn | Dato | Fravær`.
 * Every item must start with a date (`leadingDate` giving the day), name a person right after it,
 * set apart or before a dash, and say an absence, so a list of news, or of one student's own
 * registrations, is not taken for one. The date and the words are held in detached elements.
 */
export function findNamedDatedList(root: ParentNode, check: DatedItemCheck): DayLog | undefined {
  for (const list of Array.from(root.querySelectorAll('ul, ol'))) {
    if (list.closest('table, [role="table"], [role="grid"], nav')) continue;
    const items = listItems(list);
    const rows: Array<{ element: Element; cells: Element[] }> = [];
    const days: IsoDate[] = [];
    for (const item of items) {
      const itemText = spacedText(item).replace(LEADING_ICONS, '');
      const date = check.leadingDate(itemText);
      const rest = date ? itemText.slice(date.end).replace(PARTS_APART, '') : '';
      const set = Array.from(item.querySelectorAll(':scope > strong, :scope > b, :scope > a, :scope > span')).find((element) => rest.startsWith(text(element)) && isPersonName(text(element)));
      const written = set ? undefined : NAME_THEN_WHAT.exec(rest);
      const name = set ? text(set) : (written?.[1] ?? '');
      const words = set ? rest.slice(name.length).replace(PARTS_APART, '') : (written?.[2] ?? '');
      if (date?.date === undefined || !isPersonName(name) || !check.saysAbsence(words)) break;
      rows.push({ element: item, cells: [set ?? detachedCell(item, name), detachedCell(item, date.date), detachedCell(item, words)] });
      days.push(date.date);
    }
    if (rows.length < MIN_ROWS || rows.length !== items.length) continue;
    const names = ['Navn', 'Dato', 'Fravær'];
    const built = grid(list, names.map((each) => detachedCell(list, each)), rows);
    built.headerTexts = names;
    return { grid: built, firstDay: list, days };
  }
  return undefined;
}

/** How a log by week is checked: the week a heading names, the date of a weekday in it, and whether an item's words say an absence. */
export interface WeekLogCheck<Week> {
  /** The week a heading names, when its words are that week and nothing more ("Uke 47", "Veke 47 2026"); undefined for any other heading. */
  weekOf: (heading: string) => Week | undefined;
  /** The date of the weekday a word names ("Mandag", "tys.") in that week, on or before the as-of day; undefined otherwise. */
  dayIn: (week: Week, weekday: string) => IsoDate | undefined;
  /** Whether the words after an item's weekday say a length or kind of absence ("hele dagen", "2.–4. time"). */
  saysAbsence: (text: string) => boolean;
}

/** A weekday's name, then a colon or a spaced dash, then what was registered ("Mandag: 5.–6. time", "Tir – hele dagen"). */
const WEEKDAY_THEN_WHAT = /^(\p{L}{2,8})\.?(?:\s*:\s*|\s+[–—-]\s+)(.+)$/u;

/**
 * A student's log by week, as a school app shows it: a heading per week ("Uke 47") over a list of
 * the days with absence in it, each a weekday and what was registered ("Mandag: hele dagen",
 * "Fredag: 1.–2. time"), no dates. Read as an event list `Dato | Fravær`, the date the weekday's in
 * that week. The weeks must be one log, at least two, laid out as findDayLog's days are, and every
 * item under them must name a weekday and say an absence, so a week plan or a homework list under
 * week headings is not taken for one. The date and the words, being text, are held in detached
 * elements (never put into the page).
 */
export function findWeekLog<Week>(root: ParentNode, check: WeekLogCheck<Week>): DayLog | undefined {
  const weeks: Array<{ heading: Element; week: Week }> = [];
  for (const heading of Array.from(root.querySelectorAll('h2, h3, h4, h5, h6, [role="heading"]'))) {
    if (heading.closest('table, [role="table"], [role="grid"], nav')) continue;
    const week = check.weekOf(text(heading));
    if (week !== undefined) weeks.push({ heading, week });
  }
  const blockOf = (heading: Element) => {
    const parent = heading.parentElement;
    return parent && parent.children.length === 2 && parent.firstElementChild === heading ? parent : heading;
  };
  const first = weeks[0];
  const log = first && blockOf(first.heading).parentElement;
  if (!first || !log || weeks.length < MIN_ROWS || weeks.some(({ heading }) => blockOf(heading).parentElement !== log)) return undefined;
  const rows: Array<{ element: Element; cells: Element[] }> = [];
  const days: IsoDate[] = [];
  for (const { heading, week } of weeks) {
    const list = heading.nextElementSibling;
    const items = list ? listItems(list) : [];
    if (items.length === 0) return undefined;
    for (const item of items) {
      const written = WEEKDAY_THEN_WHAT.exec(text(item));
      const day = written?.[1] === undefined ? undefined : check.dayIn(week, written[1]);
      const words = written?.[2] ?? '';
      if (day === undefined || !check.saysAbsence(words)) return undefined;
      rows.push({ element: item, cells: [detachedCell(item, day), detachedCell(item, words)] });
      days.push(day);
    }
  }
  const names = ['Dato', 'Fravær'];
  const built = grid(log, names.map((name) => detachedCell(log, name)), rows);
  built.headerTexts = names;
  return { grid: built, firstDay: blockOf(first.heading), days };
}
