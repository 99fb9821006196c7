import type { AgeBand } from '../../model';
import { cleanText } from '../norwegian-format';
import { gradeFromClassName } from '../table';

/**
 * Who a row is about, and the key that finds the same student on the next visit.
 *
 * Key: "generic:" + the page's own id for the student when the row carries one (a data-*id
 * attribute, an id column, or the digits in the link on the name); otherwise "generic:n" + a
 * hash of the name and class as the page shows them (so "Nordmann, Kari" and "Kari Nordmann"
 * are different keys). Two rows with the same key in one table get "-2", "-3" … in page
 * order: two students who share a name are never merged into one.
 */

export interface StudentIdentity {
  key: string;
  name: string;
  className?: string;
  grade?: number;
  ageBand: AgeBand;
}

const ID_VALUE = /^[\p{L}\p{N}_:.-]{1,64}$/u;
/** data-* attributes that carry a row's position or a test hook, not a student. */
const NOT_AN_ID_ATTRIBUTE = /test|index|row-?num|position|sort/i;
/** A path segment before the id: /elev/48213, /students/48213. */
const ID_PATH_BEFORE = /^(elev|elever|elevar|student|students|pupil|pupils|person|personer|persons|bruker|user|users|id)$/i;
const ID_QUERY = /^(id|elevid|elev_id|elev|studentid|student_id|student|pupilid|pupil|personid|person|userid)$/i;

export function idFromRow(row: Element, nameCell: Element | undefined, idText: string | undefined): string | undefined {
  const fromColumn = idText === undefined ? '' : cleanText(idText);
  if (fromColumn !== '' && ID_VALUE.test(fromColumn) && /\d/.test(fromColumn)) return fromColumn;

  const holders: Element[] = [row];
  if (nameCell) {
    holders.push(nameCell);
    const inside = nameCell.querySelectorAll('*');
    for (let i = 0; i < inside.length && i < 20; i += 1) holders.push(inside[i] as Element);
  }
  for (const element of holders) {
    if (!element.hasAttributes()) continue;
    const attributes = element.attributes;
    for (let i = 0; i < attributes.length; i += 1) {
      const attribute = attributes[i] as Attr;
      const name = attribute.name.toLowerCase();
      if (!name.startsWith('data-') || !name.includes('id') || NOT_AN_ID_ATTRIBUTE.test(name)) continue;
      const value = cleanText(attribute.value);
      if (ID_VALUE.test(value) && /\d/.test(value)) return value;
    }
  }
  const link = nameCell?.querySelector('a[href]') ?? (nameCell?.tagName === 'A' ? nameCell : null);
  const href = link?.getAttribute('href');
  return href ? idFromHref(href) : undefined;
}

/**
 * A site-relative path of plain characters ("/elev/48213/fravaer"): the URL parser would give it
 * back unchanged as the path, with no query, so it is read without one (a class page has a link
 * per student). Dots, percent signs, backslashes, "//" at the start and the rest take the parser.
 */
const PLAIN_PATH = /^\/(?!\/)[A-Za-z0-9_\-/]*$/;

function idFromHref(href: string): string | undefined {
  let path: string;
  if (PLAIN_PATH.test(href)) {
    path = href;
  } else {
    let url: URL;
    try {
      url = new URL(href, 'https://generic.invalid/');
    } catch {
      return undefined;
    }
    for (const [name, value] of url.searchParams) {
      if (ID_QUERY.test(name) && /\d/.test(value) && ID_VALUE.test(value)) return value;
    }
    path = url.pathname;
  }
  const segments = path.split('/').filter((segment) => segment !== '');
  for (let i = 1; i < segments.length; i += 1) {
    const segment = segments[i] ?? '';
    if (ID_PATH_BEFORE.test(segments[i - 1] ?? '') && /\d/.test(segment) && ID_VALUE.test(segment)) return segment;
  }
  // A bare number in the path that is not a year ("/fravaer/48213").
  return segments.find((segment) => /^\d{3,}$/.test(segment) && !(Number(segment) >= 1990 && Number(segment) <= 2100));
}

/** A 64-bit FNV-1a hash as 16 hex digits: stable across browsers and visits, no crypto API needed. */
export function stableHash(text: string): string {
  let hash = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * prime) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

export function nameKey(name: string, className: string | undefined): string {
  const normalised = (text: string): string => cleanText(text).toLowerCase();
  return `generic:n${stableHash(`${normalised(name)}\u0000${normalised(className ?? '')}`)}`;
}

/** Hands out keys in page order, adding "-2", "-3" … to a key already taken. */
export class KeyAllocator {
  private readonly taken = new Map<string, number>();

  take(base: string): string {
    const seen = this.taken.get(base) ?? 0;
    this.taken.set(base, seen + 1);
    return seen === 0 ? base : `${base}-${seen + 1}`;
  }
}

export function identity(key: string, name: string, className: string | undefined): StudentIdentity {
  // A page no portal knows: its stage is unknown, so "2STA" gives no grade.
  return { key, name, ...(className ? { className } : {}), ...gradeFromClassName(className) };
}
