import { z } from 'zod';
import { IsoDate } from './date';
import { Forecast } from './forecast';
import { SourceRef } from './source';
import type { AssessmentNote, DeadlineFrom, DeadlineRuleWords, TriggerDetail } from './trigger-detail';

/**
 * The same five levels in every profile.
 * - ok: every rule was checked against what the page shows and none fired
 * - unknown: none fired, but at least one rule cannot be decided from what the page shows
 * - watch / concern / serious: the highest level among the rules that fired
 */
export const Level = z.enum(['ok', 'unknown', 'watch', 'concern', 'serious']);
export type Level = z.infer<typeof Level>;

export const LEVEL_ORDER: readonly Level[] = ['ok', 'unknown', 'watch', 'concern', 'serious'];

/** The levels a rule can give when it fires; each profile says which rule gives which. */
export const RuleLevel = z.enum(['watch', 'concern', 'serious']);
export type RuleLevel = z.infer<typeof RuleLevel>;

export function levelRank(level: Level): number {
  return LEVEL_ORDER.indexOf(level);
}

export function maxLevel(levels: Iterable<Level>): Level {
  let best: Level = 'ok';
  for (const level of levels) if (levelRank(level) > levelRank(best)) best = level;
  return best;
}

/**
 * A number or level no source gives, kept because a teacher needs it: labelled as the extension's
 * own wherever it is shown (never inside a quote box), and switchable off in options.
 */
export const OwnDefault = z.object({
  /** Why the extension adds it, in plain Norwegian. */
  why: z.string().min(1),
});
export type OwnDefault = z.infer<typeof OwnDefault>;

/** A trigger that fired, with the numbers behind it. */
export const FiredTrigger = z.object({
  triggerId: z.string(),
  level: RuleLevel,
  /** The rule in the source's own words. */
  quote: z.string(),
  /** The numbers behind it as a code, which the UI words, e.g. "9 dager og 12 enkelttimer dette halvåret (grense: 8 dager / 10 timer)". */
  detail: z.custom<TriggerDetail>(),
  /** The numbers themselves, for tests and for the forms. */
  values: z.record(z.string(), z.number()),
  source: SourceRef,
  /** The step this trigger leads to. */
  stepId: z.string().optional(),
  /** The date the trigger's condition was first met, where that is known (deadlines count from it). */
  since: z.optional(IsoDate),
  /**
   * Each separate occurrence of what the rule reacts to (an undocumented day, a lateness, a run of
   * unnotified days), oldest first, where the rule counts occurrences: a step done for one does
   * not answer a later one.
   */
  occurrences: z.array(IsoDate).optional(),
  /** Set when the rule is a Nærværsradar default rather than the source's own. */
  ownDefault: z.optional(OwnDefault),
});
export type FiredTrigger = z.infer<typeof FiredTrigger>;

export const NextStep = z.object({
  stepId: z.string(),
  title: z.string(),
  /** The step in the source's own words. */
  quote: z.string(),
  responsible: z.string(),
  deadline: z.nullable(IsoDate),
  /** The deadline in the source's words, e.g. "senest tredje dag", "umiddelbart", or ours as a code where it has none. */
  deadlineRule: z.custom<DeadlineRuleWords>(),
  /**
   * What the deadline is counted from, where that is not plain from the rule, e.g. the signed
   * agreement on 02.11.2026; null for "umiddelbart" and steps without a date.
   */
  deadlineFrom: z.custom<DeadlineFrom>().nullable(),
  /**
   * Set for a step that is due only if something happens (or fails to): the source's words ("hvis
   * det ikke oppnås respons") and the step's deadline, if it has one. Such a step is never overdue.
   */
  condition: z.object({ quote: z.string(), by: z.nullable(IsoDate) }).nullable(),
  overdue: z.boolean(),
  source: SourceRef,
  /** Ids of the forms this step uses (e.g. "kartlegging-fravaersmonster"). */
  forms: z.array(z.string()),
});
export type NextStep = z.infer<typeof NextStep>;

export const Assessment = z.object({
  profileId: z.string(),
  asOf: IsoDate,
  level: Level,
  fired: z.array(FiredTrigger),
  nextStep: z.nullable(NextStep),
  doneSteps: z.array(z.object({ stepId: z.string(), title: z.string(), doneOn: IsoDate, doneBy: z.string().optional() })),
  /** Steps whose deadline has passed without being done, e.g. "Evaluering av samarbeidsavtale". */
  overdue: z.array(z.object({ stepId: z.string(), title: z.string(), deadline: IsoDate })),
  /**
   * Rules that could not be decided from what the page shows, each with the reason. When nothing
   * fired and this is not empty, the level is `unknown`, never `ok`.
   */
  undecided: z.array(z.object({ triggerId: z.string(), quote: z.string(), reason: z.custom<AssessmentNote>() })),
  /** Everything the engine could not know or had to assume, as codes (undecided rules' reasons included). */
  unknown: z.array(z.custom<AssessmentNote>()),
  /** When, at the page's current rate, rules that have not fired are expected to (docs/FORECAST.md). */
  forecast: z.array(Forecast).default([]),
});
export type Assessment = z.infer<typeof Assessment>;
