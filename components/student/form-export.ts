import type { ContactParty, StudentRecord } from '../../lib/model';
import { formFields, type FormDefinition } from '../../lib/forms/form-definition';
import { norwegianDate, type FilledForm, type FilledValue } from '../../lib/forms/prefill';

/**
 * What the student page puts into a form beyond the page's own numbers, and the teacher's edits
 * of the preview. Pure: the component keeps a FormDraft in state and renders finalForm().
 *
 * Consent works field by field ("hva synes du er greit at jeg sier", LOS reports): a note's text
 * goes into a field only when its box is ticked, and every box starts unticked.
 */

/** The guidelines' own names for the parties, as they read in a Norwegian form. */
const PARTY_NAME_NB: Record<ContactParty, string> = {
  elev: 'eleven',
  foresatte: 'foresatte',
  ledelse: 'skolens ledelse',
  kontaktlaerer: 'kontaktlærer',
  helsesykepleier: 'helsesykepleier',
  PPT: 'PPT',
  UngdomsLOS: 'UngdomsLOS',
  barnevern: 'barneverntjenesten',
  NAV: 'NAV',
  OT: 'Oppfølgingstjenesten (OT)',
  BUP: 'BUP',
  annen: 'andre',
};

/** Contact with these is contact with a hjelpeinstans (kartleggingsskjema 1, item 12). */
const HELP_SERVICES: readonly ContactParty[] = ['helsesykepleier', 'PPT', 'UngdomsLOS', 'barnevern', 'NAV', 'OT', 'BUP'];

/** "12.11.2026: Ringte mor; møte avtalt." — one line per contact, oldest first. */
function contactLines(record: StudentRecord, party: ContactParty): string {
  return record.contactLog
    .filter((entry) => entry.withWhom === party)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((entry) => {
      const said = entry.agreed.trim().replace(/\s*\n\s*/g, ' ');
      return said ? `${norwegianDate(entry.date)}: ${said}` : norwegianDate(entry.date);
    })
    .join('\n');
}

function helpServices(record: StudentRecord): string {
  const met = HELP_SERVICES.filter((party) => record.contactLog.some((entry) => entry.withWhom === party));
  return met.map((party) => PARTY_NAME_NB[party]).join(', ');
}

/** Trøndelag's Kartlegging, in its own three words. */
function mappingText(record: StudentRecord): string {
  const { naervaersfaktorer, utlosendeFaktorer, opprettholdendeFaktorer } = record.mapping;
  return [
    ['Nærværsfaktorer', naervaersfaktorer],
    ['Utløsende faktorer', utlosendeFaktorer],
    ['Opprettholdende faktorer', opprettholdendeFaktorer],
  ]
    .filter(([, text]) => text?.trim())
    .map(([label, text]) => `${label}: ${text!.trim()}`)
    .join('\n');
}

/**
 * Which note goes to which field of which form. Fields not listed here are written by the teacher
 * in the preview itself.
 */
const NOTE_SOURCES: Readonly<Record<string, Readonly<Record<string, (record: StudentRecord) => string>>>> = {
  'kartlegging-fravaersmonster': {
    'kontakt-elev': (record) => contactLines(record, 'elev'),
    'kontakt-foresatte': (record) => contactLines(record, 'foresatte'),
    hjelpeinstanser: helpServices,
    'andre-opplysninger': mappingText,
  },
};

/** The notes' text for each field of `form` that notes can fill, where the notes have any. */
export function noteValuesFor(form: FormDefinition, record: StudentRecord | null): Record<string, string> {
  const sources = NOTE_SOURCES[form.id] ?? {};
  const values: Record<string, string> = {};
  if (!record) return values;
  for (const field of formFields(form)) {
    const source = field.origin === 'notes' ? sources[field.id] : undefined;
    const text = source?.(record).trim();
    if (text) values[field.id] = text;
  }
  return values;
}

/** One consent checkbox: a field, the form's own label for it, and the note text that would go in. */
export interface ConsentItem {
  fieldId: string;
  label: string;
  text: string;
}

export function consentItems(form: FormDefinition, noteValues: Readonly<Record<string, string>>): ConsentItem[] {
  return formFields(form)
    .filter((field) => noteValues[field.id] !== undefined)
    .map((field) => ({
      fieldId: field.id,
      label: field.number ? `${field.number} ${field.label}` : field.label,
      text: noteValues[field.id]!,
    }));
}

/** The teacher's own value for a field in the preview: text, or the ticked options. */
export interface FieldEdit {
  value: string | string[];
  other?: string;
}

export interface FormDraft {
  consent: Readonly<Record<string, boolean>>;
  edits: Readonly<Record<string, FieldEdit>>;
}

export const emptyDraft = (): FormDraft => ({ consent: {}, edits: {} });

/**
 * Ticks or unticks one field's consent. Unticking also drops the teacher's edit of that field:
 * an edit made after ticking may hold the note's words, which must then not go out.
 */
export function setConsent(draft: FormDraft, fieldId: string, on: boolean): FormDraft {
  const consent = { ...draft.consent, [fieldId]: on };
  if (on) return { ...draft, consent };
  const { [fieldId]: _dropped, ...edits } = draft.edits;
  return { consent, edits };
}

export function editField(draft: FormDraft, fieldId: string, edit: FieldEdit): FormDraft {
  return { ...draft, edits: { ...draft.edits, [fieldId]: edit } };
}

export function resetField(draft: FormDraft, fieldId: string): FormDraft {
  const { [fieldId]: _dropped, ...edits } = draft.edits;
  return { ...draft, edits };
}

/**
 * The form as it will be exported: the prefilled values with the teacher's edits on top. A field
 * the form leaves to be written by hand (a signature) is never filled; an emptied field becomes
 * empty (ruled lines to write on) rather than an empty string.
 */
export function finalForm(filled: FilledForm, draft: FormDraft): FilledForm {
  const handwritten = new Set(formFields(filled.form).filter((f) => f.origin === 'none').map((f) => f.id));
  const values = filled.values.map((value): FilledValue => {
    const edit = Object.hasOwn(draft.edits, value.fieldId) ? draft.edits[value.fieldId] : undefined;
    if (!edit || handwritten.has(value.fieldId)) return value;
    const other = edit.other?.trim();
    const empty = typeof edit.value === 'string' ? edit.value.trim() === '' : edit.value.length === 0;
    const base = { fieldId: value.fieldId, label: value.label };
    if (empty) return { ...base, value: null, origin: 'empty' };
    const origin = value.origin === 'empty' ? 'notes' : value.origin;
    return { ...base, value: typeof edit.value === 'string' ? edit.value : [...edit.value], origin, ...(other ? { other } : {}) };
  });
  return { ...filled, values };
}
