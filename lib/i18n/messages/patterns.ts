import type { MessageTable } from '../message-table';

/**
 * Words of the pattern analysis's findings (lib/patterns/types.ts PatternFinding), as the popover
 * and the student page show them (components/overlay/pattern-words.ts). Only their scripts carry
 * this table: the badge in the content script shows no findings.
 */
export const patternMessages = {
  patUnknown: {
    nb: 'Mønster ukjent: siden viser bare totaler',
    nn: 'Mønster ukjent: sida viser berre totalar',
    en: 'Pattern unknown: the page shows only totals',
  },
  patStreak: {
    nb: '$1 skoledager sammenhengende fravær',
    nn: '$1 skuledagar samanhengande fråvær',
    en: '$1 school days of absence in a row',
  },
  patStreakOngoing: {
    nb: '$1 skoledager sammenhengende fravær (pågår)',
    nn: '$1 skuledagar samanhengande fråvær (pågår)',
    en: '$1 school days of absence in a row (ongoing)',
  },
  patRising: { nb: 'økende siste fire uker', nn: 'aukande siste fire veker', en: 'rising over the last four weeks' },
  patFalling: { nb: 'synkende siste fire uker', nn: 'minkande siste fire veker', en: 'falling over the last four weeks' },
  patMostOnWeekday: { nb: 'mest fravær $1', nn: 'mest fråvær $1', en: 'most absence on $1' },
  patMondays: { nb: 'mandager', nn: 'måndagar', en: 'Mondays' },
  patTuesdays: { nb: 'tirsdager', nn: 'tysdagar', en: 'Tuesdays' },
  patWednesdays: { nb: 'onsdager', nn: 'onsdagar', en: 'Wednesdays' },
  patThursdays: { nb: 'torsdager', nn: 'torsdagar', en: 'Thursdays' },
  patFridays: { nb: 'fredager', nn: 'fredagar', en: 'Fridays' },
  /** $1: an ordinal below ("første"). */
  patMostInLesson: { nb: 'mest fravær $1 time', nn: 'mest fråvær $1 time', en: 'most absence in the $1 lesson' },
  /** Past the twelfth lesson: $1 is the lesson's number. */
  patMostInLessonNumber: { nb: 'mest fravær $1. time', nn: 'mest fråvær $1. time', en: 'most absence in lesson $1' },
  patFirst: { nb: 'første', nn: 'første', en: 'first' },
  patSecond: { nb: 'andre', nn: 'andre', en: 'second' },
  patThird: { nb: 'tredje', nn: 'tredje', en: 'third' },
  patFourth: { nb: 'fjerde', nn: 'fjerde', en: 'fourth' },
  patFifth: { nb: 'femte', nn: 'femte', en: 'fifth' },
  patSixth: { nb: 'sjette', nn: 'sjette', en: 'sixth' },
  patSeventh: { nb: 'sjuende', nn: 'sjuande', en: 'seventh' },
  patEighth: { nb: 'åttende', nn: 'åttande', en: 'eighth' },
  patNinth: { nb: 'niende', nn: 'niande', en: 'ninth' },
  patTenth: { nb: 'tiende', nn: 'tiande', en: 'tenth' },
  patEleventh: { nb: 'ellevte', nn: 'ellevte', en: 'eleventh' },
  patTwelfth: { nb: 'tolvte', nn: 'tolvte', en: 'twelfth' },
  patMostInSubject: { nb: 'mest fravær i $1', nn: 'mest fråvær i $1', en: 'most absence in $1' },
  /** $1: how many times ("3 ganger"), $2: over which period. */
  patLateness: { nb: 'forsentkomming $1 $2', nn: 'forseintkoming $1 $2', en: 'late $1 $2' },
  patLeftEarly: {
    nb: 'forlot skolen i løpet av dagen $1 $2',
    nn: 'forlét skulen i løpet av dagen $1 $2',
    en: 'left school during the day $1 $2',
  },
  patAfterHolidays: {
    nb: 'fravær første dag etter ferie $1',
    nn: 'fråvær første dag etter ferie $1',
    en: 'absent on the first day after a holiday $1',
  },
  patTime: { nb: '$1 gang', nn: '$1 gong', en: '$1 time' },
  patTimes: { nb: '$1 ganger', nn: '$1 gonger', en: '$1 times' },
  patLastFourWeeks: { nb: 'siste fire uker', nn: 'siste fire veker', en: 'over the last four weeks' },
  patThisTerm: { nb: 'dette halvåret', nn: 'dette halvåret', en: 'this term' },
  /** $1: the dates ("16.11–20.11"). */
  patInPeriod: { nb: 'i perioden $1', nn: 'i perioden $1', en: 'in the period $1' },
} satisfies MessageTable;
