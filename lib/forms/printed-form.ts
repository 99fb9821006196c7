import { ANSWER_WORDS } from './definitions/answer-words';
import type { FormDefinition } from './form-definition';

/** What the DOCX and the PDF print the same way, so the two exports read alike. */

export const UNCHECKED = '☐';
export const CHECKED = '☒';

/** The header line: "Rælingen kommune – Fravær i barnehager og skoler – en praktisk og faglig veileder". */
export function sourceTitle(form: FormDefinition): string {
  return `${form.source.publisher} – ${form.source.document}`;
}

/**
 * Document metadata travels with a file wherever it is copied and shows in file browsers, so it
 * names the form and the guideline only, never the student.
 */
export function formMetadata(form: FormDefinition): { title: string; subject: string; creator: string } {
  return { title: form.title, subject: sourceTitle(form), creator: 'Nærværsradar' };
}

/** "Side 2 av 3": the form's own Norwegian, like its text (definitions/answer-words.ts). */
export function pageLabel(page: number, pages: number): string {
  return ANSWER_WORDS.pageLabel(page, pages);
}

/** "Skole:" but "Fraværsmønster." and "Hvor høyt er fraværet?" as printed: no colon after a stop. */
export function inlineLabel(label: string): string {
  return /[.?:!]$/.test(label) ? `${label} ` : `${label}: `;
}
