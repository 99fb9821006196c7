import { addDaysIso, type AbsenceTotals, type IsoDate, mondayOf, type StretchTotals } from '../../model';
import { parseNorwegianDate, parseNorwegianNumber } from '../norwegian-format';
import type { RowProblem } from '../read-problem';
import { statedRange } from '../shown-period';
import { cellText } from '../table';
import type { ColumnRole } from './columns';

type Cells = ReadonlyArray<Element | undefined>;

/** What a row of a dated list is read with: the columns' roles, the as-of day, the student. */
interface WeekRowsContext {
  roles: readonly ColumnRole[];
  headers: readonly string[];
  asOf: IsoDate;
  period: AbsenceTotals['period'];
  who: string;
}

/** One week's row: its dates as the page writes them, and its counts. */
interface WeekRow {
  from: IsoDate;
  to: IsoDate;
  days?: number;
  lessons?: number;
}

/** A count cell that holds no figure: empty or a dash. */
const NONE = /^[-–—]?$/u;

/**
 * A student's absence summed per school week, one row a week ("34 | 18.08–21.08 | 1 | 0", "46 |
 * 09.11–13.11 | 0 | 2"): the counts are the week's sums, not events over every weekday of the
 * dates. A dated event list names only the days missed; a week summed to nought is no event, and
 * rows of the weeks one after another are a report's breakdown, not absences. So a list is read
 * so when each row's dates lie inside one calendar week, the weeks follow one another without a
 * gap (a holiday week is a row of its own), there are three or more, no column says what kind of
 * absence a row is, and some week sums to nought. Each week is then a stretch with its sums, and
 * the weeks from each one to the last together are a stretch too, which bounds the rules'
 * windows the way periods side by side do (read-rows.ts). A row whose counts hold no figure at
 * all, only words ("Høstferie"), is a week without absence; a count that is neither leaves the
 * student unread.
 */
export function readWeekSums(rows: readonly Cells[], context: WeekRowsContext): { totals: AbsenceTotals } | { problem: RowProblem } | undefined {
  const { roles } = context;
  if (rows.length < 3 || roles.some((role) => ['eventType', 'code', 'lessonNumbers', 'subject', 'absence'].includes(role.kind))) return undefined;
  const counts = roles.flatMap((role, column) =>
    role.kind === 'measure' && (role.measure === 'days' || role.measure === 'lessons') && role.documented === undefined ? [{ column, unit: role.measure }] : [],
  );
  if (counts.length === 0 || new Set(counts.map((count) => count.unit)).size !== counts.length) return undefined;
  const weeks: WeekRow[] = [];
  let nought = false;
  for (const cells of rows) {
    const dates = datesOf(cells, roles, context.asOf);
    if (!dates || mondayOf(dates.from) !== mondayOf(dates.to)) return undefined;
    const previous = weeks.at(-1);
    if (previous && mondayOf(dates.from) !== addDaysIso(mondayOf(previous.from), 7)) return undefined;
    const texts = counts.map(({ column }) => cellText(cells[column]));
    const week: WeekRow = { ...dates };
    // A note across the counts ("Høstferie") and no figure: nothing was missed that week.
    const noted = texts.every((text) => !/\d/u.test(text));
    for (const [index, { unit }] of counts.entries()) {
      const text = texts[index] ?? '';
      const value = noted || NONE.test(text) ? 0 : parseNorwegianNumber(text);
      if (value === null) return weeks.length > 0 ? { problem: { code: 'unreadable-value', text, header: context.headers[counts[index]?.column ?? -1] ?? '', student: context.who } } : undefined;
      week[unit] = value;
    }
    if (counts.every(({ unit }) => week[unit] === 0) && !noted) nought = true;
    weeks.push(week);
  }
  if (!nought) return undefined;
  const last = weeks.at(-1) as WeekRow;
  const runs: StretchTotals[] = [];
  const each: StretchTotals[] = [];
  let run: StretchTotals | undefined;
  for (const week of [...weeks].reverse()) {
    const own = sums(week, counts);
    run = { from: week.from, to: last.to, ...sums({ from: week.from, to: last.to, days: (run?.days ?? 0) + (own.days ?? 0), lessons: (run?.lessons ?? 0) + (own.lessons ?? 0) }, counts) };
    runs.unshift(run);
    if (week !== last) each.push({ from: week.from, to: week.to, ...own });
  }
  // The weeks together first: a reading of stretches alone takes its first as the period shown.
  return { totals: { period: context.period, subjects: [], stretches: [...runs, ...each] } };
}

/** A week's (or run of weeks') counts in the units the table gives, nought where a week's cell held none. */
function sums(week: WeekRow, counts: ReadonlyArray<{ unit: 'days' | 'lessons' }>): Pick<StretchTotals, 'days' | 'lessons'> {
  return Object.fromEntries(counts.map(({ unit }) => [unit, week[unit] ?? 0]));
}

/** A row's dates: a from–to range in its date column (or its from and to columns), or a single date. */
function datesOf(cells: Cells, roles: readonly ColumnRole[], asOf: IsoDate): { from: IsoDate; to: IsoDate } | undefined {
  const single = roles.findIndex((role) => role.kind === 'date');
  const fromColumn = roles.findIndex((role) => role.kind === 'dateFrom');
  const toColumn = roles.findIndex((role) => role.kind === 'dateTo');
  if (single >= 0) {
    const text = cellText(cells[single]);
    const range = statedRange(text, asOf);
    if (range) return range;
    const date = parseNorwegianDate(text, asOf);
    return date === null ? undefined : { from: date, to: date };
  }
  if (fromColumn < 0) return undefined;
  const from = parseNorwegianDate(cellText(cells[fromColumn]), asOf);
  const toText = toColumn < 0 ? '' : cellText(cells[toColumn]);
  const to = toText === '' ? from : parseNorwegianDate(toText, asOf);
  return from === null || to === null || to < from ? undefined : { from, to };
}
