import { cleanText } from '../norwegian-format';
import type { GridRow } from '../table';
import { detachedCell } from './detached-cell';
import { type HeaderCheck, type LayoutGrid, listGrid, type UnitNear } from './layout-grid';

/**
 * A report of absence by reason: a heading per part of the whole ("Sykdom", "Permisjon", "Ikke
 * dokumentert") over a list of the students with absence of that kind ("Aurora Bø – 1 dag"), so a
 * student is listed under each part they have. A student's absence is their parts added up; no
 * one list is it. Read as one list of every item, a student's items together (the reader adds
 * them up, the badge goes by the first), each item's figures in one "Fravær" cell with their units.
 *
 * Only when every list under the headings' shared parent sits under a heading that names a part,
 * and every list's figures count days or lessons: else a part could be missed or miscounted, and
 * `null` says the page cannot be read so (reading one list alone would give a part's level).
 */

export interface PartListWords {
  /** Whether a heading names one part of the absence (a reason, documented or not). */
  namesPart: (heading: string) => boolean;
  /** Whether a list's figure unit counts days or lessons ("dager", "timer"). */
  countsAbsence: (unit: string) => boolean;
}

const HEADING = /^H[1-6]$/u;

function isList(element: Element): boolean {
  return element.tagName === 'UL' || element.tagName === 'OL';
}

/** The heading a list sits under: the nearest heading before it among its siblings, none when another list comes first. */
function headingOf(list: Element): Element | undefined {
  for (let before = list.previousElementSibling; before; before = before.previousElementSibling) {
    if (HEADING.test(before.tagName)) return before;
    if (isList(before)) return undefined;
  }
  return undefined;
}

/** The lists of parts on the page as one list; undefined when the page has none, null when it has them and they cannot be read. */
export function findPartLists(root: ParentNode, headerOf: HeaderCheck, words: PartListWords, unitNear?: UnitNear): LayoutGrid | null | undefined {
  const parents = new Set<Element>();
  for (const list of Array.from(root.querySelectorAll('ul, ol'))) {
    const heading = headingOf(list);
    if (heading && list.parentElement && words.namesPart(cleanText(heading.textContent ?? ''))) parents.add(list.parentElement);
  }
  for (const parent of parents) {
    const lists = Array.from(parent.children).filter(isList);
    if (lists.length < 2) continue;
    if (!lists.every((list) => words.namesPart(cleanText(headingOf(list)?.textContent ?? '')))) return null;
    const rows: Array<{ element: Element; cells: Element[] }> = [];
    for (const list of lists) {
      const grid = listGrid(list, headerOf, unitNear, 1);
      const units = grid?.headerTexts?.slice(1) ?? [];
      if (!grid || !units.every(words.countsAbsence)) return null;
      const names = new Set<string>();
      for (const row of grid.rows.slice(1)) {
        const [name, ...figures] = row.cells;
        if (!name) return null;
        // Two items with one name in a list are two students: which of them a later part is, nobody can say.
        const who = cleanText(name.textContent ?? '');
        if (names.has(who)) return null;
        names.add(who);
        // A list item with no figures says so in words ("Ingen fravær"), the same in every cell.
        const written = figures.map((cell, at) => (/\d/u.test(cell?.textContent ?? '') ? `${cleanText(cell?.textContent ?? '')} ${units[at] ?? ''}` : cleanText(cell?.textContent ?? '')));
        rows.push({ element: row.element, cells: [name, detachedCell(list, [...new Set(written)].join(', '))] });
      }
    }
    const header = [detachedCell(parent, 'Navn'), detachedCell(parent, 'Fravær')];
    const gridRows: GridRow[] = [
      { element: parent, cells: header, header: true, footer: false },
      ...rows.map((row) => ({ element: row.element, cells: row.cells, header: false, footer: false })),
    ];
    // The first list stands for the table: the lines above it say what the lists show (the period, the class).
    return {
      table: lists[0] as Element,
      rows: gridRows,
      width: 2,
      bodyHasRowspan: false,
      cellsByRow: new Map(rows.map((row) => [row.element, row.cells])),
      headerTexts: ['Navn', 'Fravær'],
    };
  }
  return undefined;
}
