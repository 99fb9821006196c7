import type { Deadline, DeadlineRule, GuidelineProfile } from '../../lib/guidelines/profile';
import type { OptionsTranslator } from './words';
import type { AgeBand, SourceRef } from '../../lib/model';

/**
 * How a profile's rules read on the options page. The rules' own words (quotes, deadline labels)
 * are shown as the source wrote them; only the frame around them follows the UI language.
 */
export function formatSourceRef(source: SourceRef, t: OptionsTranslator): string {
  const base = t('optSourceRef', source.document, source.publisher, source.section);
  return source.page === undefined ? base : `${base}, ${t('optSourcePage', source.page)}`;
}

export function describeDeadlineRule(rule: DeadlineRule, t: OptionsTranslator): string {
  // The source's own words for the deadline say it best, when the profile has them.
  if (rule.label) return rule.label;
  switch (rule.kind) {
    case 'none':
      return t('optDeadlineNone');
    case 'sameDay':
      return t('optDeadlineSameDay');
    case 'schoolDays':
      return t('optDeadlineSchoolDays', rule.n ?? '?');
    case 'calendarDays':
      return t('optDeadlineCalendarDays', rule.n ?? '?');
    case 'weeks':
      return t('optDeadlineWeeks', rule.n ?? '?');
  }
}

const FROM_KEY = {
  trigger: 'optDeadlineFromTrigger',
  agreementSigned: 'optDeadlineFromAgreement',
  previousStep: 'optDeadlineFromPreviousStep',
} as const;

const AGE_BAND_KEY = {
  barnetrinn: 'optAgeBandBarnetrinn',
  ungdomstrinn: 'optAgeBandUngdomstrinn',
  videregaende: 'optAgeBandVideregaende',
  ukjent: 'optAgeBandUnknown',
} as const satisfies Record<AgeBand, string>;

/** One line per age band when the deadline differs by band, else one line. */
export function describeDeadline(deadline: Deadline, t: OptionsTranslator): string[] {
  if (deadline.kind === 'none' && !deadline.perAgeBand) return [t('optDeadlineNone')];
  const from = deadline.kind === 'none' ? '' : ` (${t(FROM_KEY[deadline.from])})`;
  const lines = [`${describeDeadlineRule(deadline, t)}${from}`];
  for (const [band, rule] of Object.entries(deadline.perAgeBand ?? {}) as [AgeBand, DeadlineRule | undefined][]) {
    if (rule) lines.push(`${t(AGE_BAND_KEY[band])}: ${describeDeadlineRule(rule, t)}`);
  }
  return lines;
}

/** The title of the step a trigger leads to, or its id when the step is missing (never for a parsed profile). */
export function stepTitle(profile: GuidelineProfile, stepId: string): string {
  return profile.steps.find((s) => s.id === stepId)?.title ?? stepId;
}

const AUDIENCE_KEY = {
  grunnskole: 'optAudienceGrunnskole',
  videregaende: 'optAudienceVideregaende',
  alle: 'optAudienceAll',
} as const;

export function describeAudience(profile: GuidelineProfile, t: OptionsTranslator): string {
  return t(AUDIENCE_KEY[profile.audience]);
}
