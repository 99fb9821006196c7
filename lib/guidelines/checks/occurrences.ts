import type { AbsenceEvent } from '../../model/absence';
import type { IsoDate } from '../../model/date';
import type { CheckContext } from '../check-context';
import type { TriggerOf } from '../profile';
import type { FigurePeriod, TriggerDetail } from '../../model/trigger-detail';
import { type CheckResult, notFired, undecidable } from './check-result';
import { NO_TERM, scopedResult, totalsScope } from './totals-scope';
import { totalsShowNoAbsence } from './totals-window';

/**
 * "Forsentkomming til skolestart". With firstLessonOnly, a lateness without lesson numbers is
 * taken to be at the start of the day: grunnskole portals register lateness per day.
 * The same lateness read twice counts once.
 */
export function checkLateness(trigger: TriggerOf<'lateness'>, ctx: CheckContext): CheckResult {
  if (!ctx.term) return undecidable(NO_TERM);
  const detail = (count: number, period: FigurePeriod): TriggerDetail => ({ code: 'lateness', count, firstLessonOnly: trigger.firstLessonOnly === true, period });
  if (ctx.history.coverage === 'totals') {
    const totals = ctx.history.totals;
    if (!totals || totals.lateCount === undefined) {
      return undecidable({ code: 'totals-no-lateness', quote: trigger.quote });
    }
    const result = occurrenceResult(totals.lateCount, trigger.atLeast, detail, ctx.period, undefined);
    return scopedResult(result, totalsScope(totals, ctx), trigger.quote, ctx);
  }
  const late = ctx.termEvents.filter(
    (e) => e.kind === 'late' && (!trigger.firstLessonOnly || !e.lessons || e.lessons.length === 0 || e.lessons.includes(1)),
  );
  const keys = trigger.firstLessonOnly ? late.map((e) => e.date) : late.map(lessonKey);
  return occurrenceResult(distinctCount(keys), trigger.atLeast, detail, ctx.period, nthDistinct(late, keys, trigger.atLeast), late);
}

/** "Eleven møter opp på skolen, men forlater den igjen": at most once a day. */
export function checkLeftEarly(trigger: TriggerOf<'leftEarly'>, ctx: CheckContext): CheckResult {
  if (!ctx.term) return undecidable(NO_TERM);
  if (totalsShowNoAbsence(ctx)) return notFired();
  if (ctx.history.coverage === 'totals') {
    return undecidable({ code: 'totals-no-left-early', quote: trigger.quote });
  }
  const left = ctx.termEvents.filter((e) => e.kind === 'leftEarly');
  const keys = left.map((e) => e.date);
  const detail = (count: number, period: FigurePeriod): TriggerDetail => ({ code: 'left-early', count, period });
  return occurrenceResult(distinctCount(keys), trigger.atLeast, detail, ctx.period, nthDistinct(left, keys, trigger.atLeast), left);
}

/** Each date with an occurrence, from the one that met the threshold on: each needs its own answer. */
function occurrenceResult(
  count: number,
  atLeast: number,
  detail: (count: number, period: FigurePeriod) => TriggerDetail,
  period: FigurePeriod,
  since: IsoDate | undefined,
  events?: readonly AbsenceEvent[],
): CheckResult {
  if (count < atLeast) return notFired();
  const occurrences = events ? [...new Set(events.map((e) => e.date))].filter((d) => since === undefined || d >= since).sort() : undefined;
  return { fired: true, detail: detail(count, period), values: { count }, since, ...(occurrences ? { occurrences } : {}), unknown: [] };
}

function lessonKey(e: AbsenceEvent): string {
  return `${e.date}#${(e.lessons ?? []).join(',')}`;
}

function distinctCount(keys: readonly string[]): number {
  return new Set(keys).size;
}

/** The date of the nth distinct occurrence (events are oldest first). */
function nthDistinct(events: readonly AbsenceEvent[], keys: readonly string[], n: number): IsoDate | undefined {
  const seen = new Set<string>();
  for (let i = 0; i < events.length; i++) {
    seen.add(keys[i]!);
    if (seen.size >= n) return events[i]!.date;
  }
  return undefined;
}
