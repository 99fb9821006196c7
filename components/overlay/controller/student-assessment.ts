import type { Assessment, CaseRecord, IsoDate, ReadingRow, SchoolCalendar, StudentHistory } from '../../../lib/model';
import { levelRank } from '../../../lib/model';
import { formatDateRange } from '../../../lib/i18n/format';
import type { PageLayout } from '../../../lib/portals/adapter';
import { evaluate } from '../../../lib/guidelines/evaluate';
import type { PageProfile } from '../../../lib/guidelines/page-profile';
import { onCourse } from '../../../lib/forecast/forecast';
import { forecastLine } from '../../../lib/forecast/wording';
import { sparklinePatterns, type analysePatterns, type SparklinePatterns } from '../../../lib/patterns/analyse';
import type { Patterns } from '../../../lib/patterns/types';
import type { OverlayTranslator } from '../words';
import type { BadgeView } from '../badge.dom';
import { assessmentNoteWords, triggerDetailWords } from '../assessment-words';

export interface StudentAssessment {
  assessment: Assessment;
  /** What the badge draws. */
  sparkline: SparklinePatterns;
  /**
   * Every pattern, analysed on the first call (a popover opens for a few students of a page, the
   * badge shows for all) by the analysis the popover's script carries.
   */
  patterns: (analyse: typeof analysePatterns) => Patterns;
}

export interface AssessmentContext {
  profile: PageProfile;
  calendar: SchoolCalendar;
  layout: PageLayout | null;
  ownDefaults: boolean;
  asOf: IsoDate;
}

/** What the guideline and the pattern analysis say about one student, from what the page shows. */
export function assessStudent(row: ReadingRow, caseRecord: CaseRecord | undefined, context: AssessmentContext): StudentAssessment {
  const history: StudentHistory = {
    student: row.student,
    events: row.events,
    ...(row.totals ? { totals: row.totals } : {}),
    coverage: row.coverage,
    calendar: context.calendar,
    ...(context.layout?.shownPeriod ? { shownPeriod: context.layout.shownPeriod } : {}),
  };
  let patterns: Patterns | null = null;
  return {
    assessment: evaluate(history, context.profile, context.asOf, caseRecord, { ownDefaults: context.ownDefaults }),
    sparkline: sparklinePatterns(history, context.asOf),
    patterns: (analyse) => (patterns ??= analyse(history, context.asOf)),
  };
}

/** The badge's level, reason, sparkline and marks for an assessed student. */
export function badgeView({ assessment, sparkline }: Pick<StudentAssessment, 'assessment' | 'sparkline'>, t: OverlayTranslator): BadgeView {
  const strongest = [...assessment.fired].sort((a, b) => levelRank(b.level) - levelRank(a.level))[0];
  const firstOverdue = assessment.overdue[0];
  const undecided = assessment.undecided[0];
  return {
    level: assessment.level,
    reason: strongest
      ? triggerDetailWords(t, strongest.detail)
      : undecided
        ? t('reasonUndecided', undecided.quote, assessmentNoteWords(t, undecided.reason))
        : t('reasonNothingFired'),
    series: sparkline.weeklySeries,
    overdue: firstOverdue ? t('badgeOverdue', firstOverdue.title) : null,
    ...(sparkline.shownWindow ? { period: formatDateRange(t.language, sparkline.shownWindow.from, sparkline.shownWindow.to) } : {}),
    onCourse: onCourseLine(assessment, t),
  };
}

/** The forecast line of the rule expected to fire first, if within three school weeks ("på vei"). */
export function onCourseLine(assessment: Assessment, t: OverlayTranslator): string | null {
  const soon = onCourse(assessment.forecast);
  return soon ? forecastLine(soon, t) : null;
}
