import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../lib/guidelines/evaluate';
import { raelingenGrunnskole } from '../../../lib/guidelines/profiles/raelingen-grunnskole';
import { trondelagVgs } from '../../../lib/guidelines/profiles/trondelag-vgs';
import { ContactParty, StudentRecord, type CaseOutcome } from '../../../lib/model';
import { caseStatusFor } from '../../../lib/store/case-status';
import {
  addContact,
  addReminder,
  addStress,
  caseStatusChanged,
  clearAgreement,
  closeCase,
  contactsNewestFirst,
  isReminderDue,
  markStepDone,
  recordFromHandoff,
  remindersInOrder,
  removeContact,
  removeReminder,
  removeStress,
  reopenCase,
  setFreeText,
  setMapping,
  setReminderDone,
  signAgreement,
  stepRecords,
  unmarkStepDone,
  updateContact,
  updateStress,
} from '../../../components/student/record-edit';
import { historyFromHandoff } from '../../../components/student/student-view';
import { AS_OF, CALENDAR, LATER, NOW, handoff } from './fixture';

const fresh = () => recordFromHandoff(handoff(), NOW);
const raelingen = { profileId: raelingenGrunnskole.id, openedOn: AS_OF };
const history = () => historyFromHandoff(handoff(), { calendar: CALENDAR });
const assess = (record: StudentRecord, asOf = AS_OF) => evaluate(history(), raelingenGrunnskole, asOf, record.caseRecord ?? undefined);

/** Freezes deeply, so that a reducer that mutates its input throws in strict mode. */
function frozen<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) frozen(inner);
    Object.freeze(value);
  }
  return value;
}

describe('a new record from the hand-over', () => {
  it('takes the student key, portal, name and class from the portal row, and nothing else', () => {
    const record = fresh();
    expect(record).toEqual({
      studentKey: 'visma-flyt-skole:4711',
      portal: 'visma-flyt-skole',
      displayName: 'Åse Marie Ødegård',
      className: '9B',
      caseRecord: null,
      contactLog: [],
      mapping: { naervaersfaktorer: '', utlosendeFaktorer: '', opprettholdendeFaktorer: '' },
      stress: [],
      reminders: [],
      consents: [],
      exports: [],
      freeText: '',
      createdAt: NOW,
      updatedAt: NOW,
    });
    expect(StudentRecord.safeParse(record).success).toBe(true);
  });

  it('leaves the class out when the portal does not show one', () => {
    const base = handoff();
    const { className: _className, ...student } = base.row.student;
    const record = recordFromHandoff({ ...base, row: { ...base.row, student } }, NOW);
    expect('className' in record).toBe(false);
  });
});

describe('contact log', () => {
  it('adds an entry, stamped, without touching the record it was given', () => {
    const before = frozen(fresh());
    const after = addContact(before, { id: 'c1', date: '2026-11-20', withWhom: 'foresatte', agreed: 'Møte 25.11.' }, LATER);
    expect(after.contactLog).toEqual([{ id: 'c1', date: '2026-11-20', withWhom: 'foresatte', agreed: 'Møte 25.11.', updatedAt: LATER }]);
    expect(after.updatedAt).toBe(LATER);
    expect(before.contactLog).toEqual([]);
  });

  it('edits one entry by id and leaves the others', () => {
    let record = addContact(fresh(), { id: 'a', date: '2026-11-19', withWhom: 'elev', agreed: 'Samtale' }, NOW);
    record = addContact(record, { id: 'b', date: '2026-11-20', withWhom: 'foresatte', agreed: 'Telefon' }, NOW);
    const edited = updateContact(frozen(record), 'b', { withWhom: 'PPT', agreed: 'Drøftet anonymt' }, LATER);
    expect(edited.contactLog.map((e) => [e.id, e.withWhom, e.agreed, e.updatedAt])).toEqual([
      ['a', 'elev', 'Samtale', NOW],
      ['b', 'PPT', 'Drøftet anonymt', LATER],
    ]);
  });

  it('removes one entry by id; an unknown id changes nothing', () => {
    let record = addContact(fresh(), { id: 'a', date: '2026-11-19', withWhom: 'elev', agreed: '' }, NOW);
    record = addContact(record, { id: 'b', date: '2026-11-20', withWhom: 'foresatte', agreed: '' }, NOW);
    expect(removeContact(record, 'a', LATER).contactLog.map((e) => e.id)).toEqual(['b']);
    expect(removeContact(record, 'zzz', LATER)).toBe(record);
    expect(updateContact(record, 'zzz', { agreed: 'x' }, LATER)).toBe(record);
  });

  it('reads newest first, later entries of the same day first', () => {
    let record = fresh();
    for (const [id, date] of [['1', '2026-11-18'], ['2', '2026-11-20'], ['3', '2026-11-18'], ['4', '2026-11-19']] as const) {
      record = addContact(record, { id, date, withWhom: 'elev', agreed: '' }, NOW);
    }
    expect(contactsNewestFirst(record.contactLog).map((e) => e.id)).toEqual(['2', '4', '3', '1']);
  });
});

describe('case progress, as the engine reads it', () => {
  it('before anything is done, Rælingen says: fill in kartleggingsskjema 1', () => {
    expect(assess(fresh()).nextStep?.stepId).toBe('kartlegging');
  });

  it('ticking a step opens the case under the page profile, and the engine moves on along the chain', () => {
    const record = markStepDone(frozen(fresh()), { stepId: 'kartlegging', doneOn: AS_OF, doneBy: ' kontaktlærer ' }, raelingen, LATER);
    expect(record.caseRecord).toEqual({
      studentKey: 'visma-flyt-skole:4711',
      profileId: 'raelingen-grunnskole',
      openedOn: AS_OF,
      steps: [{ stepId: 'kartlegging', doneOn: AS_OF, doneBy: 'kontaktlærer' }],
    });
    const assessment = assess(record);
    expect(assessment.doneSteps.map((s) => s.stepId)).toEqual(['kartlegging']);
    // 002: "Noen situasjoner skal ALLTID drøftes med barneverntjenesten før andre tiltak vurderes
    // iverksatt" comes before "Foresatte og elev innkalles til samtale", as a conditional step.
    expect(assessment.nextStep?.stepId).toBe('barnevern');
  });

  it('leaves "by whom" out when it is blank', () => {
    const record = markStepDone(fresh(), { stepId: 'kartlegging', doneOn: AS_OF, doneBy: '   ' }, raelingen, LATER);
    expect(record.caseRecord?.steps).toEqual([{ stepId: 'kartlegging', doneOn: AS_OF }]);
  });

  it('keeps the day the case opened when more steps are ticked', () => {
    let record = markStepDone(fresh(), { stepId: 'kartlegging', doneOn: '2026-11-10' }, { ...raelingen, openedOn: '2026-11-10' }, NOW);
    record = markStepDone(record, { stepId: 'samtale', doneOn: AS_OF }, raelingen, LATER);
    expect(record.caseRecord?.openedOn).toBe('2026-11-10');
    expect(stepRecords(record, 'samtale')).toEqual([{ stepId: 'samtale', doneOn: AS_OF }]);
  });

  it('a step done again is a second record; undoing removes exactly the one chosen', () => {
    let record = markStepDone(fresh(), { stepId: 'kontakt-hjemmet', doneOn: '2026-11-02' }, raelingen, NOW);
    record = markStepDone(record, { stepId: 'kontakt-hjemmet', doneOn: '2026-11-16' }, raelingen, NOW);
    record = markStepDone(record, { stepId: 'kartlegging', doneOn: '2026-11-17' }, raelingen, NOW);
    const undone = unmarkStepDone(frozen(record), 'kontakt-hjemmet', 1, LATER);
    expect(undone.caseRecord?.steps.map((s) => [s.stepId, s.doneOn])).toEqual([
      ['kontakt-hjemmet', '2026-11-02'],
      ['kartlegging', '2026-11-17'],
    ]);
    expect(unmarkStepDone(record, 'kontakt-hjemmet', 5, LATER)).toBe(record);
    expect(unmarkStepDone(fresh(), 'kartlegging', 0, LATER).caseRecord).toBeNull();
  });

  it('"Samarbeidsavtale signert": the next step is the evaluation "innen tre uker" from the signing', () => {
    const signed = signAgreement(fresh(), '2026-11-23', raelingen, LATER);
    expect(signed.caseRecord?.agreementSignedOn).toBe('2026-11-23');
    const next = assess(signed).nextStep;
    expect(next?.stepId).toBe('evalueringsmote');
    expect(next?.quote).toBe('Dersom samarbeidsavtalen fylles ut og tiltak iverksettes, skal et evalueringsmøte avholdes innen tre uker.');
    expect(next?.deadline).toBe('2026-12-14');
    expect(next?.overdue).toBe(false);
    expect(assess(signed, '2026-12-15').nextStep).toMatchObject({ stepId: 'evalueringsmote', overdue: true });
  });

  it('Trøndelag: a signed agreement leads to "Evaluere mål og tiltak etter 3 uker"', () => {
    const signed = signAgreement(fresh(), AS_OF, { profileId: trondelagVgs.id, openedOn: AS_OF }, LATER);
    const next = evaluate(history(), trondelagVgs, AS_OF, signed.caseRecord ?? undefined).nextStep;
    expect(next?.stepId).toBe('evaluering');
    expect(next?.deadline).toBe('2026-12-14');
  });

  it('clearing the signing date takes the evaluation away again', () => {
    const cleared = clearAgreement(signAgreement(fresh(), AS_OF, raelingen, NOW), LATER);
    expect(cleared.caseRecord && 'agreementSignedOn' in cleared.caseRecord).toBe(false);
    expect(assess(cleared).nextStep?.stepId).toBe('kartlegging');
  });

  it.each<[CaseOutcome]>([['naturligForklaring'], ['avsluttetOppfolging'], ['henvist']])(
    'closing with %s sets the case closed and the record closedAt; the engine proposes nothing more',
    (outcome) => {
      const closed = closeCase(frozen(fresh()), { on: AS_OF, outcome }, raelingen, LATER);
      expect(closed.caseRecord?.closed).toEqual({ on: AS_OF, outcome });
      expect(closed.closedAt).toBe(AS_OF);
      expect(StudentRecord.safeParse(closed).success).toBe(true);
      const assessment = assess(closed);
      expect(assessment.nextStep).toBeNull();
      expect(assessment.level).toBe('concern');
      expect(caseStatusFor(closed).closed).toBe(true);
    },
  );

  it('reopening removes both the closing and closedAt, and the steps come back', () => {
    const record = markStepDone(fresh(), { stepId: 'kartlegging', doneOn: AS_OF }, raelingen, NOW);
    const reopened = reopenCase(closeCase(record, { on: AS_OF, outcome: 'henvist' }, raelingen, NOW), LATER);
    expect(reopened.closedAt).toBeUndefined();
    expect(reopened.caseRecord?.closed).toBeUndefined();
    expect(reopened.caseRecord?.steps).toHaveLength(1);
    expect(assess(reopened).nextStep?.stepId).toBe('barnevern');
  });
});

describe('what tells the portal tabs to redraw', () => {
  it('case progress does; notes do not', () => {
    const base = fresh();
    expect(caseStatusChanged(base, markStepDone(base, { stepId: 'kartlegging', doneOn: AS_OF }, raelingen, LATER))).toBe(true);
    expect(caseStatusChanged(base, signAgreement(base, AS_OF, raelingen, LATER))).toBe(true);
    expect(caseStatusChanged(base, closeCase(base, { on: AS_OF, outcome: 'henvist' }, raelingen, LATER))).toBe(true);
    expect(caseStatusChanged(base, setFreeText(base, 'Privat', LATER))).toBe(false);
    expect(caseStatusChanged(base, addContact(base, { id: 'x', date: AS_OF, withWhom: 'elev', agreed: '' }, LATER))).toBe(false);
    expect(caseStatusChanged(null, base)).toBe(false);
  });

  it('deleting a student with a case does', () => {
    const withCase = markStepDone(fresh(), { stepId: 'kartlegging', doneOn: AS_OF }, raelingen, LATER);
    expect(caseStatusChanged(withCase, null)).toBe(true);
  });
});

describe('mapping, stress, free text, reminders', () => {
  it('sets one mapping factor at a time', () => {
    const record = setMapping(frozen(fresh()), 'utlosendeFaktorer', 'Bytte av klasse', LATER);
    expect(record.mapping).toEqual({ naervaersfaktorer: '', utlosendeFaktorer: 'Bytte av klasse', opprettholdendeFaktorer: '' });
  });

  it('adds, ranks, grades and removes stress situations', () => {
    let record = addStress(fresh(), 's1', NOW);
    record = addStress(record, 's2', NOW);
    record = updateStress(record, 's1', { situation: 'Ta bussen til skolen', rank: 5, grade: 'Vanskelig' }, LATER);
    expect(record.stress[0]).toEqual({ id: 's1', situation: 'Ta bussen til skolen', rank: 5, grade: 'Vanskelig' });
    expect(removeStress(record, 's2', LATER).stress.map((s) => s.id)).toEqual(['s1']);
  });

  it('highlights open reminders due by asOf, and lists open ones first', () => {
    let record = addReminder(fresh(), { id: 'r1', dueOn: '2026-12-14', text: 'Evalueringsmøte' }, NOW);
    record = addReminder(record, { id: 'r2', dueOn: '2026-11-20', text: 'Ring foresatte' }, NOW);
    record = addReminder(record, { id: 'r3', dueOn: '2026-11-01', text: 'Sjekk fravær' }, NOW);
    record = setReminderDone(record, 'r3', true, LATER);
    const [r1, r2, r3] = record.reminders;
    expect([r1, r2, r3].map((r) => isReminderDue(r!, AS_OF))).toEqual([false, true, false]);
    expect(remindersInOrder(record.reminders).map((r) => r.id)).toEqual(['r2', 'r1', 'r3']);
    expect(removeReminder(record, 'r2', LATER).reminders.map((r) => r.id)).toEqual(['r1', 'r3']);
  });
});

describe('any sequence of edits', () => {
  const iso = fc.date({ min: new Date('2026-08-17T00:00:00Z'), max: new Date('2027-06-18T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  const op = fc.oneof(
    fc.record({ kind: fc.constant('contact' as const), date: iso, party: fc.constantFrom(...ContactParty.options), text: fc.string() }),
    fc.record({ kind: fc.constant('removeContact' as const), index: fc.nat(5) }),
    fc.record({ kind: fc.constant('step' as const), stepId: fc.constantFrom(...raelingenGrunnskole.steps.map((s) => s.id)), date: iso, by: fc.string() }),
    fc.record({ kind: fc.constant('unstep' as const), stepId: fc.constantFrom(...raelingenGrunnskole.steps.map((s) => s.id)), index: fc.nat(2) }),
    fc.record({ kind: fc.constant('sign' as const), date: iso }),
    fc.record({ kind: fc.constant('close' as const), date: iso, outcome: fc.constantFrom<CaseOutcome>('naturligForklaring', 'avsluttetOppfolging', 'henvist') }),
    fc.record({ kind: fc.constant('reopen' as const) }),
    fc.record({ kind: fc.constant('reminder' as const), date: iso, text: fc.string() }),
    fc.record({ kind: fc.constant('text' as const), text: fc.string() }),
  );

  it('leaves a record the vault accepts, never changes the key, and never mutates what it was given', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        let record = fresh();
        ops.forEach((o, i) => {
          const before = frozen(record);
          const id = `id-${i}`;
          switch (o.kind) {
            case 'contact':
              record = addContact(before, { id, date: o.date, withWhom: o.party, agreed: o.text }, LATER);
              break;
            case 'removeContact':
              record = removeContact(before, before.contactLog[o.index]?.id ?? 'none', LATER);
              break;
            case 'step':
              record = markStepDone(before, { stepId: o.stepId, doneOn: o.date, doneBy: o.by }, raelingen, LATER);
              break;
            case 'unstep':
              record = unmarkStepDone(before, o.stepId, o.index, LATER);
              break;
            case 'sign':
              record = signAgreement(before, o.date, raelingen, LATER);
              break;
            case 'close':
              record = closeCase(before, { on: o.date, outcome: o.outcome }, raelingen, LATER);
              break;
            case 'reopen':
              record = reopenCase(before, LATER);
              break;
            case 'reminder':
              record = addReminder(before, { id, dueOn: o.date, text: o.text }, LATER);
              break;
            case 'text':
              record = setFreeText(before, o.text, LATER);
              break;
          }
        });
        expect(StudentRecord.safeParse(record).success).toBe(true);
        expect(record.studentKey).toBe('visma-flyt-skole:4711');
        expect(record.closedAt === undefined).toBe(record.caseRecord?.closed === undefined);
      }),
    );
  });
});
