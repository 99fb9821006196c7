import type { AbsenceTotals, IsoDate, ShownPeriod } from '../model';
import { UNSTATED_PERIOD } from '../model';
import { parseNorwegianDate } from './norwegian-format';

/**
 * What period a page shows, read the same way by every adapter and the generic reader:
 * a register's or list's date window, a range the page states, or the period its words name.
 */

/** Two dates with a dash, "til", "til og med" or "–" between them: "17.08.2026–23.11.2026", "16.11 – 20.11", "2.11. til 6.11.". */
const DATE_RANGE =
  /(\d{1,2}\.\s?\d{1,2}\.?(?:\d{2,4})?|\d{4}-\d{2}-\d{2})\s*(?:–|—|-|til og med|til|t\.o\.m\.?)\s*(\d{1,2}\.\s?\d{1,2}\.?(?:\d{2,4})?|\d{4}-\d{2}-\d{2})/i;

/** The first date range written in `text`, or null. A range whose end comes before its start is not one. */
export function statedRange(text: string | undefined, asOf: IsoDate): { from: IsoDate; to: IsoDate } | null {
  if (!text) return null;
  const match = DATE_RANGE.exec(text);
  if (!match || match[1] === undefined || match[2] === undefined) return null;
  const to = parseNorwegianDate(match[2], asOf);
  let from = parseNorwegianDate(match[1], asOf);
  if (!from || !to) return null;
  // "16.11–20.11.2026": the start borrows the end's year.
  if (!hasYear(match[1]) && hasYear(match[2]) && from.slice(0, 4) !== to.slice(0, 4)) {
    from = `${to.slice(0, 4)}${from.slice(4)}`;
  }
  return from <= to ? { from, to } : null;
}

function hasYear(date: string): boolean {
  return /^\d{4}-|\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}$/.test(date.trim());
}

/**
 * The period a totals page covers: the range it states, else what its period words say (the
 * term or school year so far), else unstated.
 */
export function totalsPeriod(label: string | undefined, period: AbsenceTotals['period'], asOf: IsoDate): ShownPeriod {
  const range = statedRange(label, asOf);
  if (range) return { basis: 'stated', ...range };
  if (period === 'term') return { basis: 'termSoFar' };
  if (period === 'schoolYear') return { basis: 'schoolYearSoFar' };
  return UNSTATED_PERIOD;
}

/** The window a dated register or list shows: from its first to its last date. undefined without dates. */
export function dateWindow(dates: readonly IsoDate[]): ShownPeriod | undefined {
  if (dates.length === 0) return undefined;
  let from = dates[0]!;
  let to = dates[0]!;
  for (const date of dates) {
    if (date < from) from = date;
    if (date > to) to = date;
  }
  return { basis: 'window', from, to };
}
