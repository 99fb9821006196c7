import type { AbsenceEvent } from '../model/absence';
import { currentTerm, schoolDaysBetween } from '../model/calendar';
import { addDaysIso, type IsoDate } from '../model/date';
import type { Forecast, ForecastBasis, ForecastUncertainty } from '../model/forecast';
import { resolvePeriod } from '../model/shown-period';
import {
  absentShareByDate,
  type CheckContext,
  groupByDate,
  lessonTotal,
  matchesFilter,
  SchoolDayLedger,
  wholeDayDates,
} from '../guidelines/check-context';
import type { DocumentedFilter, TriggerOf } from '../guidelines/profile';
import type { PageProfile } from '../guidelines/page-profile';
import { roundPercent } from '../guidelines/wording';
import { FORECAST_METHOD, type ForecastMethod } from './method';

/**
 * At the rate the page shows, when will each threshold of the guideline that has not fired yet be
 * passed? Pure and deterministic, like the engine: the same context and profile give the same
 * forecast. The method, and why, is in docs/FORECAST.md; in short:
 *
 * - The rate is absence per school day over the last `rateSchoolDays` school days of the term so
 *   far. Only school days count, so holidays and weekends neither dilute the rate nor take a step
 *   forward: the crossing is counted in school days and lands on a school day.
 * - One long run of whole days absent (an illness) is left out of the rate, days and absence
 *   alike: it is not a pace that continues. Two or more long runs in the term are a pattern and
 *   stay in.
 * - Nothing is said when the page shows fewer than `minObservedSchoolDays` school days of the term,
 *   when a page gives only totals, or when the crossing would fall after the term ends. A term count
 *   is forecast only when the page shows the whole term so far; a window rule only when the page
 *   shows as far back as the window reaches (or the whole term so far).
 * - Only rules that are thresholds on an amount are forecast: days and enkelttimer in the term
 *   (absenceTotal), days or share in a long window (longWindow), share of school time in a short
 *   window (shareOfSchoolTime). A single unnotified day, lateness, a frequency pattern or a
 *   subject's percentage (which needs the subject's teaching time) is not an amount that builds up
 *   at a rate the page shows.
 */
/** The kinds of rule that are thresholds on an amount, and so can be forecast. */
export const FORECAST_KINDS: ReadonlySet<string> = new Set(['absenceTotal', 'longWindow', 'shareOfSchoolTime']);

export function forecastCrossings(
  ctx: CheckContext,
  profile: PageProfile,
  firedTriggerIds: ReadonlySet<string>,
  method: ForecastMethod = FORECAST_METHOD,
): Forecast[] {
  if (ctx.history.coverage !== 'events') return [];
  const term = currentTerm(ctx.calendar, ctx.asOf);
  if (!term || term.end <= ctx.asOf) return [];
  const shown = resolvePeriod(ctx.history.shownPeriod, ctx.calendar, ctx.asOf);
  if (!shown) return [];
  // Only what the page shows of the current term is observed: a one-week register says nothing.
  const observed = schoolDaysBetween(ctx.calendar, shown.from > term.start ? shown.from : term.start, ctx.asOf);
  if (observed.length < method.minObservedSchoolDays) return [];
  const ahead = schoolDaysBetween(ctx.calendar, addDaysIso(ctx.asOf, 1), term.end);
  if (ahead.length === 0) return [];

  const byDate = groupByDate(ctx.events);
  const leftOut = loneLongRun(observed, byDate, method.longRunSchoolDays);
  const basisDays = observed.filter((d) => !leftOut || d < leftOut.from || d > leftOut.to).slice(-method.rateSchoolDays);
  if (basisDays.length === 0) return [];
  const basis = { days: basisDays, byDate, leftOut, observed: observed.length, ahead };

  const forecasts: Forecast[] = [];
  // A count or a window that reaches back before what the page shows would start from a number the
  // page does not give: only forecast it when the page covers that far back.
  const seenBackTo = (calendarDays: number) => shown.coversTermSoFar || shown.from <= addDaysIso(ctx.asOf, -(calendarDays - 1));
  for (const trigger of profile.triggers) {
    if (firedTriggerIds.has(trigger.id)) continue;
    let crossing: Crossing | null = null;
    if (trigger.kind === 'absenceTotal') {
      if (shown.coversTermSoFar) crossing = absenceTotalCrossing(trigger, ctx, basis);
    } else if (trigger.kind === 'longWindow') {
      if (seenBackTo(trigger.weeks * 7)) crossing = schoolTimeCrossing(ctx, basis, trigger.weeks * 7, longWindowHolds(trigger));
    } else if (trigger.kind === 'shareOfSchoolTime' && seenBackTo(trigger.lastCalendarDays)) {
      crossing = schoolTimeCrossing(ctx, basis, trigger.lastCalendarDays, (m) => {
        const passes = m.schoolDays > 0 && m.percent > trigger.percentOver;
        return { holds: passes, parts: [{ quantity: 'percent', limit: trigger.percentOver, passes }] };
      });
    }
    if (!crossing) continue;
    forecasts.push({ triggerId: trigger.id, expectedOn: ahead[crossing.k - 1]!, basis: describeBasis(crossing, basis, method) });
  }
  return forecasts;
}

/** The school days the rate is measured on, and what is known around them. */
interface RateBasis {
  days: IsoDate[];
  byDate: Map<IsoDate, AbsenceEvent[]>;
  leftOut: Run | null;
  /** School days of the term up to asOf. */
  observed: number;
  /** School days of the term after asOf, in order. */
  ahead: IsoDate[];
}

interface Run {
  from: IsoDate;
  to: IsoDate;
  schoolDays: number;
}

/** What passes, at which school day ahead (1 = the next school day), and the rate that got it there. */
interface Crossing {
  k: number;
  quantity: ForecastBasis['quantity'];
  limit: number;
  absent: number;
  absentUnit: ForecastBasis['absentUnit'];
  /** School days in the basis with absence of the kind that counted. */
  daysWithAbsence: number;
}

/**
 * The one run of `minLength` or more consecutive school days absent whole days, if there is exactly
 * one in the term so far. Weekends and holidays do not break a run: they are not school days.
 */
export function loneLongRun(observed: readonly IsoDate[], byDate: Map<IsoDate, AbsenceEvent[]>, minLength: number): Run | null {
  const runs: Run[] = [];
  let start = -1;
  const close = (end: number) => {
    if (start >= 0 && end - start >= minLength) runs.push({ from: observed[start]!, to: observed[end - 1]!, schoolDays: end - start });
    start = -1;
  };
  observed.forEach((day, i) => {
    const wholeDay = byDate.get(day)?.some((e) => e.kind === 'day') ?? false;
    if (wholeDay && start < 0) start = i;
    else if (!wholeDay) close(i);
  });
  close(observed.length);
  return runs.length === 1 ? runs[0]! : null;
}

function eventsOn(basis: RateBasis, filter: DocumentedFilter): AbsenceEvent[][] {
  return basis.days.map((d) => (basis.byDate.get(d) ?? []).filter((e) => matchesFilter(e, filter)));
}

/**
 * Days and enkelttimer in the term: the count today plus the rate times the school days ahead.
 * Counts are whole numbers, so "over 8" is passed when the count reaches 9.
 */
function absenceTotalCrossing(trigger: TriggerOf<'absenceTotal'>, ctx: CheckContext, basis: RateBasis): Crossing | null {
  const termEvents = ctx.termEvents.filter((e) => matchesFilter(e, trigger.filter));
  const perDay = eventsOn(basis, trigger.filter);
  const n = basis.days.length;
  const wholeDays = perDay.filter((events) => events.some((e) => e.kind === 'day')).length;
  const lessonDays = perDay.filter((events) => lessonTotal(events) > 0).length;
  const lessons = perDay.reduce((sum, events) => sum + lessonTotal(events), 0);

  const parts: Crossing[] = [];
  const add = (quantity: 'days' | 'lessons', limit: number, needed: number, now: number, absent: number, withAbsence: number) => {
    const k = now >= needed ? 0 : absent === 0 ? Infinity : Math.ceil((needed - now) / (absent / n) - 1e-9);
    parts.push({ k, quantity, limit, absent, absentUnit: quantity, daysWithAbsence: withAbsence });
  };
  const days = wholeDayDates(termEvents).size;
  const lessonsNow = lessonTotal(termEvents);
  if (trigger.daysOver !== undefined) add('days', trigger.daysOver, Math.floor(trigger.daysOver) + 1, days, wholeDays, wholeDays);
  if (trigger.daysAtLeast !== undefined) add('days', trigger.daysAtLeast, Math.ceil(trigger.daysAtLeast), days, wholeDays, wholeDays);
  if (trigger.lessonsOver !== undefined) add('lessons', trigger.lessonsOver, Math.floor(trigger.lessonsOver) + 1, lessonsNow, lessons, lessonDays);
  if (trigger.lessonsAtLeast !== undefined) add('lessons', trigger.lessonsAtLeast, Math.ceil(trigger.lessonsAtLeast), lessonsNow, lessons, lessonDays);
  if (parts.length === 0) return null;
  // "og/eller": the first part to pass decides; "og": the last.
  const sorted = [...parts].sort((a, b) => a.k - b.k);
  const decisive = trigger.combine === 'or' ? sorted[0]! : sorted[sorted.length - 1]!;
  if (decisive.k < 1 || decisive.k > basis.ahead.length) return null;
  return decisive;
}

interface WindowMeasure {
  schoolDays: number;
  absentDays: number;
  percent: number;
}

interface WindowPart {
  quantity: 'days' | 'percent';
  limit: number;
  passes: boolean;
}

/** Whether the rule holds on a window, and each of its parts (for naming the one that decided). */
type Holds = (m: WindowMeasure) => { holds: boolean; parts: WindowPart[] };

function longWindowHolds(trigger: TriggerOf<'longWindow'>): Holds {
  return (m) => {
    const parts: WindowPart[] = [];
    if (trigger.daysOver !== undefined) parts.push({ quantity: 'days', limit: trigger.daysOver, passes: m.absentDays > trigger.daysOver });
    if (trigger.percentOver !== undefined) parts.push({ quantity: 'percent', limit: trigger.percentOver, passes: m.percent > trigger.percentOver });
    const holds = m.schoolDays > 0 && (trigger.combine === 'or' ? parts.some((p) => p.passes) : parts.every((p) => p.passes));
    return { holds, parts };
  };
}

/**
 * School time in a window of calendar days ending on each school day ahead: the absence already
 * registered inside the window plus the rate (in day-equivalents, enkelttimer as a share of a day)
 * for each school day ahead that the window takes in. The first day on which the rule holds is the
 * crossing. For "og", the quantity that became true last is the one named.
 */
function schoolTimeCrossing(ctx: CheckContext, basis: RateBasis, windowDays: number, holds: Holds): Crossing | null {
  const shares = absentShareByDate(ctx.events, ctx.calendar.lessonsPerDay);
  const absent = basis.days.reduce((sum, d) => sum + (shares.get(d) ?? 0), 0);
  if (absent === 0) return null;
  const rate = absent / basis.days.length;
  const last = basis.ahead[basis.ahead.length - 1]!;
  const book = new SchoolDayLedger(ctx.calendar, addDaysIso(ctx.asOf, -(windowDays - 1)), last, shares);
  const firstAhead = basis.ahead[0]!;
  // The first school day ahead on which each part of the rule held: for "og" the part that held
  // last is the one the teacher is told about, for "og/eller" the one that held first.
  const firstHeld = new Map<string, { k: number; part: WindowPart }>();
  for (let k = 1; k <= basis.ahead.length; k++) {
    const end = basis.ahead[k - 1]!;
    const from = addDaysIso(end, -(windowDays - 1));
    const w = book.window(from, end);
    // Days ahead inside this window: every day ahead from the first up to `end` lies inside it
    // unless the window is shorter than the stretch ahead.
    const aheadInside = book.window(from > firstAhead ? from : firstAhead, end).schoolDays;
    const absentDays = Math.round((w.absentDays + rate * aheadInside) * 1e6) / 1e6;
    const measure = { schoolDays: w.schoolDays, absentDays, percent: w.schoolDays === 0 ? 0 : roundPercent((absentDays / w.schoolDays) * 100) };
    const verdict = holds(measure);
    for (const part of verdict.parts) {
      const key = part.quantity;
      if (part.passes && !firstHeld.has(key)) firstHeld.set(key, { k, part });
    }
    if (verdict.holds) {
      const held = verdict.parts.filter((p) => p.passes).map((p) => firstHeld.get(p.quantity)!);
      held.sort((a, b) => b.k - a.k);
      const { part } = held[0]!;
      const daysWithAbsence = basis.days.filter((d) => (shares.get(d) ?? 0) > 0).length;
      return { k, quantity: part.quantity, limit: part.limit, absent, absentUnit: 'days', daysWithAbsence };
    }
  }
  return null;
}

function describeBasis(crossing: Crossing, basis: RateBasis, method: ForecastMethod): ForecastBasis {
  const uncertainty: ForecastUncertainty[] = [];
  if (basis.observed < method.shortPeriodBelowSchoolDays) uncertainty.push('shortPeriod');
  if (crossing.daysWithAbsence < method.fewAbsencesBelowDays) uncertainty.push('fewAbsences');
  if (basis.leftOut) uncertainty.push('longRunLeftOut');
  if (crossing.k > method.soonSchoolDays) uncertainty.push('farAhead');
  return {
    quantity: crossing.quantity,
    limit: crossing.limit,
    from: basis.days[0]!,
    to: basis.days[basis.days.length - 1]!,
    schoolDays: basis.days.length,
    absent: Math.round(crossing.absent * 100) / 100,
    absentUnit: crossing.absentUnit,
    schoolDaysAhead: crossing.k,
    leftOut: basis.leftOut,
    uncertainty,
  };
}

/**
 * "På vei": some rule is expected to fire within three school weeks (`soonSchoolDays` school days
 * after asOf). The badge keeps its level; this is a mark beside it.
 */
export function onCourse(forecasts: readonly Forecast[], method: ForecastMethod = FORECAST_METHOD): Forecast | null {
  const soon = forecasts.filter((f) => f.basis.schoolDaysAhead <= method.soonSchoolDays);
  return soon.sort((a, b) => a.basis.schoolDaysAhead - b.basis.schoolDaysAhead)[0] ?? null;
}
