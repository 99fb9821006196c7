import type { Assessment, FiredTrigger, NextStep } from '../model/assessment';
import { levelRank } from '../model/assessment';
import type { CaseRecord, StepProgress } from '../model/case';
import type { IsoDate } from '../model/date';
import type { StudentHistory } from '../model/history';
import { resolveDeadline } from './deadline';
import type { Deadline, Step } from './profile';
import type { PageProfile } from './page-profile';

type StepPlan = Pick<Assessment, 'nextStep' | 'doneSteps' | 'overdue'>;

interface Candidate {
  step: Step;
  trigger?: FiredTrigger;
  /** The deadline that applies: the trigger's own for the step it leads to, else the step's. */
  deadline: Deadline;
  previousDoneOn?: IsoDate;
  /** The occurrence this step answers, when the trigger counts occurrences: its deadline counts from it. */
  occurrence?: IsoDate;
}

/**
 * What the guideline says to do next, given what fired and what the case record says is done.
 *
 * - A signed samarbeidsavtale puts the case in its follow-up phase: the step that counts from the
 *   signing (Rælingen's evalueringsmøte "innen tre uker") and what follows it come first.
 * - Otherwise the fired triggers are taken from the highest level down (profile order within a
 *   level); each leads to its step, and steps already done are skipped along `next`.
 * - A step marked perOccurrence answers one occurrence: when the trigger lists its occurrences, the
 *   first one after the step's last record is still to be answered, with its deadline counted
 *   from that occurrence; otherwise the step is done only if done on or after the trigger's date.
 * - A conditional step (the letter "Dersom det ikke oppnås respons … i løpet av en uke") is shown
 *   with its condition and is never overdue.
 * - A closed case has no next step and nothing overdue; its level is still shown.
 * Records dated after asOf are not seen: the assessment is as of that day.
 */
export function planSteps(
  profile: PageProfile,
  fired: readonly FiredTrigger[],
  history: StudentHistory,
  asOf: IsoDate,
  caseRecord: CaseRecord | undefined,
): StepPlan {
  const stepById = new Map(profile.steps.map((s) => [s.id, s]));
  const records = (caseRecord?.steps ?? [])
    .filter((r) => r.doneOn <= asOf)
    .sort((a, b) => (a.doneOn < b.doneOn ? -1 : a.doneOn > b.doneOn ? 1 : 0));
  const doneSteps = records.map((r) => ({
    stepId: r.stepId,
    title: stepById.get(r.stepId)?.title ?? r.stepId,
    doneOn: r.doneOn,
    ...(r.doneBy !== undefined ? { doneBy: r.doneBy } : {}),
  }));
  if (caseRecord?.closed && caseRecord.closed.on <= asOf) return { nextStep: null, doneSteps, overdue: [] };

  const adult = history.student.adult === true;
  const resolve = (id: string | undefined): Step | undefined => {
    const step = id === undefined ? undefined : stepById.get(id);
    if (step && adult && step.ifAdult) return stepById.get(step.ifAdult) ?? step;
    return step;
  };
  const doneRecord = (step: Step, since: IsoDate | undefined): StepProgress | undefined =>
    records.filter((r) => r.stepId === step.id && (!step.perOccurrence || since === undefined || r.doneOn >= since)).at(-1);
  /** For a perOccurrence step and a trigger that lists occurrences: the first one not yet answered. */
  const pendingOccurrence = (step: Step, trigger: FiredTrigger | undefined): IsoDate | undefined => {
    const occurrences = trigger?.occurrences;
    if (!step.perOccurrence || !occurrences || occurrences.length === 0) return undefined;
    const last = records.filter((r) => r.stepId === step.id).at(-1);
    return occurrences.find((d) => last === undefined || d > last.doneOn);
  };
  const isDone = (step: Step, trigger: FiredTrigger | undefined): StepProgress | undefined => {
    if (step.perOccurrence && trigger?.occurrences && trigger.occurrences.length > 0) {
      return pendingOccurrence(step, trigger) === undefined ? records.filter((r) => r.stepId === step.id).at(-1) : undefined;
    }
    return doneRecord(step, trigger?.since);
  };

  /** The first step not yet done, walking from `start` along `next`. */
  const walk = (start: Step | undefined, trigger: FiredTrigger | undefined): Candidate | undefined => {
    const seen = new Set<string>();
    let previousDoneOn: IsoDate | undefined;
    let first = true;
    for (let step = start; step && !seen.has(step.id); step = resolve(step.next)) {
      seen.add(step.id);
      const done = isDone(step, trigger);
      if (!done) {
        const own = first && trigger ? profile.triggers.find((t) => t.id === trigger.triggerId)?.deadline : undefined;
        const occurrence = pendingOccurrence(step, trigger);
        return { step, trigger, deadline: own ?? step.deadline, previousDoneOn, ...(occurrence ? { occurrence } : {}) };
      }
      previousDoneOn = done.doneOn;
      first = false;
    }
    return undefined;
  };

  const candidates: Candidate[] = [];
  const signed = caseRecord?.agreementSignedOn;
  if (signed !== undefined && signed <= asOf) {
    for (const step of profile.steps) {
      if (step.deadline.from !== 'agreementSigned') continue;
      const found = walk(step, undefined);
      if (found) candidates.push(found);
    }
  }
  const byLevel = fired
    .map((f, i) => ({ f, i }))
    .sort((a, b) => levelRank(b.f.level) - levelRank(a.f.level) || a.i - b.i)
    .map(({ f }) => f);
  for (const trigger of byLevel) {
    if (!trigger.stepId) continue;
    const found = walk(resolve(trigger.stepId), trigger);
    if (found) candidates.push(found);
  }

  const seenSteps = new Set<string>();
  const steps = candidates
    .filter((c) => !seenSteps.has(c.step.id) && seenSteps.add(c.step.id))
    .map((c) => toNextStep(c, history, asOf, signed));
  const overdue = steps
    .filter((s) => s.overdue)
    .map((s) => ({ stepId: s.stepId, title: s.title, deadline: s.deadline! }));
  return { nextStep: steps[0] ?? null, doneSteps, overdue };
}

function toNextStep(candidate: Candidate, history: StudentHistory, asOf: IsoDate, signed: IsoDate | undefined): NextStep {
  const { step, trigger, deadline, previousDoneOn, occurrence } = candidate;
  const resolved = resolveDeadline(
    deadline,
    history.student.ageBand,
    { trigger: occurrence ?? trigger?.since, agreementSigned: signed, previousStep: previousDoneOn },
    history.calendar,
  );
  const condition = step.condition === undefined ? null : { quote: step.condition, by: resolved.date };
  return {
    stepId: step.id,
    title: step.title,
    quote: step.quote,
    responsible: step.responsible,
    deadline: resolved.date,
    deadlineRule: resolved.rule,
    deadlineFrom: resolved.from,
    condition,
    overdue: condition === null && resolved.date !== null && resolved.date < asOf,
    source: step.source,
    forms: step.forms,
  };
}
