import type { AbsenceTotals } from '../../model/absence';
import { type CheckContext, firstDateMet, lessonTotal, matchesFilter, mightMatchFilter, wholeDayDates } from '../check-context';
import type { DocumentedFilter, TriggerOf } from '../profile';
import type { FigurePeriod, TriggerDetail } from '../../model/trigger-detail';
import { type CheckResult, type Comparison, judge, notFired, undecidable } from './check-result';
import { NO_TERM, scopedResult, totalsScope } from './totals-scope';

type AbsenceTotalTrigger = TriggerOf<'absenceTotal'>;

/** "fravær over 8 dager og/eller 10 enkelttimer", "Høyt gyldig fravær (10 dager i halvåret)". */
export function checkAbsenceTotal(trigger: AbsenceTotalTrigger, ctx: CheckContext): CheckResult {
  if (!ctx.term) return undecidable(NO_TERM);
  if (ctx.history.coverage === 'totals') return fromTotals(trigger, ctx);

  const counts = (filter: (e: (typeof ctx.termEvents)[number]) => boolean) => {
    const events = ctx.termEvents.filter(filter);
    return { events, days: wholeDayDates(events).size, lessons: lessonTotal(events) };
  };
  const { events, days, lessons } = counts((e) => matchesFilter(e, trigger.filter));
  const verdict = judge(comparisons(trigger, days, lessons), trigger.combine);
  if (verdict === 'fired') {
    const since = firstDateMet(events, (d, l) => judge(comparisons(trigger, d, l), trigger.combine) === 'fired');
    return { fired: true, detail: detail(trigger, days, lessons, ctx.period), values: { days, lessons }, since, unknown: [] };
  }
  if (trigger.filter !== 'any') {
    const maybe = counts((e) => mightMatchFilter(e, trigger.filter));
    if (judge(comparisons(trigger, maybe.days, maybe.lessons), trigger.combine) === 'fired') {
      return undecidable({ code: 'documented-unknown', quote: trigger.quote });
    }
  }
  return notFired();
}

function comparisons(trigger: AbsenceTotalTrigger, days: number | undefined, lessons: number | undefined): Comparison[] {
  const list: Comparison[] = [];
  if (trigger.daysOver !== undefined) list.push({ value: days, passes: (v) => v > trigger.daysOver! });
  if (trigger.daysAtLeast !== undefined) list.push({ value: days, passes: (v) => v >= trigger.daysAtLeast! });
  if (trigger.lessonsOver !== undefined) list.push({ value: lessons, passes: (v) => v > trigger.lessonsOver! });
  if (trigger.lessonsAtLeast !== undefined) list.push({ value: lessons, passes: (v) => v >= trigger.lessonsAtLeast! });
  return list;
}

/** Worded as "9 dager og 12 enkelttimer dette halvåret (grense: 8 dager / 10 timer)", or "… i perioden 16.11–20.11 …". */
function detail(trigger: AbsenceTotalTrigger, days: number | undefined, lessons: number | undefined, period: FigurePeriod): TriggerDetail {
  const dayLimit = trigger.daysOver ?? trigger.daysAtLeast;
  const lessonLimit = trigger.lessonsOver ?? trigger.lessonsAtLeast;
  return {
    code: 'absence-total',
    filter: trigger.filter,
    ...(dayLimit !== undefined ? { days: { value: days ?? null, limit: dayLimit } } : {}),
    ...(lessonLimit !== undefined ? { lessons: { value: lessons ?? null, limit: lessonLimit } } : {}),
    period,
  };
}

function pick(totals: AbsenceTotals, filter: DocumentedFilter, unit: 'days' | 'lessons'): number | undefined {
  const documented = unit === 'days' ? totals.documentedDays : totals.documentedLessons;
  const undocumented = unit === 'days' ? totals.undocumentedDays : totals.undocumentedLessons;
  if (filter === 'documented') return documented;
  if (filter === 'undocumented') return undocumented;
  const all = unit === 'days' ? totals.days : totals.lessons;
  if (all !== undefined) return all;
  return documented !== undefined && undocumented !== undefined ? documented + undocumented : undefined;
}

function fromTotals(trigger: AbsenceTotalTrigger, ctx: CheckContext): CheckResult {
  const totals = ctx.history.totals;
  if (!totals) return undecidable({ code: 'no-totals', quote: trigger.quote });
  const days = pick(totals, trigger.filter, 'days');
  const lessons = pick(totals, trigger.filter, 'lessons');
  const verdict = judge(comparisons(trigger, days, lessons), trigger.combine);
  let result: CheckResult;
  if (verdict === 'fired') {
    const values: Record<string, number> = {};
    if (days !== undefined) values.days = days;
    if (lessons !== undefined) values.lessons = lessons;
    result = { fired: true, detail: detail(trigger, days, lessons, ctx.period), values, unknown: [] };
  } else if (verdict === 'unknown') {
    result = undecidable({ code: 'totals-incomplete', quote: trigger.quote });
  } else {
    result = notFired();
  }
  return scopedResult(result, totalsScope(totals, ctx), trigger.quote, ctx);
}
