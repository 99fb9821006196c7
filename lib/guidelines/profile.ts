import { z } from 'zod';
import { OwnDefault, RuleLevel } from '../model/assessment';
import { SourceRef } from '../model/source';
import { AgeBand } from '../model/student';

/**
 * A guideline profile: a municipality's (or a research source's) absence rules as data.
 * The built-in profiles and a municipality's own imported JSON go through this one schema,
 * cross-references included, so a hand-written file is checked exactly like ours.
 */

/** The forms the extension can export; a profile may only name these. */
export const KNOWN_FORM_IDS = [
  'kartlegging-fravaersmonster',
  'samarbeidsavtale',
  'evaluering-samarbeidsavtale',
  'oppfolgingsplan',
  'samarbeidsavtale-trondelag',
  'evaluering-trondelag',
  'kartlegging-stress',
] as const;
export type KnownFormId = (typeof KNOWN_FORM_IDS)[number];

/**
 * Limits no real guideline comes near (the built-in ones have at most 11 triggers and 11 steps, and
 * their longest quote is a few hundred characters). A file past them is refused with the field and
 * the limit named, before the cross-checks below run over it.
 */
export const PROFILE_LIMITS = {
  triggers: 200,
  steps: 200,
  sources: 50,
  forms: 20,
  idChars: 80,
  textChars: 10_000,
} as const;

const id = z
  .string()
  .max(PROFILE_LIMITS.idChars)
  .refine((value) => /^[a-z0-9][a-z0-9-]*$/.test(value), { params: { problem: { code: 'not-an-id' } satisfies ProfileRuleProblem } });
const text = z.string().trim().min(1).max(PROFILE_LIMITS.textChars);
const positiveInt = z.number().int().positive();
const count = z.number().nonnegative();
const percent = z.number().min(0).max(100);

/** A deadline rule without its starting point: what "umiddelbart", "senest tredje dag", "innen tre uker" mean. */
export const DeadlineRule = z.strictObject({
  kind: z.enum(['none', 'sameDay', 'schoolDays', 'calendarDays', 'weeks']),
  /** schoolDays: the nth school day counting the start as day 1; calendarDays / weeks: added to the start. */
  n: positiveInt.optional(),
  /** The source's own words for the deadline, shown with it, e.g. "senest tredje dag". */
  label: text.optional(),
});
export type DeadlineRule = z.infer<typeof DeadlineRule>;

export const Deadline = z.strictObject({
  ...DeadlineRule.shape,
  /**
   * What the deadline counts from:
   * - trigger: the date the trigger's condition was first met (its `since`)
   * - agreementSigned: the date the samarbeidsavtale was signed ("innen tre uker")
   * - previousStep: the date the step before it in the chain was done
   */
  from: z.enum(['trigger', 'agreementSigned', 'previousStep']).default('trigger'),
  /** A different rule for some age bands (Rælingen: barnetrinn "umiddelbart", ungdomstrinn "senest tredje dag"). */
  perAgeBand: z.partialRecord(AgeBand, DeadlineRule).optional(),
});
export type Deadline = z.infer<typeof Deadline>;
export type DeadlineInput = z.input<typeof Deadline>;

const NO_DEADLINE = { kind: 'none', from: 'trigger' } as const;

const triggerBase = {
  id,
  level: RuleLevel,
  /**
   * Set when no source gives this rule's number or level: the extension's own default, labelled as
   * such wherever it is shown and left out when the teacher switches defaults off in options.
   */
  ownDefault: OwnDefault.optional(),
  /** The rule in the source's own words, verbatim. */
  quote: text,
  source: SourceRef,
  /** The step this trigger leads to. */
  stepId: id,
  /**
   * Overrides the step's deadline when this trigger is what leads there: the same "kontakt hjemmet"
   * step is "umiddelbart" after ugyldig fravær but "senest tredje dag" after unnotified absence on
   * ungdomstrinn.
   */
  deadline: Deadline.optional(),
};

/** Which absence counts: all of it, only gyldig (documented) or only ugyldig (undocumented). */
export const DocumentedFilter = z.enum(['any', 'documented', 'undocumented']);
export type DocumentedFilter = z.infer<typeof DocumentedFilter>;

/** The current halvår (currentTerm of the school calendar). */
const termWindow = z.literal('term').default('term');

/**
 * Whole days and enkelttimer in the current halvår. "og/eller" is combine 'or': the trigger fires
 * when either quantity passes its threshold. "Over" is strictly more than ("fravær over 8 dager");
 * "atLeast" is that many or more ("10 dager i halvåret").
 */
export const AbsenceTotalTrigger = z.strictObject({
  ...triggerBase,
  kind: z.literal('absenceTotal'),
  window: termWindow,
  filter: DocumentedFilter.default('any'),
  daysOver: count.optional(),
  daysAtLeast: count.optional(),
  lessonsOver: count.optional(),
  lessonsAtLeast: count.optional(),
  combine: z.enum(['or', 'and']).default('or'),
});

/**
 * Consecutive school days absent without the school being told (notified === false), in the
 * current halvår. The contact deadline per age band sits in `deadline` (from: 'trigger', counted
 * from the first day of the run).
 */
export const UnnotifiedTrigger = z.strictObject({
  ...triggerBase,
  kind: z.literal('unnotified'),
  minDays: positiveInt.default(1),
  /** A day with enkelttimer absent without notice counts too ("Ikke gitt beskjed om fravær"). */
  includeLessons: z.boolean().default(false),
});

/** Ugyldig fravær: whole days ("hel dag") or enkelttimer, in the current halvår. */
export const UndocumentedTrigger = z.strictObject({
  ...triggerBase,
  kind: z.literal('undocumented'),
  unit: z.enum(['day', 'lesson']),
  atLeast: positiveInt.default(1),
  window: termWindow,
});

/** Forsentkomming in the current halvår; firstLessonOnly counts only "til skolestart". */
export const LatenessTrigger = z.strictObject({
  ...triggerBase,
  kind: z.literal('lateness'),
  atLeast: positiveInt.default(1),
  window: termWindow,
  firstLessonOnly: z.boolean().default(false),
});

/** "Eleven møter opp på skolen, men forlater den igjen", in the current halvår. */
export const LeftEarlyTrigger = z.strictObject({
  ...triggerBase,
  kind: z.literal('leftEarly'),
  atLeast: positiveInt.default(1),
  window: termWindow,
});

/**
 * Away on `atLeast` or more separate school days within any `withinDays` calendar days of the
 * current halvår ("tre eller flere ganger i løpet av en to ukers periode"). Documented absence
 * counts unless the filter says otherwise ("selv om fraværet er dokumentert"). Each school day with
 * any absence (whole day, enkelttimer, left early) is one time; lateness is not being away.
 */
export const FrequencyTrigger = z.strictObject({
  ...triggerBase,
  kind: z.literal('frequency'),
  atLeast: positiveInt,
  withinDays: positiveInt,
  filter: DocumentedFilter.default('any'),
});

/**
 * The 10 % fraværsgrense per subject (videregående). fireAt 'warning' fires when a subject reaches
 * the warning percent (the subject's own warningLimit from the portal, else warnAtPercent); 'limit'
 * fires when it reaches the limit (the subject's own limit, else limitPercent).
 */
export const SubjectLimitTrigger = z.strictObject({
  ...triggerBase,
  kind: z.literal('subjectLimit'),
  warnAtPercent: percent.default(7),
  limitPercent: percent.default(10),
  fireAt: z.enum(['warning', 'limit']).default('warning'),
});

/**
 * More than `percentOver` % of the school time in the last `lastCalendarDays` calendar days
 * (Kearney: "mer enn 25% av skoletiden siste 14 dagene"). Enkelttimer count as a share of a day.
 */
export const ShareOfSchoolTimeTrigger = z.strictObject({
  ...triggerBase,
  kind: z.literal('shareOfSchoolTime'),
  percentOver: percent,
  lastCalendarDays: positiveInt,
});

/**
 * More than `daysOver` days and/or more than `percentOver` % of the school days in the last
 * `weeks` weeks (Kearney: "mer enn 10 dagers (15%) fravær i løpet av de 15 siste ukene"). Not
 * limited to the halvår: fifteen weeks reach back over a term boundary.
 */
export const LongWindowTrigger = z.strictObject({
  ...triggerBase,
  kind: z.literal('longWindow'),
  weeks: positiveInt,
  daysOver: count.optional(),
  percentOver: percent.optional(),
  combine: z.enum(['or', 'and']).default('or'),
});

/**
 * Absent the whole first school day of the school year ("Elever som ikke møter første skoledag
 * kontaktes per telefon").
 */
export const FirstSchoolDayTrigger = z.strictObject({
  ...triggerBase,
  kind: z.literal('firstSchoolDay'),
});

export const Trigger = z.discriminatedUnion('kind', [
  AbsenceTotalTrigger,
  UnnotifiedTrigger,
  UndocumentedTrigger,
  LatenessTrigger,
  LeftEarlyTrigger,
  FrequencyTrigger,
  SubjectLimitTrigger,
  ShareOfSchoolTimeTrigger,
  LongWindowTrigger,
  FirstSchoolDayTrigger,
]);
export type Trigger = z.infer<typeof Trigger>;
export type TriggerKind = Trigger['kind'];
export type TriggerOf<K extends TriggerKind> = Extract<Trigger, { kind: K }>;

export const Step = z.strictObject({
  id,
  /** A short imperative title for the step card. */
  title: text,
  /** The step in the source's own words, verbatim. */
  quote: text,
  source: SourceRef,
  responsible: text,
  deadline: Deadline.default(NO_DEADLINE),
  forms: z.array(z.string()).max(PROFILE_LIMITS.forms).default([]),
  /** The step that follows when this one is done. */
  next: id.optional(),
  /** The step to take instead when the student is over 18 (Trøndelag: "må eleven selv kontaktes"). */
  ifAdult: id.optional(),
  /**
   * The step applies only if something happens or fails to, in the source's words ("hvis det ikke
   * oppnås respons"). With a deadline, the condition is said with the date ("… innen 24.11.2026")
   * and the step is never overdue; without one, it is shown with its condition for the teacher to
   * judge and mark done.
   */
  condition: text.optional(),
  /**
   * Done once per occurrence of what triggered it (a call home answers this week's absence, not
   * next month's): a record counts as done only if made on or after the date the trigger's
   * condition was met. Other steps, once done in a case, stay done.
   */
  perOccurrence: z.boolean().default(false),
});
export type Step = z.infer<typeof Step>;

const ProfileShape = z.strictObject({
  id,
  name: text,
  publisher: text,
  audience: z.enum(['grunnskole', 'videregaende', 'alle']),
  version: text,
  sources: z.array(SourceRef).min(1).max(PROFILE_LIMITS.sources),
  triggers: z.array(Trigger).min(1).max(PROFILE_LIMITS.triggers),
  steps: z.array(Step).min(1).max(PROFILE_LIMITS.steps),
  forms: z.array(z.string()).max(PROFILE_LIMITS.forms).default([]),
});

export const GuidelineProfile = ProfileShape.superRefine((profile, ctx) => {
  for (const problem of profileProblems(profile)) {
    ctx.addIssue({ code: 'custom', path: problem.path, message: problem.problem.code, params: { problem: problem.problem } });
  }
});
export type GuidelineProfile = z.infer<typeof GuidelineProfile>;
/** What a profile file or a built-in profile is written as: defaults may be left out. */
export type GuidelineProfileInput = z.input<typeof GuidelineProfile>;

/**
 * What a profile's own rules find wrong, beyond its shape, as a code the UI words
 * (components/common/field-problem-words.ts). Field names are the file's own ("daysOver").
 */
export type ProfileRuleProblem =
  /** An id is not small letters a–z, digits and hyphens. */
  | { code: 'not-an-id' }
  /** The id is used before, at `list`[`first`]. */
  | { code: 'duplicate-id'; id: string; list: 'triggers' | 'steps'; first: number }
  | { code: 'missing-step'; stepId: string }
  | { code: 'unknown-form'; form: string; known: string[] }
  /** `next` leads round in a loop back to `backTo`. */
  | { code: 'next-loop'; backTo: string }
  /** A deadline of this kind needs its number (n). */
  | { code: 'deadline-needs-n'; kind: string }
  /** The trigger needs at least one of these limits. */
  | { code: 'needs-limit'; kind: string; fields: string[] }
  /** Only one of the two may be given. */
  | { code: 'one-of'; fields: [string, string] }
  /** The warning percent is above the limit percent. */
  | { code: 'warning-above-limit' };

export interface ProfileProblem {
  path: (string | number)[];
  problem: ProfileRuleProblem;
}

/**
 * What a well-typed profile can still get wrong: duplicate ids, a step that does not exist, an
 * unknown form, a deadline without its number, a trigger without a threshold, a loop in `next`.
 */
export function profileProblems(profile: z.infer<typeof ProfileShape>): ProfileProblem[] {
  const problems: ProfileProblem[] = [];
  const stepIds = new Set(profile.steps.map((s) => s.id));
  const known = new Set<string>(KNOWN_FORM_IDS);
  const knownList = [...KNOWN_FORM_IDS];

  const firstIndex = new Map<string, number>();
  profile.triggers.forEach((t, i) => {
    const first = firstIndex.get(t.id);
    if (first !== undefined) problems.push({ path: ['triggers', i, 'id'], problem: { code: 'duplicate-id', id: t.id, list: 'triggers', first } });
    else firstIndex.set(t.id, i);
  });
  firstIndex.clear();
  profile.steps.forEach((s, i) => {
    const first = firstIndex.get(s.id);
    if (first !== undefined) problems.push({ path: ['steps', i, 'id'], problem: { code: 'duplicate-id', id: s.id, list: 'steps', first } });
    else firstIndex.set(s.id, i);
  });

  const missingStep = (stepId: string): ProfileRuleProblem => ({ code: 'missing-step', stepId });
  profile.triggers.forEach((t, i) => {
    if (!stepIds.has(t.stepId)) problems.push({ path: ['triggers', i, 'stepId'], problem: missingStep(t.stepId) });
    if (t.deadline) problems.push(...deadlineProblems(t.deadline, ['triggers', i, 'deadline']));
    problems.push(...thresholdProblems(t, ['triggers', i]));
  });
  profile.steps.forEach((s, i) => {
    if (s.next !== undefined && !stepIds.has(s.next)) problems.push({ path: ['steps', i, 'next'], problem: missingStep(s.next) });
    if (s.ifAdult !== undefined && !stepIds.has(s.ifAdult)) {
      problems.push({ path: ['steps', i, 'ifAdult'], problem: missingStep(s.ifAdult) });
    }
    problems.push(...deadlineProblems(s.deadline, ['steps', i, 'deadline']));
    s.forms.forEach((f, j) => {
      if (!known.has(f)) problems.push({ path: ['steps', i, 'forms', j], problem: { code: 'unknown-form', form: f, known: knownList } });
    });
  });
  profile.forms.forEach((f, j) => {
    if (!known.has(f)) problems.push({ path: ['forms', j], problem: { code: 'unknown-form', form: f, known: knownList } });
  });

  problems.push(...nextLoopProblems(profile.steps));
  return problems;
}

/**
 * Every step whose `next` chain runs into a loop, with the step where it first comes back, in one
 * pass over the steps (each step is walked once; the check used to walk the whole chain from every
 * step, which took tens of seconds on a file of many thousand steps).
 *
 * Each step has at most one `next`, so from any step the chain either ends or enters exactly one
 * loop. A step on a loop comes back to itself; a step leading into one comes back to the first
 * step of the loop its chain reaches. Steps are reported in file order, as before.
 */
export function nextLoopProblems(steps: readonly Pick<Step, 'id' | 'next'>[]): ProfileProblem[] {
  // A duplicated id is reported on its own; as before, its last step's `next` is the one followed.
  const nextOf = new Map(steps.map((step) => [step.id, step.next]));
  // For each step already walked: the loop step its chain comes back to, or null if it ends.
  const backTo = new Map<string, string | null>();
  for (const step of steps) {
    if (backTo.has(step.id)) continue;
    const path: string[] = [];
    const onPath = new Map<string, number>();
    let at: string | undefined = step.id;
    let result: string | null = null;
    // Walk until the chain ends, meets a step already decided, or meets itself (a loop).
    while (at !== undefined && !backTo.has(at) && !onPath.has(at)) {
      onPath.set(at, path.length);
      path.push(at);
      at = nextOf.get(at);
    }
    let decidedFrom = path.length;
    if (at !== undefined && onPath.has(at)) {
      // path[loopStart …] is a loop: each of its steps comes back to itself.
      const loopStart = onPath.get(at)!;
      for (let i = loopStart; i < path.length; i++) backTo.set(path[i]!, path[i]!);
      decidedFrom = loopStart;
      result = backTo.get(at)!;
    } else if (at !== undefined) {
      // A decided step on a loop names itself, one before a loop names the loop's first step:
      // either way, the first loop step this chain reaches.
      result = backTo.get(at)!;
    }
    for (let i = decidedFrom - 1; i >= 0; i--) backTo.set(path[i]!, result);
  }
  const problems: ProfileProblem[] = [];
  steps.forEach((step, i) => {
    if (step.next === undefined) return;
    const loop = backTo.get(step.id);
    if (loop !== null && loop !== undefined) problems.push({ path: ['steps', i, 'next'], problem: { code: 'next-loop', backTo: loop } });
  });
  return problems;
}

function deadlineProblems(deadline: Deadline, path: (string | number)[]): ProfileProblem[] {
  const rules: [DeadlineRule, (string | number)[]][] = [[deadline, path]];
  for (const [band, rule] of Object.entries(deadline.perAgeBand ?? {})) {
    if (rule) rules.push([rule, [...path, 'perAgeBand', band]]);
  }
  return rules
    .filter(([rule]) => rule.kind !== 'none' && rule.kind !== 'sameDay' && rule.n === undefined)
    .map(([rule, at]) => ({ path: [...at, 'n'], problem: { code: 'deadline-needs-n', kind: rule.kind } }));
}

function thresholdProblems(trigger: Trigger, path: (string | number)[]): ProfileProblem[] {
  const problems: ProfileProblem[] = [];
  if (trigger.kind === 'absenceTotal') {
    const { daysOver, daysAtLeast, lessonsOver, lessonsAtLeast } = trigger;
    if ([daysOver, daysAtLeast, lessonsOver, lessonsAtLeast].every((v) => v === undefined)) {
      problems.push({ path, problem: { code: 'needs-limit', kind: 'absenceTotal', fields: ['daysOver', 'daysAtLeast', 'lessonsOver', 'lessonsAtLeast'] } });
    }
    if (daysOver !== undefined && daysAtLeast !== undefined) {
      problems.push({ path: [...path, 'daysAtLeast'], problem: { code: 'one-of', fields: ['daysOver', 'daysAtLeast'] } });
    }
    if (lessonsOver !== undefined && lessonsAtLeast !== undefined) {
      problems.push({ path: [...path, 'lessonsAtLeast'], problem: { code: 'one-of', fields: ['lessonsOver', 'lessonsAtLeast'] } });
    }
  }
  if (trigger.kind === 'longWindow' && trigger.daysOver === undefined && trigger.percentOver === undefined) {
    problems.push({ path, problem: { code: 'needs-limit', kind: 'longWindow', fields: ['daysOver', 'percentOver'] } });
  }
  if (trigger.kind === 'subjectLimit' && trigger.warnAtPercent > trigger.limitPercent) {
    problems.push({ path: [...path, 'warnAtPercent'], problem: { code: 'warning-above-limit' } });
  }
  return problems;
}

/** Checks a built-in profile at import: a mistake in our own data is a programming error. */
export function defineProfile(input: GuidelineProfileInput): GuidelineProfile {
  return GuidelineProfile.parse(input);
}
