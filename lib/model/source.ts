import { z } from 'zod';

/**
 * Where a rule's words come from: the document, and the section or heading in it, so that a
 * teacher (or a municipality reviewing the profile) can find the sentence in their own guideline.
 */
export const SourceRef = z.object({
  /** The document's title as printed, e.g. "Fravær i barnehager og skoler – en praktisk og faglig veileder". */
  document: z.string().min(1),
  /** Who published it, e.g. "Rælingen kommune". */
  publisher: z.string().min(1),
  /** The section, heading or slide the words stand under. */
  section: z.string().min(1),
  page: z.number().int().positive().optional(),
});
export type SourceRef = z.infer<typeof SourceRef>;
