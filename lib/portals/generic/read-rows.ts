import {
  addDaysIso,
  type AbsenceEvent,
  type AbsenceKind,
  type AbsenceTotals,
  compareIso,
  type StretchTotals,
  type IsoDate,
  isWeekend,
  LESSON_MINUTES,
  lessonCount,
} from '../../model';
import type { AbsenceCodeMeaning, CouldNotRead } from '../adapter';
import type { RowProblem } from '../read-problem';
import { cleanText, parseLessonNumbers, parseNorwegianDate, parseNorwegianNumber, parsePercent } from '../norwegian-format';
import { type CellWords, flagInText, marksCounted, readCode, readEventType, readFlag, saysNoAbsence } from './cell-meaning';
import { type ColumnRole, fractionOfOne } from './columns';
import { adjoins } from './period-columns';
import { statedRange } from '../shown-period';
import { cellText } from '../table';
import { readWeekSums } from './week-rows';
import { weekSeries } from './week-series';
import { listedDays } from './date-lists';
import { withNumberWord } from './number-words';
import { withVulgarFraction } from './vulgar-fractions';
import { paintedText } from './painted-cells';
import { runInText } from './absence-runs';
import { readMark } from './accessible-marks';
import { reasonItems } from './reason-items';

/**
 * Reading one student's cells in each of the three table shapes.
 *
 * Honesty rule: coverage "events" promises the full record for what the page shows, so a cell
 * that cannot be understood (an unknown register code, a date that does not parse) makes the
 * student unreadable rather than silently missing. Totals are optional field by field, so in a
 * summary table an unreadable cell only leaves that one field unknown.
 */

export interface RowContext {
  roles: readonly ColumnRole[];
  headers: readonly string[];
  asOf: IsoDate;
  words: CellWords;
  codeOverrides?: Record<string, AbsenceCodeMeaning>;
  period: AbsenceTotals['period'];
  /** Header words that mark a column as the overall total when several columns give the same field. */
  totalWords: readonly string[];
  /** Who the row is about, named in what the reader says about the row. */
  who: string;
  /**
   * The table gives the lessons taught beside the lessons absent ("Timar fråvær | Timar undervist |
   * Fråvær %"): its share is of the teaching the student had, however many lessons a day held.
   */
  lessonsTaught?: boolean;
  /**
   * Figure columns empty in every row, whose cells may show figures the page paints with CSS; in a
   * register, the date columns whose codes it may paint so (painted-cells.ts).
   */
  painted?: ReadonlySet<number>;
}

type Cells = ReadonlyArray<Element | undefined>;

/**
 * `asTotals`: the row's events are also one stretch of its totals (a register beside the term's
 * figures), so the student is judged on the totals and that stretch.
 */
export type RowRead = { ok: true; events: AbsenceEvent[]; totals?: AbsenceTotals; notes: RowProblem[]; asTotals?: true } | CouldNotRead<RowProblem>;

type TotalsField =
  | 'days'
  | 'documentedDays'
  | 'undocumentedDays'
  | 'lessons'
  | 'documentedLessons'
  | 'undocumentedLessons'
  | 'lateCount'
  | 'percent';

function fieldFor(role: ColumnRole): TotalsField | undefined {
  if (role.kind !== 'measure') return undefined;
  switch (role.measure) {
    case 'percent':
      return 'percent';
    case 'late':
      return 'lateCount';
    case 'days':
      return role.documented === undefined ? 'days' : role.documented ? 'documentedDays' : 'undocumentedDays';
    case 'lessons':
      return role.documented === undefined ? 'lessons' : role.documented ? 'documentedLessons' : 'undocumentedLessons';
    case 'minutes':
      return undefined;
  }
}

/** "3 d", "12 t", "7,5 %" in a column headed only "Fravær": the unit in the cell decides. */
function fieldFromUnit(text: string): TotalsField | undefined {
  const value = text.toLowerCase();
  if (/%|prosent/.test(value)) return 'percent';
  if (/\d\s*(d|dag|dager|dagar|days?)\.?$/.test(value)) return 'days';
  if (/\d\s*(t|time|timer|timar|lessons?|periods?)\.?$/.test(value)) return 'lessons';
  return undefined;
}

/**
 * "1 d 4 t", "9 dager og 6 timer", "6 dager · 0 timer", "17 t", "4 d", "11 days", "–": whole days
 * and lessons in one cell. A bracketed remark ("3 dager (herav 1 udokumentert)") tells a part of the
 * figure, not more of it, and is left out.
 */
export function daysAndLessons(text: string): { days: number; lessons: number } | undefined {
  if (/^[-–—]$/.test(text.trim())) return { days: 0, lessons: 0 };
  const named = unitsNamed(text);
  return named && { days: named.days ?? 0, lessons: named.lessons ?? 0 };
}

/** The days and lessons a cell writes with their units ("18 timer" names lessons only); undefined when it names none. */
export function unitsNamed(text: string): { days?: number; lessons?: number } | undefined {
  const value = text.toLowerCase().replace(/\([^()]*\)/gu, ' ').replace(/\s+/gu, ' ').trim();
  const match =
    /^(?:(\d+(?:,\d+)?)\s*(?:d|dag|dager|dagar|days?)\.?)?\s*(?:(?:og|and|\+|,|·)\s*)?(?:(\d+(?:,\d+)?)\s*(?:t|time|timer|timar|enkelttimer|enkelttimar|lessons?|periods?)\.?)?$/.exec(
      value,
    );
  if (!match || (match[1] === undefined && match[2] === undefined)) return undefined;
  const days = match[1] === undefined ? undefined : parseNorwegianNumber(match[1]);
  const lessons = match[2] === undefined ? undefined : parseNorwegianNumber(match[2]);
  if (days === null || lessons === null) return undefined;
  return { ...(days === undefined ? {} : { days }), ...(lessons === undefined ? {} : { lessons }) };
}

/** Counts by reason ("2 d", "1 t") added up; undefined when any of them does not say its unit. */
function addedUp(counts: readonly string[] | undefined): { days: number; lessons: number } | undefined {
  if (!counts) return undefined;
  const sum = { days: 0, lessons: 0 };
  for (const count of counts) {
    const named = unitsNamed(count);
    if (!named) return undefined;
    sum.days += named.days ?? 0;
    sum.lessons += named.lessons ?? 0;
  }
  return sum;
}

/** "5/1", "0 / 7": two counts parted by a slash, under a header that names their units ("dager/timer"). */
function slashedPair(text: string): [number, number] | undefined {
  const match = /^(\d+(?:,\d+)?)\s*\/\s*(\d+(?:,\d+)?)$/u.exec(text.trim());
  const first = match?.[1] === undefined ? null : parseNorwegianNumber(match[1]);
  const second = match?.[2] === undefined ? null : parseNorwegianNumber(match[2]);
  return first === null || second === null ? undefined : [first, second];
}

/**
 * "7/190 dager", "7 av 190 dager": a count out of what was possible (the year's school days). The
 * count is the absence; the basis after it is no part of it and is left out. A basis of 12 or less
 * with no unit after it could be a date ("7/11"), which is left as it is.
 */
export function withoutBasis(text: string): string {
  const match = /^(\d+(?:,\d+)?)\s*(?:\/|av|of|out of)\s*(\d+)(\s*\p{L}+\.?)?$/iu.exec(text.trim());
  if (!match?.[1] || !match[2]) return text;
  const count = Number(match[1].replace(',', '.'));
  const basis = Number(match[2]);
  if (count > basis || (match[3] === undefined && basis <= 12)) return text;
  return `${match[1]}${match[3] ?? ''}`;
}

/**
 * "11*", "9**", "4†", "3¹": a figure with a footnote mark, explained in a note under the table
 * ("* Inkluderer dokumentert fravær"). The mark points to a remark about the figure; the figure
 * is the number before it.
 */
export function withoutFootnoteMark(text: string): string {
  return text.replace(/([\d%])\s?(?:\*{1,3}|[†‡]{1,2}|[¹²³⁴⁵⁶⁷⁸⁹])$/u, '$1');
}

/**
 * A figure cell's text as the figure, without a footnote mark or a bracketed remark after it: "6 d
 * (9,2 %)" restates the days as a share, "3 (herav 1 udok.)" tells a part; neither adds to the figure.
 * A count written as a word ("tre", "én dag") is its figure in digits. A figure changed in place
 * ("<del>3</del> <ins>2</ins>") is the one beside the struck-through old one; a fraction written as
 * one character ("5 ⅚") is the figure in decimals. An empty cell is read by what the page paints
 * into it (painted-cells.ts), if anything, in a column that may be `painted`.
 */
function figureText(cell: Element | undefined, painted = false): string {
  const text = cellText(withoutIcons(corrected(cell)));
  // An empty cell may still show a figure, one the page paints with CSS: that is no blank (nought).
  const shown = text === '' && painted && cell ? (paintedText(cell) ?? '') : text;
  return withNumberWord(withVulgarFraction(withoutFootnoteMark(shown)).replace(/^(\d[^()]*?)\s*\([^()]*\)$/u, '$1'));
}

/**
 * "63:45", "04:30" in a column whose header counts hours ("Fravær totalt (tt:mm)"): hours and
 * minutes written as on a clock, as videregående shows them. Read only where the header already
 * says the column counts hours, so a time of day elsewhere is never taken for absence.
 */
export function clockHours(text: string): number | undefined {
  const match = /^(\d{1,3}):([0-5]\d)$/u.exec(text.trim());
  return match?.[1] && match[2] ? Number(match[1]) + Number(match[2]) / 60 : undefined;
}

/**
 * "12 t 30 min", "4 t 0 min", "9 timar 5 minutt": absence in hours and minutes, as videregående
 * registers it. It is a count of timer (one hour each), the minutes its fraction; minutes of 60 or
 * more are no part of an hour and the text is left unread.
 */
export function hoursAndMinutes(text: string): number | undefined {
  const match = /^(\d+)\s*(?:t|timer|timar|time|h)\.?\s*(?:og\s*)?(\d{1,2})\s*(?:min|minutt|minutter|minuttar)\.?$/u.exec(
    text.toLowerCase().replace(/\s+/gu, ' ').trim(),
  );
  if (!match?.[1] || !match[2]) return undefined;
  const minutes = Number(match[2]);
  return minutes < 60 ? Number(match[1]) + minutes / 60 : undefined;
}

/** Hours in a column that counts them, written either way: "12 t 30 min" or "12:30". */
function hoursWritten(text: string): number | undefined {
  return hoursAndMinutes(text) ?? clockHours(text);
}

/**
 * "+3", "+0,5", "±0": a growth figure's sign taken off. Only "+" and a "±" before nought ("no
 * change") go; a minus stays, and the figure is left unread: a count that shrank was corrected,
 * and its growth no longer says what the stretch held.
 */
export function withoutGrowthSign(text: string): string {
  return text.replace(/^(?:\+|±(?=\s?0(?:[.,]0+)?$))\s?(?=\d)/u, '');
}

/** The roles of columns that hold a figure of absence (which a page may also paint into empty cells). */
export const FIGURE_KINDS: ReadonlySet<ColumnRole['kind']> = new Set(['measure', 'stretch', 'absence', 'attendance']);

/** The counts that together say how much absence a row holds. */
const ABSENCE_COUNTS = ['days', 'documentedDays', 'undocumentedDays', 'lessons', 'documentedLessons', 'undocumentedLessons'] as const;

export function readTotals(cells: Cells, context: RowContext): { totals?: AbsenceTotals; notes: RowProblem[] } {
  const notes: RowProblem[] = [];
  let countUnreadable = false;
  const chosen = new Map<TotalsField, { column: number; total: boolean }>();
  let mixed: { days: number; lessons: number } | undefined;
  const stretches = new Map<string, StretchTotals>();
  /**
   * Stretches with a figure the page shows and the reader cannot read: the figure it can read is
   * only part of the stretch's absence, and taken alone it would say too little ("x" days and 0
   * lessons in the last 14 days is not 0). Such a stretch is left out whole.
   */
  const spoilt = new Set<string>();
  let attendance: { column: number; text: string } | undefined;
  const parts: Array<{ column: number; role: Extract<ColumnRole, { kind: 'measure' }> }> = [];
  const halves: Array<{ column: number; role: Extract<ColumnRole, { kind: 'measure' }> }> = [];
  const figureAt = (column: number) => figureText(cells[column], context.painted?.has(column));
  /** Counts two columns give differently, under different headers, with no total among them. */
  const disagree = new Map<TotalsField, [number, number]>();
  const disagrees = (first: number, second: number, field: TotalsField) =>
    (ABSENCE_COUNTS as readonly string[]).includes(field) &&
    cleanText(context.headers[first] ?? '') !== cleanText(context.headers[second] ?? '') &&
    countIn(figureAt(first), context, false) !== countIn(figureAt(second), context, false);
  /** Notes in figure cells that the student has been away since a date (absence-runs.ts), by stretch. */
  const runs = new Map<string, StretchTotals>();
  context.roles.forEach((role, column) => {
    if (FIGURE_KINDS.has(role.kind)) {
      // "Sykmeldt fra og med 05.10.2026" over the figures: no figure, but a stretch of absence.
      const run = runInText(cellText(cells[column]), context.asOf);
      if (run) {
        runs.set(`${run.from}/${run.to}`, run);
        return;
      }
    }
    if (role.kind === 'attendance') {
      attendance ??= { column, text: figureAt(column) };
      return;
    }
    if (role.kind === 'weekSeries') {
      const text = cellText(cells[column]);
      const weeks = weekSeries(text, role.weeks, role.measure, context.asOf);
      if (!weeks && text !== '') notes.push(unreadable(text, column, context));
      for (const week of weeks ?? []) stretches.set(`${week.from}/${week.to}`, week);
      return;
    }
    if (role.kind === 'stretch') {
      // A figure over a shorter stretch is never the period's total; it is kept beside it.
      const text = role.growth ? withoutGrowthSign(figureAt(column)) : figureAt(column);
      const value = countIn(text, context, role.measure === 'lessons');
      const key = `${role.from}/${role.to}`;
      const stretch = stretches.get(key) ?? { from: role.from, to: role.to };
      // "2 dager og 3 timer", "1 day": the cell says its own units. Without one, nought is nought in any unit.
      const nought = role.measure === undefined && value === 0 ? { days: 0, lessons: 0 } : undefined;
      const both = nought ?? (value === null || role.measure === undefined ? daysAndLessons(text) : undefined);
      if (both) {
        stretch.days = both.days;
        stretch.lessons = both.lessons;
        stretches.set(key, stretch);
        return;
      }
      if (role.measure === undefined) return;
      if (value === null || (role.measure === 'percent' && value > 100)) {
        notes.push(unreadable(text, column, context));
        spoilt.add(key);
        return;
      }
      stretch[role.measure] = value;
      stretches.set(key, stretch);
      return;
    }
    if (role.kind === 'measure' && role.part) {
      parts.push({ column, role });
      return;
    }
    if (role.kind === 'measure' && role.half) {
      halves.push({ column, role });
      return;
    }
    let field = fieldFor(role);
    if (role.kind === 'absence') {
      const pair = role.parts && slashedPair(figureAt(column));
      if (role.parts && pair) {
        const [first, second] = role.parts;
        mixed ??= { days: 0, lessons: 0, [first]: pair[0], [second]: pair[1] };
        return;
      }
      const text = withoutBasis(figureAt(column));
      if (saysNoAbsence(text, context.words)) {
        mixed ??= { days: 0, lessons: 0 };
        return;
      }
      // "● ● ◦" under a key that says what each mark stands for.
      const marked = marksCounted(text, context.words);
      if (marked) {
        mixed ??= marked;
        return;
      }
      const hours = hoursAndMinutes(text);
      const both = daysAndLessons(text) ?? (hours === undefined ? undefined : { days: 0, lessons: hours });
      if (both) {
        mixed ??= both;
        return;
      }
      const reasons = addedUp(reasonItems(cells[column], context.words.notParts));
      if (reasons) {
        mixed ??= reasons;
        return;
      }
      field = fieldFromUnit(text);
      if (field === undefined && text !== '' && parseNorwegianNumber(text) !== 0) {
        notes.push({ code: 'column-unit-unclear', header: context.headers[column] ?? '', student: context.who });
      }
    }
    if (field === undefined) return;
    const header = ` ${(context.headers[column] ?? '').toLowerCase()} `;
    const total = context.totalWords.some((word) => header.includes(` ${word}`));
    const previous = chosen.get(field);
    if (previous && !previous.total && !total && !disagree.has(field) && disagrees(previous.column, column, field)) disagree.set(field, [previous.column, column]);
    if (!previous || (total && !previous.total)) chosen.set(field, { column, total });
  });
  // Two columns that each give the count, neither the total, and say different things: the page
  // does not say which is the count (nor that they add up), so neither is taken for it.
  for (const [field, [first, second]] of disagree) {
    if (chosen.get(field)?.total) continue;
    notes.push({ code: 'columns-disagree', first: context.headers[first] ?? '', second: context.headers[second] ?? '', student: context.who });
    countUnreadable = true;
  }
  for (const key of spoilt) stretches.delete(key);
  for (const [key, run] of runs) stretches.set(key, run);
  // Periods side by side (months, weeks), each starting the school day after the one before ends: the
  // later ones together are a stretch too, which bounds a window no single period does.
  let run: StretchTotals | undefined;
  for (const part of [...stretches.values()].sort((a, b) => compareIso(b.from, a.from))) {
    if (run && adjoins(part.to, run.from)) {
      const joined: StretchTotals = { from: part.from, to: run.to };
      for (const unit of ['days', 'lessons'] as const) {
        const [a, b] = [part[unit], run[unit]];
        if (a !== undefined && b !== undefined) joined[unit] = a + b;
      }
      // Shares of different stretches do not add up: periods of shares alone join to nothing.
      if (joined.days === undefined && joined.lessons === undefined) {
        run = part;
        continue;
      }
      stretches.set(`${joined.from}/${joined.to}`, joined);
      run = joined;
    } else run = part;
  }
  // Attendance is a share of the period's teaching: the absence is what is missing of it, which
  // says nothing unless the page states the period (a share of the week and of the year differ).
  const attended = attendance && !chosen.has('percent') && context.period !== 'unknown' ? attendance : undefined;
  // A stretch's figures alone are a reading too: a page that shows only the last 14 days.
  if (chosen.size === 0 && !mixed && stretches.size === 0 && !attended && parts.length === 0 && halves.length === 0) return { notes };

  const totals: AbsenceTotals = { period: context.period, subjects: [], ...(stretches.size > 0 ? { stretches: [...stretches.values()] } : {}) };
  if (mixed && !chosen.has('days') && !chosen.has('lessons')) {
    totals.days = mixed.days;
    totals.lessons = mixed.lessons;
  } else if (mixed && !chosen.has('days') && mixed.lessons === 0) {
    // "7 dager" under "Fravær" beside a lessons column: the days are this cell's, the lessons that column's.
    totals.days = mixed.days;
  }
  for (const [field, { column }] of chosen) {
    const text = field === 'percent' ? figureAt(column) : withoutBasis(figureAt(column));
    if (field === 'percent') {
      if (text === '') continue;
      if (saysNoAbsence(text, context.words)) {
        totals.percent = 0;
        continue;
      }
      const role = context.roles[column];
      const percent = role?.kind === 'measure' && role.fraction ? fractionAsPercent(text) : parsePercent(text);
      if (percent === null) notes.push(unreadable(text, column, context));
      else totals.percent = percent;
      continue;
    }
    // A cell that writes its own units ("18 timer", "4 dager og 2 timer") says what it counts, over
    // the unit a line near the table gave the column: that line may name only one of the two.
    if (field === 'days' || field === 'lessons') {
      const named = unitsNamed(text);
      if (named && (field === 'days' ? named.lessons !== undefined : named.days !== undefined)) {
        // "18 timer" in the days column: no whole day, and the lessons, unless another column counts them.
        totals[field] = named[field] ?? 0;
        const other = field === 'days' ? 'lessons' : 'days';
        if (named[other] !== undefined && !chosen.has(other)) totals[other] = named[other];
        continue;
      }
    }
    // A summary that leaves a count blank has nothing to count there.
    const inHours = field === 'lessons' || field === 'documentedLessons' || field === 'undocumentedLessons';
    const value = countIn(text, context, inHours);
    if (value === null) {
      notes.push(unreadable(text, column, context));
      if ((ABSENCE_COUNTS as readonly string[]).includes(field)) countUnreadable = true;
    } else if (field === 'lateCount' && !Number.isInteger(value)) {
      notes.push(unreadable(text, column, context));
    } else {
      totals[field] = value;
    }
  }
  // A half day is half a day: its count adds half as many days to the whole days beside it.
  for (const { column, role } of halves) {
    const text = withoutBasis(figureAt(column));
    const value = countIn(text, context, false);
    const field = fieldFor(role);
    if (value === null || field === undefined) {
      notes.push(unreadable(text, column, context));
      countUnreadable = true;
      continue;
    }
    totals[field] = (totals[field] ?? 0) + value / 2;
  }
  // Parts by reason add up to the whole; the undocumented part is also kept as such. Shares of one
  // base add up to the share of the whole (period-columns.ts, withShareParts).
  let shareUnreadable = false;
  for (const { column, role } of parts) {
    const share = role.measure === 'percent';
    const text = share ? figureAt(column) : withoutBasis(figureAt(column));
    const value = text === '' || /^[-–—]$/u.test(text) || saysNoAbsence(text, context.words) ? 0 : share ? parsePercent(text) : parseNorwegianNumber(text);
    const whole = role.measure === 'days' || role.measure === 'lessons' || role.measure === 'percent' ? role.measure : undefined;
    const part = fieldFor(role);
    if (value === null || whole === undefined || part === undefined) {
      notes.push(unreadable(text, column, context));
      if (share) shareUnreadable = true;
      else countUnreadable = true;
      continue;
    }
    totals[whole] = (totals[whole] ?? 0) + value;
    if (part !== whole) totals[part] = (totals[part] ?? 0) + value;
  }
  if (totals.percent !== undefined && parts.some(({ role }) => role.measure === 'percent')) {
    // One part that cannot be read leaves the share unknown, as one count does the counts below.
    const whole = Math.round(totals.percent * 1000) / 1000;
    if (shareUnreadable || whole > 100) delete totals.percent;
    else totals.percent = whole;
  }
  if (attended && attended.text !== '') {
    const share = parsePercent(attended.text);
    if (share === null) notes.push(unreadable(attended.text, attended.column, context));
    else totals.percent = Math.round((100 - share) * 1000) / 1000;
  }
  // Documented and undocumented parts make the whole, when the page gives only the parts.
  if (totals.days === undefined && totals.documentedDays !== undefined && totals.undocumentedDays !== undefined) {
    totals.days = totals.documentedDays + totals.undocumentedDays;
  }
  if (
    totals.lessons === undefined &&
    totals.documentedLessons !== undefined &&
    totals.undocumentedLessons !== undefined
  ) {
    totals.lessons = totals.documentedLessons + totals.undocumentedLessons;
  }
  // Lessons counted out of the lessons taught are not the calendar's six a day: when the page gives
  // the share they make of the teaching, that share is the absence, and the lesson count is not
  // counted again as sixths of a day (10 of 40 lessons taught is 25 %, not 1.7 days of 65).
  if (context.lessonsTaught && totals.percent !== undefined && totals.days === undefined) {
    for (const field of ['lessons', 'documentedLessons', 'undocumentedLessons'] as const) delete totals[field];
  }
  // One count that cannot be read leaves the row's absence unknown: the counts that could be read
  // would undercount it (a days cell "<b>3</b>" beside 0 lessons is not "no absence").
  if (countUnreadable) for (const field of ABSENCE_COUNTS) delete totals[field];
  const readSomething = countUnreadable || Object.keys(totals).some((field) => field !== 'period' && field !== 'subjects');
  return readSomething ? { totals, notes } : { notes };
}

/** "0,092" as 9.2 (%): a share written as a fraction of one; anything else is null. */
function fractionAsPercent(text: string): number | null {
  const fraction = fractionOfOne(text);
  // Rounded so that 0,154 is 15.4 %, not the 15.400000000000002 of binary arithmetic.
  return fraction === null ? null : Math.round(fraction * 100 * 1e9) / 1e9;
}

/**
 * A summary's count as a cell writes it: nought when the cell is blank or says there is none, else
 * its figure; a count of lessons may be written as hours ("1 t 30 min"). Null when unreadable.
 */
function countIn(text: string, context: RowContext, inHours: boolean): number | null {
  if (text === '' || saysNoAbsence(text, context.words)) return 0;
  return parseNorwegianNumber(text) ?? (inHours ? (hoursWritten(text) ?? null) : null);
}

function unreadable(text: string, column: number, context: RowContext): RowProblem {
  return { code: 'unreadable-value', text, header: context.headers[column] ?? '', student: context.who };
}

export function readSummaryRow(cells: Cells, context: RowContext): RowRead {
  const { totals, notes } = readTotals(cells, context);
  if (!totals) {
    return { ok: false, missing: notes.length > 0 ? notes : [{ code: 'no-figures', student: context.who }] };
  }
  return { ok: true, events: [], totals, notes };
}

export function readRegisterRow(cells: Cells, context: RowContext): RowRead {
  const events: AbsenceEvent[] = [];
  const unknown: Array<{ text: string; date: IsoDate }> = [];
  context.roles.forEach((role, column) => {
    if (role.kind !== 'dateColumn') return;
    const cell = cells[column];
    // A code painted by CSS into an empty cell is the code; paint that cannot be resolved is an unknown code, never present.
    const painted = cell !== undefined && context.painted?.has(column) === true && cellText(cell) === '';
    const reading = painted ? readMark(cell, context.words, context.codeOverrides, paintedText(cell) ?? '', true) : readMark(cell, context.words, context.codeOverrides);
    if (reading.kind === 'present') return;
    if (reading.kind === 'unknown') {
      unknown.push({ text: reading.text, date: role.date });
      return;
    }
    const { lessonCount, ...meaning } = reading.event;
    if (role.lesson !== undefined) {
      // A mark in a lesson's column is absence from that lesson, whatever the code says of a day.
      events.push({ date: role.date, ...meaning, ...(meaning.kind === 'day' ? { kind: 'lesson' } : {}), lessons: [role.lesson] });
      return;
    }
    events.push({
      date: role.date,
      ...meaning,
      ...(lessonCount === undefined ? {} : { minutes: lessonCount * LESSON_MINUTES }),
    });
  });
  if (unknown.length > 0) {
    return { ok: false, missing: [{ code: 'unknown-codes', codes: unknown, student: context.who }] };
  }
  const { totals, notes } = readTotals(cells, context);
  const sorted = sortEvents(events);
  const stretch = totals && totals.period !== 'unknown' && (totals.days !== undefined || totals.lessons !== undefined) ? registerStretch(sorted, context.roles) : undefined;
  if (totals && stretch) return { ok: true, events: sorted, totals: { ...totals, stretches: [...(totals.stretches ?? []), stretch] }, notes, asTotals: true };
  return { ok: true, events: sorted, ...(totals ? { totals } : {}), notes };
}

/**
 * A register of the last school days beside the term's or the school year's figures ("Tue 10 | … |
 * Mon 23 | Days absent (year to date)"): the register's absence is a stretch of those figures,
 * from its first date column to its last, when it has a column for every weekday between them
 * (a day left out could hold absence the register does not show). Whole days count one each,
 * lessons on a date with no whole day count as lessons; lateness counts for nothing.
 */
function registerStretch(events: readonly AbsenceEvent[], roles: readonly ColumnRole[]): StretchTotals | undefined {
  const dates = roles.flatMap((role) => (role.kind === 'dateColumn' && role.lesson === undefined ? [role.date] : []));
  if (dates.length === 0 || roles.some((role) => role.kind === 'dateColumn' && role.lesson !== undefined)) return undefined;
  const shown = new Set(dates);
  const from = dates.reduce((a, b) => (b < a ? b : a));
  const to = dates.reduce((a, b) => (b > a ? b : a));
  for (let day = from; day <= to; day = addDaysIso(day, 1)) if (!isWeekend(day) && !shown.has(day)) return undefined;
  if (events.some((event) => event.kind === 'leftEarly')) return undefined;
  const wholeDays = new Set(events.flatMap((event) => (event.kind === 'day' ? [event.date] : [])));
  const lessons = events.reduce((n, event) => n + (event.kind === 'lesson' && !wholeDays.has(event.date) ? lessonCount(event) : 0), 0);
  return { from, to, days: wholeDays.size, lessons };
}

/** Longest span one event-list row may cover: a longer "fra–til" is more likely a typo than absence. */
const MAX_RANGE_DAYS = 100;

export function readEventRows(rows: readonly Cells[], context: RowContext): RowRead {
  const list = column(context, 'dateList');
  if (list >= 0) return readListedDays(rows.map((cells) => cellText(cells[list])), context);
  const weeks = readWeekSums(rows, context);
  if (weeks && 'problem' in weeks) return { ok: false, missing: [weeks.problem] };
  if (weeks) return { ok: true, events: [], totals: weeks.totals, notes: [] };
  const events: AbsenceEvent[] = [];
  const problems: RowProblem[] = [];
  for (const cells of rows) {
    if (isWithdrawn(cells, context)) continue;
    const read = eventsFromRow(withCorrections(cells), context);
    if ('problem' in read) problems.push(read.problem);
    else events.push(...read.events);
  }
  if (problems.length > 0) return { ok: false, missing: problems };
  return { ok: true, events: sortEvents(events), notes: [] };
}

/** Markup that strikes text through: what the page shows as withdrawn. */
const STRUCK = 'del, s, strike, [style*="line-through"]';

/**
 * An entry the page has struck through ("<del>11.11.2026</del> … Slettet – feilregistrert"): a
 * registration withdrawn as wrong, kept in sight, and no absence. It is struck through when every
 * cell that dates it shows no date but struck-through text.
 */
function isWithdrawn(cells: Cells, context: RowContext): boolean {
  const dating = context.roles.flatMap((role, index) =>
    role.kind === 'date' || role.kind === 'dateFrom' || role.kind === 'dateTo' ? [cells[index]] : [],
  );
  return dating.some((cell) => cellText(cell) !== '') && dating.every((cell) => shownText(cell) === '');
}

/**
 * A cell's text less what it strikes through: text inside <del>, <s> or <strike>, or styled
 * line-through on it, on the cell or on its row. A date put right beside a struck-through one
 * ("<s>16.11.2026</s> 17.11.2026") is the date.
 */
function shownText(cell: Element | undefined): string {
  if (!cell) return '';
  const view = cell.ownerDocument.defaultView;
  // The shorthand too: not every DOM spells the line out in textDecorationLine.
  const lines = (style: CSSStyleDeclaration | undefined) => `${style?.textDecorationLine} ${style?.textDecoration}`;
  const struck = (element: Element | null) =>
    element !== null && (element.matches(STRUCK) || lines(view?.getComputedStyle(element)).includes('line-through'));
  if (struck(cell) || struck(cell.parentElement)) return '';
  return cellText(cell.querySelector(STRUCK) ? withoutStruckParts(cell) : cell);
}

/** A copy of the cell without its struck-through parts (<del>, <s>, <strike>, line-through styled). */
function withoutStruckParts(cell: Element): Element {
  const shown = cell.cloneNode(true) as Element;
  for (const part of Array.from(shown.querySelectorAll(STRUCK))) part.remove();
  return shown;
}

/**
 * An entry's cells as corrected in place: where a cell strikes part of its text through and
 * writes the rest beside it ("<s>Hele dagen</s> 2. time"), the rest is what the entry says. A
 * cell struck through whole, with nothing beside it, is read as it stands: that corrects nothing
 * (a wholly withdrawn entry is struck through in its dates, isWithdrawn).
 */
function withCorrections(cells: Cells): Cells {
  return cells.map(corrected);
}

function corrected(cell: Element | undefined): Element | undefined {
  // Most cells hold only text: then nothing in them is struck through.
  if (!cell?.firstElementChild || !cell.querySelector(STRUCK)) return cell;
  const shown = withoutStruckParts(cell);
  return cellText(shown) === '' ? cell : shown;
}

/** An element a page puts beside a figure as an icon with a tooltip: a name, no letter or digit of its own. */
const ICON = '[title], [aria-label]';

function isIcon(element: Element): boolean {
  const shown = element.textContent ?? '';
  return shown.trim() !== '' && !/[\p{L}\d]/u.test(shown);
}

/**
 * A figure cell without the icons beside its figure ("1 <span title="Udokumentert fravær – følg
 * opp">⚠</span>"): a warning or a note on the figure, no part of it. Only where a figure is left:
 * marks that are themselves the count ("● ●" under a key) stay as they are.
 */
function withoutIcons(cell: Element | undefined): Element | undefined {
  // Most cells hold only text: then there is no icon in them.
  if (!cell?.firstElementChild) return cell;
  const icons = Array.from(cell.querySelectorAll(ICON)).filter(isIcon);
  if (icons.length === 0) return cell;
  const shown = cell.cloneNode(true) as Element;
  for (const icon of Array.from(shown.querySelectorAll(ICON)).filter(isIcon)) icon.remove();
  return /\d/u.test(cellText(shown)) ? shown : cell;
}

/** A student's absence dates listed in a cell (date-lists.ts): a whole day each, or the lessons in brackets. */
function readListedDays(texts: readonly string[], context: RowContext): RowRead {
  const events: AbsenceEvent[] = [];
  for (const text of texts) {
    if (saysNoAbsence(text, context.words)) continue;
    const days = listedDays(text, context.asOf);
    if (!days) return { ok: false, missing: [{ code: 'unreadable-date', text, student: context.who }] };
    for (const { date, lessons } of days) {
      const base = { date, documented: null, notified: null };
      events.push(lessons === undefined ? { ...base, kind: 'day' } : { ...base, kind: 'lesson', minutes: lessons * LESSON_MINUTES });
    }
  }
  return { ok: true, events: sortEvents(events), notes: [] };
}

function column(context: RowContext, kind: ColumnRole['kind']): number {
  return context.roles.findIndex((role) => role.kind === kind);
}

function textsOf(cells: Cells, context: RowContext, kind: ColumnRole['kind']): string {
  return context.roles
    .map((role, index) => (role.kind === kind ? cellText(cells[index]) : ''))
    .filter((text) => text !== '')
    .join(' ');
}

function measureValue(cells: Cells, context: RowContext, measure: string): { value: number; text: string } | undefined {
  const index = context.roles.findIndex((role) => role.kind === 'measure' && role.measure === measure);
  if (index < 0) return undefined;
  const text = cellText(cells[index]);
  const value = parseNorwegianNumber(text);
  return value === null || text === '' ? undefined : { value, text };
}

function eventsFromRow(cells: Cells, context: RowContext): { events: AbsenceEvent[] } | { problem: RowProblem } {
  const dates = datesOf(cells, context);
  if ('problem' in dates) return dates;

  const typeText = textsOf(cells, context, 'eventType');
  const codeText = textsOf(cells, context, 'code');
  const code = codeText === '' ? undefined : readCode(codeText, context.words, context.codeOverrides);
  if (code?.kind === 'present' && typeText === '') return { events: [] };
  const coded = code?.kind === 'absent' ? code.event : undefined;

  // A "Timer" column may name the lessons ("1.–6. time") rather than count them.
  const lessonsColumn = context.roles.findIndex((role) => role.kind === 'measure' && role.measure === 'lessons');
  const lessonsColumnText = lessonsColumn < 0 ? '' : cellText(cells[lessonsColumn]);
  const namesLessons = lessonsColumnText !== '' && parseNorwegianNumber(lessonsColumnText) === null && /time|tim|period|lesson/i.test(lessonsColumnText);
  const absenceText = textsOf(cells, context, 'absence');
  // Without a length column, the type cell may give the length itself ("Registrering": "2 timer").
  const length = lengthOf(absenceText !== '' ? absenceText : typeText);
  const lessonText =
    textsOf(cells, context, 'lessonNumbers') || (namesLessons ? lessonsColumnText : '') || lessonsNamedWithoutCount(absenceText, length);
  const numbered = lessonText === '' ? [] : parseLessonNumbers(lessonText);
  const lessons = numbered !== null && numbered.length > 0 ? numbered : null;
  // "All day" / "Hele dagen" in the lessons column is a whole day.
  const lessonsSayDay = lessons === null && lessonText !== '' && readEventType(lessonText, context.words) === 'day';
  // A length cell that says the student came late or left early ("Sein, 10 min") is that, not
  // minutes of absence: lateness is not absent school time.
  const absenceSays = readEventType(absenceText, context.words);
  const lateOrEarly = absenceSays === 'late' || absenceSays === 'leftEarly' ? absenceSays : undefined;
  // A lesson code that carries its count ("T2", "3t"): that many lessons.
  const codedLessons = coded?.lessonCount === undefined ? undefined : { value: coded.lessonCount, text: codeText };
  const lessonCount = measureValue(cells, context, 'lessons') ?? length.lessons ?? codedLessons;
  const minutes = measureValue(cells, context, 'minutes') ?? length.minutes;
  const late = measureValue(cells, context, 'late');
  const days = measureValue(cells, context, 'days') ?? length.days;
  const subject = textsOf(cells, context, 'subject');

  const kind: AbsenceKind =
    readEventType(typeText, context.words) ??
    lateOrEarly ??
    (lessonsSayDay ? 'day' : undefined) ??
    coded?.kind ??
    (late && late.value > 0 ? 'late' : undefined) ??
    (lessons || (lessonCount && lessonCount.value > 0) || minutes ? 'lesson' : undefined) ??
    (days && days.value > 0 ? 'day' : undefined) ??
    (subject !== '' ? 'lesson' : 'day');

  const documented =
    flagColumn(cells, context, 'documented') ??
    flagInText(`${typeText} ${codeText}`, context.words, 'documented') ??
    coded?.documented ??
    null;
  const notified =
    flagColumn(cells, context, 'notified') ??
    flagInText(`${typeText} ${codeText}`, context.words, 'notified') ??
    coded?.notified ??
    null;

  let eventMinutes: number | undefined = minutes?.value;
  if (eventMinutes === undefined && late && /min/.test(late.text.toLowerCase())) eventMinutes = late.value;
  if (eventMinutes === undefined && !lessons && lessonCount && kind === 'lesson') {
    eventMinutes = lessonCount.value * LESSON_MINUTES;
  }

  const event: Omit<AbsenceEvent, 'date'> = {
    kind,
    documented,
    notified,
    ...(lessons ? { lessons } : {}),
    ...(eventMinutes === undefined ? {} : { minutes: eventMinutes }),
    ...(subject === '' ? {} : { subject }),
    ...(codeText === '' ? {} : { code: codeText }),
    ...(coded?.countsTowardLimit === undefined ? {} : { countsTowardLimit: coded.countsTowardLimit }),
  };
  let eventDates = dates.dates;
  // "Fra 23.11. | Dager 3" with no end date: that many school days from the first.
  if (eventDates.length === 1 && kind === 'day' && days && Number.isInteger(days.value) && days.value > 1) {
    eventDates = weekdaysFrom(eventDates[0] as IsoDate, Math.min(days.value, MAX_RANGE_DAYS));
  }
  return { events: eventDates.map((date) => ({ date, ...event })) };
}

type Amount = { value: number; text: string } | undefined;

/** Lessons named by their ordinal numbers: "5. time", "4.–6. time", "1.-2. økt". */
const LESSON_NUMBERS = /\d{1,2}\.\s*(?:[–—-]\s*\d{1,2}\.\s*)?(?:time|tim|økt|period|lesson)\p{L}*/gu;

/**
 * The lessons an absence cell names by their numbers when that is all it says ("5.–6. time"): the
 * lessons are the absence. Beside a count ("2 timer (1.–2. time)") the count is read; '' when the
 * cell names no lessons.
 */
function lessonsNamedWithoutCount(text: string, length: ReturnType<typeof lengthOf>): string {
  if (length.days || length.lessons || length.minutes) return '';
  const named = text.match(LESSON_NUMBERS) ?? [];
  // Nothing but the lessons' numbers and their separators: any other word or figure could say more.
  const rest = text.replace(LESSON_NUMBERS, ' ').replace(/[\s,;&+]|\bog\b/gu, '');
  return named.length > 0 && rest === '' ? named.join(', ') : '';
}

/**
 * A "Lengde" / "Fravær" cell of an event list that says its own unit: "1 dag", "Hel dag",
 * "2 timer", "45 min". A bare number says nothing and is left unread.
 */
function lengthOf(text: string): { days: Amount; lessons: Amount; minutes: Amount } {
  const value = text.toLowerCase();
  const none = { days: undefined, lessons: undefined, minutes: undefined };
  if (value === '') return none;
  if (/\b(hel|heil|hele|heile|full)\s*(dag|dagen|day)\b|\bheldag\b/.test(value)) return { ...none, days: { value: 1, text } };
  // Lessons named by their numbers ("4.–6. time", "5. time") count nothing: the count, if any, is beside them ("(3 timer)").
  const match = /(\d+(?:[.,]\d+)?)\s*([a-zæøå]+)?/.exec(value.replace(LESSON_NUMBERS, ' '));
  const amount = match?.[1] === undefined ? null : parseNorwegianNumber(match[1]);
  if (amount === null) return none;
  const unit = match?.[2] ?? '';
  if (/^(d|dag|dager|dagar|days?)$/.test(unit)) return { ...none, days: { value: amount, text } };
  if (/^(t|time|timer|timar|enkelttimer|enkelttimar|enkelttime|lessons?|hours?|økter?|økt)$/.test(unit)) return { ...none, lessons: { value: amount, text } };
  if (/^(m|min|minutt|minutter|minuttar|minutes?)$/.test(unit)) return { ...none, minutes: { value: amount, text } };
  return none;
}

function flagColumn(cells: Cells, context: RowContext, flag: 'documented' | 'notified'): boolean | null {
  for (const [index, role] of context.roles.entries()) {
    if (role.kind !== flag) continue;
    const value = readFlag(cellText(cells[index]), context.words, flag, role.inverted);
    if (value !== null) return value;
  }
  return null;
}

function datesOf(cells: Cells, context: RowContext): { dates: IsoDate[] } | { problem: RowProblem } {
  const single = column(context, 'date');
  const from = column(context, 'dateFrom');
  const to = column(context, 'dateTo');
  const read = (index: number): { date: IsoDate } | { problem: RowProblem } => {
    const text = shownText(cells[index]);
    const date = parseNorwegianDate(text, context.asOf);
    return date === null ? { problem: { code: 'unreadable-date', text, student: context.who } } : { date };
  };
  if (single >= 0) {
    // A "Dato / periode" column holds a single day or a from–to period ("31.08.2026–11.09.2026").
    const range = statedRange(shownText(cells[single]), context.asOf);
    if (range && compareIso(range.from, range.to) < 0) return { dates: weekdaysBetween(range.from, range.to) };
    const date = read(single);
    return 'problem' in date ? date : { dates: [date.date] };
  }
  if (from < 0) return { problem: { code: 'no-date', student: context.who } };
  const start = read(from);
  if ('problem' in start) return start;
  const endText = to >= 0 ? shownText(cells[to]) : '';
  if (endText === '') return { dates: [start.date] };
  const end = read(to);
  if ('problem' in end) return end;
  if (compareIso(end.date, start.date) < 0) {
    return { problem: { code: 'end-before-start', start: start.date, end: end.date, student: context.who } };
  }
  return { dates: weekdaysBetween(start.date, end.date) };
}

/** The weekdays from `start` to `end`, both included (at most MAX_RANGE_DAYS days looked at). */
function weekdaysBetween(start: IsoDate, end: IsoDate): IsoDate[] {
  const dates: IsoDate[] = [];
  for (let date = start, n = 0; compareIso(date, end) <= 0 && n < MAX_RANGE_DAYS; n += 1) {
    if (!isWeekend(date)) dates.push(date);
    date = addDaysIso(date, 1);
  }
  return dates;
}

function weekdaysFrom(start: IsoDate, count: number): IsoDate[] {
  const dates: IsoDate[] = [];
  for (let date = start; dates.length < count; date = addDaysIso(date, 1)) {
    if (!isWeekend(date)) dates.push(date);
  }
  return dates;
}

function sortEvents(events: AbsenceEvent[]): AbsenceEvent[] {
  // A register's date columns, and most lists, run in date order already: a row read again after
  // each edit then has nothing to sort (a stable sort would give the same order).
  if (events.every((event, index) => index === 0 || compareIso(events[index - 1]!.date, event.date) <= 0)) return events;
  return events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => compareIso(a.event.date, b.event.date) || a.index - b.index)
    .map(({ event }) => event);
}
