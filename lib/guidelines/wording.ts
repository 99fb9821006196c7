import { formatAndList, formatDate as formatDateIn, formatNumber as formatNumberIn } from '../i18n/format';
import type { IsoDate } from '../model/date';

/**
 * Numbers and dates in a trigger's detail line, which the engine still words in bokmål:
 * decimal comma, at most one decimal, dates as dd.mm.yyyy (lib/i18n/format.ts).
 */
export function formatNumber(value: number): string {
  return formatNumberIn('nb', value);
}

export function formatPercent(value: number): string {
  return `${formatNumber(value)} %`;
}

export function formatDate(iso: IsoDate): string {
  return formatDateIn('nb', iso);
}

/** "1 dag", "2 dager", "2,5 dager". */
export function counted(value: number, one: string, many: string): string {
  return `${formatNumber(value)} ${value === 1 ? one : many}`;
}

/** "a", "a og b", "a, b og c". */
export function joinAnd(parts: readonly string[]): string {
  return formatAndList('nb', parts);
}

/** Percentages as a portal shows them (two decimals), so 7/100 is exactly 7 and not 7.000000000000001. */
export function roundPercent(value: number): number {
  return Math.round(value * 100) / 100;
}
