import type { RowProblem } from './read-problem';
import type { AbsenceTotals } from '../model';
import type { CouldNotRead, StudentSlot } from './adapter';
import { couldNotRead } from './could-not-read';
import { parseNorwegianNumber, parsePercent } from './norwegian-format';
import { cellAt, cellText, columnIndex } from './table';

/**
 * A class overview's total columns (days, enkelttimer, documented/undocumented, lateness):
 * which header words name each, and how one student's row reads into AbsenceTotals.
 */

export type TotalsField =
  | 'days'
  | 'documentedDays'
  | 'undocumentedDays'
  | 'lessons'
  | 'documentedLessons'
  | 'undocumentedLessons'
  | 'lateCount'
  | 'percent';

export type TotalsHeaders = Readonly<Partial<Record<TotalsField, readonly string[]>>>;
export type TotalsColumns = Partial<Record<TotalsField, number>>;

/** The column of each total the table has; a total the table lacks is simply not there. */
export function totalsColumns(headers: readonly string[], spec: TotalsHeaders): TotalsColumns {
  const columns: TotalsColumns = {};
  for (const [field, words] of Object.entries(spec) as Array<[TotalsField, readonly string[]]>) {
    const index = columnIndex(headers, words);
    if (index >= 0) columns[field] = index;
  }
  return columns;
}

export type TotalsRead = { ok: true; totals: Omit<AbsenceTotals, 'period' | 'subjects'> } | { ok: false; problem: RowProblem };

/**
 * One row's totals. A cell that holds something other than a number makes the whole row
 * unreadable (naming the column and what it held): reading "?" as 0 would make a student look
 * better than the page says.
 */
export function readTotals(row: Element, columns: TotalsColumns, headerText: (index: number) => string): TotalsRead {
  const totals: Record<string, number> = {};
  for (const [field, index] of Object.entries(columns) as Array<[TotalsField, number]>) {
    const cell = cellAt(row, index);
    if (!cell) continue;
    const text = cellText(cell);
    if (text === '') continue;
    const value = field === 'percent' ? parsePercent(text) : parseNorwegianNumber(text);
    if (value === null || (field === 'lateCount' && !Number.isInteger(value))) {
      return { ok: false, problem: { code: 'unreadable-value', text, header: headerText(index) } };
    }
    totals[field] = value;
  }
  return { ok: true, totals };
}

/**
 * The totals in a class overview's row for one student (the slot's first element), or why they
 * cannot be read: the row has gone from the page, or a cell holds something other than a number.
 */
export function readSlotTotals(
  slot: StudentSlot,
  columns: TotalsColumns,
  headers: readonly string[],
  studentName: string,
): { row: Element; totals: Omit<AbsenceTotals, 'period' | 'subjects'> } | CouldNotRead<RowProblem> {
  const row = slot.elements[0];
  if (!row) return couldNotRead({ code: 'row-gone', student: studentName });
  const read = readTotals(row, columns, (i) => headers[i] ?? '');
  return read.ok ? { row, totals: read.totals } : couldNotRead(read.problem);
}

/** What period a page's totals cover, from the words it uses for its period filter. */
export function periodFromText(
  text: string | undefined,
  words: { term: readonly string[]; schoolYear: readonly string[] },
): AbsenceTotals['period'] {
  if (!text) return 'unknown';
  const value = text.toLowerCase();
  if (words.term.some((w) => value.includes(w.toLowerCase()))) return 'term';
  if (words.schoolYear.some((w) => value.includes(w.toLowerCase()))) return 'schoolYear';
  return 'unknown';
}
