import type { IsoDate } from '../../model';
import { cleanText } from '../norwegian-format';
import { type GridRow, isRendered, type TableGrid } from '../table';
import { classifyHeader, type ColumnRole, type HeaderVocabulary } from './columns';

/** Longest header text read as shortened ("Frav. d", "14 d", "Udok."): a header in words says enough itself. */
const MAX_SHORT_HEADER = 14;

/**
 * A shortened header with a tooltip ("14 d" on a sort button titled "Fravær siste 14 dager,
 * omregnet til dager") has the page's own words for its column in that tooltip, tied to the cell
 * as an `<abbr title>` is. Where the tooltip says what the column counts, it is read instead of the
 * reader's guess at the shortened words; a tooltip that says nothing the reader knows ("Sorter")
 * leaves the header's own reading.
 */
export function withHeaderTitles(
  roles: ColumnRole[],
  headers: readonly string[],
  headerRows: readonly GridRow[],
  grid: TableGrid,
  words: HeaderVocabulary,
  asOf: IsoDate,
): ColumnRole[] {
  if (!grid.table.querySelector('[title]')) return roles;
  return roles.map((role, column) => {
    const header = cleanText(headers[column] ?? '');
    if (header === '' || header.length > MAX_SHORT_HEADER) return role;
    const title = titleOf(headerRows, column);
    if (title === undefined || title.toLowerCase() === header.toLowerCase()) return role;
    const meant = classifyHeader(title, words, asOf);
    return meant.kind === 'other' ? role : meant;
  });
}

/** The one tooltip on a column's rendered header cell or inside it; undefined when there is none, or several. */
function titleOf(headerRows: readonly GridRow[], column: number): string | undefined {
  const titles = new Set<string>();
  for (const row of headerRows) {
    const cell = row.cells[column];
    if (!cell || !isRendered(cell)) continue;
    for (const element of [cell, ...Array.from(cell.querySelectorAll('[title]'))]) {
      const title = cleanText(element.getAttribute('title') ?? '');
      if (title !== '') titles.add(title);
    }
  }
  return titles.size === 1 ? [...titles][0] : undefined;
}
