import type { ReadingRow } from '../model';
import type { PageNote } from './read-problem';
import type { StudentSlot } from './adapter';
import { cellAt, cellText, gradeFromClassName, type SchoolStage } from './table';

/**
 * Student keys: "<portal>:<the portal's own id>", taken from the page (a link, a data attribute,
 * an element id), so the same student gets the same key on every visit. Never from a name: two
 * students in a class can share one, and a renamed student must keep their notes.
 */
export function studentKey(portalId: string, portalStudentId: string): string {
  return `${portalId}:${portalStudentId}`;
}

/**
 * The portal's id for a student, from the first of `sources` (link hrefs, attribute values) that
 * matches one of `patterns` (each with the id as its first group).
 */
export function studentIdFrom(
  sources: ReadonlyArray<string | null | undefined>,
  patterns: readonly RegExp[],
): string | undefined {
  for (const source of sources) {
    if (!source) continue;
    for (const pattern of patterns) {
      const id = pattern.exec(source)?.[1];
      if (id) return id;
    }
  }
  return undefined;
}

/** Where a student's id may sit on an element: its own data attributes and id, and its links. */
export function idSourcesOf(element: Element, attributes: readonly string[]): string[] {
  const sources: string[] = [];
  const holders = [element, ...element.querySelectorAll(attributes.map((a) => `[${a}]`).join(', '))];
  for (const holder of holders) {
    for (const attribute of attributes) {
      const value = holder.getAttribute(attribute);
      if (value) sources.push(`${attribute}=${value}`);
    }
  }
  for (const link of element.querySelectorAll('a[href]')) sources.push(`href=${link.getAttribute('href') ?? ''}`);
  return sources;
}

/** How a portal marks its students' ids, from its adapter's data object. */
export interface StudentIdSpec {
  /** Attributes that may hold the id ("data-pupil-id"). */
  attributes: readonly string[];
  /** Matched against "attribute=value" and "href=<link>" strings; group 1 is the id. */
  patterns: readonly RegExp[];
}

/** The name a cell shows: its link's text when the name is a link (the cell may hold icons too). */
export function nameIn(cell: Element): string {
  const link = cell.querySelector('a');
  return cellText(link ?? cell);
}

/**
 * The student a portal's slot shows: its key, the name read for it, and the class and trinn the
 * page names (the portal's stage decides whether "2STA" is 2nd grade or Vg2).
 */
export function slotStudent(slot: StudentSlot, name: string, className: string | undefined, stage: SchoolStage): ReadingRow['student'] {
  return { key: slot.key, name, ...(className ? { className } : {}), ...gradeFromClassName(className, stage) };
}

/**
 * One slot per table row that carries a student id, anchored on the row's name cell. A row
 * without an id (a sum row, a placeholder) is left out; one that looks like a student is named
 * in `skipped` so the page's indicator can say so.
 */
export function rowSlots(
  rows: readonly Element[],
  nameColumn: number,
  portalId: string,
  spec: StudentIdSpec,
): { slots: StudentSlot[]; skipped: PageNote[] } {
  const slots: StudentSlot[] = [];
  const skipped: PageNote[] = [];
  for (const row of rows) {
    const cell = cellAt(row, nameColumn);
    if (!cell) continue;
    const id = studentIdFrom(idSourcesOf(row, spec.attributes), spec.patterns);
    const name = nameIn(cell);
    if (!id) {
      if (name && !/^(sum|totalt?|gjennomsnitt|snitt)\b/i.test(name)) skipped.push({ code: 'row-without-id', name });
      continue;
    }
    slots.push({ key: studentKey(portalId, id), anchor: cell, elements: [row] });
  }
  return { slots, skipped };
}
