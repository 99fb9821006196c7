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
  consentedNotes,
  consentItems,
  editField,
  emptyDraft,
  finalForm,
  resetField,
  type FormDraft,
} from '../../../components/student/form-export';
import { addContact, logExport, recordFromHandoff, setMapping, setNoteConsent } from '../../../components/student/record-edit';
import { StudentRecord as StudentRecordSchema, type ConsentParty } from '../../../lib/model';
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
  const notes = consentedNotes(kartlegging, record);
  return finalForm(prefillForm(kartlegging, source, notes.values, notes.consent), draft);
}

const consent = (record: StudentRecord, item: string, by: ConsentParty, on = true, day = '2026-11-23') =>
  setNoteConsent(record, item, by, on, day, NOW);

/** Every note consented, as the form would take them all. */
function allConsented(record: StudentRecord): StudentRecord {
  return consentItems(kartlegging, record).reduce((r, item) => consent(r, item.item, item.by), record);
}

const valueOf = (filled: FilledForm, fieldId: string) => filled.values.find((v) => v.fieldId === fieldId)?.value ?? null;

describe('what the notes can put in kartleggingsskjema 1', () => {
  it('item 5 "Kontakt med elev" and item 6 "Kontakt med foresatte": one item per contact, oldest first, dated', () => {
    const items = consentItems(kartlegging, recordWithNotes());
    expect(items.filter((i) => i.fieldId === 'kontakt-elev').map((i) => [i.item, i.by, i.text])).toEqual([
      ['2', 'elev', '12.11.2026: Vondt i magen om morgenen.'],
    ]);
    expect(items.filter((i) => i.fieldId === 'kontakt-foresatte').map((i) => [i.item, i.by, i.text])).toEqual([
      ['3', 'foresatte', '18.11.2026'],
      ['1', 'foresatte', '20.11.2026: Mor sier han gruer seg til gym.'],
    ]);
  });

  it('items 12 and 14: the services contacted (not the school itself) and the mapping factors, each one item for the student', () => {
    const items = consentItems(kartlegging, recordWithNotes());
    expect(items.find((i) => i.fieldId === 'hjelpeinstanser')).toMatchObject({ item: 'kartlegging-fravaersmonster/hjelpeinstanser', by: 'elev', text: 'PPT, BUP' });
    expect(items.find((i) => i.fieldId === 'andre-opplysninger')?.text).toBe(
      'Nærværsfaktorer: Liker musikk\nOpprettholdende faktorer: Får spille hjemme',
    );
  });

  it('nothing from an empty record or from no record; the Rælingen samarbeidsavtale takes nothing from the notes', () => {
    expect(consentItems(kartlegging, recordFromHandoff(handoff(), NOW))).toEqual([]);
    expect(consentItems(kartlegging, null)).toEqual([]);
    expect(consentItems(samarbeidsavtale, recordWithNotes())).toEqual([]);
  });

  it('Trøndelag’s samarbeidsavtale takes the Kartlegging’s factors, and the stress mapping the ranked stressors', () => {
    const record = recordWithNotes();
    expect(consentItems(getForm('samarbeidsavtale-trondelag')!, record).map((i) => [i.fieldId, i.text])).toEqual([
      ['naervaersfaktorer', 'Liker musikk'],
      ['opprettholdende-faktorer', 'Får spille hjemme'],
    ]);
    const withStress = {
      ...record,
      stress: [{ id: 's', situation: 'Spise sammen med andre', rank: 5, grade: 'Vanskelig' as const }],
    };
    const stress = getForm('kartlegging-stress')!;
    const [item] = consentItems(stress, withStress);
    expect(item?.value).toEqual({ rows: [['Spise sammen med andre', '5', 'Vanskelig']] });
  });
});

describe('consent, note by note, kept in the record', () => {
  it('with nothing ticked, no note text is anywhere in the form, and the page values are', () => {
    const filled = filledKartlegging(recordWithNotes(), emptyDraft());
    const text = JSON.stringify(filled.values);
    for (const secret of ['Vondt i magen', 'gruer seg', 'PPT', 'Liker musikk']) expect(text).not.toContain(secret);
    expect(valueOf(filled, 'elevens-navn')).toBe('Åse Marie Ødegård');
    expect(valueOf(filled, 'klasse')).toBe('9B');
    expect(valueOf(filled, 'hvor-hoyt')).toMatch(/^10 dager/);
  });

  it('the parents’ consent to one contact lets that contact in, and no other', () => {
    const filled = filledKartlegging(consent(recordWithNotes(), '1', 'foresatte'), emptyDraft());
    expect(valueOf(filled, 'kontakt-foresatte')).toBe('20.11.2026: Mor sier han gruer seg til gym.');
    expect(valueOf(filled, 'kontakt-elev')).toBeNull();
    expect(JSON.stringify(filled.values)).not.toContain('18.11.2026');
  });

  it('the student’s and the parents’ consent are apart: one party’s tick never stands for the other’s', () => {
    // Entry 1 is what the parents said; the student agreeing to it does not let it in.
    const filled = filledKartlegging(consent(recordWithNotes(), '1', 'elev'), emptyDraft());
    expect(valueOf(filled, 'kontakt-foresatte')).toBeNull();
    const record = consent(consent(recordWithNotes(), '1', 'foresatte', true, '2026-11-20'), '2', 'elev', true, '2026-11-22');
    expect(record.consents.map((c) => [c.item, c.by, c.givenOn])).toEqual([
      ['1', 'foresatte', '2026-11-20'],
      ['2', 'elev', '2026-11-22'],
    ]);
  });

  it('for any set of consented items, a note is in the form exactly when its consent is recorded', () => {
    const record = recordWithNotes();
    const items = consentItems(kartlegging, record);
    fc.assert(
      fc.property(fc.subarray(items), (ticked) => {
        const withConsent = ticked.reduce((r, item) => consent(r, item.item, item.by), record);
        const text = JSON.stringify(filledKartlegging(withConsent, emptyDraft()).values);
        for (const item of items) {
          // "18.11.2026" (a contact with nothing said) also dates nothing else in the record.
          expect(text.includes(item.text.split('\n')[0]!), item.text).toBe(ticked.includes(item));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('withdrawing a consent removes it; consents and the export log survive a round trip through the schema', () => {
    let record = consent(recordWithNotes(), '2', 'elev');
    record = logExport(record, { formId: 'kartlegging-fravaersmonster', format: 'pdf', on: '2026-11-23', consents: [{ item: '2', by: 'elev', givenOn: '2026-11-23' }] }, NOW);
    const stored = StudentRecordSchema.parse(JSON.parse(JSON.stringify(record)));
    expect(stored.consents).toEqual([{ item: '2', by: 'elev', givenOn: '2026-11-23', recordedAt: NOW }]);
    expect(stored.exports).toEqual([
      { formId: 'kartlegging-fravaersmonster', format: 'pdf', on: '2026-11-23', at: NOW, consents: [{ item: '2', by: 'elev', givenOn: '2026-11-23' }] },
    ]);
    expect(consent(record, '2', 'elev', false).consents).toEqual([]);
    // A record stored before consents existed reads with none.
    const { consents: _c, exports: _e, ...older } = JSON.parse(JSON.stringify(recordWithNotes()));
    expect(StudentRecordSchema.parse(older)).toMatchObject({ consents: [], exports: [] });
  });

  it('all consented, every note is in its field', () => {
    const filled = filledKartlegging(allConsented(recordWithNotes()), emptyDraft());
    expect(valueOf(filled, 'kontakt-foresatte')).toBe('18.11.2026\n20.11.2026: Mor sier han gruer seg til gym.');
    expect(valueOf(filled, 'hjelpeinstanser')).toBe('PPT, BUP');
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

  it('fill a table row by row; rows left empty are dropped', () => {
    const plan = getForm('oppfolgingsplan')!;
    const source = buildPrefillSource({
      history: historyFromHandoff(handoff(), { calendar: CALENDAR }),
      assessment: evaluate(historyFromHandoff(handoff(), { calendar: CALENDAR }), raelingenGrunnskole, AS_OF),
      patterns: analysePatterns(historyFromHandoff(handoff(), { calendar: CALENDAR }), AS_OF),
      asOf: AS_OF,
    });
    const draft = editField(emptyDraft(), 'delmal', {
      value: '',
      cells: [['Få trygg relasjon til en miljøveileder', 'Motta melding med bilde.'], ['', ' '], ['Treffe medelever', '']],
    });
    const filled = finalForm(prefillForm(plan, source, {}, {}), draft);
    expect(filled.values.find((v) => v.fieldId === 'delmal')).toMatchObject({
      cells: [['Få trygg relasjon til en miljøveileder', 'Motta melding med bilde.'], ['Treffe medelever', '']],
      origin: 'notes',
    });
  });

  it('never fill a signature', () => {
    const filled = filledKartlegging(recordWithNotes(), editField(emptyDraft(), 'underskrift', { value: 'Forfalsket' }));
    expect(valueOf(filled, 'underskrift')).toBeNull();
  });
});
