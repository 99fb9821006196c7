import { addDaysIso, type IsoDate } from '../../model';
import { cleanText, MONTHS, parseNorwegianDate } from '../norwegian-format';
import type { ColumnRole } from './columns';
import { partColumn } from './long-rows';

/**
 * An export with one row per student per month ("Elev | Månad | Dagar | Timar", the name on every
 * row, "August" … "November (til 23.11.)") and no totals: a student's months add up to the
 * student's absence so far, and each month's figures are a stretch of it, from the month's first
 * day to its last, or to the day its row says it runs to, never past the as-of day.
 */

/** "November", "Nov 2026", "November (til 23.11.)": the month a cell names, as the stretch it covers so far. */
export function monthOfCell(raw: string, asOf: IsoDate): { from: IsoDate; to: IsoDate } | undefined {
  const match = /^(\p{L}+)\.?(?:\s+(\d{4}))?\s*(?:\(([^)]*)\))?$/u.exec(cleanText(raw).toLowerCase());
  const month = match?.[1] === undefined ? undefined : MONTHS[match[1]];
  if (!match || month === undefined) return undefined;
  const asOfYear = Number(asOf.slice(0, 4));
  const asOfMonth = Number(asOf.slice(5, 7));
  // Without a year, the month is the school year's that the as-of day falls in (August to July).
  const schoolYearStart = asOfMonth >= 8 ? asOfYear : asOfYear - 1;
  const year = match[2] !== undefined ? Number(match[2]) : month >= 8 ? schoolYearStart : schoolYearStart + 1;
  const from = `${year}-${String(month).padStart(2, '0')}-01` as IsoDate;
  if (from > asOf) return undefined;
  const nextMonth = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  let to = addDaysIso(nextMonth as IsoDate, -1);
  // "(til 23.11.)": the row's figures run to that day.
  const until = match[3] === undefined ? null : parseNorwegianDate(match[3].replace(/^\p{L}+\s*/u, ''), asOf);
  if (until !== null && until >= from && until < to) to = until;
  return { from, to: to > asOf ? asOf : to };
}

/** The fewest months a column must name for its rows to be read as months. */
const MIN_MONTHS = 2;

/**
 * The column whose every body cell names a month, at least two of them, in a long-format table
 * (long-rows.ts: some student comes back on several rows, never twice for one month); undefined
 * when there is none. `who`: the columns that say who a row is about, the name's first.
 */
export function monthColumn(roles: readonly ColumnRole[], bodyTexts: readonly string[][], who: readonly number[], asOf: IsoDate): number | undefined {
  return partColumn(bodyTexts, who, (column, texts) => {
    if (roles[column]?.kind !== 'other') return false;
    const months = texts.map((text) => monthOfCell(text, asOf));
    if (months.some((month) => month === undefined)) return false;
    return new Set(months.map((month) => month?.from)).size >= MIN_MONTHS;
  });
}
