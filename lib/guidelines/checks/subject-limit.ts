import type { AbsenceEvent, SubjectTotals } from '../../model/absence';
import type { IsoDate } from '../../model/date';
import { type CheckContext, lessonTotal } from '../check-context';
import type { TriggerOf } from '../profile';
import type { AssessmentNote } from '../../model/trigger-detail';
import { roundPercent } from '../wording';
import { type CheckResult, notFired, undecidable } from './check-result';

type SubjectLimitTrigger = TriggerOf<'subjectLimit'>;

interface SubjectReading {
  subject: string;
  percent: number;
  warnAt: number;
  limit: number;
  /** Computed from dated events (not the portal's own totals). */
  fromEvents: boolean;
  since?: IsoDate;
}

/**
 * The 10 % fraværsgrense per subject: warn well before a subject reaches it. The portal's own
 * percentage is used when it shows one; otherwise absent lessons over planned lessons, from its
 * totals or from the dated events. Only absence that counts toward the limit is counted: the code
 * table's countsTowardLimit, else ugyldig (undocumented) absence.
 */
export function checkSubjectLimit(trigger: SubjectLimitTrigger, ctx: CheckContext): CheckResult {
  const subjects = ctx.history.totals?.subjects ?? [];
  const counting = ctx.events.filter(countsTowardLimit);
  const unknown: AssessmentNote[] = [];
  const readings: SubjectReading[] = [];
  let usedEvents = false;

  for (const s of subjects) {
    const own = counting.filter((e) => e.kind === 'lesson' && sameSubject(e, s));
    const reading = readSubject(trigger, s, own);
    if (reading) {
      readings.push(reading);
      usedEvents ||= reading.fromEvents;
    } else if (own.length > 0 || (s.absentLessons ?? 0) > 0) {
      unknown.push({ code: 'planned-lessons-missing', subjects: [s.subject] });
    }
  }
  const unlisted = [...new Set(counting.filter((e) => e.kind === 'lesson' && e.subject && !subjects.some((s) => sameSubject(e, s))).map((e) => e.subject!))];
  if (unlisted.length > 0) {
    unknown.push({ code: 'planned-lessons-missing', subjects: unlisted.sort() });
  }
  if (usedEvents && counting.some((e) => e.kind === 'day')) {
    unknown.push({ code: 'whole-days-not-per-subject' });
  }

  const threshold = (r: SubjectReading) => (trigger.fireAt === 'warning' ? r.warnAt : r.limit);
  const reached = readings.filter((r) => r.percent >= threshold(r)).sort((a, b) => b.percent - a.percent || a.subject.localeCompare(b.subject));
  if (reached.length === 0) {
    if (unknown.length > 0) return undecidable(unknown[0]!, ...unknown.slice(1));
    if (readings.length === 0 && showsAbsenceOutsideSubjects(ctx)) {
      return undecidable({ code: 'absence-not-per-subject' });
    }
    return notFired();
  }

  const values: Record<string, number> = { subjects: reached.length, maxPercent: reached[0]!.percent };
  for (const r of reached) values[`percent:${r.subject}`] = r.percent;
  const sinces = reached.map((r) => r.since).filter((d): d is IsoDate => d !== undefined).sort();
  return {
    fired: true,
    detail: { code: 'subject-limit', subjects: reached.map((r) => ({ subject: r.subject, percent: r.percent, warnAt: r.warnAt, limit: r.limit })) },
    values,
    since: sinces.length === reached.length ? sinces[0] : undefined,
    unknown,
  };
}

/** Absence that might count toward a limit, with no subject figures to weigh it against. */
function showsAbsenceOutsideSubjects(ctx: CheckContext): boolean {
  if (ctx.events.some((e) => e.kind !== 'late' && (e.countsTowardLimit ?? e.documented !== true))) return true;
  const totals = ctx.history.totals;
  if (ctx.history.coverage !== 'totals' || !totals) return false;
  const amounts = [totals.days, totals.lessons, totals.undocumentedDays, totals.undocumentedLessons];
  return amounts.every((a) => a === undefined) || amounts.some((a) => a !== undefined && a > 0);
}

function countsTowardLimit(e: AbsenceEvent): boolean {
  return e.countsTowardLimit ?? e.documented === false;
}

function sameSubject(e: AbsenceEvent, s: SubjectTotals): boolean {
  return e.subject !== undefined && (e.subject === s.subject || e.subject === s.subjectCode);
}

function readSubject(trigger: SubjectLimitTrigger, s: SubjectTotals, own: readonly AbsenceEvent[]): SubjectReading | undefined {
  const warnAt = s.warningLimit ?? trigger.warnAtPercent;
  const limit = s.limit ?? trigger.limitPercent;
  if (s.percent !== undefined) return { subject: s.subject, percent: roundPercent(s.percent), warnAt, limit, fromEvents: false };
  const planned = s.plannedLessons;
  if (planned === undefined || planned <= 0) return undefined;
  if (s.absentLessons !== undefined) {
    return { subject: s.subject, percent: roundPercent((s.absentLessons / planned) * 100), warnAt, limit, fromEvents: false };
  }
  const percent = roundPercent((lessonTotal(own) / planned) * 100);
  const threshold = trigger.fireAt === 'warning' ? warnAt : limit;
  return { subject: s.subject, percent, warnAt, limit, fromEvents: true, since: sinceReached(own, planned, threshold) };
}

/** The date the running percentage first reached the threshold. */
function sinceReached(events: readonly AbsenceEvent[], planned: number, threshold: number): IsoDate | undefined {
  const seen: AbsenceEvent[] = [];
  for (const e of events) {
    seen.push(e);
    if (roundPercent((lessonTotal(seen) / planned) * 100) >= threshold) return e.date;
  }
  return undefined;
}
