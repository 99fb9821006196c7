import { cleanText } from '../norwegian-format';
import { detachedCell } from './detached-cell';

/**
 * Figures a page shows with a label beside them instead of under a column header: a tile
 * "Fravær dette halvåret | 4 dager og 7 timer", a pair of spans "Fravær dager | 2", a
 * definition list's <dt>/<dd>, a line "Absent this term <b>11 days</b>". The label is what a
 * column header would say; the value is the cell.
 */
export interface LabelledValue {
  label: string;
  /** The element that shows the label (for a line with its figure at the end, the line). */
  labelElement: Element;
  value: Element;
}

/** A figure's text: a number first, or a dash or words for none. */
const FIGURE = /^(?:\d|[-–—]$|ingen\b|none\b|no\s+absence)/iu;
const MAX_LABEL = 60;
const MAX_VALUE = 60;

function text(node: Node): string {
  return cleanText(node.textContent ?? '');
}

function isLabel(value: string): boolean {
  return value !== '' && value.length <= MAX_LABEL && /\p{L}/u.test(value) && !FIGURE.test(value);
}

export function isFigure(value: string): boolean {
  return value !== '' && value.length <= MAX_VALUE && FIGURE.test(value);
}

/** Text directly in an element, not in its children. */
export function ownText(element: Element): string {
  return cleanText(
    Array.from(element.childNodes)
      .filter((node) => node.nodeType === 3)
      .map((node) => node.textContent ?? '')
      .join(' '),
  );
}

/** "Fravær: 6 dager · 0 timer": a label and its figure in one line of text, parted by a colon. */
const LINE_PAIR = /^([^:]+):\s*(.+)$/u;

/** A bare figure, as a card prints it large ("4", "2,5"). */
const BARE_FIGURE = /^\d+(?:[.,]\d+)?$/u;

/**
 * A card's large figure with its label under it: <span>4</span><span>fraværsdager</span>, the
 * figure first and nothing but white space between the two.
 */
function figureOverLabel(element: Element): LabelledValue | undefined {
  const next = element.nextElementSibling;
  if (!next || next.children.length > 0 || !BARE_FIGURE.test(text(element))) return undefined;
  let between = element.nextSibling;
  while (between && between !== next) {
    if (text(between) !== '') return undefined;
    between = between.nextSibling;
  }
  const label = text(next);
  return isLabel(label) ? { label, labelElement: next, value: element } : undefined;
}

/** "+ 3 enkelttimer": a figure added to the card's main one, its unit the label. */
const ADDED_FIGURE = /^\+\s*(\d+(?:[.,]\d+)?)\s+(\p{L}+)$/u;

/** A line of a card that adds a figure in its own unit ("+ 3 enkelttimer"): the unit is its label. */
function figureAdded(element: Element): LabelledValue | undefined {
  const added = ADDED_FIGURE.exec(text(element));
  if (!added?.[1] || !added[2]) return undefined;
  const value = detachedCell(element, added[1]);
  return { label: added[2], labelElement: element, value };
}

/**
 * A figure and its label on two lines and nothing else: a chart's centre, the figure over its label
 * ("4 d 6 t<br><small>totalt</small>"), or a card's label over its figure ("<strong>Dagsfravær</strong><br>7
 * dager"). The figure, being text, is held in a detached element of its own.
 */
function figureAboveLabel(element: Element): LabelledValue | undefined {
  const nodes = Array.from(element.childNodes).filter((node) => node.nodeType === 1 || (node.nodeType === 3 && text(node) !== ''));
  const [first, lineBreak, last] = nodes;
  if (nodes.length !== 3 || !first || lineBreak?.nodeName !== 'BR' || !last || [first, last].some((node) => (node as Element).children?.length)) return undefined;
  const [figure, labelNode] = first.nodeType === 3 && isFigure(text(first)) ? [first, last] : [last, first];
  const label = text(labelNode);
  if (figure.nodeType !== 3 || !isFigure(text(figure)) || !isLabel(label)) return undefined;
  const value = detachedCell(element, text(figure));
  return { label, labelElement: element, value };
}

/**
 * The label and value an element holds as a pair, if it is one. With `lines`, a line of text that
 * holds both (a card's "Fravær: 6 dager") is one too; its figure, being text, is held in a detached
 * element of its own (never put into the page) for the table reader, which reads cells by their text.
 */
function pairIn(element: Element, lines: boolean): LabelledValue | undefined {
  const line = lines && element.children.length === 0 ? LINE_PAIR.exec(text(element)) : null;
  // A card's line may open with what else it says of the student, set apart by a middle dot or a
  // bar ("8A · Fravær hittil i halvåret: 2 d 1 t"): the label is the last part before the colon.
  const lineLabel = line?.[1]?.split(LINE_PARTS).pop()?.trim();
  if (lineLabel && line?.[2] && isLabel(lineLabel) && isFigure(line[2])) {
    const value = detachedCell(element, line[2]);
    return { label: lineLabel, labelElement: element, value };
  }
  // A figure set apart in a sentence of prose ("har hatt <strong>6 dager</strong> fravær hittil i
  // halvåret (18.08–23.11)."), as a letter about a student writes it: the sentence, without its dates
  // and brackets, is its label.
  const prose = element.parentElement;
  if (/^(STRONG|B)$/.test(element.tagName) && prose?.tagName === 'P' && element.children.length === 0 && isFigure(text(element))) {
    let before = '';
    let after = '';
    let seen = false;
    for (const node of Array.from(prose.childNodes)) {
      if (node === element) seen = true;
      else if (seen) after += node.textContent ?? '';
      else before += node.textContent ?? '';
    }
    const sentence = `${before.split(/[.!?]\s+(?=\p{Lu})/u).pop() ?? ''} ${after.split(/[.!?](?:\s|$)/u)[0] ?? ''}`;
    const label = cleanText(sentence.replace(/\([^()]*\)|\d{1,2}\.\d{1,2}\.\d{0,4}/gu, ' '));
    return isLabel(label) ? { label, labelElement: prose, value: element } : undefined;
  }
  const labelFirst = boldLabelThenFigure(element);
  if (labelFirst) return labelFirst;
  if (lines && element.children.length === 0) {
    const beside = figureOverLabel(element) ?? figureAdded(element);
    if (beside) return beside;
  }
  if (element.tagName === 'DT') {
    const value = element.nextElementSibling;
    if (value?.tagName !== 'DD') return undefined;
    const label = text(element);
    return isLabel(label) && isFigure(text(value)) ? { label, labelElement: element, value } : undefined;
  }
  const above = figureAboveLabel(element);
  if (above) return above;
  const children = Array.from(element.children);
  // Two parts side by side, the label first: <span>Fravær dager</span><span>2</span>.
  if (children.length === 2 && ownText(element) === '') {
    const [first, second] = children as [Element, Element];
    if (first.children.length > 0 || second.children.length > 1) return undefined;
    const label = text(first);
    return isLabel(label) && isFigure(text(second)) ? { label, labelElement: first, value: second } : undefined;
  }
  // A line of text with its figure set apart at the end: "Absent this term <b>11 days</b>".
  if (children.length === 1 && element.lastChild === children[0] && element.firstChild?.nodeType === 3) {
    const value = children[0] as Element;
    const label = ownText(element).replace(/[:\s]+$/u, '');
    return value.children.length === 0 && isLabel(label) && isFigure(text(value)) ? { label, labelElement: element, value } : undefined;
  }
  return undefined;
}

/** A date or a time of day ("23.11.2026", "10.15"): no count, though it starts with a digit. */
const DATE_OR_TIME = /\d[.:]\d{1,2}(?:[.:]|$)/u;

/**
 * A label set in bold with a colon, its figure the text just after it, up to the next part of the
 * line: "<strong>Dagsfravær:</strong> 12 dager · <strong>Timefravær:</strong> 4 timer", as a
 * student's page sums them up. The figure, being text, is held in a detached element of its own.
 */
function boldLabelThenFigure(element: Element): LabelledValue | undefined {
  if (!/^(STRONG|B|LABEL)$/.test(element.tagName) || element.children.length > 0) return undefined;
  const written = text(element);
  const label = written.replace(/:$/u, '').trim();
  const after = element.nextSibling;
  if (!written.endsWith(':') || !isLabel(label) || after?.nodeType !== 3) return undefined;
  const shown = cleanText((after.textContent ?? '').split(LINE_PARTS)[0] ?? '');
  return isFigure(shown) && !DATE_OR_TIME.test(shown) ? { label, labelElement: element, value: detachedCell(element, shown) } : undefined;
}

/**
 * Every labelled figure inside `root`, in page order, outside tables; with `lines` (a card), also
 * those written in one line, a large figure over its label, and a line adding a figure ("+ 3 enkelttimer").
 */
export function labelledValues(root: Element, lines = false): LabelledValue[] {
  const found: LabelledValue[] = [];
  for (const element of [root, ...Array.from(root.querySelectorAll('*'))]) {
    if (element.closest('table, [role="table"], [role="grid"], nav, script, style')) continue;
    const pairs = (lines && linePairs(element)) || [pairIn(element, lines)];
    for (const pair of pairs) {
      if (pair && !found.some((known) => known.value.contains(pair.value) || pair.value.contains(known.value))) found.push(pair);
    }
  }
  return found;
}

/** Where a line of labelled figures holds more than one: "Hele dager: 3 · Enkelttimer: 2". */
const LINE_PARTS = /\s*[·•|;]\s*|\n/u;

/** Where one line of prose gives two labelled figures, parted by a spaced dash as well ("Fråvær i år: 6 dagar – siste 14 dagar: 3 dagar"). */
const PAIR_PARTS = /\s*[·•|;]\s*|\s+[–—]\s+/u;

/**
 * A line of text, as a card writes it, that holds two or more labelled figures ("Fravær i år: 6
 * dager og 0 timer – siste 14 dager: 3 dager og 0 timer"): each part is a pair, its figure held in
 * a detached element. Undefined unless every part is a label and its figure, so that a line with a
 * dash inside one figure ("Fravær: 2 – 3 dager") stays the one pair it is.
 */
function linePairs(element: Element): LabelledValue[] | undefined {
  if (element.children.length > 0) return undefined;
  const parts = text(element).split(PAIR_PARTS).map((part) => LINE_PAIR.exec(part.trim()));
  if (parts.length < 2) return undefined;
  const pairs: LabelledValue[] = [];
  for (const part of parts) {
    if (!part?.[1] || !part[2] || !isLabel(part[1].trim()) || !isFigure(part[2])) return undefined;
    const value = detachedCell(element, part[2]);
    pairs.push({ label: part[1].trim(), labelElement: element, value });
  }
  return pairs;
}

/**
 * The labelled figures a short text gives line by line ("Hele dager: 3 · Enkelttimer: 2\nSiste 14
 * dager: 0 dager"), as a tooltip writes them; undefined unless every part is a label and its figure.
 * A line whose parts are not all labelled is one pair ("Fravær: 6 dager · 0 timer").
 */
export function labelledLines(text: string): Array<{ label: string; value: string }> | undefined {
  const found: Array<{ label: string; value: string }> = [];
  for (const line of text.split('\n').map((part) => cleanText(part)).filter((part) => part !== '')) {
    const parts = line.split(LINE_PARTS).map((part) => LINE_PAIR.exec(cleanText(part)));
    const pairs = parts.every((part) => part?.[1] && part[2] && isLabel(part[1]) && isFigure(part[2])) ? parts : [LINE_PAIR.exec(line)];
    for (const pair of pairs) {
      if (!pair?.[1] || !pair[2] || !isLabel(pair[1]) || !isFigure(pair[2])) return undefined;
      found.push({ label: pair[1], value: pair[2] });
    }
  }
  return found.length > 0 ? found : undefined;
}

/**
 * The rows of a table without a header that each give a label and its figure ("Hittil i år |
 * 4 dager, 3 timer", "Forsentkomminger | 5"), as a student's page sets out their key figures: read
 * as labelled figures, the first cell the label. Undefined unless every row (two or more) is
 * just such a pair: a header row, a third column or a row of other text makes it another table.
 */
export function keyFigureRows(table: Element): LabelledValue[] | undefined {
  if (table.tagName !== 'TABLE' || table.querySelector('thead, table') || table.parentElement?.closest('table')) return undefined;
  const rows = Array.from(table.querySelectorAll('tr'));
  if (rows.length < 2) return undefined;
  const pairs: LabelledValue[] = [];
  for (const row of rows) {
    const cells = Array.from(row.children).filter((cell) => cell.tagName === 'TD' || cell.tagName === 'TH');
    if (cells.length !== 2 || cells.some((cell) => cell.hasAttribute('colspan'))) return undefined;
    const [label, value] = cells as [Element, Element];
    if (value.tagName === 'TH' || !isLabel(text(label)) || !isFigure(text(value))) return undefined;
    pairs.push({ label: text(label), labelElement: label, value });
  }
  return pairs;
}
