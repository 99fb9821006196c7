import type { AbsenceTotals } from '../../model/absence';
import { type CheckContext, firstDateMet, lessonTotal, matchesFilter, mightMatchFilter, wholeDayDates } from '../check-context';
import type { DocumentedFilter, TriggerOf } from '../profile';
import { counted, joinAnd } from '../wording';
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
    return { fired: true, detail: detail(trigger, days, lessons, ctx.periodWords), values: { days, lessons }, since, unknown: [] };
  }
  if (trigger.filter !== 'any') {
    const maybe = counts((e) => mightMatchFilter(e, trigger.filter));
    if (judge(comparisons(trigger, maybe.days, maybe.lessons), trigger.combine) === 'fired') {
      return undecidable(`Noe av fraværet mangler opplysning om gyldig eller ugyldig: kan ikke avgjøre «${trigger.quote}»`);
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

const FILTER_WORDS: Record<DocumentedFilter, string> = { any: '', documented: ' gyldig fravær', undocumented: ' ugyldig fravær' };

/** "9 dager og 12 enkelttimer dette halvåret (grense: 8 dager / 10 timer)", or "… i perioden 16.11–20.11 …". */
function detail(trigger: AbsenceTotalTrigger, days: number | undefined, lessons: number | undefined, periodWords: string): string {
  const dayLimit = trigger.daysOver ?? trigger.daysAtLeast;
  const lessonLimit = trigger.lessonsOver ?? trigger.lessonsAtLeast;
  const amounts: string[] = [];
  const limits: string[] = [];
  if (dayLimit !== undefined) {
    amounts.push(days === undefined ? 'ukjent antall dager' : counted(days, 'dag', 'dager'));
    limits.push(counted(dayLimit, 'dag', 'dager'));
  }
  if (lessonLimit !== undefined) {
    amounts.push(lessons === undefined ? 'ukjent antall enkelttimer' : counted(lessons, 'enkelttime', 'enkelttimer'));
    limits.push(counted(lessonLimit, 'time', 'timer'));
  }
  return `${joinAnd(amounts)}${FILTER_WORDS[trigger.filter]} ${periodWords} (grense: ${limits.join(' / ')})`;
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
  if (!totals) return undecidable(`Totalsummer mangler: kan ikke vurdere «${trigger.quote}»`);
  const days = pick(totals, trigger.filter, 'days');
  const lessons = pick(totals, trigger.filter, 'lessons');
  const verdict = judge(comparisons(trigger, days, lessons), trigger.combine);
  let result: CheckResult;
  if (verdict === 'fired') {
    const values: Record<string, number> = {};
    if (days !== undefined) values.days = days;
    if (lessons !== undefined) values.lessons = lessons;
    result = { fired: true, detail: detail(trigger, days, lessons, ctx.periodWords), values, unknown: [] };
  } else if (verdict === 'unknown') {
    result = undecidable(`Totalsummene viser ikke alt som trengs: kan ikke avgjøre «${trigger.quote}»`);
  } else {
    result = notFired();
  }
  return scopedResult(result, totalsScope(totals, ctx), trigger.quote);
}
