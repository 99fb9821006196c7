import { cleanText } from '../norwegian-format';

/** "Sykdom: 2 d", "Ikke dokumentert: 1 t": a label, a colon, and a count with its unit. */
const ITEM = /^([^:]*\p{L}[^:]*):\s*(.+)$/u;

/**
 * A student's absence listed by reason inside one cell, with no total: a list whose items each
 * name a part and its count with a unit ("<li>Sykdom: 2 d</li><li>Ikke dokumentert: 1 t</li>"), as
 * a report of absence by reason prints it. Each registration stands under one reason, so the
 * parts added up are the student's absence: the caller adds up the counts this returns.
 *
 * Read only when the cell holds nothing but the list and every item is such a part. An item whose
 * label names the whole or a part of another part ("Totalt", "herav"), lateness, which is no
 * absent time, or a stretch of its own ("Siste 14 dager") makes the parts no sum to add
 * (`notParts`), and the cell is left as it is
 * (undefined). The counts are returned as written ("2 d"); one without a unit could count
 * anything, which the caller checks.
 */
export function reasonItems(cell: Element | undefined, notParts: readonly string[]): string[] | undefined {
  const items = cell ? Array.from(cell.querySelectorAll('li')) : [];
  if (!cell || items.length === 0 || items.some((item) => item.querySelector('li'))) return undefined;
  // Text outside the list (a total under it) is more than the parts.
  const bare = (text: string) => text.replace(/\s+/gu, '');
  if (bare(cell.textContent ?? '') !== bare(items.map((item) => item.textContent ?? '').join(''))) return undefined;
  const counts: string[] = [];
  for (const item of items) {
    const match = ITEM.exec(cleanText(item.textContent ?? ''));
    if (!match?.[1] || !match[2]) return undefined;
    const label = ` ${match[1].toLowerCase().replace(/[^\p{L}\d%]+/gu, ' ').trim()} `;
    if (notParts.some((word) => label.includes(` ${word} `))) return undefined;
    counts.push(match[2]);
  }
  return counts;
}
