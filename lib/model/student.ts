import { z } from 'zod';

/**
 * Which part of the school system a student is in. The guidelines differ by it: Rælingen's
 * contact deadline is "umiddelbart" on barnetrinn and "senest tredje dag" on ungdomstrinn;
 * Trøndelag's guideline is for videregående.
 */
export const AgeBand = z.enum(['barnetrinn', 'ungdomstrinn', 'videregaende', 'ukjent']);
export type AgeBand = z.infer<typeof AgeBand>;

export const Student = z.object({
  /** Portal-local key, stable across visits: "<portal>:<the portal's own id>" (or a hash the adapter documents). */
  key: z.string().min(1, 'a student needs a key'),
  name: z.string().min(1, 'a student needs a name'),
  className: z.string().optional(),
  /** Trinn 1–10 in grunnskole; Vg1–Vg3 are 11–13. */
  grade: z.number().int().min(1).max(13).optional(),
  ageBand: AgeBand,
  /** Over 18: Trøndelag says "Er eleven over 18 år må eleven selv kontaktes". */
  adult: z.boolean().optional(),
});
export type Student = z.infer<typeof Student>;

export function ageBandForGrade(grade: number | undefined): AgeBand {
  if (grade === undefined) return 'ukjent';
  if (grade <= 7) return 'barnetrinn';
  if (grade <= 10) return 'ungdomstrinn';
  return 'videregaende';
}
