import { describe, expect, it } from 'vitest';
import { chooseProfile } from '../../../lib/store/profile-choice';
import {
  effectiveSettings,
  guidelineSource,
  lockedKeysChanged,
  parseManagedPolicy,
  withTeacherChoices,
  type ManagedState,
} from '../../../lib/store/managed-policy';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/store/settings';
import { exportProfileJson } from '../../../lib/guidelines/load-profile';
import { kearneyForskning } from '../../../lib/guidelines/profiles/kearney-forskning';
import { documentIssueWords } from '../../../components/common/field-problem-words';
import { checkMessages } from '../../../lib/i18n/messages/checks';
import { translatorFor } from '../../../lib/i18n/translate';

const NB = translatorFor(checkMessages, 'nb');

/** A municipality's own guideline: the research profile under the municipality's own id. */
const OWN = { ...kearneyForskning, id: 'egen-kommune', name: 'Egen kommune' };
const SITE = 'https://skole.visma.com';

function valid(raw: unknown): ManagedState {
  const read = parseManagedPolicy(raw);
  if (read.kind !== 'valid') throw new Error(`expected a valid policy, got ${JSON.stringify(read)}`);
  return read.state;
}

/** The policy's problems as the options page words them in bokmål. */
function problems(raw: unknown): string[] {
  const read = parseManagedPolicy(raw);
  if (read.kind !== 'invalid') throw new Error(`expected an invalid policy, got ${read.kind}`);
  return read.problems.map((issue) => documentIssueWords(NB, issue));
}

const teacher = (edit: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...edit });

describe('reading the policy', () => {
  it('treats nothing, and the empty object Chrome gives without a policy, as no policy', () => {
    expect(parseManagedPolicy(undefined)).toEqual({ kind: 'none' });
    expect(parseManagedPolicy({})).toEqual({ kind: 'none' });
  });

  it('reads an own guideline given as JSON text (registry, Chrome) or inline (Firefox) alike', () => {
    const asText = valid({ guideline: 'egen-kommune', ownGuidelines: [exportProfileJson(OWN)] });
    const inline = valid({ guideline: 'egen-kommune', ownGuidelines: [JSON.parse(exportProfileJson(OWN))] });
    expect(asText.policy.ownGuidelines?.[0]?.id).toBe('egen-kommune');
    expect(inline.policy).toEqual(asText.policy);
  });

  it('locks every key it sets unless the teacher may change it', () => {
    const state = valid({ guideline: 'trondelag-vgs', idleLockMinutes: 5, retentionMonths: 6, teacherMayChange: ['idleLockMinutes'] });
    expect([...state.set].sort()).toEqual(['guideline', 'idleLockMinutes', 'retentionMonths']);
    expect([...state.locked].sort()).toEqual(['guideline', 'retentionMonths']);
  });

  it('names the key and the problem for every mistake', () => {
    const lines = problems({ idleLockMinutes: 0, retentionMonth: 3, guideline: 'finnes-ikke', extraSites: ['skole.kommune.no/fravær'] });
    expect(lines).toContain('idleLockMinutes: må være minst 1 (fant: 0)');
    expect(lines.some((l) => l.startsWith('retentionMonth: ukjent'))).toBe(true);
    expect(lines.some((l) => l.startsWith('extraSites[0]: forventet en nettstedsadresse'))).toBe(true);
    // The keys that are right on their own are still checked against each other.
    expect(lines).toContain(
      'guideline: ukjent veileder «finnes-ikke»; kjente: raelingen-grunnskole, trondelag-vgs, kearney-forskning',
    );
    expect(lines).toHaveLength(4);
    expect(problems({ guideline: 'finnes-ikke' })).toEqual([
      'guideline: ukjent veileder «finnes-ikke»; kjente: raelingen-grunnskole, trondelag-vgs, kearney-forskning',
    ]);
  });

  it('checks an own guideline exactly like an imported file, naming where in the policy it sits', () => {
    const broken = { ...JSON.parse(exportProfileJson(OWN)), triggers: [{ ...OWN.triggers[0], percentOver: 'mye' }] };
    expect(problems({ ownGuidelines: [broken] })).toEqual([
      'ownGuidelines[0]: triggers[0].percentOver: forventet tall, fikk tekst (fant: "mye")',
    ]);
    expect(problems({ ownGuidelines: ['{"id": '] })[0]).toMatch(/^ownGuidelines\[0\]: ikke gyldig JSON/);
    expect(problems({ ownGuidelines: [{ ...JSON.parse(exportProfileJson(OWN)), id: 'trondelag-vgs' }] })).toEqual([
      'ownGuidelines[0]: id: «trondelag-vgs» er id-en til en innebygd veileder; velg en annen id',
    ]);
  });

  it('refuses absence codes for a portal it does not know', () => {
    expect(problems({ absenceCodes: { 'visma-flyt': {} } })).toEqual([
      'absenceCodes.visma-flyt: ukjent portal; kjente: visma-flyt-skole, visma-inschool, vigilo',
    ]);
  });
});

describe('the settings in force', () => {
  it('uses a locked guideline over whatever the teacher chose, on every site', () => {
    const state = valid({ guideline: 'egen-kommune', ownGuidelines: [exportProfileJson(OWN)] });
    const own = teacher({ profileId: 'trondelag-vgs', profileBySite: { [SITE]: 'raelingen-grunnskole' } });
    const settings = effectiveSettings(own, state);
    expect(chooseProfile(settings, 'visma-flyt-skole', SITE).profile.id).toBe('egen-kommune');
    expect(chooseProfile(settings, 'vigilo', 'https://example.vigilo.no').profile.id).toBe('egen-kommune');
    expect(guidelineSource(own, state, SITE)).toBe('policy');
  });

  it("lets the teacher's own choice win where the policy allows it, and suggests the policy's until then", () => {
    const state = valid({ guideline: 'trondelag-vgs', teacherMayChange: ['guideline'] });
    expect(chooseProfile(effectiveSettings(DEFAULT_SETTINGS, state), 'visma-flyt-skole', SITE).profile.id).toBe('trondelag-vgs');
    expect(guidelineSource(DEFAULT_SETTINGS, state, SITE)).toBe('policy');
    const own = teacher({ profileId: 'kearney-forskning' });
    expect(chooseProfile(effectiveSettings(own, state), 'visma-flyt-skole', SITE).profile.id).toBe('kearney-forskning');
    expect(guidelineSource(own, state, SITE)).toBe('teacher');
    expect(guidelineSource(DEFAULT_SETTINGS, null, SITE)).toBe('default');
  });

  it("keeps a number the teacher saved only where the policy lets them change it", () => {
    const state = valid({ idleLockMinutes: 5, retentionMonths: 6, teacherMayChange: ['idleLockMinutes'] });
    const untouched = effectiveSettings(DEFAULT_SETTINGS, state);
    expect([untouched.idleLockMinutes, untouched.retentionMonths]).toEqual([5, 6]);
    const before = DEFAULT_SETTINGS;
    const after = withTeacherChoices(before, { ...before, idleLockMinutes: 30, retentionMonths: 36 });
    expect(after.changedByTeacher).toEqual(['idleLockMinutes', 'retentionMonths']);
    const inForce = effectiveSettings(after, state);
    expect([inForce.idleLockMinutes, inForce.retentionMonths]).toEqual([30, 6]);
  });

  it("lays the policy's code table over the portal's, and the teacher's over the policy's only when allowed", () => {
    const fs = { description: 'Forsentkomming', kind: 'late', notified: false, countsTowardLimit: false } as const;
    const mine = { FS: { description: 'Min', kind: 'late', documented: null, notified: null, countsTowardLimit: false } as const };
    const locked = valid({ absenceCodes: { 'visma-flyt-skole': { FS: fs } } });
    const own = teacher({ codeOverrides: { 'visma-flyt-skole': mine } });
    expect(effectiveSettings(own, locked).codeOverrides['visma-flyt-skole']).toEqual({ FS: { ...fs, documented: null } });
    const open = valid({ absenceCodes: { 'visma-flyt-skole': { FS: fs } }, teacherMayChange: ['absenceCodes'] });
    expect(effectiveSettings(own, open).codeOverrides['visma-flyt-skole']).toEqual(mine);
  });

  it('adds the extra sites to the ones the teacher enabled', () => {
    const state = valid({ extraSites: ['https://fravaer.kommune.no/'] });
    expect(effectiveSettings(teacher({ enabledSites: ['https://annen.no'] }), state).enabledSites).toEqual(['https://fravaer.kommune.no', 'https://annen.no']);
  });

  it('finds the edits that would change a locked setting', () => {
    const state = valid({ guideline: 'trondelag-vgs', retentionMonths: 6, idleLockMinutes: 5, teacherMayChange: ['idleLockMinutes'] });
    const before = DEFAULT_SETTINGS;
    expect(lockedKeysChanged(before, { ...before, retentionMonths: 7 }, state)).toEqual(['retentionMonths']);
    expect(lockedKeysChanged(before, { ...before, profileBySite: { [SITE]: 'kearney-forskning' } }, state)).toEqual(['guideline']);
    expect(lockedKeysChanged(before, { ...before, idleLockMinutes: 9, language: 'en' }, state)).toEqual([]);
    expect(lockedKeysChanged(before, { ...before, retentionMonths: 7 }, null)).toEqual([]);
  });
});
