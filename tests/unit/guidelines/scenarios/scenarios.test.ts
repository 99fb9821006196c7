import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../../lib/guidelines/evaluate';
import { kearneyForskning } from '../../../../lib/guidelines/profiles/kearney-forskning';
import { raelingenGrunnskole } from '../../../../lib/guidelines/profiles/raelingen-grunnskole';
import { trondelagVgs } from '../../../../lib/guidelines/profiles/trondelag-vgs';
import type { GuidelineProfile } from '../../../../lib/guidelines/profile';
import { AS_OF } from '../history-builder';
import { KEARNEY, RAELINGEN, type Scenario, TRONDELAG } from './scenarios';

function check(profile: GuidelineProfile, s: Scenario) {
  const a = evaluate(s.history(), profile, s.asOf ?? AS_OF, s.caseRecord, s.ownDefaults === undefined ? {} : { ownDefaults: s.ownDefaults });
  expect(a.level, s.worked).toBe(s.expected.level);
  expect(a.nextStep?.stepId ?? null, s.worked).toBe(s.expected.step);
  if (s.expected.deadline !== undefined) expect(a.nextStep?.deadline ?? null).toBe(s.expected.deadline);
  if (s.expected.overdue !== undefined) expect(a.nextStep?.overdue).toBe(s.expected.overdue);
  if (s.expected.condition !== undefined) expect(a.nextStep?.condition ?? null).toEqual(s.expected.condition);
  if (s.expected.level === 'unknown') expect(a.undecided.length).toBeGreaterThan(0);
  if (s.expected.level === 'ok') expect(a.undecided).toEqual([]);
}

describe.each([
  ['Rælingen (002)', raelingenGrunnskole, RAELINGEN],
  ['Trøndelag (004)', trondelagVgs, TRONDELAG],
  ['Kearney via RBUP (003)', kearneyForskning, KEARNEY],
] as const)('%s: hand-worked scenarios', (_name, profile, scenarios) => {
  it.each(scenarios.map((s) => [s.name, s] as const))('%s', (_n, s) => check(profile, s));
});

it('holds at least 40 scenarios, each citing its seed file and words', () => {
  const all = [...RAELINGEN, ...TRONDELAG, ...KEARNEY];
  expect(all.length).toBeGreaterThanOrEqual(40);
  for (const s of all) {
    expect(s.source.seed).toMatch(/^00[234]_[0-9a-f]{16}\.txt$/);
    expect(s.source.words.length).toBeGreaterThan(10);
  }
});
