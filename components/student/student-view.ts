import { evaluate } from '../../lib/guidelines/evaluate';
import type { GuidelineProfile } from '../../lib/guidelines/profile';
import {
  norwegianSchoolYear,
  schoolYearStart,
  type Assessment,
  type CaseRecord,
  type StudentHistory,
  type StudentRecord,
} from '../../lib/model';
import { analysePatterns } from '../../lib/patterns';
import type { Patterns } from '../../lib/patterns/types';
import { chooseProfile, findProfile, type ProfileChoice } from '../../lib/store/profile-choice';
import type { Settings } from '../../lib/store/settings';
import type { StudentHandoff } from '../../lib/store/student-handoff.browser';

/**
 * What the student page shows about the student's absence: the same engine and pattern analysis as
 * the overlay, on the row the portal page handed over, with the teacher's own case record.
 */
export interface StudentAssessment {
  history: StudentHistory;
  assessment: Assessment;
  patterns: Patterns;
}

export function historyFromHandoff(
  handoff: Pick<StudentHandoff, 'row' | 'asOf' | 'shownPeriod'>,
  settings: Pick<Settings, 'calendar'>,
): StudentHistory {
  const { row, asOf, shownPeriod } = handoff;
  return {
    student: row.student,
    events: row.events,
    ...(row.totals ? { totals: row.totals } : {}),
    coverage: row.coverage,
    calendar: settings.calendar ?? norwegianSchoolYear(schoolYearStart(asOf)),
    ...(shownPeriod ? { shownPeriod } : {}),
  };
}

/**
 * The profile the page works with: the one the badge evaluated with (the hand-over's), else the
 * one the case was kept under, else what the portal would choose. A profile that no longer exists
 * falls back to the portal's default, with the reason.
 */
export function profileForPage(
  settings: Settings,
  handoff: Pick<StudentHandoff, 'profileId' | 'portal'> | null,
  record: Pick<StudentRecord, 'portal' | 'caseRecord'> | null,
): ProfileChoice {
  const wanted = handoff?.profileId ?? record?.caseRecord?.profileId;
  const portal = handoff?.portal ?? record?.portal ?? 'generic';
  if (wanted) {
    const found = findProfile(settings, wanted);
    if (found) return found;
    const fallback = chooseProfile(settings, portal, '');
    return { profile: fallback.profile, problem: { code: 'profile-unavailable', wanted, fallbackName: fallback.profile.name } };
  }
  return chooseProfile(settings, portal, '');
}

export function assessStudent(
  handoff: Pick<StudentHandoff, 'row' | 'asOf' | 'shownPeriod'>,
  settings: Pick<Settings, 'calendar'> & Partial<Pick<Settings, 'ownDefaults'>>,
  profile: GuidelineProfile,
  caseRecord: CaseRecord | null,
): StudentAssessment {
  const history = historyFromHandoff(handoff, settings);
  return {
    history,
    assessment: evaluate(history, profile, handoff.asOf, caseRecord ?? undefined, { ownDefaults: settings.ownDefaults ?? true }),
    patterns: analysePatterns(history, handoff.asOf),
  };
}
