import type { IsoDate } from '../model/date';

/**
 * Numbers and dates the way a Norwegian teacher reads them in a trigger's detail line:
 * decimal comma, at most one decimal, dates as dd.mm.yyyy.
 */
export function formatNumber(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1).replace('.', ',');
}

export function formatPercent(value: number): string {
  return `${formatNumber(value)} %`;
}

export function formatDate(iso: IsoDate): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

/** "1 dag", "2 dager", "2,5 dager". */
export function counted(value: number, one: string, many: string): string {
  return `${formatNumber(value)} ${value === 1 ? one : many}`;
}

/** "a", "a og b", "a, b og c". */
export function joinAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} og ${parts[parts.length - 1]}`;
}

/** Percentages as a portal shows them (two decimals), so 7/100 is exactly 7 and not 7.000000000000001. */
export function roundPercent(value: number): number {
  return Math.round(value * 100) / 100;
}
