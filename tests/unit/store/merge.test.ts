import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ContactLogEntry, StudentRecord } from '../../../lib/model';
import { mergeAll, mergeStudent, type MergeContext } from '../../../lib/store/merge';
import { mergeWordsIn } from './store-words';
import { record } from './fake-idb';

const ctx: MergeContext = { importedOn: '2026-11-23', now: '2026-11-23T09:00:00.000Z', words: mergeWordsIn('nb') };
const OLD = '2026-10-01T08:00:00.000Z';
const NEW = '2026-11-01T08:00:00.000Z';
const FROM_BACKUP = '— Fra sikkerhetskopi (importert 23.11.2026) —';
const FROM_HERE = '— Eldre versjon fra denne maskinen (erstattet ved import 23.11.2026) —';

function contact(id: string, agreed: string, updatedAt: string, extra: Partial<ContactLogEntry> = {}): ContactLogEntry {
  return { id, date: '2026-10-06', withWhom: 'foresatte', agreed, updatedAt, ...extra };
}

describe('mergeStudent', () => {
  it('names the older side in the marker, in the teacher\'s language', () => {
    expect(ctx.words.olderText('backup', '2026-11-23')).toBe(FROM_BACKUP);
    expect(ctx.words.olderText('local', '2026-11-23')).toBe(FROM_HERE);
    const nn = mergeWordsIn('nn');
    expect(nn.olderText('backup', '2026-11-23')).toBe('— Frå tryggingskopi (henta inn 23.11.2026) —');
    expect(nn.olderText('local', '2026-11-23')).toBe('— Eldre versjon frå denne maskina (erstatta ved innhenting 23.11.2026) —');
    expect(nn.reminderDue('2026-12-01', 'Ring mor')).toBe('(frist 01.12.2026) Ring mor');
    const en = mergeWordsIn('en');
    expect(en.olderText('backup', '2026-11-23')).toBe('— From a backup (imported 23/11/2026) —');
    expect(en.olderText('local', '2026-11-23')).toBe('— Older version from this computer (replaced by the import on 23/11/2026) —');
    expect(en.reminderDue('2026-12-01', 'Call mum')).toBe('(due 01/12/2026) Call mum');
    expect(
      en.earlierCase({
        studentKey: 'k',
        profileId: 'raelingen',
        openedOn: '2025-09-01',
        steps: [{ stepId: 'a', doneOn: '2025-09-02' }],
        agreementSignedOn: '2025-09-10',
        closed: { on: '2025-12-01', outcome: 'henvist' },
      } as Parameters<typeof en.earlierCase>[0]),
    ).toBe('Earlier case (raelingen, opened 01/09/2025); steps: a 02/09/2025; cooperation agreement signed 10/09/2025; closed 01/12/2025 (henvist).');
  });

  it('adds a student that is only in the backup, counting its entries', () => {
    const incoming = record('k', { contactLog: [contact('c1', 'a', OLD)], stress: [{ id: 's', situation: 'x', rank: 1, grade: null }] });
    expect(mergeStudent(undefined, incoming, ctx)).toEqual({ record: incoming, outcome: 'added', entriesAdded: 2, conflictsKept: 0 });
  });

  it('leaves an identical record unchanged', () => {
    const rec = record('k', { freeText: 'Samme' });
    expect(mergeStudent(rec, structuredClone(rec), ctx)).toMatchObject({ outcome: 'unchanged', conflictsKept: 0 });
  });

  it('newer here: keeps this text and appends the backup’s differing older text under the marker', () => {
    const local = record('k', { updatedAt: NEW, freeText: 'Ny plan: oppmøte kl. 09', displayName: 'Nytt Navn' });
    const incoming = record('k', { updatedAt: OLD, freeText: 'Gammel plan: hjemmeundervisning', displayName: 'Gammelt Navn' });
    const merged = mergeStudent(local, incoming, ctx);
    expect(merged.outcome).toBe('updated');
    expect(merged.conflictsKept).toBe(1);
    expect(merged.record.freeText).toBe(`Ny plan: oppmøte kl. 09\n\n${FROM_BACKUP}\nGammel plan: hjemmeundervisning`);
    expect(merged.record.displayName).toBe('Nytt Navn');
    expect(merged.record.updatedAt).toBe(ctx.now);
  });

  it('newer in the backup: takes its text and keeps this machine’s older text under the marker', () => {
    const local = record('k', { updatedAt: OLD, mapping: { naervaersfaktorer: 'Liker musikk', utlosendeFaktorer: '', opprettholdendeFaktorer: '' } });
    const incoming = record('k', {
      updatedAt: NEW,
      mapping: { naervaersfaktorer: 'Liker musikk og kunst', utlosendeFaktorer: 'Mobbing i friminutt', opprettholdendeFaktorer: '' },
    });
    const merged = mergeStudent(local, incoming, ctx);
    // "Liker musikk" is contained in the newer text: nothing to keep, the backup's record is taken as it is.
    expect(merged).toEqual({ record: incoming, outcome: 'updated', entriesAdded: 0, conflictsKept: 0 });

    const local2 = record('k', { updatedAt: OLD, freeText: 'Skrevet her først' });
    const incoming2 = record('k', { updatedAt: NEW, freeText: 'Skrevet på den andre maskinen' });
    const merged2 = mergeStudent(local2, incoming2, ctx);
    expect(merged2.record.freeText).toBe(`Skrevet på den andre maskinen\n\n${FROM_HERE}\nSkrevet her først`);
    expect(merged2.conflictsKept).toBe(1);
  });

  it('a tie in updatedAt counts the record here as newer', () => {
    const merged = mergeStudent(record('k', { freeText: 'her' }), record('k', { freeText: 'der' }), ctx);
    expect(merged.record.freeText).toBe(`her\n\n${FROM_BACKUP}\nder`);
  });

  it('merges contact-log entries by id, the later entry winning and the other’s text kept', () => {
    const local = record('k', {
      updatedAt: NEW,
      contactLog: [contact('c1', 'Avtalt: mor ringer før 08', NEW), contact('c2', 'Bare her', OLD)],
    });
    const incoming = record('k', {
      updatedAt: OLD,
      contactLog: [
        contact('c1', 'Avtalt: far ringer', OLD, { date: '2026-10-05', withWhom: 'elev' }),
        contact('c3', 'Bare i kopien', OLD, { date: '2026-09-01' }),
      ],
    });
    const merged = mergeStudent(local, incoming, ctx);
    expect(merged.entriesAdded).toBe(1);
    expect(merged.conflictsKept).toBe(1);
    expect(merged.record.contactLog.map((entry) => entry.id)).toEqual(['c1', 'c2', 'c3']);
    const c1 = merged.record.contactLog.find((entry) => entry.id === 'c1')!;
    expect(c1.agreed).toBe(`Avtalt: mor ringer før 08\n\n${FROM_BACKUP}\n(2026-10-05, elev) Avtalt: far ringer`);
    expect(c1.withWhom).toBe('foresatte');
    expect(c1.updatedAt).toBe(ctx.now);
  });

  it('keeps an older, differing stress item as its own item', () => {
    const local = record('k', { updatedAt: NEW, stress: [{ id: 's1', situation: 'Fremføring', rank: 1, grade: 'Umulig' }] });
    const incoming = record('k', { updatedAt: OLD, stress: [{ id: 's1', situation: 'Gymtimen', rank: 2, grade: 'Vanskelig' }] });
    const merged = mergeStudent(local, incoming, ctx);
    expect(merged.record.stress).toEqual([
      { id: 's1', situation: 'Fremføring', rank: 1, grade: 'Umulig' },
      { id: 's1~1', situation: 'Gymtimen', rank: 2, grade: 'Vanskelig' },
    ]);
    expect(merged.conflictsKept).toBe(1);
    // Only the rank changed: the newer wins, nothing to keep.
    const rerank = mergeStudent(local, record('k', { updatedAt: OLD, stress: [{ id: 's1', situation: 'Fremføring', rank: 4, grade: null }] }), ctx);
    expect(rerank.outcome).toBe('unchanged');
  });

  it('merges the same case step by step, and describes a different older case in the free text', () => {
    const base = { studentKey: 'k', profileId: 'raelingen', openedOn: '2026-10-01' };
    const local = record('k', { updatedAt: NEW, caseRecord: { ...base, steps: [{ stepId: 'b', doneOn: '2026-10-10' }] } });
    const incoming = record('k', {
      updatedAt: OLD,
      caseRecord: { ...base, steps: [{ stepId: 'a', doneOn: '2026-10-02' }], agreementSignedOn: '2026-10-05' },
    });
    const same = mergeStudent(local, incoming, ctx).record.caseRecord;
    expect(same?.steps.map((s) => s.stepId)).toEqual(['a', 'b']);
    expect(same?.agreementSignedOn).toBe('2026-10-05');

    const other = record('k', {
      updatedAt: OLD,
      caseRecord: { ...base, openedOn: '2025-09-01', steps: [{ stepId: 'a', doneOn: '2025-09-02' }], closed: { on: '2025-12-01', outcome: 'avsluttetOppfolging' } },
    });
    const merged = mergeStudent(local, other, ctx);
    expect(merged.record.caseRecord).toEqual(local.caseRecord);
    expect(merged.record.freeText).toBe(
      `${FROM_BACKUP}\nTidligere sak (raelingen, åpnet 01.09.2025); steg: a 02.09.2025; avsluttet 01.12.2025 (avsluttetOppfolging).`,
    );
    expect(merged.conflictsKept).toBe(1);
    // A case on one side only is kept.
    expect(mergeStudent(record('k', { updatedAt: NEW }), incoming, ctx).record.caseRecord).toEqual(incoming.caseRecord);
  });
});

describe('mergeAll', () => {
  it('summarises added, updated, unchanged, entries and conflicts; leaves students not in the file alone', () => {
    const local = [
      record('same', { freeText: 'x' }),
      record('conflict', { updatedAt: NEW, freeText: 'ny' }),
      record('only-here', { freeText: 'rør ikke' }),
    ];
    const incoming = [
      record('same', { freeText: 'x' }),
      record('conflict', { updatedAt: OLD, freeText: 'gammel', contactLog: [contact('c9', 'fra kopien', OLD)] }),
      record('new', { contactLog: [contact('c1', 'a', OLD), contact('c2', 'b', OLD)] }),
    ];
    const { changed, summary } = mergeAll(local, incoming, ctx);
    expect(summary).toEqual({ studentsAdded: 1, studentsUpdated: 1, studentsUnchanged: 1, entriesAdded: 3, conflictsKept: 1 });
    expect(changed.map((r) => r.studentKey).sort()).toEqual(['conflict', 'new']);
  });
});

const text = fc.string({ maxLength: 12 });
const stamp = fc.constantFrom(OLD, NEW, '2026-10-15T08:00:00.000Z');
const entry = (id: string) =>
  fc.record({
    id: fc.constant(id),
    date: fc.constantFrom('2026-10-01', '2026-10-02'),
    withWhom: fc.constantFrom('elev' as const, 'foresatte' as const),
    agreed: text,
    updatedAt: stamp,
  });
const studentRecord: fc.Arbitrary<StudentRecord> = fc
  .record({
    freeText: text,
    naervaersfaktorer: text,
    updatedAt: stamp,
    contacts: fc.subarray(['c1', 'c2', 'c3']).chain((ids) => fc.tuple(...ids.map(entry))),
    stress: fc.subarray(['s1', 's2']).chain((ids) =>
      fc.tuple(...ids.map((id) => fc.record({ id: fc.constant(id), situation: text, rank: fc.constantFrom(1, 2, null), grade: fc.constant(null) }))),
    ),
  })
  .map(({ freeText, naervaersfaktorer, updatedAt, contacts, stress }) =>
    record('k', {
      freeText,
      updatedAt,
      mapping: { naervaersfaktorer, utlosendeFaktorer: '', opprettholdendeFaktorer: '' },
      contactLog: [...contacts],
      stress: [...stress],
    }),
  );

describe('merge properties', () => {
  it('drops no text: every non-blank text from either side is in the result', () => {
    fc.assert(
      fc.property(studentRecord, studentRecord, (local, incoming) => {
        const { record: merged } = mergeStudent(local, incoming, ctx);
        const blank = (value: string) => value.trim() === '';
        for (const side of [local, incoming]) {
          if (!blank(side.freeText)) expect(merged.freeText).toContain(side.freeText);
          if (!blank(side.mapping.naervaersfaktorer)) {
            expect(merged.mapping.naervaersfaktorer).toContain(side.mapping.naervaersfaktorer);
          }
          for (const e of side.contactLog) {
            const kept = merged.contactLog.find((m) => m.id === e.id);
            expect(kept).toBeDefined();
            if (!blank(e.agreed)) expect(kept!.agreed).toContain(e.agreed);
          }
          for (const s of side.stress) {
            if (!blank(s.situation)) expect(merged.stress.some((m) => m.situation === s.situation)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is idempotent: importing the same file a second time changes nothing', () => {
    fc.assert(
      fc.property(studentRecord, studentRecord, (local, incoming) => {
        const first = mergeStudent(local, incoming, ctx).record;
        const second = mergeStudent(first, incoming, { ...ctx, importedOn: '2026-11-24', now: '2026-11-24T09:00:00.000Z' });
        expect(second.outcome).toBe('unchanged');
        expect(second.record).toEqual(first);
      }),
      { numRuns: 300 },
    );
  });

  it('takes the backup as it is when it is newer and this side has nothing it lacks', () => {
    fc.assert(
      fc.property(studentRecord, (rec) => {
        const older = { ...rec, updatedAt: OLD, freeText: '', contactLog: [], stress: [], mapping: { ...rec.mapping, naervaersfaktorer: '' } };
        const newer = { ...rec, updatedAt: NEW };
        expect(mergeStudent(older, newer, ctx).record).toEqual(newer);
      }),
    );
  });
});
