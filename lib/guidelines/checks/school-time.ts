import { addDaysIso, type IsoDate } from '../../model/date';
import { absentShareByDate, type CheckContext, SchoolDayLedger } from '../check-context';
import type { TriggerOf } from '../profile';
import type { TriggerDetail } from '../../model/trigger-detail';
import { roundPercent } from '../wording';
import { type CheckResult, type Comparison, judge, notFired, undecidable } from './check-result';
import type { AbsenceTotals, StretchTotals } from '../../model/absence';
import { schoolDaysBetween } from '../../model/calendar';
import {
  decideFromBounds,
  totalAbsenceDays,
  totalsPeriod,
  type TotalsPeriod,
  type WindowBounds,
  windowBounds,
} from './totals-window';
import { scopedResult, totalsScope } from './totals-scope';

/**
 * Kearney's criteria speak of school time in a window of calendar days ending today, across a
 * term boundary if the window reaches back that far. A whole-day absence is one day; enkelttimer
 * are a share of the calendar's lessons per day. Only school days count, so a window that takes in
 * a holiday has fewer days to be absent from.
 */

/** How far back `since` is looked for: the longest window plus a term's worth of days. */
const SINCE_LOOKBACK_DAYS = 140;

function ledger(ctx: CheckContext, windowDays: number): SchoolDayLedger {
  const from = addDaysIso(ctx.asOf, -(windowDays - 1) - SINCE_LOOKBACK_DAYS);
  return new SchoolDayLedger(ctx.calendar, from, ctx.asOf, absentShareByDate(ctx.events, ctx.calendar.lessonsPerDay));
}

/**
 * The first day of the stretch, ending at asOf, on which the window ending that day met the
 * condition: when "the last 14 days" first became true and has stayed true since.
 */
function sinceHolding(book: SchoolDayLedger, asOf: IsoDate, holds: (end: IsoDate) => boolean): IsoDate {
  let since = asOf;
  for (let i = book.days.length - 1; i >= 0; i--) {
    const day = book.days[i]!;
    if (day > asOf) continue;
    if (!holds(day)) break;
    since = day;
  }
  return since;
}

/** "Borte mer enn 25% av skoletiden siste 14 dagene". */
export function checkShareOfSchoolTime(trigger: TriggerOf<'shareOfSchoolTime'>, ctx: CheckContext): CheckResult {
  const n = trigger.lastCalendarDays;
  if (ctx.history.coverage === 'totals') {
    return fromTotals(ctx, n, trigger.quote, (days, schoolDays) => share(days, schoolDays) > trigger.percentOver, (least, schoolDays, fromTotals) => ({
      code: 'school-time-share',
      absentDays: least,
      schoolDays,
      percent: share(least, schoolDays),
      calendarDays: n,
      percentOver: trigger.percentOver,
      fromTotals,
    }));
  }
  const book = ledger(ctx, n);
  const measure = (end: IsoDate) => {
    const w = book.window(addDaysIso(end, -(n - 1)), end);
    return { ...w, percent: w.schoolDays === 0 ? 0 : roundPercent((w.absentDays / w.schoolDays) * 100) };
  };
  const holds = (end: IsoDate) => {
    const m = measure(end);
    return m.schoolDays > 0 && m.percent > trigger.percentOver;
  };
  const now = measure(ctx.asOf);
  if (!holds(ctx.asOf)) return notFired();
  return {
    fired: true,
    detail: {
      code: 'school-time-share',
      absentDays: now.absentDays,
      schoolDays: now.schoolDays,
      percent: now.percent,
      calendarDays: n,
      percentOver: trigger.percentOver,
    },
    values: { percent: now.percent, absentDays: now.absentDays, schoolDays: now.schoolDays },
    since: sinceHolding(book, ctx.asOf, holds),
    unknown: [],
  };
}

/** "Har hatt mer enn 10 dagers (15%) fravær i løpet av de 15 siste ukene". */
export function checkLongWindow(trigger: TriggerOf<'longWindow'>, ctx: CheckContext): CheckResult {
  const windowDays = trigger.weeks * 7;
  if (ctx.history.coverage === 'totals') {
    const passes = (days: number, schoolDays: number) => {
      const list: Comparison[] = [];
      if (trigger.daysOver !== undefined) list.push({ value: days, passes: (v) => v > trigger.daysOver! });
      if (trigger.percentOver !== undefined) list.push({ value: share(days, schoolDays), passes: (v) => v > trigger.percentOver! });
      return judge(list, trigger.combine) === 'fired';
    };
    return fromTotals(ctx, windowDays, trigger.quote, passes, (least, schoolDays, fromTotals) =>
      longWindowDetail(trigger, { absentDays: least, schoolDays, percent: share(least, schoolDays) }, fromTotals),
    );
  }
  const book = ledger(ctx, windowDays);
  const measure = (end: IsoDate) => {
    const w = book.window(addDaysIso(end, -(windowDays - 1)), end);
    return { ...w, percent: w.schoolDays === 0 ? 0 : roundPercent((w.absentDays / w.schoolDays) * 100) };
  };
  const comparisons = (m: ReturnType<typeof measure>): Comparison[] => {
    const list: Comparison[] = [];
    if (trigger.daysOver !== undefined) list.push({ value: m.absentDays, passes: (v) => v > trigger.daysOver! });
    if (trigger.percentOver !== undefined) list.push({ value: m.percent, passes: (v) => v > trigger.percentOver! });
    return list;
  };
  const holds = (end: IsoDate) => {
    const m = measure(end);
    return m.schoolDays > 0 && judge(comparisons(m), trigger.combine) === 'fired';
  };
  const now = measure(ctx.asOf);
  if (!holds(ctx.asOf)) return notFired();
  return {
    fired: true,
    detail: longWindowDetail(trigger, now),
    values: { absentDays: now.absentDays, percent: now.percent, schoolDays: now.schoolDays },
    since: sinceHolding(book, ctx.asOf, holds),
    unknown: [],
  };
}

/** Worded as "11 dager (15,3 %) fravær de siste 15 ukene (72 skoledager; grense: over 10 dager eller over 15 %)". */
function longWindowDetail(
  trigger: TriggerOf<'longWindow'>,
  measured: { absentDays: number; schoolDays: number; percent: number },
  fromTotals?: { from: IsoDate; to: IsoDate },
): TriggerDetail {
  return {
    code: 'long-window',
    absentDays: measured.absentDays,
    schoolDays: measured.schoolDays,
    percent: measured.percent,
    weeks: trigger.weeks,
    ...(trigger.daysOver !== undefined ? { daysOver: trigger.daysOver } : {}),
    ...(trigger.percentOver !== undefined ? { percentOver: trigger.percentOver } : {}),
    combine: trigger.combine,
    ...(fromTotals ? { fromTotals } : {}),
  };
}

/**
 * The period's totals bound the window one way; a figure over a shorter stretch the page also
 * shows ("Siste 14 dager") bounds it another. The absence in the window lies within both, so the
 * tightest least and most decide; `from` names the stretch that gave the least, when one did.
 */
function tightestBounds(
  fromPeriod: WindowBounds,
  totals: AbsenceTotals,
  calendarDays: number,
  ctx: CheckContext,
): WindowBounds & { from?: TotalsPeriod } {
  let bounds: WindowBounds & { from?: TotalsPeriod } = fromPeriod;
  for (const stretch of totals.stretches ?? []) {
    const seen = stretchAbsence(stretch, ctx);
    if (!seen) continue;
    const other = windowBounds(seen.total, seen.period, calendarDays, ctx);
    bounds = {
      ...bounds,
      most: Math.min(bounds.most, other.most),
      ...(other.least > bounds.least ? { least: other.least, from: seen.period } : {}),
    };
  }
  return bounds;
}

/**
 * A page that shows figures only for a stated stretch ("Periode: 10.11.2026–23.11.2026"), no
 * period totals: the stretch is the period the figures cover, and what lies outside it is unseen.
 */
function onlyStretch(totals: AbsenceTotals, ctx: CheckContext): { period: TotalsPeriod; total: number } | undefined {
  for (const stretch of totals.stretches ?? []) {
    const seen = stretchAbsence(stretch, ctx);
    if (seen) return seen;
  }
  return undefined;
}

/** A stretch's absence in days over the stretch's own school days. */
function stretchAbsence(stretch: StretchTotals, ctx: CheckContext): { period: TotalsPeriod; total: number } | undefined {
  const period: TotalsPeriod = { start: stretch.from, end: stretch.to, days: schoolDaysBetween(ctx.calendar, stretch.from, stretch.to) };
  const total = absentDays(stretch, period, ctx);
  return total === undefined ? undefined : { period, total };
}

/**
 * Absence in days: whole days and enkelttimer first; a page that shows only a share of the period
 * ("1,1 %") says the same in days of the period's school time.
 */
function absentDays(figures: AbsenceTotals | StretchTotals, period: TotalsPeriod | undefined, ctx: CheckContext): number | undefined {
  return totalAbsenceDays(figures, ctx.calendar.lessonsPerDay) ?? (figures.percent !== undefined && period ? (figures.percent / 100) * period.days.length : undefined);
}

function share(days: number, schoolDays: number): number {
  return schoolDays === 0 ? 0 : roundPercent((days / schoolDays) * 100);
}

/**
 * A rule about the last `calendarDays` days, from a summary table's totals (see totals-window):
 * fired when even the least absence the window can hold passes, not fired when even the most
 * cannot, otherwise undecidable, saying why.
 */
function fromTotals(
  ctx: CheckContext,
  calendarDays: number,
  quote: string,
  passes: (days: number, schoolDays: number) => boolean,
  detail: (least: number, schoolDays: number, fromTotals: { from: IsoDate; to: IsoDate }) => TriggerDetail,
): CheckResult {
  const totals = ctx.history.totals;
  let period = totals ? totalsPeriod(totals, ctx) : undefined;
  let total = totals && absentDays(totals, period, ctx);
  const stretch = totals && total === undefined ? onlyStretch(totals, ctx) : undefined;
  if (stretch) ({ period, total } = stretch);
  if (!totals || total === undefined || !period) return undecidable({ code: 'totals-no-amounts', quote });
  const bounds = tightestBounds(windowBounds(total, period, calendarDays, ctx), totals, calendarDays, ctx);
  const verdict = decideFromBounds(bounds, (days) => passes(days, bounds.schoolDays));
  let result: CheckResult;
  if (verdict === 'fired') {
    result = {
      fired: true,
      detail: detail(bounds.least, bounds.schoolDays, { from: (bounds.from ?? period).start, to: (bounds.from ?? period).end }),
      values: { leastAbsentDays: bounds.least, schoolDays: bounds.schoolDays, totalDays: total },
      unknown: [],
    };
  } else if (verdict === 'unknown') {
    result = undecidable({ code: 'totals-window-unknown', quote, totalDays: total, from: period.start, to: period.end, calendarDays });
  } else {
    result = notFired();
  }
  // Undecidable when the totals span the school year but the window needs this halvår is handled
  // by the bounds themselves; only an unstated period needs saying.
  return totalsScope(totals, ctx) === 'unstated' ? scopedResult(result, 'unstated', quote) : result;
}
