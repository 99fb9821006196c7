import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../lib/guidelines/evaluate';
import { raelingenGrunnskole } from '../../../lib/guidelines/profiles/raelingen-grunnskole';
import { trondelagVgs } from '../../../lib/guidelines/profiles/trondelag-vgs';
import { norwegianSchoolYear } from '../../../lib/model';
import { analysePatterns } from '../../../lib/patterns';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/store/settings';
import { markStepDone, recordFromHandoff } from '../../../components/student/record-edit';
import { assessStudent, historyFromHandoff, profileForPage } from '../../../components/student/student-view';
import { AS_OF, NOW, handoff } from './fixture';
import { STUDENT_WORDS } from '../../../components/student/words';
import { translatorFor, type UiLanguage } from '../../../lib/i18n/translate';

describe('the history the page evaluates', () => {
  it('is the hand-over row with a typical school year for asOf when the teacher set no calendar', () => {
    const history = historyFromHandoff(handoff(), DEFAULT_SETTINGS);
    expect(history.student.key).toBe('visma-flyt-skole:4711');
    expect(history.events).toHaveLength(10);
    expect(history.coverage).toBe('events');
    expect(history.calendar).toEqual(norwegianSchoolYear(2026));
  });

  it('uses the calendar from the settings when there is one', () => {
    const calendar = { terms: [{ name: 'Hele året', start: '2026-08-01', end: '2027-06-30' }], holidays: [], lessonsPerDay: 7 };
    expect(historyFromHandoff(handoff(), { calendar }).calendar).toEqual(calendar);
  });

  it('keeps the totals of a summary table', () => {
    const base = handoff();
    const totals = { days: 9, period: 'term' as const, subjects: [] };
    const history = historyFromHandoff({ ...base, row: { ...base.row, events: [], totals, coverage: 'totals' } }, DEFAULT_SETTINGS);
    expect(history.totals).toEqual(totals);
    expect(history.coverage).toBe('totals');
  });
});

describe('the assessment is the overlay engine’s, with the teacher’s case record', () => {
  it('gives exactly what evaluate() and analysePatterns() give for the same input', () => {
    const history = historyFromHandoff(handoff(), DEFAULT_SETTINGS);
    const view = assessStudent(handoff(), DEFAULT_SETTINGS, raelingenGrunnskole, null);
    expect(view.assessment).toEqual(evaluate(history, raelingenGrunnskole, AS_OF));
    expect(view.patterns).toEqual(analysePatterns(history, AS_OF));
    expect(view.assessment.level).toBe('concern');
    expect(view.assessment.nextStep?.stepId).toBe('kartlegging');
  });

  it('a step done in the case moves the next step on', () => {
    const record = markStepDone(
      recordFromHandoff(handoff(), NOW),
      { stepId: 'kartlegging', doneOn: AS_OF },
      { profileId: raelingenGrunnskole.id, openedOn: AS_OF },
      NOW,
    );
    expect(assessStudent(handoff(), DEFAULT_SETTINGS, raelingenGrunnskole, record.caseRecord).assessment.nextStep?.stepId).toBe('barnevern');
  });
});

describe('which profile the page works with', () => {
  const record = (profileId: string) =>
    markStepDone(recordFromHandoff(handoff(), NOW), { stepId: 'kartlegging', doneOn: AS_OF }, { profileId, openedOn: AS_OF }, NOW);

  it('the one the badge evaluated with, from the hand-over', () => {
    expect(profileForPage(DEFAULT_SETTINGS, handoff({ profileId: 'trondelag-vgs' }), null).profile.id).toBe('trondelag-vgs');
  });

  it('without a hand-over, the one the case was kept under', () => {
    expect(profileForPage(DEFAULT_SETTINGS, null, record(trondelagVgs.id)).profile.id).toBe('trondelag-vgs');
  });

  it('without either, the portal’s default (or the teacher’s global choice)', () => {
    const plain = recordFromHandoff(handoff(), NOW);
    expect(profileForPage(DEFAULT_SETTINGS, null, plain).profile.id).toBe('raelingen-grunnskole');
    const chosen: Settings = { ...DEFAULT_SETTINGS, profileId: 'kearney-forskning' };
    expect(profileForPage(chosen, null, plain).profile.id).toBe('kearney-forskning');
  });

  it('a profile that no longer exists falls back to the portal’s default and says so', () => {
    const choice = profileForPage(DEFAULT_SETTINGS, handoff({ profileId: 'slettet-kommune' }), null);
    expect(choice.profile.id).toBe('raelingen-grunnskole');
    expect(choice.problem).toEqual({ code: 'profile-unavailable', wanted: 'slettet-kommune', fallbackName: raelingenGrunnskole.name });
    const words = (language: UiLanguage) =>
      translatorFor(STUDENT_WORDS, language)('stuProfileUnavailable', choice.problem!.wanted, choice.problem!.fallbackName);
    expect(words('nb')).toBe(`Profilen «slettet-kommune» finnes ikke eller kan ikke leses; bruker ${raelingenGrunnskole.name}.`);
    expect(words('nn')).toBe(`Profilen «slettet-kommune» finst ikkje eller kan ikkje lesast; brukar ${raelingenGrunnskole.name}.`);
    expect(words('en')).toBe(`The guideline “slettet-kommune” does not exist or cannot be read; using ${raelingenGrunnskole.name}.`);
  });
});
