import { formatDate, formatDateRange, formatOneDecimal } from '../../i18n/format';
import type { IsoDate } from '../../model/date';

/**
 * The Norwegian words the extension writes into a form's answers (item 1 "Hvor høyt er
 * fraværet?", item 2's averages, the agreement's period) and onto its pages. The forms are
 * Norwegian documents that go to parents and other services, so, like the forms' own text in the
 * definitions beside this file, these stay in bokmål whatever language the teacher's UI speaks.
 */

/** One decimal with a Norwegian decimal comma: 1.25 → "1,3". */
export function decimal(value: number): string {
  return formatOneDecimal('nb', value);
}

/** "23.11.2026". */
export function norwegianDate(iso: IsoDate): string {
  return formatDate('nb', iso);
}

/** "16.11–20.11" (same year) or "17.08.2026–04.01.2027": a figure's period, short. */
export function norwegianDateRange(from: IsoDate, to: IsoDate): string {
  return formatDateRange('nb', from, to);
}

/** "3 dager", "1 dag", "2,5 skoleuker". */
export function count(n: number, one: string, many: string): string {
  return `${Number.isInteger(n) ? n : decimal(n)} ${n === 1 ? one : many}`;
}

/** "a", "a og b", "a, b og c". */
export function joinNorwegian(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} og ${parts[parts.length - 1]}`;
}

export const ANSWER_WORDS = {
  day: ['dag', 'dager'],
  lesson: ['enkelttime', 'enkelttimer'],
  late: ['forsentkomming', 'forsentkomminger'],
  schoolWeek: ['skoleuke', 'skoleuker'],
  thisTerm: 'dette halvåret',
  thisSchoolYear: 'dette skoleåret',
  portalPeriod: 'i perioden portalen viser',
  /** "i perioden 16.11–20.11" */
  inPeriod: (range: string) => `i perioden ${range}`,
  /** "dette halvåret (Høst 2026, til og med 23.11.2026)" */
  wholeTerm: (termName: string, to: IsoDate) => `dette halvåret (${termName}, til og med ${norwegianDate(to)})`,
  /** "i perioden 16.11–20.11 (siden viser ikke resten av Høst 2026)" */
  partOfTerm: (period: string, termName: string) => `${period} (siden viser ikke resten av ${termName})`,
  /** " (til og med 23.11.2026)" */
  until: (asOf: IsoDate) => ` (til og med ${norwegianDate(asOf)})`,
  /** " Fraværsprosent ifølge portalen: 4,2 %." */
  portalPercent: (percent: number) => ` Fraværsprosent ifølge portalen: ${decimal(percent)} %.`,
  /** "over 12 skoleuker i perioden …" */
  over: (weeks: number, period: string) => `over ${count(weeks, 'skoleuke', 'skoleuker')}${period ? ` ${period}` : ''}`,
  /** "1,5 dager (9 dager over 26 skoleuker)" */
  averageDays: (average: number, days: number, basis: string) => `${decimal(average)} dager (${count(days, 'dag', 'dager')} ${basis})`,
  averageLessons: (average: number, lessons: number, basis: string) =>
    `${decimal(average)} enkelttimer (${count(lessons, 'enkelttime', 'enkelttimer')} ${basis})`,
  /** "fra 02.11.2026 til 23.11.2026" */
  agreementPeriod: (from: IsoDate, to: IsoDate) => `fra ${norwegianDate(from)} til ${norwegianDate(to)}`,
  /** "Side 2 av 3", a printed page's footer. */
  pageLabel: (page: number, pages: number) => `Side ${page} av ${pages}`,
} as const;

/**
 * Item 3 "Fraværsmønster" and item 4 "Hvordan oppstod fraværet? Plutselig, gradvis?" of the
 * mapping form: the pattern analysis's findings in the form's bokmål (lib/forms/pattern-answer.ts
 * puts them together).
 */
export const PATTERN_ANSWER_WORDS = {
  unknown: 'Mønster ukjent: siden viser bare totaler',
  noPattern: 'Ingen tydelig mønster',
  sudden: 'Plutselig',
  gradual: 'Gradvis',
  /** "mest fravær mandager og første time" */
  mostAbsence: (places: string) => `mest fravær ${places}`,
  weekdays: { 1: 'mandager', 2: 'tirsdager', 3: 'onsdager', 4: 'torsdager', 5: 'fredager' },
  /** "første time", "13. time" */
  lesson: (n: number) => `${LESSON_ORDINALS[n - 1] ?? `${n}.`} time`,
  /** "i matematikk" */
  inSubject: (subject: string) => `i ${subject}`,
  /** "7 skoledager sammenhengende fravær (pågår)" */
  streak: (days: number, ongoing: boolean) => `${days} skoledager sammenhengende fravær${ongoing ? ' (pågår)' : ''}`,
  rising: 'økende siste fire uker',
  falling: 'synkende siste fire uker',
  lateness: 'forsentkomming',
  leftEarly: 'forlot skolen i løpet av dagen',
  times: ['gang', 'ganger'],
  lastFourWeeks: 'siste fire uker',
  afterHolidays: 'fravær første dag etter ferie',
} as const;

const LESSON_ORDINALS = ['første', 'andre', 'tredje', 'fjerde', 'femte', 'sjette', 'sjuende', 'åttende', 'niende', 'tiende', 'ellevte', 'tolvte'];
