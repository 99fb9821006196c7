import { addDaysIso, type IsoDate } from '../../model/date';
import { absentShareByDate, type CheckContext, SchoolDayLedger } from '../check-context';
import type { TriggerOf } from '../profile';
import { counted, formatNumber, formatPercent, roundPercent } from '../wording';
import { type CheckResult, type Comparison, judge, notFired } from './check-result';

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
  if (ctx.history.coverage === 'totals') return notFired(`Datoer mangler: kan ikke vurdere andelen av skoletiden eleven har vært borte de siste ${n} dagene`);
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
    detail: `Borte ${formatPercent(now.percent)} av skoletiden de siste ${n} dagene (${formatNumber(now.absentDays)} av ${counted(now.schoolDays, 'skoledag', 'skoledager')}; grense: over ${formatPercent(trigger.percentOver)})`,
    values: { percent: now.percent, absentDays: now.absentDays, schoolDays: now.schoolDays },
    since: sinceHolding(book, ctx.asOf, holds),
    unknown: [],
  };
}

/** "Har hatt mer enn 10 dagers (15%) fravær i løpet av de 15 siste ukene". */
export function checkLongWindow(trigger: TriggerOf<'longWindow'>, ctx: CheckContext): CheckResult {
  const windowDays = trigger.weeks * 7;
  if (ctx.history.coverage === 'totals') return notFired(`Datoer mangler: kan ikke vurdere fraværet de siste ${trigger.weeks} ukene`);
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
  const limits: string[] = [];
  if (trigger.daysOver !== undefined) limits.push(`over ${counted(trigger.daysOver, 'dag', 'dager')}`);
  if (trigger.percentOver !== undefined) limits.push(`over ${formatPercent(trigger.percentOver)}`);
  return {
    fired: true,
    detail: `${counted(now.absentDays, 'dag', 'dager')} (${formatPercent(now.percent)}) fravær de siste ${trigger.weeks} ukene (${counted(now.schoolDays, 'skoledag', 'skoledager')}; grense: ${limits.join(trigger.combine === 'and' ? ' og ' : ' eller ')})`,
    values: { absentDays: now.absentDays, percent: now.percent, schoolDays: now.schoolDays },
    since: sinceHolding(book, ctx.asOf, holds),
    unknown: [],
  };
}
