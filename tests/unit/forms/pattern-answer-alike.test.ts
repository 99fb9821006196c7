import { describe, expect, it } from 'vitest';
import { findingAnswer } from '../../../lib/forms/pattern-answer';
import { ANSWER_WORDS, PATTERN_ANSWER_WORDS } from '../../../lib/forms/definitions/answer-words';
import { patternFindingWords } from '../../../components/overlay/pattern-words';
import { patternMessages } from '../../../lib/i18n/messages/patterns';
import { assessmentMessages } from '../../../lib/i18n/messages/assessment';
import { translatorFor } from '../../../lib/i18n/translate';
import type { PatternFinding } from '../../../lib/patterns';

/**
 * The pattern findings are worded twice in bokmål, on purpose: the mapping form's answers
 * (lib/forms/pattern-answer.ts with lib/forms/definitions/answer-words.ts) are a Norwegian document's
 * words and stay bokmål whatever the UI speaks, while the popover and the student page word them
 * from the UI's message table (lib/i18n/messages/patterns.ts), which nynorsk and English follow.
 * Nothing ties the two copies together but this test: a teacher who reads "mest fravær mandager"
 * in the popover must find the same words in the form she exports.
 *
 * The differences the two are meant to have, and only these:
 * - numbers: the UI writes them in the teacher's format (lib/i18n/format, Intl's digit grouping,
 *   "1 200" with a no-break space in bokmål), the form writes plain digits ("1200"), as the
 *   documents' other figures. Only a count of a thousand or more shows it; no finding's count
 *   gets there in a school year, but the rule is written down here so that it is the only one.
 * - what only one side has: the form's sentence-level words (that no pattern was found, "Plutselig",
 *   "Gradvis" for how the absence began, and the joining of several "mest fravær" places into one
 *   phrase) have no line in the popover, which lists the findings one by one.
 */
const ui = translatorFor(patternMessages, 'nb');
const periodWords = translatorFor(assessmentMessages, 'nb');

/** Digits grouped by the UI ("1 200", no-break or narrow no-break space) read as the form's plain digits. */
const withPlainDigits = (text: string) => text.replace(/(\d)[\u00a0\u202f ](?=\d{3}\b)/g, '$1');

/** Findings of every kind, with each variant its wording branches on; a kind left out fails to compile. */
const FINDINGS: { [Id in PatternFinding['id']]: Array<PatternFinding & { id: Id }> } = {
  streak: [
    { id: 'streak', days: 7, ongoing: true, strength: 0.9 },
    { id: 'streak', days: 4, ongoing: false, strength: 0.4 },
  ],
  trend: [
    { id: 'trend', direction: 'okende', strength: 0.5 },
    { id: 'trend', direction: 'synkende', strength: 0.2 },
  ],
  weekday: [1, 2, 3, 4, 5].map((weekday) => ({ id: 'weekday', weekday: weekday as 1 | 2 | 3 | 4 | 5, strength: 0.6 })),
  lesson: Array.from({ length: 14 }, (_, i) => ({ id: 'lesson', lesson: i + 1, strength: 0.6 })),
  subject: [
    { id: 'subject', subject: 'Matematikk', strength: 0.6 },
    { id: 'subject', subject: 'KRLE', strength: 0.6 },
    { id: 'subject', subject: 'MAT1001', strength: 0.6 },
  ],
  lateness: [
    { id: 'lateness', count: 5, over: 'lastFourWeeks', period: null, strength: 0.6 },
    { id: 'lateness', count: 1, over: 'shown', period: null, strength: 0.6 },
    { id: 'lateness', count: 3, over: 'shown', period: { from: '2026-08-18', to: '2026-10-30' }, strength: 0.6 },
    { id: 'lateness', count: 2, over: 'shown', period: { from: '2026-11-16', to: '2027-01-08' }, strength: 0.6 },
    { id: 'lateness', count: 1200, over: 'shown', period: null, strength: 0.6 },
  ],
  leftEarly: [
    { id: 'leftEarly', count: 2, over: 'lastFourWeeks', period: null, strength: 0.6 },
    { id: 'leftEarly', count: 1, over: 'shown', period: { from: '2026-11-16', to: '2026-11-20' }, strength: 0.6 },
  ],
  afterHolidays: [
    { id: 'afterHolidays', count: 1, strength: 0.5 },
    { id: 'afterHolidays', count: 3, strength: 0.5 },
  ],
  unknown: [{ id: 'unknown', strength: 0 }],
};

describe("the form's bokmål and the UI's bokmål word the pattern findings alike", () => {
  const all = Object.values(FINDINGS).flat() as PatternFinding[];

  it.each(all.map((finding) => [JSON.stringify(finding), finding] as const))('%s', (_, finding) => {
    expect(findingAnswer(finding)).toBe(withPlainDigits(patternFindingWords(ui, finding)));
  });

  it('a large count is the one difference: grouped digits in the UI, plain in the form', () => {
    const finding = FINDINGS.lateness.find((f) => f.count === 1200)!;
    expect(findingAnswer(finding)).toBe('forsentkomming 1200 ganger dette halvåret');
    expect(patternFindingWords(ui, finding)).toMatch(/^forsentkomming 1[\u00a0\u202f ]200 ganger dette halvåret$/);
  });

  it('the period phrases are the same in the form, the findings and the assessment', () => {
    expect(ANSWER_WORDS.thisTerm).toBe(ui('patThisTerm'));
    expect(ANSWER_WORDS.thisTerm).toBe(periodWords('asThisTerm'));
    expect(ANSWER_WORDS.inPeriod('16.11–20.11')).toBe(ui('patInPeriod', '16.11–20.11'));
    expect(ANSWER_WORDS.inPeriod('16.11–20.11')).toBe(periodWords('asInPeriod', '16.11–20.11'));
    expect(PATTERN_ANSWER_WORDS.lastFourWeeks).toBe(ui('patLastFourWeeks'));
    expect(PATTERN_ANSWER_WORDS.unknown).toBe(ui('patUnknown'));
  });
});
