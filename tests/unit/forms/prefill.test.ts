import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseRecord, StudentHistory } from '../../../lib/model';
import { describeOnset, describePatterns } from '../../../lib/forms/pattern-answer';
import { formFields } from '../../../lib/forms/form-definition';
import {
  averagePerMonth,
  averagePerWeek,
  buildPrefillSource,
  decimal,
  prefillForm,
  type FilledForm,
} from '../../../lib/forms/prefill';
import { getForm } from '../../../lib/forms/registry';
import { AS_OF, DEMO_ASSESSMENT, DEMO_HISTORY, DEMO_SCHOOL, demoPatterns } from './demo';

const kartlegging = getForm('kartlegging-fravaersmonster')!;
const samarbeidsavtale = getForm('samarbeidsavtale')!;
const evaluering = getForm('evaluering-samarbeidsavtale')!;

function source(history: StudentHistory = DEMO_HISTORY, caseRecord?: CaseRecord, asOf = AS_OF) {
  return buildPrefillSource({
    history,
    assessment: { ...DEMO_ASSESSMENT, asOf },
    patterns: demoPatterns(history),
    asOf,
    school: DEMO_SCHOOL,
    caseRecord,
  });
}

function valueOf(filled: FilledForm, fieldId: string) {
  const entry = filled.values.find((v) => v.fieldId === fieldId);
  if (!entry) throw new Error(`no field ${fieldId}`);
  return entry;
}

const signed = (on: string): CaseRecord => ({
  studentKey: 'demo:1',
  profileId: 'raelingen-grunnskole',
  openedOn: '2026-11-02',
  steps: [],
  agreementSignedOn: on,
});

describe('prefilling the kartleggingsskjema from the page', () => {
  const filled = prefillForm(kartlegging, source(), {}, {});

  it('fills the header from the page', () => {
    expect(valueOf(filled, 'elevens-navn')).toMatchObject({ value: 'Sølvi Åsheim Ødegård', origin: 'page' });
    expect(valueOf(filled, 'skole')).toMatchObject({ value: DEMO_SCHOOL, origin: 'page' });
    expect(valueOf(filled, 'klasse')).toMatchObject({ value: '9B', origin: 'page' });
  });

  it('answers item 1 with this term’s days and enkelttimer, each day counted once', () => {
    expect(valueOf(filled, 'hvor-hoyt')).toMatchObject({
      label: '1 Hvor høyt er fraværet?',
      value: '9 dager, 9 enkelttimer og 2 forsentkomminger dette halvåret (Høst 2026, til og med 23.11.2026).',
      origin: 'page',
    });
  });

  it('gives item 2 as averages over the 13 school weeks so far, one decimal with a comma, with their basis', () => {
    // 65 school days = 13 school weeks = 3 months of 52/12 weeks: 9 days / 3 = 3,0; 9 lessons / 13 = 0,69.
    expect(valueOf(filled, 'hyppighet-dager').value).toBe('3,0 dager (9 dager over 13 skoleuker)');
    expect(valueOf(filled, 'hyppighet-timer').value).toBe('0,7 enkelttimer (9 enkelttimer over 13 skoleuker)');
  });

  it('says the period when the page shows one week: counts inside it only, and no averages under four weeks', () => {
    const week: StudentHistory = { ...DEMO_HISTORY, shownPeriod: { basis: 'window', from: '2026-11-16', to: '2026-11-20' } };
    const one = prefillForm(kartlegging, source(week), {}, {});
    // 16.11 (a day, also listed as its six lessons: once) and 20.11; lessons 1–2 on 17.11; 11.11's lateness is before the week.
    expect(valueOf(one, 'hvor-hoyt').value).toBe('2 dager og 2 enkelttimer i perioden 16.11–20.11 (siden viser ikke resten av Høst 2026).');
    expect(valueOf(one, 'hyppighet-dager').value).toBeNull();
    expect(valueOf(one, 'hyppighet-timer').value).toBeNull();
  });

  it('takes items 3 and 4 from the pattern analysis', () => {
    const patterns = demoPatterns();
    expect(valueOf(filled, 'fravaersmonster').value).toBe(describePatterns(patterns));
    expect(valueOf(filled, 'fravaersmonster').value).toMatch(/mandager/);
    expect(valueOf(filled, 'oppstod').value).toBe(describeOnset(patterns));
  });

  it('dates the form with the export date, and leaves the signature and the teacher’s items empty', () => {
    expect(valueOf(filled, 'dato').value).toBe('23.11.2026');
    for (const id of ['underskrift', 'kontakt-elev', 'kontaktlaerers-vurdering', 'foreslatte-tiltak']) {
      expect(valueOf(filled, id)).toMatchObject({ value: null, origin: 'empty' });
    }
  });

  it('has one value per field, in the form’s order, dated with asOf', () => {
    expect(filled.values.map((v) => v.fieldId)).toEqual(formFields(kartlegging).map((f) => f.id));
    expect(filled.generatedOn).toBe(AS_OF);
  });
});

describe('prefilling from a summary table', () => {
  const history: StudentHistory = {
    ...DEMO_HISTORY,
    events: [],
    coverage: 'totals',
    totals: { days: 12, lessons: 20, percent: 6.2, period: 'term', subjects: [] },
  };

  it('uses the totals and the portal’s own percentage', () => {
    const filled = prefillForm(kartlegging, source(history), {}, {});
    expect(valueOf(filled, 'hvor-hoyt').value).toBe(
      '12 dager og 20 enkelttimer dette halvåret (til og med 23.11.2026). Fraværsprosent ifølge portalen: 6,2 %.',
    );
    expect(valueOf(filled, 'hyppighet-dager').value).toBe('4,0 dager (12 dager over 13 skoleuker)');
    expect(valueOf(filled, 'hyppighet-timer').value).toBe('1,5 enkelttimer (20 enkelttimer over 13 skoleuker)');
  });

  it('says the range a page states for its totals when it is shorter than the term', () => {
    // 19.10–20.11: weeks 43–47, 25 school days = 5 school weeks = 5 / (52/12) months.
    // 12 days / 1,154 months = 10,4; 20 lessons / 5 weeks = 4,0.
    const stated: StudentHistory = { ...history, shownPeriod: { basis: 'stated', from: '2026-10-19', to: '2026-11-20' } };
    const filled = prefillForm(kartlegging, source(stated), {}, {});
    expect(valueOf(filled, 'hvor-hoyt').value).toBe(
      '12 dager og 20 enkelttimer i perioden 19.10–20.11. Fraværsprosent ifølge portalen: 6,2 %.',
    );
    expect(valueOf(filled, 'hyppighet-dager').value).toBe('10,4 dager (12 dager over 5 skoleuker i perioden 19.10–20.11)');
    expect(valueOf(filled, 'hyppighet-timer').value).toBe('4,0 enkelttimer (20 enkelttimer over 5 skoleuker i perioden 19.10–20.11)');
    // Three weeks (02.11–20.11) are too few for an average.
    const short: StudentHistory = { ...history, shownPeriod: { basis: 'stated', from: '2026-11-02', to: '2026-11-20' } };
    expect(valueOf(prefillForm(kartlegging, source(short), {}, {}), 'hyppighet-dager').value).toBeNull();
  });

  it('leaves the pattern and onset for the teacher: totals have no dates', () => {
    const filled = prefillForm(kartlegging, source(history), {}, {});
    expect(valueOf(filled, 'fravaersmonster').value).toBeNull();
    expect(valueOf(filled, 'oppstod').value).toBeNull();
  });

  it('gives no averages when the page does not say what period its totals cover', () => {
    const unknown = { ...history, totals: { ...history.totals!, period: 'unknown' as const } };
    const filled = prefillForm(kartlegging, source(unknown), {}, {});
    expect(valueOf(filled, 'hvor-hoyt').value).toMatch(/^12 dager og 20 enkelttimer i perioden portalen viser/);
    expect(valueOf(filled, 'hyppighet-dager').value).toBeNull();
    expect(valueOf(filled, 'hyppighet-timer').value).toBeNull();
  });
});

describe('item 2 averages', () => {
  it.each([
    // [absences, school days, per week, per month]
    [5, 5, '5,0', '21,7'],
    [0, 40, '0,0', '0,0'],
    [1, 10, '0,5', '2,2'],
    [13, 65, '1,0', '4,3'],
  ])('%i over %i school days: %s a week, %s a month', (count, days, week, month) => {
    expect(decimal(averagePerWeek(count, days))).toBe(week);
    expect(decimal(averagePerMonth(count, days))).toBe(month);
  });
});

describe('"et evalueringsmøte avholdes innen tre uker"', () => {
  it('sets the evaluation three weeks after a signed agreement', () => {
    const filled = prefillForm(samarbeidsavtale, source(DEMO_HISTORY, signed('2026-11-23')), {}, {});
    expect(valueOf(filled, 'sted-dato').value).toBe('23.11.2026');
    expect(valueOf(filled, 'evalueres').value).toBe('14.12.2026');
    expect(valueOf(filled, 'periode').value).toBe('fra 23.11.2026 til 14.12.2026');
  });

  it('dates an agreement being drafted with the export date', () => {
    const filled = prefillForm(samarbeidsavtale, source(DEMO_HISTORY, undefined, '2026-11-25'), {}, {});
    expect(valueOf(filled, 'sted-dato').value).toBe('25.11.2026');
    expect(valueOf(filled, 'evalueres').value).toBe('16.12.2026');
  });

  it('never sets the meeting in the juleferie: the last school day within the three weeks', () => {
    // 2 Dec + 21 days = 23 Dec, after the term ends on Friday 18 Dec 2026.
    const filled = prefillForm(samarbeidsavtale, source(DEMO_HISTORY, signed('2026-12-02'), '2026-12-02'), {}, {});
    expect(valueOf(filled, 'evalueres').value).toBe('18.12.2026');
  });

  it('dates the evaluation form with the meeting, not the deadline: empty until the case records it held', () => {
    const deadlineOnly = prefillForm(evaluering, source(DEMO_HISTORY, signed('2026-11-23')), {}, {});
    expect(valueOf(deadlineOnly, 'sted-dato')).toMatchObject({ value: null, origin: 'empty' });
    const held = buildPrefillSource({
      history: DEMO_HISTORY,
      assessment: DEMO_ASSESSMENT,
      patterns: demoPatterns(DEMO_HISTORY),
      asOf: AS_OF,
      caseRecord: signed('2026-11-02'),
      evaluationHeldOn: '2026-11-19',
    });
    expect(valueOf(prefillForm(evaluering, held, {}, {}), 'sted-dato').value).toBe('19.11.2026');
  });
});

describe('notes go into a form only with consent, field by field', () => {
  const notes = {
    'kontakt-elev': 'Sier hun gruer seg til gymtimene mandag morgen.',
    familieforhold: 'Mor er alvorlig syk.',
    'kontaktlaerers-vurdering': ['Fag', 'Medelever', 'Gruer seg til gym'],
    'faglig-fungering': ['Middels', 'God'],
    underskrift: 'Kari Lærer',
    'elevens-navn': 'Sølvi Å. Ødegård',
  };

  it('leaves out every note without consent', () => {
    const filled = prefillForm(kartlegging, source(), notes, {});
    expect(valueOf(filled, 'kontakt-elev').value).toBeNull();
    expect(valueOf(filled, 'familieforhold').value).toBeNull();
    expect(valueOf(filled, 'kontaktlaerers-vurdering').value).toBeNull();
  });

  it('takes exactly the consented ones; consent must be true, not just present', () => {
    const filled = prefillForm(kartlegging, source(), notes, { 'kontakt-elev': true, familieforhold: false });
    expect(valueOf(filled, 'kontakt-elev')).toMatchObject({ value: notes['kontakt-elev'], origin: 'notes' });
    expect(valueOf(filled, 'familieforhold')).toMatchObject({ value: null, origin: 'empty' });
  });

  it('ticks the consented boxes in the form’s order, and writes the rest after "Annet"', () => {
    const filled = prefillForm(kartlegging, source(), notes, { 'kontaktlaerers-vurdering': true, 'faglig-fungering': true });
    expect(valueOf(filled, 'kontaktlaerers-vurdering')).toMatchObject({
      value: ['Medelever', 'Fag', 'Annet'],
      other: 'Gruer seg til gym',
      origin: 'notes',
    });
    // "God / Middels / Dårlig" is one answer.
    expect(valueOf(filled, 'faglig-fungering').value).toEqual(['God']);
  });

  it('never fills a signature, and lets a consented note correct a page value', () => {
    const filled = prefillForm(kartlegging, source(), notes, { underskrift: true, 'elevens-navn': true });
    expect(valueOf(filled, 'underskrift').value).toBeNull();
    expect(valueOf(filled, 'elevens-navn')).toMatchObject({ value: 'Sølvi Å. Ødegård', origin: 'notes' });
  });

  it('holds for any notes and any consent (property)', () => {
    const noteFields = formFields(kartlegging).filter((f) => f.origin === 'notes' && f.kind !== 'checkboxes');
    const ids = noteFields.map((f) => f.id);
    const pageSource = source();
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...ids), fc.string()),
        fc.dictionary(fc.constantFrom(...ids), fc.boolean()),
        (texts, consent) => {
          // Each note carries its field's id, so a leak into any other field would show.
          const noteValues = Object.fromEntries(Object.entries(texts).map(([id, text]) => [id, `notat om ${id}: ${text}`]));
          const filled = prefillForm(kartlegging, pageSource, noteValues, consent);
          const everything = JSON.stringify(filled.values);
          for (const id of ids) {
            const entry = filled.values.find((v) => v.fieldId === id)!;
            if (consent[id] === true && noteValues[id] !== undefined) {
              expect(entry).toMatchObject({ value: noteValues[id]!.trim(), origin: 'notes' });
            } else {
              expect(entry.origin).toBe('empty');
              expect(everything).not.toContain(`notat om ${id}:`);
            }
          }
        },
      ),
    );
  });
});
