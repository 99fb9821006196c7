import { describe, expect, it } from 'vitest';
import { patternFindingWords } from '../../../components/overlay/pattern-words';
import { patternMessages } from '../../../lib/i18n/messages/patterns';
import { translatorFor, type UiLanguage } from '../../../lib/i18n/translate';
import type { PatternFinding } from '../../../lib/patterns';

const words = (language: UiLanguage, finding: PatternFinding) => patternFindingWords(translatorFor(patternMessages, language), finding);

/**
 * The pattern analysis's codes in words, as the popover and the student page show them. The bokmål
 * lines are the ones the analysis itself wrote before it returned codes; nynorsk and English say
 * the same with each language's dates ("18.08–30.10" or "18/08–30/10"). Worked out by hand.
 */
describe('pattern findings in nb, nn and en', () => {
  const period = { from: '2026-08-18', to: '2026-10-30' } as const;
  it.each<[PatternFinding, string, string, string]>([
    [
      { id: 'streak', days: 7, ongoing: true, strength: 0.9 },
      '7 skoledager sammenhengende fravær (pågår)',
      '7 skuledagar samanhengande fråvær (pågår)',
      '7 school days of absence in a row (ongoing)',
    ],
    [
      { id: 'streak', days: 4, ongoing: false, strength: 0.4 },
      '4 skoledager sammenhengende fravær',
      '4 skuledagar samanhengande fråvær',
      '4 school days of absence in a row',
    ],
    [{ id: 'trend', direction: 'okende', strength: 0.5 }, 'økende siste fire uker', 'aukande siste fire veker', 'rising over the last four weeks'],
    [{ id: 'trend', direction: 'synkende', strength: 0.2 }, 'synkende siste fire uker', 'minkande siste fire veker', 'falling over the last four weeks'],
    [{ id: 'weekday', weekday: 1, strength: 0.6 }, 'mest fravær mandager', 'mest fråvær måndagar', 'most absence on Mondays'],
    [{ id: 'weekday', weekday: 2, strength: 0.6 }, 'mest fravær tirsdager', 'mest fråvær tysdagar', 'most absence on Tuesdays'],
    [{ id: 'lesson', lesson: 1, strength: 0.6 }, 'mest fravær første time', 'mest fråvær første time', 'most absence in the first lesson'],
    [{ id: 'lesson', lesson: 7, strength: 0.6 }, 'mest fravær sjuende time', 'mest fråvær sjuande time', 'most absence in the seventh lesson'],
    [{ id: 'lesson', lesson: 13, strength: 0.6 }, 'mest fravær 13. time', 'mest fråvær 13. time', 'most absence in lesson 13'],
    [{ id: 'subject', subject: 'Matematikk', strength: 0.6 }, 'mest fravær i matematikk', 'mest fråvær i matematikk', 'most absence in Matematikk'],
    [{ id: 'subject', subject: 'KRLE', strength: 0.6 }, 'mest fravær i KRLE', 'mest fråvær i KRLE', 'most absence in KRLE'],
    [
      { id: 'lateness', count: 5, over: 'lastFourWeeks', period: null, strength: 0.6 },
      'forsentkomming 5 ganger siste fire uker',
      'forseintkoming 5 gonger siste fire veker',
      'late 5 times over the last four weeks',
    ],
    [
      { id: 'lateness', count: 3, over: 'shown', period: null, strength: 0.1 },
      'forsentkomming 3 ganger dette halvåret',
      'forseintkoming 3 gonger dette halvåret',
      'late 3 times this term',
    ],
    [
      { id: 'lateness', count: 3, over: 'shown', period, strength: 0.1 },
      'forsentkomming 3 ganger i perioden 18.08–30.10',
      'forseintkoming 3 gonger i perioden 18.08–30.10',
      'late 3 times in the period 18/08–30/10',
    ],
    [
      { id: 'leftEarly', count: 1, over: 'lastFourWeeks', period: null, strength: 0.25 },
      'forlot skolen i løpet av dagen 1 gang siste fire uker',
      'forlét skulen i løpet av dagen 1 gong siste fire veker',
      'left school during the day 1 time over the last four weeks',
    ],
    [
      { id: 'afterHolidays', count: 2, strength: 0.4 },
      'fravær første dag etter ferie 2 ganger',
      'fråvær første dag etter ferie 2 gonger',
      'absent on the first day after a holiday 2 times',
    ],
    [
      { id: 'unknown', strength: 0 },
      'Mønster ukjent: siden viser bare totaler',
      'Mønster ukjent: sida viser berre totalar',
      'Pattern unknown: the page shows only totals',
    ],
  ])('%o', (finding, nb, nn, en) => {
    expect(words('nb', finding)).toBe(nb);
    expect(words('nn', finding)).toBe(nn);
    expect(words('en', finding)).toBe(en);
  });
});
