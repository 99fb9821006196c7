import { describe, expect, it } from 'vitest';
import {
  assessmentNoteWords,
  conditionWords,
  deadlineFromWords,
  deadlineRuleWords,
  triggerDetailWords,
} from '../../../components/overlay/assessment-words';
import { assessmentMessages } from '../../../lib/i18n/messages/assessment';
import { translatorFor, type UiLanguage } from '../../../lib/i18n/translate';
import type { AssessmentNote, TriggerDetail } from '../../../lib/model/trigger-detail';

const t = (language: UiLanguage) => translatorFor(assessmentMessages, language);
const detail = (language: UiLanguage, d: TriggerDetail) => triggerDetailWords(t(language), d);
const note = (language: UiLanguage, n: AssessmentNote) => assessmentNoteWords(t(language), n);

/**
 * The engine's codes in words. The bokmål lines are the sentences the engine itself wrote before it
 * returned codes, worked out by hand from the rules' numbers; nynorsk and English say the same with
 * each language's numbers and dates (decimal comma or point, "24.11.2026" or "24/11/2026").
 */
describe('why a rule fired, in nb, nn and en', () => {
  const absenceTotal: TriggerDetail = {
    code: 'absence-total',
    filter: 'any',
    days: { value: 9, limit: 8 },
    lessons: { value: 12, limit: 10 },
    period: null,
  };

  it('days and enkelttimer against both limits', () => {
    expect(detail('nb', absenceTotal)).toBe('9 dager og 12 enkelttimer dette halvåret (grense: 8 dager / 10 timer)');
    expect(detail('nn', absenceTotal)).toBe('9 dagar og 12 enkelttimar dette halvåret (grense: 8 dagar / 10 timar)');
    expect(detail('en', absenceTotal)).toBe('9 days and 12 single lessons this term (limit: 8 days / 10 lessons)');
  });

  it('the period a page showing less than the term shows, and a number the page does not show', () => {
    const week: TriggerDetail = { ...absenceTotal, days: { value: null, limit: 8 }, lessons: { value: 11, limit: 10 }, period: { from: '2026-11-16', to: '2026-11-20' } };
    expect(detail('nb', week)).toBe('ukjent antall dager og 11 enkelttimer i perioden 16.11–20.11 (grense: 8 dager / 10 timer)');
    expect(detail('en', week)).toBe('an unknown number of days and 11 single lessons in the period 16/11–20/11 (limit: 8 days / 10 lessons)');
  });

  it('gyldig fravær only', () => {
    const documented: TriggerDetail = { code: 'absence-total', filter: 'documented', days: { value: 1, limit: 10 }, period: null };
    expect(detail('nb', documented)).toBe('1 dag gyldig fravær dette halvåret (grense: 10 dager)');
    expect(detail('nn', documented)).toBe('1 dag gyldig fråvær dette halvåret (grense: 10 dagar)');
    expect(detail('en', documented)).toBe('1 day of documented absence this term (limit: 10 days)');
  });

  it('ugyldig fravær, unnotified days, lateness and leaving early', () => {
    expect(detail('nb', { code: 'undocumented', unit: 'day', amount: 1, period: null })).toBe('1 dag med ugyldig fravær dette halvåret');
    expect(detail('nb', { code: 'undocumented', unit: 'lesson', amount: 2, period: null })).toBe('2 enkelttimer med ugyldig fravær dette halvåret');
    expect(detail('en', { code: 'undocumented', unit: 'lesson', amount: 2, period: null })).toBe('2 single lessons of undocumented absence this term');
    expect(detail('nb', { code: 'unnotified', days: 2, first: '2026-11-20' })).toBe('2 sammenhengende skoledager med uvarslet fravær fra 20.11.2026');
    expect(detail('nn', { code: 'unnotified', days: 1, first: '2026-11-20' })).toBe('1 skuledag med uvarsla fråvær (20.11.2026)');
    expect(detail('en', { code: 'unnotified', days: 2, first: '2026-11-20' })).toBe('2 school days in a row of absence without notice from 20/11/2026');
    expect(detail('nb', { code: 'lateness', count: 3, firstLessonOnly: true, period: null })).toBe('3 ganger for sent til skolestart dette halvåret');
    expect(detail('nb', { code: 'lateness', count: 1, firstLessonOnly: false, period: null })).toBe('1 gang for sent dette halvåret');
    expect(detail('en', { code: 'lateness', count: 1, firstLessonOnly: false, period: null })).toBe('late 1 time this term');
    expect(detail('nn', { code: 'left-early', count: 2, period: null })).toBe('2 gonger gått frå skulen i løpet av dagen dette halvåret');
  });

  it('three times in two weeks, and the first school day', () => {
    const frequency: TriggerDetail = { code: 'frequency', count: 3, withinDays: 14, first: '2026-11-16', last: '2026-11-20', atLeast: 3 };
    expect(detail('nb', frequency)).toBe('Borte 3 ganger i løpet av 14 dager (16.11.2026–20.11.2026; grense: 3 ganger)');
    expect(detail('nn', frequency)).toBe('Borte 3 gonger i løpet av 14 dagar (16.11.2026–20.11.2026; grense: 3 gonger)');
    expect(detail('en', frequency)).toBe('Away 3 times within 14 days (16/11/2026–20/11/2026; limit: 3 times)');
    expect(detail('nb', { code: 'first-school-day', date: '2026-08-17' })).toBe('Ikke møtt første skoledag (17.08.2026)');
  });

  it('subjects near the fraværsgrense, with the decimals of each language', () => {
    const subjects: TriggerDetail = {
      code: 'subject-limit',
      subjects: [
        { subject: 'Norsk', percent: 8, warnAt: 7, limit: 10 },
        { subject: 'Matematikk', percent: 7.25, warnAt: 7, limit: 10 },
      ],
    };
    expect(detail('nb', subjects)).toBe('Norsk: 8 % fravær (varsel ved 7 %, grense 10 %); Matematikk: 7,3 % fravær (varsel ved 7 %, grense 10 %)');
    expect(detail('en', subjects)).toBe('Norsk: 8% absence (warning at 7%, limit 10%); Matematikk: 7.3% absence (warning at 7%, limit 10%)');
  });

  it("Kearney's windows, from dates and from a summary's totals", () => {
    const share: TriggerDetail = { code: 'school-time-share', absentDays: 3, schoolDays: 10, percent: 30, calendarDays: 14, percentOver: 25 };
    expect(detail('nb', share)).toBe('Borte 30 % av skoletiden de siste 14 dagene (3 av 10 skoledager; grense: over 25 %)');
    expect(detail('nn', share)).toBe('Borte 30 % av skuletida dei siste 14 dagane (3 av 10 skuledagar; grense: over 25 %)');
    expect(detail('en', share)).toBe('Away 30% of school time in the last 14 days (3 of 10 school days; limit: over 25%)');
    const least: TriggerDetail = { ...share, absentDays: 2.5, fromTotals: { from: '2026-08-17', to: '2026-11-23' } };
    expect(detail('nb', least)).toBe(
      'Minst 2,5 av 10 skoledager (30 %) borte de siste 14 dagene (grense: over 25 %), ut fra totalsummene for 17.08.2026–23.11.2026',
    );
    const long: TriggerDetail = { code: 'long-window', absentDays: 11, schoolDays: 72, percent: 15.28, weeks: 15, daysOver: 10, percentOver: 15, combine: 'or' };
    expect(detail('nb', long)).toBe('11 dager (15,3 %) fravær de siste 15 ukene (72 skoledager; grense: over 10 dager eller over 15 %)');
    expect(detail('en', { ...long, combine: 'and' })).toBe('11 days (15.3%) absence in the last 15 weeks (72 school days; limit: over 10 days and over 15%)');
  });
});

describe('why a rule could not be decided, in nb, nn and en', () => {
  const quote = 'Høyt gyldig fravær (10 dager i halvåret)';

  it('keeps the quote in the source’s words in every language', () => {
    expect(note('nb', { code: 'documented-unknown', quote })).toBe(
      'Noe av fraværet mangler opplysning om gyldig eller ugyldig: kan ikke avgjøre «Høyt gyldig fravær (10 dager i halvåret)»',
    );
    expect(note('nn', { code: 'documented-unknown', quote })).toBe(
      'Noko av fråværet manglar opplysning om gyldig eller ugyldig: kan ikkje avgjere «Høyt gyldig fravær (10 dager i halvåret)»',
    );
    expect(note('en', { code: 'documented-unknown', quote })).toBe(
      'Some of the absence is not marked documented or undocumented: cannot decide “Høyt gyldig fravær (10 dager i halvåret)”',
    );
  });

  it('numbers, dates and lists in the reasons', () => {
    expect(note('nb', { code: 'no-dates-frequency', atLeast: 3, withinDays: 14 })).toBe(
      'Datoer mangler: kan ikke vurdere om eleven er borte 3 eller flere ganger i løpet av 14 dager',
    );
    expect(note('nb', { code: 'planned-lessons-missing', subjects: ['Fysikk', 'Kjemi', 'Norsk'] })).toBe(
      'Planlagte timer mangler for Fysikk, Kjemi og Norsk: kan ikke regne ut fraværsprosenten mot fraværsgrensen',
    );
    expect(note('en', { code: 'planned-lessons-missing', subjects: ['Fysikk', 'Kjemi', 'Norsk'] })).toBe(
      'Planned lessons are missing for Fysikk, Kjemi and Norsk: cannot work out the absence percentage against the absence limit',
    );
    expect(note('nb', { code: 'totals-window-unknown', quote: 'Q', totalDays: 4.5, from: '2026-08-17', to: '2026-11-23', calendarDays: 14 })).toBe(
      'Totalsummene (4,5 dager for 17.08.2026–23.11.2026) sier ikke hvor mye av fraværet som falt de siste 14 dagene: kan ikke avgjøre «Q»',
    );
    expect(note('nn', { code: 'page-shows-only', quote: 'Q', from: '2026-11-16', to: '2026-11-20' })).toBe(
      'Sida viser berre 16.11–20.11: kan ikkje avgjere «Q» utan fråværet utanfor perioden',
    );
    expect(note('en', { code: 'case-other-profile', profileId: 'trondelag-vgs' })).toBe(
      'The case was kept under another guideline (“trondelag-vgs”): its steps are not used',
    );
  });
});

describe('a step’s deadline, in nb, nn and en', () => {
  it('the source’s words stay as they are; ours come from the table', () => {
    expect(deadlineRuleWords(t('en'), { quote: 'senest tredje dag' })).toBe('senest tredje dag');
    expect(deadlineRuleWords(t('nb'), { code: 'within-weeks', n: 3 })).toBe('innen 3 uker');
    expect(deadlineRuleWords(t('nn'), { code: 'within-weeks', n: 1 })).toBe('innan 1 veke');
    expect(deadlineRuleWords(t('en'), { code: 'school-day', n: 3 })).toBe('by school day 3 at the latest');
    expect(deadlineRuleWords(t('nb'), { code: 'school-day', n: 1 })).toBe('samme skoledag');
  });

  it('what it counts from, and a condition with its date', () => {
    expect(deadlineFromWords(t('nb'), { code: 'agreement-signed', date: '2026-11-02' })).toBe('regnet fra samarbeidsavtalen 02.11.2026');
    expect(deadlineFromWords(t('nn'), { code: 'previous-step', date: '2026-10-22' })).toBe('rekna frå førre steg 22.10.2026');
    expect(deadlineFromWords(t('en'), { code: 'agreement-not-signed' })).toBe('the cooperation agreement is not recorded as signed');
    expect(conditionWords(t('nb'), { quote: 'hvis det ikke oppnås respons', by: '2026-11-24' })).toBe('hvis det ikke oppnås respons innen 24.11.2026');
    expect(conditionWords(t('en'), { quote: 'hvis det ikke oppnås respons', by: '2026-11-24' })).toBe('hvis det ikke oppnås respons by 24/11/2026');
  });
});
