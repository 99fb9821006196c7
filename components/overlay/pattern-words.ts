import { formatDateRange, formatNumber } from '../../lib/i18n/format';
import type { patternMessages } from '../../lib/i18n/messages/patterns';
import type { Translator } from '../../lib/i18n/translate';
import type { PatternFinding, WeekdayCount } from '../../lib/patterns/types';

/**
 * The pattern analysis's findings (lib/patterns/types.ts) in the teacher's language: the popover
 * and the student page show the same lines. Numbers and dates go through lib/i18n/format; a
 * subject stays as the page names it. (The forms word them in Norwegian: lib/forms/pattern-answer.ts.)
 */
export type PatternKey = keyof typeof patternMessages;
export type PatternTranslator = Translator<PatternKey>;
type T = PatternTranslator;

const WEEKDAYS: Record<WeekdayCount['weekday'], PatternKey> = {
  1: 'patMondays',
  2: 'patTuesdays',
  3: 'patWednesdays',
  4: 'patThursdays',
  5: 'patFridays',
};

const ORDINALS: readonly PatternKey[] = [
  'patFirst',
  'patSecond',
  'patThird',
  'patFourth',
  'patFifth',
  'patSixth',
  'patSeventh',
  'patEighth',
  'patNinth',
  'patTenth',
  'patEleventh',
  'patTwelfth',
];

/** "1 gang", "3 ganger". */
function times(t: T, n: number): string {
  return t(n === 1 ? 'patTime' : 'patTimes', formatNumber(t.language, n));
}

/** One finding, e.g. "mest fravær mandager", "forsentkomming 3 ganger i perioden 18.08–30.10". */
export function patternFindingWords(t: T, finding: PatternFinding): string {
  switch (finding.id) {
    case 'streak':
      return t(finding.ongoing ? 'patStreakOngoing' : 'patStreak', formatNumber(t.language, finding.days));
    case 'trend':
      return t(finding.direction === 'okende' ? 'patRising' : 'patFalling');
    case 'weekday':
      return t('patMostOnWeekday', t(WEEKDAYS[finding.weekday]));
    case 'lesson': {
      const ordinal = ORDINALS[finding.lesson - 1];
      return ordinal ? t('patMostInLesson', t(ordinal)) : t('patMostInLessonNumber', formatNumber(t.language, finding.lesson));
    }
    case 'subject':
      return t('patMostInSubject', t.language === 'en' ? finding.subject : subjectInProse(finding.subject));
    case 'lateness':
    case 'leftEarly': {
      const over =
        finding.over === 'lastFourWeeks'
          ? t('patLastFourWeeks')
          : finding.period
            ? t('patInPeriod', formatDateRange(t.language, finding.period.from, finding.period.to))
            : t('patThisTerm');
      return t(finding.id === 'lateness' ? 'patLateness' : 'patLeftEarly', times(t, finding.count), over);
    }
    case 'afterHolidays':
      return t('patAfterHolidays', times(t, finding.count));
    case 'unknown':
      return t('patUnknown');
  }
}

/** A subject's name inside a Norwegian sentence: "Matematikk" reads "i matematikk"; codes and acronyms ("KRLE", "MAT1001") stay. */
function subjectInProse(subject: string): string {
  return /^[A-ZÆØÅ][a-zæøå]/.test(subject) ? subject.charAt(0).toLowerCase() + subject.slice(1) : subject;
}
