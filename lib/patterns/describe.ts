import { UNKNOWN_TEXT } from './findings';
import type { PatternFinding, Patterns } from './types';

export const NO_PATTERN_TEXT = 'Ingen tydelig mønster';

const CONCENTRATIONS: ReadonlySet<PatternFinding['id']> = new Set(['weekday', 'lesson', 'subject']);

/**
 * Item 3 "Fraværsmønster" of Rælingen's "Kartlegging av elevens fraværsmønster", in plain
 * bokmål: the findings strongest first, with the "mest fravær …" ones joined into one phrase
 * where the strongest of them stands, e.g. "Mest fravær mandager og første time; økende siste
 * fire uker".
 */
export function describePatterns(patterns: Patterns): string {
  if (patterns.coverage === 'totals') return UNKNOWN_TEXT;
  const parts: string[] = [];
  const places: string[] = [];
  let placesAt = -1;
  for (const finding of patterns.findings) {
    if (finding.id === 'unknown') continue;
    if (CONCENTRATIONS.has(finding.id) && finding.where) {
      if (placesAt < 0) {
        placesAt = parts.length;
        parts.push('');
      }
      places.push(finding.where);
    } else {
      parts.push(finding.text);
    }
  }
  if (placesAt >= 0) parts[placesAt] = `mest fravær ${joinAnd(places)}`;
  if (parts.length === 0) return NO_PATTERN_TEXT;
  return capitalise(parts.join('; '));
}

/** Item 4 "Hvordan oppstod fraværet? Plutselig, gradvis?": null when the analysis cannot tell. */
export function describeOnset(patterns: Patterns): string | null {
  if (patterns.onset === 'plutselig') return 'Plutselig';
  if (patterns.onset === 'gradvis') return 'Gradvis';
  return null;
}

function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
