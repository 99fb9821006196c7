import type { AbsenceEvent } from '../../model/absence';
import { type CheckContext, firstDateMet, lessonTotal, wholeDayDates } from '../check-context';
import type { TriggerOf } from '../profile';
import type { FigurePeriod, TriggerDetail } from '../../model/trigger-detail';
import { type CheckResult, notFired, undecidable } from './check-result';
import { NO_TERM, scopedResult, totalsScope } from './totals-scope';

type UndocumentedTrigger = TriggerOf<'undocumented'>;

/** "Ugyldig fravær hel dag", "Ugyldig fravær fra enkelttimer": ugyldig (undocumented) absence this halvår. */
export function checkUndocumented(trigger: UndocumentedTrigger, ctx: CheckContext): CheckResult {
  if (!ctx.term) return undecidable(NO_TERM);
  if (ctx.history.coverage === 'totals') return fromTotals(trigger, ctx);
  const measure = (events: readonly AbsenceEvent[]) =>
    trigger.unit === 'day' ? wholeDayDates(events).size : lessonTotal(events);
  const undocumented = ctx.termEvents.filter((e) => e.documented === false);
  const amount = measure(undocumented);
  if (amount >= trigger.atLeast) {
    const since = firstDateMet(undocumented, (days, lessons) => (trigger.unit === 'day' ? days : lessons) >= trigger.atLeast);
    const counted = undocumented.filter((e) => (trigger.unit === 'day' ? e.kind === 'day' : e.kind === 'lesson'));
    const occurrences = [...new Set(counted.map((e) => e.date))].filter((d) => since === undefined || d >= since).sort();
    return { fired: true, detail: detail(trigger, amount, ctx.period), values: { [valueKey(trigger)]: amount }, since, occurrences, unknown: [] };
  }
  if (measure(ctx.termEvents.filter((e) => e.documented !== true)) >= trigger.atLeast) {
    return undecidable({ code: 'documented-unknown', quote: trigger.quote });
  }
  return notFired();
}

function valueKey(trigger: UndocumentedTrigger): string {
  return trigger.unit === 'day' ? 'days' : 'lessons';
}

/** Worded as "2 dager med ugyldig fravær dette halvåret" (or "i perioden 16.11–20.11"). */
function detail(trigger: UndocumentedTrigger, amount: number, period: FigurePeriod): TriggerDetail {
  return { code: 'undocumented', unit: trigger.unit, amount, period };
}

function fromTotals(trigger: UndocumentedTrigger, ctx: CheckContext): CheckResult {
  const totals = ctx.history.totals;
  const amount = trigger.unit === 'day' ? totals?.undocumentedDays : totals?.undocumentedLessons;
  if (!totals || amount === undefined) {
    return undecidable({ code: 'totals-no-undocumented', quote: trigger.quote });
  }
  const result: CheckResult =
    amount >= trigger.atLeast
      ? { fired: true, detail: detail(trigger, amount, ctx.period), values: { [valueKey(trigger)]: amount }, unknown: [] }
      : notFired();
  return scopedResult(result, totalsScope(totals, ctx), trigger.quote, ctx);
}
