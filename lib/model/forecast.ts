import { z } from 'zod';
import { IsoDate } from './date';

/**
 * When, at the rate the page shows, a student is expected to pass a threshold of the guideline that
 * has not fired yet. Derived from the page alone (no private data), so the overlay may show it.
 * The method is in docs/FORECAST.md; the numbers here are what a teacher needs to judge it.
 */

/** Why a forecast should be read with care, each said to the teacher in words ("usikkert: kort periode"). */
export const ForecastUncertainty = z.enum([
  /** The page shows fewer than six school weeks of the term. */
  'shortPeriod',
  /** The rate rests on fewer than three school days with absence. */
  'fewAbsences',
  /** One long run of whole days absent (an illness) was left out of the rate. */
  'longRunLeftOut',
  /** The crossing lies more than three school weeks ahead. */
  'farAhead',
]);
export type ForecastUncertainty = z.infer<typeof ForecastUncertainty>;

export const ForecastBasis = z.object({
  /** What passes its limit: whole days, enkelttimer, or a share of school time in percent. */
  quantity: z.enum(['days', 'lessons', 'percent']),
  /** The limit as the rule states it ("fravær over 8 dager": 8). */
  limit: z.number().nonnegative(),
  /** The school days the rate was measured over (first and last), and how many there were. */
  from: IsoDate,
  to: IsoDate,
  schoolDays: z.number().int().positive(),
  /** Absence on those days: whole days (or day-equivalents for school time), or enkelttimer. */
  absent: z.number().nonnegative(),
  absentUnit: z.enum(['days', 'lessons']),
  /** School days from asOf (not counted) to the expected crossing (counted). */
  schoolDaysAhead: z.number().int().positive(),
  /** The long run of whole days left out of the rate, if one was. */
  leftOut: z.object({ from: IsoDate, to: IsoDate, schoolDays: z.number().int().positive() }).nullable(),
  uncertainty: z.array(ForecastUncertainty),
});
export type ForecastBasis = z.infer<typeof ForecastBasis>;

export const Forecast = z.object({
  triggerId: z.string(),
  /** The school day on which, at the current rate, the trigger is expected to fire. */
  expectedOn: IsoDate,
  basis: ForecastBasis,
});
export type Forecast = z.infer<typeof Forecast>;
