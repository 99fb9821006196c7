import { readHeaders } from './generic';
import { buildGrid, cellText, findTables } from './generic/table-grid';
import { cleanText } from './norwegian-format';

/**
 * An anonymised copy of a page that a teacher can attach to a bug report when a page cannot be
 * read. It keeps the page's structure, header words, codes, figures and absence dates — what a
 * fix needs — and replaces who the page is about:
 * - student names (the names the extension knows, and every cell in a name column) → "Elev 1" …
 * - ids: id/data-*id* attributes with digits, digits in links, id columns → "ID-1" …
 * - dates of birth, e-mail addresses, phone numbers, personal numbers
 * - free text in inputs, textareas and editable areas; hidden form values (tokens)
 * Scripts, comments and event handlers are removed. It works on a clone and never changes the live page.
 */

const REMOVED_ELEMENTS = 'script, noscript, template, iframe, object, embed, frame, frameset, base';
const FREE_TEXT = '[fritekst]';
const REMOVED = '[fjernet]';
const BIRTH_DATE = '[fødselsdato]';

/** Attributes that describe structure, never a person. */
const STRUCTURAL = new Set([
  'class', 'style', 'type', 'role', 'colspan', 'rowspan', 'scope', 'lang', 'dir', 'hidden', 'disabled',
  'selected', 'checked', 'readonly', 'charset', 'rel', 'width', 'height', 'border', 'align', 'valign',
  'tabindex', 'aria-colindex', 'aria-rowindex', 'aria-colspan', 'aria-rowspan', 'aria-colcount',
  'aria-rowcount', 'aria-hidden', 'aria-current', 'aria-disabled', 'aria-expanded', 'aria-selected',
  'aria-sort', 'aria-level', 'method', 'enctype', 'target', 'cellpadding', 'cellspacing',
]);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'srcset', 'poster', 'cite', 'data']);
const SECRET_QUERY = /token|session|sid|auth|key|ticket|jwt|sig|csrf|code|state|nonce/i;
const BIRTH_FIELD = /birth|bday|dob|f(ø|o|oe)dsel|f(ø|o|oe)d(t|d)|personnummer|fnr/i;
const BIRTH_LABEL = /^(f(ø|o)dselsdato|f(ø|o)dt|f(ø|o)dd|f\.\s?dato|date of birth|birth ?date|personnummer|f(ø|o)dselsnummer)\s*:?$/i;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
/** Norwegian numbers: 8 digits, grouped 2-2-2-2 or 3-2-3, with or without +47 / 0047. */
const PHONE = /(?:(?:\+|00)47[\s\u00A0]?)?(?<!\d|\d[.,])(?:\d{2}[\s\u00A0]?\d{2}[\s\u00A0]?\d{2}[\s\u00A0]?\d{2}|\d{3}[\s\u00A0]\d{2}[\s\u00A0]\d{3})(?!\d|[.,]\d)/g;
/** Fødselsnummer: 11 digits, often 6 + 5. */
const PERSONAL_NUMBER = /(?<!\d)\d{6}[\s\u00A0]?\d{5}(?!\d)/g;
const BIRTH_INLINE = /((?:f(?:ø|o)dselsdato|f(?:ø|o)dt|f(?:ø|o)dd|f\.\s?dato)\s*:?\s*)(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})/giu;

class Placeholders {
  private readonly ids = new Map<string, string>();
  private readonly emails = new Map<string, string>();
  private readonly phones = new Map<string, string>();

  id(value: string): string {
    return this.get(this.ids, value, (n) => `ID-${n}`);
  }

  email(value: string): string {
    return this.get(this.emails, value.toLowerCase(), (n) => `epost-${n}@example.invalid`);
  }

  phone(value: string): string {
    return this.get(this.phones, value.replace(/\D/g, ''), (n) => `Telefon-${n}`);
  }

  private get(map: Map<string, string>, key: string, make: (n: number) => string): string {
    let value = map.get(key);
    if (value === undefined) {
      value = make(map.size + 1);
      map.set(key, value);
    }
    return value;
  }
}

/** Every student name in the page's name columns, plus who sits in id and private columns. */
function tableFindings(root: ParentNode): { names: string[]; idCells: Element[]; privateCells: Element[] } {
  const names: string[] = [];
  const idCells: Element[] = [];
  const privateCells: Element[] = [];
  for (const table of findTables(root)) {
    const grid = buildGrid(table);
    const { headerRows, roles } = readHeaders(grid, '2000-01-01');
    for (const row of grid.rows) {
      if (headerRows.includes(row)) continue;
      const seen = new Set<Element>();
      const parts: string[] = [];
      roles.forEach((role, column) => {
        const cell = row.cells[column];
        if (!cell || seen.has(cell)) return;
        seen.add(cell);
        if (role.kind === 'name') names.push(cellText(cell));
        else if (role.kind === 'firstName' || role.kind === 'lastName') parts.push(cellText(cell));
        else if (role.kind === 'studentId') idCells.push(cell);
        else if (role.kind === 'private') privateCells.push(cell);
      });
      if (parts.length > 0) names.push(...parts, parts.join(' '));
    }
  }
  return { names: names.filter((name) => /\p{L}/u.test(name)), idCells, privateCells };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One replacer for all names: full names (also written "Etternavn, Fornavn"), and each part of a
 * name on its own, so "Kari" in a heading goes too. Longest first, so a full name wins over its parts.
 */
function nameReplacer(names: string[]): (text: string) => string {
  const placeholder = new Map<string, string>();
  const variants = new Map<string, string>();
  let count = 0;
  for (const raw of names) {
    const name = cleanText(raw);
    const key = name.toLowerCase();
    if (key === '' || placeholder.has(key)) continue;
    const label = `Elev ${++count}`;
    placeholder.set(key, label);
    const parts = name.split(/[\s,]+/).filter((part) => part.length >= 2 && /\p{L}/u.test(part));
    const forms = [name];
    if (parts.length >= 2) {
      const last = parts[parts.length - 1] ?? '';
      forms.push(`${last}, ${parts.slice(0, -1).join(' ')}`, `${last} ${parts.slice(0, -1).join(' ')}`);
    }
    for (const form of [...forms, ...parts]) {
      const formKey = form.toLowerCase();
      if (!variants.has(formKey)) variants.set(formKey, label);
    }
  }
  if (variants.size === 0) return (text) => text;
  const alternatives = [...variants.keys()]
    .sort((a, b) => b.length - a.length)
    .map((form) => escapeRegExp(form).replace(/(,?)\s+/g, '$1[\\s\\u00A0]+'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return (text) =>
    text.replace(pattern, (match) => variants.get(cleanText(match).toLowerCase().replace(/,\s*/g, ', ')) ?? 'Elev');
}

function initialsOf(names: string[]): Set<string> {
  const initials = new Set<string>();
  for (const name of names) {
    const parts = cleanText(name).split(/[\s,]+/).filter((part) => /\p{L}/u.test(part));
    if (parts.length >= 2) initials.add(parts.map((part) => part[0]?.toUpperCase() ?? '').join(''));
  }
  return initials;
}

export function anonymisedSnapshot(doc: Document, knownNames: string[]): string {
  const root = doc.documentElement.cloneNode(true) as Element;
  const placeholders = new Placeholders();

  for (const element of Array.from(root.querySelectorAll(REMOVED_ELEMENTS))) element.remove();
  for (const element of Array.from(root.querySelectorAll('*'))) {
    if (element.tagName.toUpperCase().startsWith('NAERVAER-')) element.remove();
  }
  for (const meta of Array.from(root.querySelectorAll('meta'))) {
    if (/csrf|token|session|nonce/i.test(meta.getAttribute('name') ?? '')) meta.remove();
  }

  const { names, idCells, privateCells } = tableFindings(root);
  const allNames = [...knownNames, ...names];
  const replaceNames = nameReplacer(allNames);
  const initials = initialsOf(allNames);

  // Whole cells and fields first: id columns, private columns, birth-date fields, free text.
  for (const cell of idCells) setText(cell, cellText(cell) === '' ? '' : placeholders.id(cellText(cell)));
  for (const cell of privateCells) setText(cell, cellText(cell) === '' ? '' : REMOVED);
  for (const element of Array.from(root.querySelectorAll('*'))) {
    const tag = element.tagName.toUpperCase();
    const fieldName = ['name', 'id', 'autocomplete', 'data-field', 'class', 'itemprop']
      .map((attribute) => element.getAttribute(attribute) ?? '')
      .join(' ');
    if (tag === 'INPUT') {
      const type = (element.getAttribute('type') ?? 'text').toLowerCase();
      if (type === 'hidden') element.setAttribute('value', REMOVED);
      else if (!['checkbox', 'radio', 'submit', 'button', 'reset', 'image', 'range', 'color'].includes(type)) {
        element.setAttribute('value', BIRTH_FIELD.test(fieldName) ? BIRTH_DATE : element.getAttribute('value') ? FREE_TEXT : '');
      }
    } else if (tag === 'TEXTAREA') {
      element.textContent = cleanText(element.textContent ?? '') === '' ? '' : FREE_TEXT;
    } else if (element.getAttribute('contenteditable') !== null && element.getAttribute('contenteditable') !== 'false') {
      setText(element, FREE_TEXT);
    } else if (element.children.length === 0 && BIRTH_FIELD.test(fieldName) && cleanText(element.textContent ?? '') !== '') {
      setText(element, BIRTH_DATE);
    } else if (element.children.length === 0 && BIRTH_LABEL.test(cleanText(element.textContent ?? ''))) {
      // "Fødselsdato" as a label, the date in the next cell or <dd> (a column header is not a label).
      const next = element.nextElementSibling;
      if (next && !isColumnHeader(element) && !isColumnHeader(next)) setText(next, BIRTH_DATE);
    }
  }

  const walker = (root.ownerDocument ?? doc).createTreeWalker(root, 0x80 | 0x4); // comments | text
  const comments: Node[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 8) {
      comments.push(node);
      continue;
    }
    const text = node.textContent ?? '';
    if (initials.has(text.trim())) node.textContent = '';
    else node.textContent = anonymiseText(text, replaceNames, placeholders);
  }
  for (const comment of comments) comment.parentNode?.removeChild(comment);

  for (const element of [root, ...Array.from(root.querySelectorAll('*'))]) {
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) {
        element.removeAttribute(attribute.name);
        continue;
      }
      if (STRUCTURAL.has(name)) continue;
      element.setAttribute(attribute.name, anonymiseAttribute(name, attribute.value, replaceNames, placeholders));
    }
  }

  return `<!doctype html>\n<!-- Anonymisert kopi av siden: navn, id-er, fødselsdatoer, e-post, telefonnumre og fritekst er byttet ut. -->\n${root.outerHTML}`;
}

function isColumnHeader(element: Element): boolean {
  if (element.getAttribute('role') === 'columnheader' || element.closest('thead') !== null) return true;
  // A <th> in a row of only <th>s heads a column; a <th> beside a <td> labels that row's value.
  const row = element.parentElement;
  return element.tagName === 'TH' && row !== null && Array.from(row.children).every((cell) => cell.tagName === 'TH');
}

function setText(element: Element, text: string): void {
  element.textContent = text;
}

function anonymiseText(text: string, replaceNames: (text: string) => string, placeholders: Placeholders): string {
  return replaceNames(
    text
      .replace(EMAIL, (match) => placeholders.email(match))
      .replace(BIRTH_INLINE, (_match, label: string) => `${label}${BIRTH_DATE}`)
      .replace(PERSONAL_NUMBER, (match) => placeholders.id(match))
      .replace(PHONE, (match) => placeholders.phone(match)),
  );
}

function anonymiseAttribute(
  name: string,
  value: string,
  replaceNames: (text: string) => string,
  placeholders: Placeholders,
): string {
  if ((name === 'id' || (name.startsWith('data-') && name.includes('id'))) && /\d/.test(value)) {
    return placeholders.id(value);
  }
  if (URL_ATTRIBUTES.has(name)) return anonymiseUrl(value, replaceNames, placeholders);
  const text = anonymiseText(value, replaceNames, placeholders);
  // A <meta content> is page metadata (a date, a viewport), never a student's id.
  if (name === 'content') return text;
  // Digits in names, labels and data values are ids as often as not (name="c-61001-23").
  return text.replace(/\d{3,}/g, (digits) => placeholders.id(digits));
}

function anonymiseUrl(value: string, replaceNames: (text: string) => string, placeholders: Placeholders): string {
  const hashAt = value.indexOf('#');
  const beforeHash = hashAt >= 0 ? value.slice(0, hashAt) : value;
  const hash = hashAt >= 0 ? value.slice(hashAt + 1) : undefined;
  const queryAt = beforeHash.indexOf('?');
  const path = queryAt >= 0 ? beforeHash.slice(0, queryAt) : beforeHash;
  const query = queryAt >= 0 ? beforeHash.slice(queryAt + 1) : undefined;
  const digits = (text: string): string => text.replace(/\d+/g, (run) => placeholders.id(run));
  // Names in a URL are percent-encoded ("Kari%20Nordmann", "Kari+Nordmann"): decode to find them,
  // and re-encode only a part that changed, so the rest of the URL stays as the page wrote it.
  const cleanPart = (text: string): string => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(text.replace(/\+/g, ' '));
    } catch {
      decoded = text;
    }
    const anonymised = anonymiseText(digits(decoded), replaceNames, placeholders);
    return anonymised === decoded ? text : encodeURIComponent(anonymised);
  };
  let out = path.split('/').map(cleanPart).join('/');
  if (query !== undefined) {
    const pairs = query.split('&').map((pair) => {
      const equals = pair.indexOf('=');
      const key = equals >= 0 ? pair.slice(0, equals) : pair;
      const val = equals >= 0 ? pair.slice(equals + 1) : undefined;
      if (val === undefined) return cleanPart(key);
      return SECRET_QUERY.test(key) ? `${key}=x` : `${key}=${cleanPart(val)}`;
    });
    out += `?${pairs.join('&')}`;
  }
  if (hash !== undefined) out += `#${cleanPart(hash)}`;
  return out;
}
