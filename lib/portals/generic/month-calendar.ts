import { type IsoDate, isoWeekday } from '../../model';
import { cleanText, MONTHS, WEEKDAYS } from '../norwegian-format';
import { buildGrid, type GridRow } from '../table';
import { detachedCell } from './detached-cell';
import type { LayoutGrid } from './layout-grid';

/**
 * A student's month calendar of absence: a table headed by the seven weekdays, each week a row,
 * each day a cell that holds its day of the month and, on a day with absence, a mark ("F", "2t",
 * "T2") that the page's legend explains. The month and year are written just above it ("November
 * 2026"). Read as an event list `Dato | Kode`, a row per marked day; the calendar shows every
 * day of the month up to the as-of day, so that is the period it shows.
 */

export interface MonthCalendarCheck {
  /** The lines written just above a table (its heading, a line naming the month). */
  linesAbove: (table: Element) => string[];
  /** Whether a day's mark is an absence code ("F", "2t", a code the legend explains). */
  saysAbsence: (mark: string) => boolean;
}

export interface MonthCalendar {
  grid: LayoutGrid;
  /** The month's first day and its last shown: the as-of day, or the month's end if earlier. */
  from: IsoDate;
  to: IsoDate;
}

/** A month named with its year: "November 2026", "nov. 2026". */
const MONTH_AND_YEAR = /(?<!\p{L})(\p{L}{3,9})\.?\s+(\d{4})(?!\d)/gu;

function isoDay(year: number, month: number, day: number): IsoDate {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The one month (with its year) the lines above a calendar name, nearest first. */
function monthNamed(lines: readonly string[]): { year: number; month: number } | undefined {
  for (const line of lines) {
    const named = [...line.matchAll(MONTH_AND_YEAR)].flatMap((match) => {
      const month = MONTHS[(match[1] ?? '').toLowerCase()];
      return month === undefined ? [] : [{ year: Number(match[2]), month }];
    });
    if (named.length === 1) return named[0];
    if (named.length > 1) return undefined;
  }
  return undefined;
}

/** A cell's separate pieces of text, in order: "19" and "T2" from `<span>19</span><span>T2</span>` or `19<br>T2`. */
function piecesOf(cell: Element): string[] {
  return Array.from(cell.childNodes)
    .map((node) => cleanText(node.textContent ?? ''))
    .filter((piece) => piece !== '');
}

/** The weekdays a header row names, one a cell, in order (Monday or Sunday first). */
function weekdayColumns(row: GridRow | undefined): number[] | undefined {
  if (!row || row.cells.length !== 7) return undefined;
  const days = row.cells.map((cell) => WEEKDAYS[cleanText(cell?.textContent ?? '').toLowerCase().replace(/\.$/u, '')]);
  if (days.some((day) => day === undefined)) return undefined;
  const order = days as number[];
  return order.every((day, i) => i === 0 || day === ((order[i - 1] as number) % 7) + 1) ? order : undefined;
}

export function findMonthCalendar(tables: readonly Element[], asOf: IsoDate, check: MonthCalendarCheck): MonthCalendar | undefined {
  for (const table of tables) {
    const found = readCalendar(table, asOf, check);
    if (found) return found;
  }
  return undefined;
}

function readCalendar(table: Element, asOf: IsoDate, check: MonthCalendarCheck): MonthCalendar | undefined {
  const built = buildGrid(table);
  const [head, ...weeks] = built.rows;
  const columns = weekdayColumns(head);
  if (!columns || weeks.length < 4) return undefined;
  const named = monthNamed(check.linesAbove(table));
  if (!named) return undefined;
  const { year, month } = named;
  const first = isoDay(year, month, 1);
  if (first > asOf) return undefined;
  const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
  // Every day of the month once, in order, each under its own weekday; no other numbers in between.
  const rows: GridRow[] = [];
  let next = 1;
  for (const week of weeks) {
    for (const [column, cell] of week.cells.entries()) {
      const [day, ...mark] = cell ? piecesOf(cell) : [];
      if (day === undefined) {
        if (next > 1 && next <= length) return undefined;
        continue;
      }
      if (day !== String(next) || next > length) return undefined;
      const date = isoDay(year, month, next);
      if (isoWeekday(date) !== columns[column]) return undefined;
      next += 1;
      if (mark.length === 0 || date > asOf) continue;
      const what = mark.join(' ');
      if (!check.saysAbsence(what)) return undefined;
      rows.push({ element: cell as Element, cells: [detachedCell(table, date), detachedCell(table, what)], header: false, footer: false });
    }
  }
  if (next !== length + 1 || rows.length === 0) return undefined;
  const header: GridRow = { element: head?.element ?? table, cells: [detachedCell(table, 'Dato'), detachedCell(table, 'Kode')], header: true, footer: false };
  const last = isoDay(year, month, length);
  // The day's cell stands for its row; the date and code, being text, are held in detached cells.
  const cellsByRow = new Map(rows.map((row) => [row.element, row.cells]));
  return {
    grid: { table, rows: [header, ...rows], width: 2, bodyHasRowspan: false, cellsByRow, headerTexts: ['Dato', 'Kode'] },
    from: first,
    to: last < asOf ? last : asOf,
  };
}
