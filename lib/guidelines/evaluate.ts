import { type Assessment, type FiredTrigger, maxLevel } from '../model/assessment';
import type { CaseRecord } from '../model/case';
import { type AssessmentNote, noteKey } from '../model/trigger-detail';
import type { IsoDate } from '../model/date';
import type { StudentHistory } from '../model/history';
import { forecastCrossings } from '../forecast/forecast';
import { checkContext } from './check-context';
import { undecidable } from './checks/check-result';
import { checkTrigger } from './checks/check-trigger';
import { UNSTATED_PERIOD_NOTE } from './checks/totals-scope';
import { planSteps } from './next-step';
import { unseenSchoolDays, worstCaseHistory } from './unseen-days';
import type { PageProfile } from './page-profile';

export interface EvaluateOptions {
  /**
   * Whether rules marked as Nærværsradar defaults (numbers or levels no source gives) are used.
   * On unless the teacher switches them off in options.
   */
  ownDefaults?: boolean;
}

/**
 * One student's absence against one guideline profile, as of `asOf`. Pure and deterministic: the
 * same history, profile, date and case record always give the same assessment, and nothing reads
 * the clock. Absence after asOf, on weekends and in holidays is not counted.
 *
 * The level is the highest level among the triggers that fired. When none fired it is `ok` only if
 * every rule could be decided from what the page shows; otherwise `unknown`, with each undecided
 * rule and the reason in `undecided`. Nothing is guessed.
 */
export function evaluate(
  history: StudentHistory,
  profile: PageProfile,
  asOf: IsoDate,
  caseRecord?: CaseRecord,
  options: EvaluateOptions = {},
): Assessment {
  const ctx = checkContext(history, asOf);
  const fired: FiredTrigger[] = [];
  const undecided: Assessment['undecided'] = [];
  const unknown: AssessmentNote[] = [];
  const unseen = unseenSchoolDays(history, asOf);
  let worstCtx: ReturnType<typeof checkContext> | undefined;
  for (const trigger of profile.triggers) {
    if (trigger.ownDefault && options.ownDefaults === false) continue;
    let result = checkTrigger(trigger, ctx);
    if (!result.fired && result.undecided === undefined && unseen) {
      worstCtx ??= checkContext(worstCaseHistory(history, unseen.days), asOf);
      if (checkTrigger(trigger, worstCtx).fired) {
        result = undecidable({ code: 'page-shows-only', quote: trigger.quote, ...unseen.shown }, ...result.unknown);
      }
    }
    unknown.push(...result.unknown);
    if (!result.fired) {
      if (result.undecided !== undefined) undecided.push({ triggerId: trigger.id, quote: trigger.quote, reason: result.undecided });
      continue;
    }
    fired.push({
      triggerId: trigger.id,
      level: trigger.level,
      quote: trigger.quote,
      detail: result.detail,
      values: result.values,
      source: trigger.source,
      stepId: trigger.stepId,
      ...(result.since !== undefined ? { since: result.since } : {}),
      ...(result.occurrences !== undefined ? { occurrences: result.occurrences } : {}),
      ...(trigger.ownDefault ? { ownDefault: trigger.ownDefault } : {}),
    });
  }

  // Dated absence is counted as the whole halvår so far when the page names no period (totals
  // say so in their own checks): a list of recent registrations that does not say it is one would
  // otherwise pass for the whole record, unremarked.
  if (history.coverage === 'events' && (history.shownPeriod?.basis ?? 'unstated') === 'unstated') unknown.push(UNSTATED_PERIOD_NOTE);

  let usableCase = caseRecord;
  if (caseRecord && caseRecord.profileId !== profile.id) {
    unknown.push({ code: 'case-other-profile', profileId: caseRecord.profileId });
    usableCase = undefined;
  }
  const plan = planSteps(profile, fired, history, asOf, usableCase);
  return {
    profileId: profile.id,
    asOf,
    level: fired.length > 0 ? maxLevel(fired.map((f) => f.level)) : undecided.length > 0 ? 'unknown' : 'ok',
    fired,
    undecided,
    ...plan,
    unknown: [...new Map(unknown.map((note) => [noteKey(note), note])).values()],
    forecast: forecastCrossings(ctx, profile, new Set(fired.map((f) => f.triggerId))),
  };
}
