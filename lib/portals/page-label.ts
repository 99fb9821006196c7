import { cleanText } from './norwegian-format';
import { normaliseHeader } from './table';

/**
 * Reading the words around a page's tables: its headings ("Fraværsoversikt") and its labelled
 * values ("Klasse: 7A", "Skole: …"), by what they say rather than by their class names.
 */

const HEADING_SELECTOR = 'h1, h2, h3, [role="heading"]';

export interface FoundHeading {
  element: Element;
  text: string;
  /** The heading word that matched, normalised. */
  word: string;
}

/**
 * The heading that begins with the longest of `words` (so "Fraværsregistreringer for elev" is
 * not mistaken for "Fraværsregistrering"). Compared normalised; null when no heading matches.
 */
export function findHeading(root: ParentNode, words: readonly string[]): FoundHeading | null {
  let best: FoundHeading | null = null;
  for (const element of root.querySelectorAll(HEADING_SELECTOR)) {
    const text = cleanText(element.textContent ?? '');
    const normalised = normaliseHeader(text);
    for (const word of words.map(normaliseHeader)) {
      if (normalised.startsWith(word) && (!best || word.length > best.word.length)) {
        best = { element, text, word };
      }
    }
  }
  return best;
}

// Column headers are not labels (their neighbour is the next header); row headers are.
const CONTAINER_LABELS = new Set(['DT', 'TH', 'LABEL', 'MAT-LABEL']);
const LABEL_SELECTOR = 'dt, th[scope="row"], label, mat-label, strong, b, span, div, [role="rowheader"]';

/**
 * The value printed next to a label: <dt>Klasse</dt><dd>7A</dd>, <span>Klasse:</span> <span>7A</span>,
 * or "Klasse: 7A" in one element. Labels compared normalised and whole; undefined when absent.
 */
export function labelledValue(root: ParentNode, labels: readonly string[]): string | undefined {
  const wanted = labels.map(normaliseHeader);
  // An element that names itself (aria-label="Basisgruppe"), as Angular and React widgets do.
  for (const element of root.querySelectorAll('[aria-label]')) {
    if (!wanted.includes(normaliseHeader(element.getAttribute('aria-label') ?? ''))) continue;
    const value = element.matches('input, select, textarea') ? controlText(element) : cleanText(element.textContent ?? '');
    if (value) return value;
  }
  for (const element of root.querySelectorAll(LABEL_SELECTOR)) {
    // A label is a leaf (or a term/label element): skipping wrappers keeps this cheap on big pages.
    if (element.children.length > 0 && !CONTAINER_LABELS.has(element.tagName)) continue;
    const own = cleanText(element.textContent ?? '');
    const label = normaliseHeader(own);
    if (wanted.includes(label)) {
      const value = valueAfter(element);
      if (value) return value;
      continue;
    }
    if (element.children.length === 0) {
      const inline = /^([^:]{1,40}):\s*(.+)$/.exec(own);
      if (inline && inline[1] !== undefined && inline[2] !== undefined && wanted.includes(normaliseHeader(inline[1]))) {
        return cleanText(inline[2]);
      }
    }
  }
  return undefined;
}

function valueAfter(element: Element): string | undefined {
  const control = element.tagName === 'LABEL' || element.tagName === 'MAT-LABEL' ? labelledControl(element) : null;
  if (control) return controlText(control);
  const next = element.nextElementSibling;
  if (next) {
    const text = cleanText(next.textContent ?? '');
    if (text) return text;
  }
  // <span>Klasse:</span> 7A — the value is the parent's remaining text.
  const parentText = cleanText(element.parentElement?.textContent ?? '');
  const ownText = cleanText(element.textContent ?? '');
  const rest = parentText.startsWith(ownText) ? cleanText(parentText.slice(ownText.length)) : '';
  return rest || undefined;
}

/** What a control shows: a dropdown's chosen option text (its value is often an internal id). */
function controlText(control: Element): string | undefined {
  if (control.tagName === 'SELECT') {
    const select = control as HTMLSelectElement;
    // Matched by value rather than selectedIndex, which not every DOM keeps in step.
    const option = [...select.options].find((o) => o.value === select.value);
    return option ? cleanText(option.textContent ?? '') || undefined : undefined;
  }
  return cleanText((control as HTMLInputElement).value ?? '') || undefined;
}

function labelledControl(label: Element): Element | null {
  const target = label.getAttribute('for');
  if (target) return label.ownerDocument.getElementById(target);
  return label.querySelector('input, select, textarea');
}

/** A text field the teacher cannot edit: what it shows is what the page states, not a choice being made. */
const READ_ONLY_FIELD = 'input[readonly], input[disabled], input[aria-readonly="true"], textarea[readonly], textarea[aria-readonly="true"]';
const TEXT_INPUT_TYPES = new Set(['', 'text', 'search', 'date']);
/** How far up from a field its label may stand before the field's own box (a label box beside a control box). */
const MAX_FIELD_WRAPPERS = 2;

/** The text before `node` among its siblings, back to the start or to another control. */
function textBefore(node: Node): string {
  let written = '';
  for (let at = node.previousSibling; at; at = at.previousSibling) {
    if (at.nodeType === 1 && ((at as Element).matches('input, select, textarea') || (at as Element).querySelector('input, select, textarea'))) break;
    written = `${at.textContent ?? ''} ${written}`;
  }
  return cleanText(written);
}

/** What labels a field that no <label> names: the elements its aria-labelledby points at, else the text just before it or before its box. */
function fieldLabel(field: Element): string {
  const ids = (field.getAttribute('aria-labelledby') ?? '').split(/\s+/u).filter((id) => id !== '');
  if (ids.length > 0) return cleanText(ids.map((id) => field.ownerDocument.getElementById(id)?.textContent ?? '').join(' '));
  let box: Element = field;
  for (let depth = 0; depth <= MAX_FIELD_WRAPPERS; depth += 1) {
    const before = textBefore(box);
    if (before) return before;
    if (!box.parentElement || box.parentElement.tagName === 'BODY') break;
    box = box.parentElement;
  }
  return '';
}

/**
 * The value a read-only text field shows beside one of `labels` ("Periode <input readonly
 * value="18.08.2026 – 04.12.2026">", a label <span> or <div> before the field or its box, or
 * aria-labelledby), as a filter bar shows the period a list is filtered to. A field the teacher
 * can still edit is left out: what it holds may not be what the page shows yet. Fields inside a
 * <label> or with an aria-label are labelledValue's. Labels compared normalised and whole.
 */
export function readOnlyFieldValue(root: ParentNode, labels: readonly string[]): string | undefined {
  const wanted = labels.map(normaliseHeader);
  for (const field of root.querySelectorAll(READ_ONLY_FIELD)) {
    if (field.tagName === 'INPUT' && !TEXT_INPUT_TYPES.has((field.getAttribute('type') ?? '').toLowerCase())) continue;
    if (!wanted.includes(normaliseHeader(fieldLabel(field)))) continue;
    const value = controlText(field);
    if (value) return value;
  }
  return undefined;
}

/**
 * Which kind of page this is, by the heading words each kind goes by (the longest match wins,
 * so "Fraværsregistreringer for elev" beats "Fraværsregistrering"). null when no heading matches.
 */
export function pageTypeFromHeadings<T extends string>(
  root: ParentNode,
  headings: Readonly<Record<T, readonly string[]>>,
): { type: T; heading: FoundHeading } | null {
  const all = (Object.entries(headings) as Array<[T, readonly string[]]>).flatMap(([type, words]) =>
    words.map((word) => ({ type, word: normaliseHeader(word) })),
  );
  const heading = findHeading(root, all.map((a) => a.word));
  if (!heading) return null;
  const match = all.find((a) => a.word === heading.word);
  return match ? { type: match.type, heading } : null;
}
