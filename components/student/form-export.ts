import type { ConsentParty, ContactLogEntry, ContactParty, IsoDate, NoteConsent, StudentRecord } from '../../lib/model';
import { formFields, type FormDefinition } from '../../lib/forms/form-definition';
import { norwegianDate, type FilledForm, type FilledValue, type NoteValue } from '../../lib/forms/prefill';

/**
 * What the student page puts into a form beyond the page's own numbers, and the teacher's edits
 * of the preview. Pure: the component keeps a FormDraft in state and renders finalForm().
 *
 * Consent works note by note ("hva synes du er greit at jeg sier", LOS reports): each contact-log
 * entry and each other note is an item of its own, ticked for the party whose consent it needs;
 * the consent is stored in the student's record (who, what, on which day), and nothing goes into
 * a form without it.
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

/** "12.11.2026: Ringte mor; møte avtalt." */
function contactLine(entry: ContactLogEntry): string {
  const said = entry.agreed.trim().replace(/\s*\n\s*/g, ' ');
  return said ? `${norwegianDate(entry.date)}: ${said}` : norwegianDate(entry.date);
}

function helpServices(record: StudentRecord): string {
  const met = HELP_SERVICES.filter((party) => record.contactLog.some((entry) => entry.withWhom === party));
  return met.map((party) => PARTY_NAME_NB[party]).join(', ');
}

function mappingPart(key: keyof StudentRecord['mapping']) {
  return (record: StudentRecord) => record.mapping[key].trim();
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

/** The stressors the student ranked, as the stress mapping's rows: situation, 1–6, staircase step. */
function stressRows(record: StudentRecord): NoteValue | null {
  const rows = record.stress
    .filter((item) => item.situation.trim() !== '')
    .map((item) => [item.situation.trim(), item.rank === null ? '' : String(item.rank), item.grade ?? '']);
  return rows.length === 0 ? null : { rows };
}

/**
 * Which note goes to which field of which form:
 * - "contacts": one consent item per contact-log entry with that party, consented by that party
 *   (the student for what the student said, the parents for what they said);
 * - a function: the whole field as one item, consented by the student ("hva synes du er greit at
 *   jeg sier").
 * Fields not listed here are written by the teacher in the preview itself.
 */
type NoteSource = { contacts: ConsentParty } | ((record: StudentRecord) => NoteValue | null);
const text = (read: (record: StudentRecord) => string) => (record: StudentRecord) => read(record) || null;
const NOTE_SOURCES: Readonly<Record<string, Readonly<Record<string, NoteSource>>>> = {
  'kartlegging-fravaersmonster': {
    'kontakt-elev': { contacts: 'elev' },
    'kontakt-foresatte': { contacts: 'foresatte' },
    hjelpeinstanser: text(helpServices),
    'andre-opplysninger': text(mappingText),
  },
  'samarbeidsavtale-trondelag': {
    naervaersfaktorer: text(mappingPart('naervaersfaktorer')),
    'utlosende-faktorer': text(mappingPart('utlosendeFaktorer')),
    'opprettholdende-faktorer': text(mappingPart('opprettholdendeFaktorer')),
  },
  'kartlegging-stress': { stressorer: stressRows },
};

/** One consent box: what it covers, whose consent it is, the field it fills and the words that would go in. */
export interface ConsentItem {
  /** A contact-log entry's id, or "<form id>/<field id>". */
  item: string;
  by: ConsentParty;
  fieldId: string;
  /** The field as the form prints it: "5 Kontakt med elev. Forklaring på fraværet." */
  label: string;
  /** The contact's date, for an item that is one contact-log entry. */
  date?: IsoDate;
  text: string;
  value: NoteValue;
}

function noteText(value: NoteValue): string {
  if (typeof value === 'string') return value;
  if ('rows' in value) return value.rows.map((row) => row.filter(Boolean).join(' · ')).join('\n');
  return value.join('\n');
}

/** Every note that could go into `form`, one consent item each, in the form's order (contacts oldest first). */
export function consentItems(form: FormDefinition, record: StudentRecord | null): ConsentItem[] {
  if (!record) return [];
  const sources = NOTE_SOURCES[form.id] ?? {};
  return formFields(form).flatMap((field): ConsentItem[] => {
    const source = field.origin === 'notes' ? sources[field.id] : undefined;
    if (!source) return [];
    const label = field.number ? `${field.number} ${field.label}` : field.label;
    if (typeof source === 'function') {
      const value = source(record);
      return value === null ? [] : [{ item: `${form.id}/${field.id}`, by: 'elev', fieldId: field.id, label, text: noteText(value), value }];
    }
    return record.contactLog
      .filter((entry) => entry.withWhom === source.contacts)
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
      .map((entry) => {
        const line = contactLine(entry);
        return { item: entry.id, by: source.contacts, fieldId: field.id, label, date: entry.date, text: line, value: line };
      });
  });
}

export function consentOf(record: StudentRecord | null, item: Pick<ConsentItem, 'item' | 'by'>): NoteConsent | undefined {
  return record?.consents.find((c) => c.item === item.item && c.by === item.by);
}

/**
 * The notes that may go into the form: only the consented items, joined per field (a field fed by
 * the contact log gets one line per consented contact), and the fields they fill.
 */
export function consentedNotes(
  form: FormDefinition,
  record: StudentRecord | null,
): { values: Record<string, NoteValue>; consent: Record<string, boolean>; used: ConsentItem[] } {
  const used = consentItems(form, record).filter((item) => consentOf(record, item) !== undefined);
  const values: Record<string, NoteValue> = {};
  const consent: Record<string, boolean> = {};
  for (const item of used) {
    const before = values[item.fieldId];
    values[item.fieldId] = before === undefined ? item.value : `${noteText(before)}\n${noteText(item.value)}`;
    consent[item.fieldId] = true;
  }
  return { values, consent, used };
}

/** The teacher's own value for a field in the preview: text, or the ticked options. */
export interface FieldEdit {
  value: string | string[];
  other?: string;
  /** A table field's rows, as edited. */
  cells?: string[][];
}

/** The teacher's edits of one form's preview; consent lives in the student's record. */
export interface FormDraft {
  edits: Readonly<Record<string, FieldEdit>>;
}

export const emptyDraft = (): FormDraft => ({ edits: {} });

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
    const base = { fieldId: value.fieldId, label: value.label };
    if (edit.cells) {
      const rows = edit.cells.filter((row) => row.some((cell) => cell.trim() !== '')).map((row) => row.map((cell) => cell.trim()));
      if (rows.length === 0) return { ...base, value: null, origin: 'empty' };
      return { ...base, value: null, cells: rows, origin: value.origin === 'empty' ? 'notes' : value.origin };
    }
    const empty = typeof edit.value === 'string' ? edit.value.trim() === '' : edit.value.length === 0;
    if (empty) return { ...base, value: null, origin: 'empty' };
    const origin = value.origin === 'empty' ? 'notes' : value.origin;
    return { ...base, value: typeof edit.value === 'string' ? edit.value : [...edit.value], origin, ...(other ? { other } : {}) };
  });
  return { ...filled, values };
}
