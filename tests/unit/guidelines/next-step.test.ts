import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../lib/guidelines/evaluate';
import { raelingenGrunnskole as raelingen } from '../../../lib/guidelines/profiles/raelingen-grunnskole';
import type { CaseRecord, IsoDate, StepProgress } from '../../../lib/model';
import { AS_OF, history, lastDays } from './history-builder';

/** Nine days away this halvår: "fravær over 8 dager" fires (concern) and the chain starts. */
const nineDays = history().days(lastDays(9)).build();
const noAbsence = history().build();

function caseWith(steps: [string, IsoDate][], extra: Partial<CaseRecord> = {}): CaseRecord {
  const progress: StepProgress[] = steps.map(([stepId, doneOn]) => ({ stepId, doneOn }));
  return { studentKey: 'test:1', profileId: 'raelingen-grunnskole', openedOn: '2026-10-01', steps: progress, ...extra };
}

// 002 "Kortversjon av skolens rolle ved fravær", with the two steps it gives elsewhere: "Noen
// situasjoner skal ALLTID drøftes med barneverntjenesten før andre tiltak vurderes iverksatt" (before
// the samtale and its tiltak) and, after the samtale, "avtales et nytt møte innen en uke". Both are
// conditional: shown with their condition, marked done (or not needed) by the teacher.
const chainDone: [string, IsoDate][] = [
  ['kartlegging', '2026-10-20'],
  ['barnevern', '2026-10-21'],
  ['samtale', '2026-10-22'],
  ['nytt-mote', '2026-10-26'],
  ['tverrfaglig-mote', '2026-10-27'],
  ['avklaring', '2026-10-30'],
];

describe('the Rælingen chain moves on as steps are done', () => {
  it.each([
    { done: 0, next: 'kartlegging' },
    { done: 1, next: 'barnevern' },
    { done: 2, next: 'samtale' },
    { done: 3, next: 'nytt-mote' },
    { done: 4, next: 'tverrfaglig-mote' },
    { done: 5, next: 'avklaring' },
    { done: 6, next: 'evalueringsmote' },
  ])('with the first $done steps done, the next step is $next', ({ done, next }) => {
    const a = evaluate(nineDays, raelingen, AS_OF, caseWith(chainDone.slice(0, done)));
    expect(a.nextStep?.stepId).toBe(next);
    expect(a.doneSteps.map((s) => s.stepId)).toEqual(chainDone.slice(0, done).map(([id]) => id));
    expect(a.level).toBe('concern');
  });

  it('lists done steps with their titles, oldest first, and ignores records dated after asOf', () => {
    const record = caseWith([
      ['samtale', '2026-10-22'],
      ['kartlegging', '2026-10-20'],
      ['tverrfaglig-mote', '2026-11-30'],
    ]);
    const a = evaluate(nineDays, raelingen, AS_OF, record);
    expect(a.doneSteps).toEqual([
      { stepId: 'kartlegging', title: 'Melde til ledelsen og fylle ut kartleggingsskjema 1', doneOn: '2026-10-20' },
      { stepId: 'samtale', title: 'Kalle inn foresatte og elev til samtale', doneOn: '2026-10-22' },
    ]);
    // barnevern is not recorded: it comes before the samtale's tiltak, and is conditional.
    expect(a.nextStep).toMatchObject({ stepId: 'barnevern', overdue: false, deadline: null });
    expect(a.nextStep?.condition?.quote).toMatch(/^hvis det er mistanke om vold eller overgrep/);
    expect(a.nextStep?.condition?.by).toBeNull();
  });

  it('"avtales et nytt møte innen en uke" counts from the samtale and is never overdue', () => {
    // samtale done 22.10 → "innen en uke" is 29.10; on 23.11 that has passed, but the meeting is
    // only needed "Dersom det er behov for ytterligere kartlegging …".
    const a = evaluate(nineDays, raelingen, AS_OF, caseWith(chainDone.slice(0, 3)));
    expect(a.nextStep).toMatchObject({ stepId: 'nytt-mote', deadline: '2026-10-29', overdue: false, deadlineRule: { quote: 'innen en uke' } });
    expect(a.nextStep?.condition).toEqual({
      quote: 'hvis det trengs mer kartlegging eller det ikke er tydelig hvilke tiltak som bør iverksettes',
      by: '2026-10-29',
    });
    // Counted from the samtale, done 22.10.
    expect(a.nextStep?.deadlineFrom).toEqual({ code: 'previous-step', date: '2026-10-22' });
    expect(a.overdue).toEqual([]);
  });

  it('has no date for the evaluation until the samarbeidsavtale is signed', () => {
    const a = evaluate(nineDays, raelingen, AS_OF, caseWith(chainDone));
    expect(a.nextStep).toMatchObject({ stepId: 'evalueringsmote', deadline: null, overdue: false });
    expect(a.nextStep?.deadlineRule).toEqual({ quote: 'innen tre uker' });
    expect(a.nextStep?.deadlineFrom).toEqual({ code: 'agreement-not-signed' });
  });
});

describe('"Dersom samarbeidsavtalen fylles ut og tiltak iverksettes, skal et evalueringsmøte avholdes innen tre uker."', () => {
  it.each([
    { signed: '2026-11-02', deadline: '2026-11-23', overdue: false }, // due today
    { signed: '2026-11-01', deadline: '2026-11-22', overdue: true },
  ])('signed $signed → evaluation by $deadline, overdue $overdue', ({ signed, deadline, overdue }) => {
    const a = evaluate(nineDays, raelingen, AS_OF, caseWith(chainDone, { agreementSignedOn: signed }));
    expect(a.nextStep).toMatchObject({ stepId: 'evalueringsmote', deadline, overdue, forms: ['evaluering-samarbeidsavtale'] });
    expect(a.overdue).toEqual(overdue ? [{ stepId: 'evalueringsmote', title: 'Holde evalueringsmøte om samarbeidsavtalen', deadline }] : []);
  });

  it('is due even when the absence has stopped and no trigger fires any more', () => {
    const a = evaluate(noAbsence, raelingen, AS_OF, caseWith([], { agreementSignedOn: '2026-10-01' }));
    expect(a.level).toBe('ok');
    expect(a.nextStep).toMatchObject({ stepId: 'evalueringsmote', deadline: '2026-10-22', overdue: true });
  });

  it('after the evaluation, the outcome is next; after that, nothing', () => {
    const signed = { agreementSignedOn: '2026-11-02' };
    const evaluated = evaluate(nineDays, raelingen, AS_OF, caseWith([...chainDone, ['evalueringsmote', '2026-11-20']], signed));
    expect(evaluated.nextStep?.stepId).toBe('evaluering-utfall');
    const all = evaluate(
      nineDays,
      raelingen,
      AS_OF,
      caseWith([...chainDone, ['evalueringsmote', '2026-11-20'], ['evaluering-utfall', '2026-11-20']], signed),
    );
    expect(all.nextStep).toBeNull();
    expect(all.level).toBe('concern');
  });
});

describe('a call home answers one occurrence of unnotified absence, not the next', () => {
  const streak = history().day('2026-11-19', { notified: false }).build();

  it.each([
    { calledOn: '2026-10-05', next: 'kontakt-hjemmet' },
    { calledOn: '2026-11-19', next: null },
  ])('called home on $calledOn → next step $next', ({ calledOn, next }) => {
    const a = evaluate(streak, raelingen, AS_OF, caseWith([['kontakt-hjemmet', calledOn]]));
    expect(a.nextStep?.stepId ?? null).toBe(next);
  });
});

describe('a closed case', () => {
  it('shows the level but no next step and nothing overdue', () => {
    const record = caseWith([], { agreementSignedOn: '2026-10-01', closed: { on: '2026-11-10', outcome: 'naturligForklaring' } });
    const a = evaluate(nineDays, raelingen, AS_OF, record);
    expect(a.level).toBe('concern');
    expect(a.fired.map((f) => f.triggerId)).toEqual(['over-8-dager-10-timer']);
    expect(a.nextStep).toBeNull();
    expect(a.overdue).toEqual([]);
  });

  it('is still open on the days before it was closed', () => {
    const record = caseWith([], { closed: { on: '2026-11-30', outcome: 'avsluttetOppfolging' } });
    expect(evaluate(nineDays, raelingen, AS_OF, record).nextStep?.stepId).toBe('kartlegging');
  });
});

it('does not use a case kept under another guideline', () => {
  const a = evaluate(nineDays, raelingen, AS_OF, { ...caseWith(chainDone), profileId: 'trondelag-vgs' });
  expect(a.nextStep?.stepId).toBe('kartlegging');
  expect(a.unknown).toContainEqual({ code: 'case-other-profile', profileId: 'trondelag-vgs' });
});

it('takes the highest level first: the concern trigger over an overdue watch', () => {
  // 15 days away ("fravær over 8 dager": concern) and an unnotified day (watch): kartlegging comes
  // first, the overdue call home is still listed as overdue.
  const h = history('barnetrinn').days(lastDays(15)).day('2026-10-05', { notified: false }).build();
  const a = evaluate(h, raelingen, AS_OF);
  expect(a.level).toBe('concern');
  expect(a.nextStep?.stepId).toBe('kartlegging');
  expect(a.overdue).toEqual([{ stepId: 'kontakt-hjemmet', title: 'Kontakte hjemmet', deadline: '2026-10-05' }]);
});
