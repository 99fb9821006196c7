import { z } from 'zod';
import { IsoDate } from './date';
import { Forecast } from './forecast';
import { SourceRef } from './source';

/** The same four levels in every profile; each profile says which trigger maps to which. */
export const Level = z.enum(['ok', 'watch', 'concern', 'serious']);
export type Level = z.infer<typeof Level>;

export const LEVEL_ORDER: readonly Level[] = ['ok', 'watch', 'concern', 'serious'];

export function levelRank(level: Level): number {
  return LEVEL_ORDER.indexOf(level);
}

export function maxLevel(levels: Iterable<Level>): Level {
  let best: Level = 'ok';
  for (const level of levels) if (levelRank(level) > levelRank(best)) best = level;
  return best;
}

/** A trigger that fired, with the numbers behind it. */
export const FiredTrigger = z.object({
  triggerId: z.string(),
  level: Level,
  /** The rule in the source's own words. */
  quote: z.string(),
  /** The numbers in plain Norwegian, e.g. "9 dager og 12 enkelttimer dette halvåret (grense: 8 dager / 10 timer)". */
  detail: z.string(),
  /** The numbers themselves, for tests and for the forms. */
  values: z.record(z.string(), z.number()),
  source: SourceRef,
  /** The step this trigger leads to. */
  stepId: z.string().optional(),
  /** The date the trigger's condition was first met, where that is known (deadlines count from it). */
  since: IsoDate.optional(),
});
export type FiredTrigger = z.infer<typeof FiredTrigger>;

export const NextStep = z.object({
  stepId: z.string(),
  title: z.string(),
  /** The step in the source's own words. */
  quote: z.string(),
  responsible: z.string(),
  deadline: IsoDate.nullable(),
  /** How the deadline was reached, e.g. "senest tredje dag". */
  deadlineRule: z.string(),
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
  nextStep: NextStep.nullable(),
  doneSteps: z.array(z.object({ stepId: z.string(), title: z.string(), doneOn: IsoDate, doneBy: z.string().optional() })),
  /** Steps whose deadline has passed without being done, e.g. "Evaluering av samarbeidsavtale". */
  overdue: z.array(z.object({ stepId: z.string(), title: z.string(), deadline: IsoDate })),
  /** What the engine could not evaluate from the data it had, in plain Norwegian. */
  unknown: z.array(z.string()),
  /** When, at the page's current rate, rules that have not fired are expected to (docs/FORECAST.md). */
  forecast: z.array(Forecast).default([]),
});
export type Assessment = z.infer<typeof Assessment>;
