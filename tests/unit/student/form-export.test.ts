import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formFields } from '../../../lib/forms/form-definition';
import { buildPrefillSource, prefillForm, type FilledForm } from '../../../lib/forms/prefill';
import { getForm } from '../../../lib/forms/registry';
import { evaluate } from '../../../lib/guidelines/evaluate';
import { raelingenGrunnskole } from '../../../lib/guidelines/profiles/raelingen-grunnskole';
import { analysePatterns } from '../../../lib/patterns';
import type { StudentRecord } from '../../../lib/model';
import {
  consentItems,
  editField,
  emptyDraft,
  finalForm,
  noteValuesFor,
  resetField,
  setConsent,
  type FormDraft,
} from '../../../components/student/form-export';
import { addContact, recordFromHandoff, setMapping } from '../../../components/student/record-edit';
import { historyFromHandoff } from '../../../components/student/student-view';
import { AS_OF, CALENDAR, NOW, handoff } from './fixture';

const kartlegging = getForm('kartlegging-fravaersmonster')!;
const samarbeidsavtale = getForm('samarbeidsavtale')!;

/** A record with private notes in every place a form can take them from. */
function recordWithNotes(): StudentRecord {
  let record = recordFromHandoff(handoff(), NOW);
  record = addContact(record, { id: '1', date: '2026-11-20', withWhom: 'foresatte', agreed: 'Mor sier han\ngruer seg til gym.' }, NOW);
  record = addContact(record, { id: '2', date: '2026-11-12', withWhom: 'elev', agreed: 'Vondt i magen om morgenen.' }, NOW);
  record = addContact(record, { id: '3', date: '2026-11-18', withWhom: 'foresatte', agreed: '' }, NOW);
  record = addContact(record, { id: '4', date: '2026-11-19', withWhom: 'BUP', agreed: 'Henvisning drøftet' }, NOW);
  record = addContact(record, { id: '5', date: '2026-11-19', withWhom: 'PPT', agreed: 'Åpen tid' }, NOW);
  record = addContact(record, { id: '6', date: '2026-11-21', withWhom: 'ledelse', agreed: 'Meldt' }, NOW);
  record = setMapping(record, 'naervaersfaktorer', 'Liker musikk', NOW);
  record = setMapping(record, 'opprettholdendeFaktorer', 'Får spille hjemme', NOW);
  return record;
}

function filledKartlegging(record: StudentRecord, draft: FormDraft): FilledForm {
  const history = historyFromHandoff(handoff(), { calendar: CALENDAR });
  const source = buildPrefillSource({
    history,
    assessment: evaluate(history, raelingenGrunnskole, AS_OF),
    patterns: analysePatterns(history, AS_OF),
    asOf: AS_OF,
    school: 'Rælingen ungdomsskole',
  });
  return finalForm(prefillForm(kartlegging, source, noteValuesFor(kartlegging, record), draft.consent), draft);
}

const valueOf = (filled: FilledForm, fieldId: string) => filled.values.find((v) => v.fieldId === fieldId)?.value ?? null;

describe('what the notes can put in kartleggingsskjema 1', () => {
  it('item 5 "Kontakt med elev" and item 6 "Kontakt med foresatte": that party’s contacts, oldest first, dated', () => {
    const values = noteValuesFor(kartlegging, recordWithNotes());
    expect(values['kontakt-elev']).toBe('12.11.2026: Vondt i magen om morgenen.');
    expect(values['kontakt-foresatte']).toBe('18.11.2026\n20.11.2026: Mor sier han gruer seg til gym.');
  });

  it('item 12 "Eventuelle hjelpeinstanser inne i bildet? Hvilke?": the services contacted, not the school itself', () => {
    expect(noteValuesFor(kartlegging, recordWithNotes()).hjelpeinstanser).toBe('PPT, BUP');
  });

  it('item 14 "Andre opplysninger av betydning?": the mapping factors that were written, under their own names', () => {
    expect(noteValuesFor(kartlegging, recordWithNotes())['andre-opplysninger']).toBe(
      'Nærværsfaktorer: Liker musikk\nOpprettholdende faktorer: Får spille hjemme',
    );
  });

  it('nothing from an empty record, from no record, and only into fields whose origin is notes', () => {
    expect(noteValuesFor(kartlegging, recordFromHandoff(handoff(), NOW))).toEqual({});
    expect(noteValuesFor(kartlegging, null)).toEqual({});
    const notesFields = new Set(formFields(kartlegging).filter((f) => f.origin === 'notes').map((f) => f.id));
    for (const id of Object.keys(noteValuesFor(kartlegging, recordWithNotes()))) expect(notesFields.has(id)).toBe(true);
  });

  it('the other forms take nothing from the notes by themselves', () => {
    expect(noteValuesFor(samarbeidsavtale, recordWithNotes())).toEqual({});
  });

  it('lists one consent item per note-derived field, with the form’s own numbered label', () => {
    const items = consentItems(kartlegging, noteValuesFor(kartlegging, recordWithNotes()));
    expect(items.map((i) => i.label)).toEqual([
      '5 Kontakt med elev. Forklaring på fraværet.',
      '6 Kontakt med foresatte. Hvor ofte og forklaring på fraværet.',
      '12 Eventuelle hjelpeinstanser inne i bildet? Hvilke?',
      '14 Andre opplysninger av betydning?',
    ]);
  });
});

describe('consent, item by item', () => {
  it('with nothing ticked, no note text is anywhere in the form, and the page values are', () => {
    const filled = filledKartlegging(recordWithNotes(), emptyDraft());
    const text = JSON.stringify(filled.values);
    for (const secret of ['Vondt i magen', 'gruer seg', 'PPT', 'Liker musikk']) expect(text).not.toContain(secret);
    expect(valueOf(filled, 'elevens-navn')).toBe('Åse Marie Ødegård');
    expect(valueOf(filled, 'klasse')).toBe('9B');
    expect(valueOf(filled, 'hvor-hoyt')).toMatch(/^10 dager/);
  });

  it('ticking one item lets exactly that note in', () => {
    const filled = filledKartlegging(recordWithNotes(), setConsent(emptyDraft(), 'kontakt-elev', true));
    expect(valueOf(filled, 'kontakt-elev')).toBe('12.11.2026: Vondt i magen om morgenen.');
    expect(valueOf(filled, 'kontakt-foresatte')).toBeNull();
    expect(JSON.stringify(filled.values)).not.toContain('gruer seg');
  });

  it('for any set of ticked items, a note is in its field exactly when its box is ticked', () => {
    const record = recordWithNotes();
    const notes = noteValuesFor(kartlegging, record);
    const ids = Object.keys(notes);
    fc.assert(
      fc.property(fc.subarray(ids), (ticked) => {
        const draft = ticked.reduce((d, id) => setConsent(d, id, true), emptyDraft());
        const filled = filledKartlegging(record, draft);
        for (const id of ids) expect(valueOf(filled, id) === notes[id]).toBe(ticked.includes(id));
      }),
    );
  });

  it('unticking also drops what the teacher edited into that field after ticking', () => {
    let draft = setConsent(emptyDraft(), 'kontakt-elev', true);
    draft = editField(draft, 'kontakt-elev', { value: 'Vondt i magen om morgenen. Sier at hun gruer seg.' });
    draft = editField(draft, 'foreslatte-tiltak', { value: 'Møte med foresatte' });
    draft = setConsent(draft, 'kontakt-elev', false);
    const filled = filledKartlegging(recordWithNotes(), draft);
    expect(valueOf(filled, 'kontakt-elev')).toBeNull();
    expect(valueOf(filled, 'foreslatte-tiltak')).toBe('Møte med foresatte');
  });
});

describe('the teacher’s edits of the preview', () => {
  it('replace a page value; reset brings it back', () => {
    const edited = editField(emptyDraft(), 'hvor-hoyt', { value: '10 dager, se vedlegg.' });
    expect(valueOf(filledKartlegging(recordWithNotes(), edited), 'hvor-hoyt')).toBe('10 dager, se vedlegg.');
    expect(valueOf(filledKartlegging(recordWithNotes(), resetField(edited, 'hvor-hoyt')), 'hvor-hoyt')).toMatch(/^10 dager/);
  });

  it('an emptied field is left to be written by hand, not printed as an empty string', () => {
    const filled = filledKartlegging(recordWithNotes(), editField(emptyDraft(), 'klasse', { value: '   ' }));
    expect(filled.values.find((v) => v.fieldId === 'klasse')).toMatchObject({ value: null, origin: 'empty' });
  });

  it('tick boxes and write after "Annet"', () => {
    const draft = editField(emptyDraft(), 'oppholdssted', { value: ['Hjemme', 'Annet'], other: 'Hos besteforeldre' });
    const value = filledKartlegging(recordWithNotes(), draft).values.find((v) => v.fieldId === 'oppholdssted');
    expect(value).toMatchObject({ value: ['Hjemme', 'Annet'], other: 'Hos besteforeldre', origin: 'notes' });
  });

  it('never fill a signature', () => {
    const filled = filledKartlegging(recordWithNotes(), editField(emptyDraft(), 'underskrift', { value: 'Forfalsket' }));
    expect(valueOf(filled, 'underskrift')).toBeNull();
  });
});
