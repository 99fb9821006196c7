import { describe, expect, it } from 'vitest';
import { GuidelineProfile, KNOWN_FORM_IDS, type TriggerKind } from '../../../lib/guidelines/profile';
import { BUILT_IN_PROFILES, getBuiltInProfile } from '../../../lib/guidelines/registry';

describe('registry', () => {
  it('holds the three built-in profiles, each findable by id', () => {
    expect(BUILT_IN_PROFILES.map((p) => p.id)).toEqual(['raelingen-grunnskole', 'trondelag-vgs', 'kearney-forskning']);
    for (const p of BUILT_IN_PROFILES) expect(getBuiltInProfile(p.id)).toBe(p);
    expect(getBuiltInProfile('oslo')).toBeUndefined();
  });
});

describe.each(BUILT_IN_PROFILES.map((p) => [p.id, p] as const))('built-in profile %s', (_id, profile) => {
  it('passes the same schema as an imported file', () => {
    expect(GuidelineProfile.parse(profile)).toEqual(profile);
  });

  it('quotes its own sources and uses only known forms', () => {
    for (const item of [...profile.triggers, ...profile.steps]) {
      expect(item.quote.length).toBeGreaterThan(0);
      expect(item.source.publisher).toBe(profile.publisher);
    }
    for (const form of [...profile.forms, ...profile.steps.flatMap((s) => s.forms)]) expect(KNOWN_FORM_IDS).toContain(form);
  });
});

type Expected = { id: string; kind: TriggerKind; level: string; params: Record<string, unknown> };

describe.each([
  {
    profile: 'raelingen-grunnskole',
    triggers: [
      { id: 'uvarslet-fravaer', kind: 'unnotified', level: 'watch', params: { minDays: 1 } },
      { id: 'over-8-dager-10-timer', kind: 'absenceTotal', level: 'concern', params: { daysOver: 8, lessonsOver: 10, combine: 'or', filter: 'any', window: 'term' } },
      { id: 'hoyt-gyldig-fravaer', kind: 'absenceTotal', level: 'concern', params: { daysAtLeast: 10, filter: 'documented', window: 'term' } },
      { id: 'ugyldig-hel-dag', kind: 'undocumented', level: 'concern', params: { unit: 'day', atLeast: 1 } },
      { id: 'ugyldig-enkelttimer', kind: 'undocumented', level: 'concern', params: { unit: 'lesson', atLeast: 1 } },
      { id: 'forsentkomming', kind: 'lateness', level: 'watch', params: { atLeast: 1, firstLessonOnly: true } },
      { id: 'forlater-skolen', kind: 'leftEarly', level: 'watch', params: { atLeast: 1 } },
    ],
  },
  {
    profile: 'trondelag-vgs',
    triggers: [
      { id: 'uvarslet-1-3-dager', kind: 'unnotified', level: 'concern', params: { minDays: 1 } },
      { id: 'tre-ganger-to-uker', kind: 'frequency', level: 'concern', params: { atLeast: 3, withinDays: 14, filter: 'any' } },
      { id: 'naer-fravaersgrensen', kind: 'subjectLimit', level: 'concern', params: { warnAtPercent: 7, limitPercent: 10, fireAt: 'warning' } },
      { id: 'fravaersgrensen-naadd', kind: 'subjectLimit', level: 'serious', params: { limitPercent: 10, fireAt: 'limit' } },
    ],
  },
  {
    profile: 'kearney-forskning',
    triggers: [
      { id: 'kearney-25-prosent-14-dager', kind: 'shareOfSchoolTime', level: 'concern', params: { percentOver: 25, lastCalendarDays: 14 } },
      { id: 'kearney-10-dager-15-uker', kind: 'longWindow', level: 'concern', params: { weeks: 15, daysOver: 10, percentOver: 15, combine: 'or' } },
    ],
  },
] as { profile: string; triggers: Expected[] }[])('$profile states its thresholds as the source does', ({ profile, triggers }) => {
  const p = getBuiltInProfile(profile)!;
  it.each(triggers)('$id', ({ id, kind, level, params }) => {
    const trigger = p.triggers.find((t) => t.id === id);
    expect(trigger).toMatchObject({ kind, level, ...params });
  });
});

it('Rælingen: contact the home the same day on barnetrinn, by the third school day on ungdomstrinn', () => {
  const trigger = getBuiltInProfile('raelingen-grunnskole')!.triggers.find((t) => t.id === 'uvarslet-fravaer')!;
  expect(trigger.deadline).toEqual({
    kind: 'sameDay',
    label: 'umiddelbart',
    from: 'trigger',
    perAgeBand: { ungdomstrinn: { kind: 'schoolDays', n: 3, label: 'senest tredje dag' } },
  });
});
