import { formatAndList, formatDate, formatDateRange, formatNumber } from '../../lib/i18n/format';
import type { assessmentMessages } from '../../lib/i18n/messages/assessment';
import type { Translator } from '../../lib/i18n/translate';
import type { IsoDate } from '../../lib/model/date';
import type { AssessmentNote, DeadlineFrom, DeadlineRuleWords, FigurePeriod, TriggerDetail } from '../../lib/model/trigger-detail';

/**
 * The guideline engine's findings (lib/model/trigger-detail.ts) in the teacher's language: the
 * popover and the student page show the same lines. Numbers and dates go through lib/i18n/format;
 * a rule's quote stays in the source's words.
 */
export type AssessmentTranslator = Translator<keyof typeof assessmentMessages>;
type T = AssessmentTranslator;
type CountKeys = readonly [one: keyof typeof assessmentMessages, many: keyof typeof assessmentMessages];

const DAYS: CountKeys = ['asDay', 'asDays'];
const SCHOOL_DAYS: CountKeys = ['asSchoolDay', 'asSchoolDays'];
const LESSONS: CountKeys = ['asLesson', 'asLessons'];
const HOURS: CountKeys = ['asHour', 'asHours'];
const TIMES: CountKeys = ['asTime', 'asTimes'];

/** "1 dag", "2 dager", "2,5 dager". */
function counted(t: T, value: number, [one, many]: CountKeys): string {
  return t(value === 1 ? one : many, formatNumber(t.language, value));
}

function percent(t: T, value: number): string {
  return t('asPercent', formatNumber(t.language, value));
}

/** "dette halvåret", or "i perioden 16.11–20.11". */
function periodWords(t: T, period: FigurePeriod): string {
  return period ? t('asInPeriod', formatDateRange(t.language, period.from, period.to)) : t('asThisTerm');
}

/** A totals' period in whole dates: "18.08.2026–23.11.2026". */
function fullRange(t: T, range: { from: IsoDate; to: IsoDate }): string {
  return `${formatDate(t.language, range.from)}–${formatDate(t.language, range.to)}`;
}

function either(t: T, limits: readonly string[], combine: 'and' | 'or'): string {
  if (limits.length < 2) return limits.join('');
  return combine === 'and' ? formatAndList(t.language, limits) : t('asEither', limits[0]!, limits[1]!);
}

/** Why a rule fired, with its numbers. */
export function triggerDetailWords(t: T, detail: TriggerDetail): string {
  switch (detail.code) {
    case 'absence-total': {
      const amounts: string[] = [];
      const limits: string[] = [];
      if (detail.days) {
        amounts.push(detail.days.value === null ? t('asUnknownDays') : counted(t, detail.days.value, DAYS));
        limits.push(counted(t, detail.days.limit, DAYS));
      }
      if (detail.lessons) {
        amounts.push(detail.lessons.value === null ? t('asUnknownLessons') : counted(t, detail.lessons.value, LESSONS));
        limits.push(counted(t, detail.lessons.limit, HOURS));
      }
      const key =
        detail.filter === 'documented' ? 'asAbsenceTotalDocumented' : detail.filter === 'undocumented' ? 'asAbsenceTotalUndocumented' : 'asAbsenceTotal';
      return t(key, formatAndList(t.language, amounts), periodWords(t, detail.period), limits.join(' / '));
    }
    case 'undocumented':
      return t('asUndocumented', counted(t, detail.amount, detail.unit === 'day' ? DAYS : LESSONS), periodWords(t, detail.period));
    case 'unnotified':
      return detail.days === 1
        ? t('asUnnotifiedDay', formatDate(t.language, detail.first))
        : t('asUnnotifiedRun', formatNumber(t.language, detail.days), formatDate(t.language, detail.first));
    case 'lateness':
      return t(detail.firstLessonOnly ? 'asLateForStart' : 'asLate', counted(t, detail.count, TIMES), periodWords(t, detail.period));
    case 'left-early':
      return t('asLeftEarly', counted(t, detail.count, TIMES), periodWords(t, detail.period));
    case 'frequency':
      return t(
        'asFrequency',
        counted(t, detail.count, TIMES),
        counted(t, detail.withinDays, DAYS),
        formatDate(t.language, detail.first),
        formatDate(t.language, detail.last),
        counted(t, detail.atLeast, TIMES),
      );
    case 'first-school-day':
      return t('asFirstSchoolDay', formatDate(t.language, detail.date));
    case 'subject-limit':
      return detail.subjects
        .map((s) => t('asSubject', s.subject, percent(t, s.percent), percent(t, s.warnAt), percent(t, s.limit)))
        .join('; ');
    case 'school-time-share':
      return detail.fromTotals
        ? t(
            'asShareOfSchoolTimeLeast',
            formatNumber(t.language, detail.absentDays),
            counted(t, detail.schoolDays, SCHOOL_DAYS),
            percent(t, detail.percent),
            formatNumber(t.language, detail.calendarDays),
            percent(t, detail.percentOver),
            fullRange(t, detail.fromTotals),
          )
        : t(
            'asShareOfSchoolTime',
            percent(t, detail.percent),
            formatNumber(t.language, detail.calendarDays),
            formatNumber(t.language, detail.absentDays),
            counted(t, detail.schoolDays, SCHOOL_DAYS),
            percent(t, detail.percentOver),
          );
    case 'long-window': {
      const limits: string[] = [];
      if (detail.daysOver !== undefined) limits.push(t('asOver', counted(t, detail.daysOver, DAYS)));
      if (detail.percentOver !== undefined) limits.push(t('asOver', percent(t, detail.percentOver)));
      const args = [
        counted(t, detail.absentDays, DAYS),
        percent(t, detail.percent),
        formatNumber(t.language, detail.weeks),
        counted(t, detail.schoolDays, SCHOOL_DAYS),
        either(t, limits, detail.combine),
      ] as const;
      return detail.fromTotals ? t('asLongWindowLeast', ...args, fullRange(t, detail.fromTotals)) : t('asLongWindow', ...args);
    }
  }
}

/** Why a rule could not be decided, or what the engine had to assume. */
export function assessmentNoteWords(t: T, note: AssessmentNote): string {
  switch (note.code) {
    case 'no-term':
      return t('asNoTerm');
    case 'period-unstated':
      return t('asPeriodUnstated');
    case 'totals-whole-year':
      return t('asTotalsWholeYear', note.quote);
    case 'documented-unknown':
      return t('asDocumentedUnknown', note.quote);
    case 'notified-unknown':
      return t('asNotifiedUnknown');
    case 'no-totals':
      return t('asNoTotals', note.quote);
    case 'totals-incomplete':
      return t('asTotalsIncomplete', note.quote);
    case 'totals-no-undocumented':
      return t('asTotalsNoUndocumented', note.quote);
    case 'totals-no-lateness':
      return t('asTotalsNoLateness', note.quote);
    case 'totals-no-left-early':
      return t('asTotalsNoLeftEarly', note.quote);
    case 'totals-no-amounts':
      return t('asTotalsNoAmounts', note.quote);
    case 'totals-window-unknown':
      return t('asTotalsWindowUnknown', formatNumber(t.language, note.totalDays), fullRange(t, note), formatNumber(t.language, note.calendarDays), note.quote);
    case 'no-dates':
      return t('asNoDates', note.quote);
    case 'no-dates-frequency':
      return t('asNoDatesFrequency', formatNumber(t.language, note.atLeast), formatNumber(t.language, note.withinDays));
    case 'no-dates-unnotified':
      return t('asNoDatesUnnotified');
    case 'planned-lessons-missing':
      return t('asPlannedLessonsMissing', formatAndList(t.language, note.subjects));
    case 'whole-days-not-per-subject':
      return t('asWholeDaysNotPerSubject');
    case 'absence-not-per-subject':
      return t('asAbsenceNotPerSubject');
    case 'page-shows-only':
      return t('asPageShowsOnly', formatDateRange(t.language, note.from, note.to), note.quote);
    case 'case-other-profile':
      return t('asCaseOtherProfile', note.profileId);
  }
}

/** A step's deadline rule: the source's words as they are, ours from the table. */
export function deadlineRuleWords(t: T, rule: DeadlineRuleWords): string {
  if ('quote' in rule) return rule.quote;
  switch (rule.code) {
    case 'same-day':
      return t('asSameDay');
    case 'no-deadline':
      return t('asNoDeadline');
    case 'school-day':
      return rule.n === 1 ? t('asSameSchoolDay') : t('asBySchoolDay', formatNumber(t.language, rule.n));
    case 'within-days':
      return rule.n === 1 ? t('asWithinDay') : t('asWithinDays', formatNumber(t.language, rule.n));
    case 'within-weeks':
      return rule.n === 1 ? t('asWithinWeek') : t('asWithinWeeks', formatNumber(t.language, rule.n));
  }
}

/** What a deadline counts from: "regnet fra samarbeidsavtalen 02.11.2026". */
export function deadlineFromWords(t: T, from: DeadlineFrom): string {
  switch (from.code) {
    case 'trigger':
      return t('asFromTrigger', formatDate(t.language, from.date));
    case 'agreement-signed':
      return t('asFromAgreement', formatDate(t.language, from.date));
    case 'previous-step':
      return t('asFromPreviousStep', formatDate(t.language, from.date));
    case 'agreement-not-signed':
      return t('asAgreementNotSigned');
    case 'start-unknown':
      return t('asStartUnknown');
  }
}

/** A conditional step's condition in the source's words, with the step's deadline where it has one. */
export function conditionWords(t: T, condition: { quote: string; by: IsoDate | null }): string {
  return condition.by === null ? condition.quote : `${condition.quote} ${t('asByDate', formatDate(t.language, condition.by))}`;
}
