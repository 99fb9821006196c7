import { cleanText } from '../norwegian-format';

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

function isFigure(value: string): boolean {
  return value !== '' && value.length <= MAX_VALUE && FIGURE.test(value);
}

/** Text directly in an element, not in its children. */
function ownText(element: Element): string {
  return cleanText(
    Array.from(element.childNodes)
      .filter((node) => node.nodeType === 3)
      .map((node) => node.textContent ?? '')
      .join(' '),
  );
}

/** The label and value an element holds as a pair, if it is one. */
function pairIn(element: Element): LabelledValue | undefined {
  if (element.tagName === 'DT') {
    const value = element.nextElementSibling;
    if (value?.tagName !== 'DD') return undefined;
    const label = text(element);
    return isLabel(label) && isFigure(text(value)) ? { label, labelElement: element, value } : undefined;
  }
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

/** Every labelled figure inside `root`, in page order, outside tables. */
export function labelledValues(root: Element): LabelledValue[] {
  const found: LabelledValue[] = [];
  for (const element of [root, ...Array.from(root.querySelectorAll('*'))]) {
    if (element.closest('table, [role="table"], [role="grid"], nav, script, style')) continue;
    const pair = pairIn(element);
    if (pair && !found.some((known) => known.value.contains(pair.value) || pair.value.contains(known.value))) found.push(pair);
  }
  return found;
}
