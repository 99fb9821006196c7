import { addDaysIso, dayNumber, type IsoDate, mondayOfIsoWeek, type StretchTotals } from '../../model';
import { parseNorwegianNumber } from '../norwegian-format';

/**
 * A student's absence per school week printed as a series in one cell, oldest week first ("0 · 1 ·
 * ferie · 0 · 0,5"), under a header that names the weeks it covers ("Hele dager per uke (uke 34 →
 * 46)"). Each entry is that week's count, so the series is the weeks' stretches side by side,
 * which decide the rules' windows the way columns of weeks do (read-rows.ts joins the later ones).
 */

/** The weeks a header names: the Monday of the first, and how many weeks there are to the last. */
export interface WeekSpan {
  first: IsoDate;
  weeks: number;
}

/** "uke 34 → 46", "veke 2–8", "weeks 34 to 46": the first and last week number. */
const WEEK_RANGE = /(?:^|[^\p{L}])(?:uke|uker|veke|veker|week|weeks)\s*(\d{1,2})\s*(?:→|->|–|—|-|til|to)\s*(?:(?:uke|veke|week)\s*)?(\d{1,2})(?!\d)/iu;

/** "per uke", "pr. veke", "hver uke", "/uke", "weekly": a header that says its figures are each week's, not the range's sum. */
const PER_WEEK = /(?:(?:per|pr\.?|hver|kvar|each)\s+|\/\s*)(?:uke|veke|week)(?!\p{L})|ukevis|vekevis|weekly/iu;

/** Where a series parts its entries: a middle dot, a bullet, a bar or a semicolon; else white space. */
const SEPARATOR = /\s*[·•|;]\s*/u;

/** A week with no school in it, written in its place ("ferie", "høstferie", "fri"): nothing was missed. */
const HOLIDAY = /^(?:\p{L}*ferie[n]?|fri|stengt|holiday|break)$/iu;

/** A dash for a week without absence. */
const NONE = /^[-–—]$/u;

/** The ISO week number of a Monday. */
function weekOf(monday: IsoDate): number {
  const thursday = addDaysIso(monday, 3);
  const first = mondayOfIsoWeek(Number(thursday.slice(0, 4)), 1);
  return (dayNumber(monday) - dayNumber(first)) / 7 + 1;
}

/**
 * The weeks a header names, the last being the latest such week on or before the as-of day (a
 * series printed before the New Year's week 2 ends in the year before). Undefined without a range
 * of two or more weeks, or when the header does not say its figures are per week: "Fravær uke
 * 44–46" is one sum over the three.
 */
export function weeksNamed(text: string, asOf: IsoDate): WeekSpan | undefined {
  if (!PER_WEEK.test(text)) return undefined;
  const match = WEEK_RANGE.exec(text);
  const [firstWeek, lastWeek] = [Number(match?.[1]), Number(match?.[2])];
  if (!match || firstWeek < 1 || firstWeek > 53 || lastWeek < 1 || lastWeek > 53 || firstWeek === lastWeek) return undefined;
  const year = Number(asOf.slice(0, 4));
  let last = mondayOfIsoWeek(year, lastWeek);
  if (last > asOf || weekOf(last) !== lastWeek) last = mondayOfIsoWeek(year - 1, lastWeek);
  if (weekOf(last) !== lastWeek) return undefined;
  for (let weeks = 2; weeks <= 53; weeks += 1) {
    const first = addDaysIso(last, -7 * (weeks - 1));
    if (weekOf(first) === firstWeek) return { first, weeks };
  }
  return undefined;
}

/**
 * A cell's series as one stretch per week (Monday to Friday, the last ending on the as-of day at
 * the latest), each with its count in the header's unit. Undefined unless there is exactly one
 * entry per week named and each is a count, a dash or a holiday: an entry missing or left over
 * would put every count in the wrong week.
 */
export function weekSeries(text: string, span: WeekSpan, unit: 'days' | 'lessons', asOf: IsoDate): StretchTotals[] | undefined {
  const trimmed = text.trim();
  const entries = SEPARATOR.test(trimmed) ? trimmed.split(SEPARATOR) : trimmed.split(/\s+/u);
  if (entries.length !== span.weeks) return undefined;
  const stretches: StretchTotals[] = [];
  for (const [index, entry] of entries.entries()) {
    const from = addDaysIso(span.first, 7 * index);
    const friday = addDaysIso(from, 4);
    if (from > asOf) return undefined;
    const value = NONE.test(entry) || HOLIDAY.test(entry) ? 0 : parseNorwegianNumber(entry);
    if (value === null) return undefined;
    const to = friday < asOf ? friday : asOf;
    stretches.push(unit === 'days' ? { from, to, days: value } : { from, to, lessons: value });
  }
  return stretches;
}
