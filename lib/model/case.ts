import { z } from 'zod';
import { IsoDate } from './date';

/**
 * A student's case progress, as the teacher records it on the student page. It is private
 * (stored encrypted in the extension's origin) and feeds back into the engine: a done step is
 * done, the next step moves on, a signed samarbeidsavtale starts the three-week evaluation clock.
 */
export const StepProgress = z.object({
  stepId: z.string().min(1),
  doneOn: IsoDate,
  doneBy: z.string().optional(),
});
export type StepProgress = z.infer<typeof StepProgress>;

/**
 * Closing a case, in the guideline's own terms:
 * - naturligForklaring: Rælingen A, "Dersom fraværet har en naturlig forklaring, avsluttes saken."
 * - avsluttetOppfolging: "Ved bedring: … Avslutte oppfølging." / Trøndelag "Avslutt oppfølging"
 * - henvist: referred on (PPT, BUP, barneverntjenesten, OT …) and followed up there.
 */
export const CaseOutcome = z.enum(['naturligForklaring', 'avsluttetOppfolging', 'henvist']);
export type CaseOutcome = z.infer<typeof CaseOutcome>;

export const CaseRecord = z.object({
  studentKey: z.string().min(1),
  profileId: z.string().min(1),
  openedOn: IsoDate,
  steps: z.array(StepProgress),
  /** The samarbeidsavtale was signed on this date: "et evalueringsmøte avholdes innen tre uker". */
  agreementSignedOn: z.optional(IsoDate),
  closed: z.object({ on: IsoDate, outcome: CaseOutcome }).optional(),
});
export type CaseRecord = z.infer<typeof CaseRecord>;
