import { cleanText } from '../norwegian-format';
import { type GridRow, isRendered, type TableGrid } from '../table';

/**
 * A header cell whose text says nothing in words (an icon: "📅", "⏱", an <svg>, nothing at all)
 * names its column by what it tells a screen reader: its `aria-label` or the elements its
 * `aria-labelledby` names, else the labels of what it holds (an icon's `aria-label`, an image's
 * `alt`), else a `title` on it or in it (the words shown on hover). The page's legend says the
 * same to a sighted reader; the accessible name is the one tied to the cell.
 */
export function withAccessibleNames(grid: TableGrid, headerRows: readonly GridRow[], texts: string[]): string[] {
  return texts.map((text, column) => {
    if (/[\p{L}\d]/u.test(text)) return text;
    const names: string[] = [];
    const seen = new Set<Element>();
    for (const row of headerRows) {
      const cell = row.cells[column];
      if (!cell || seen.has(cell) || !isRendered(cell)) continue;
      seen.add(cell);
      const name = accessibleName(cell);
      if (name !== '' && !names.includes(name)) names.push(name);
    }
    return names.length > 0 ? names.join(' ') : text;
  });
}

export function accessibleName(cell: Element): string {
  const own = cleanText(cell.getAttribute('aria-label') ?? '');
  if (own !== '') return own;
  const root = cell.getRootNode() as Partial<Pick<Document, 'getElementById'>>;
  const labelledBy = (cell.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/u)
    .filter(Boolean)
    .map((id) => cleanText(root.getElementById?.(id)?.textContent ?? ''))
    .filter((label) => label !== '');
  if (labelledBy.length > 0) return labelledBy.join(' ');
  const inside = Array.from(cell.querySelectorAll('[aria-label], img[alt]'))
    .filter((element) => element.getAttribute('aria-hidden') !== 'true' && !element.closest('[aria-hidden="true"]'))
    .map((element) => cleanText(element.getAttribute('aria-label') ?? element.getAttribute('alt') ?? ''))
    .filter((label) => label !== '');
  if (inside.length > 0) return inside.join(' ');
  const titled = cell.hasAttribute('title') ? cell : cell.querySelector('[title]');
  return cleanText(titled?.getAttribute('title') ?? '');
}
