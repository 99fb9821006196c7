import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyEdit, knownSites, siteKeyFrom, wholeNumberIn, type SettingsEdit } from '../../../components/options/settings-edit';
import { DEFAULT_SETTINGS, Settings } from '../../../lib/store/settings';

const mapping = { tableIndex: 0, nameColumn: 1, absenceColumns: [3, 4], columnMeaning: ['days' as const, 'lessons' as const] };

describe('applyEdit', () => {
  it('sets and clears a per-site profile without touching other sites', () => {
    const one = applyEdit(DEFAULT_SETTINGS, { type: 'siteProfile', siteKey: 'https://a.no', profileId: 'raelingen-grunnskole' });
    const two = applyEdit(one, { type: 'siteProfile', siteKey: 'https://b.no', profileId: 'trondelag-vgs' });
    expect(two.profileBySite).toEqual({ 'https://a.no': 'raelingen-grunnskole', 'https://b.no': 'trondelag-vgs' });
    const cleared = applyEdit(two, { type: 'siteProfile', siteKey: 'https://a.no', profileId: null });
    expect(cleared.profileBySite).toEqual({ 'https://b.no': 'trondelag-vgs' });
    expect(DEFAULT_SETTINGS.profileBySite).toEqual({});
  });

  it('replaces a custom profile imported again under the same id', () => {
    const first = applyEdit(DEFAULT_SETTINGS, { type: 'addCustomProfile', id: 'oslo', json: '{"v":1}' });
    const second = applyEdit(first, { type: 'addCustomProfile', id: 'oslo', json: '{"v":2}' });
    expect(second.customProfiles).toEqual([{ id: 'oslo', json: '{"v":2}' }]);
  });

  it('removing a custom profile also clears every choice that pointed at it', () => {
    let s = applyEdit(DEFAULT_SETTINGS, { type: 'addCustomProfile', id: 'oslo', json: '{}' });
    s = applyEdit(s, { type: 'globalProfile', profileId: 'oslo' });
    s = applyEdit(s, { type: 'siteProfile', siteKey: 'https://a.no', profileId: 'oslo' });
    s = applyEdit(s, { type: 'siteProfile', siteKey: 'https://b.no', profileId: 'trondelag-vgs' });
    const removed = applyEdit(s, { type: 'removeCustomProfile', id: 'oslo' });
    expect(removed.customProfiles).toEqual([]);
    expect(removed.profileId).toBeNull();
    expect(removed.profileBySite).toEqual({ 'https://b.no': 'trondelag-vgs' });
  });

  it('keeps the global choice when another custom profile is removed', () => {
    let s = applyEdit(DEFAULT_SETTINGS, { type: 'addCustomProfile', id: 'oslo', json: '{}' });
    s = applyEdit(s, { type: 'globalProfile', profileId: 'raelingen-grunnskole' });
    expect(applyEdit(s, { type: 'removeCustomProfile', id: 'oslo' }).profileId).toBe('raelingen-grunnskole');
  });

  it('stores a portal without overrides as no entry at all', () => {
    const meaning = { description: 'Syk', kind: 'day' as const, documented: true, notified: true, countsTowardLimit: false };
    const set = applyEdit(DEFAULT_SETTINGS, { type: 'codeOverrides', portalId: 'vigilo', overrides: { S: meaning } });
    expect(set.codeOverrides).toEqual({ vigilo: { S: meaning } });
    expect(applyEdit(set, { type: 'codeOverrides', portalId: 'vigilo', overrides: {} }).codeOverrides).toEqual({});
  });

  it('removing a site removes its mapping and its enabled entry, and nothing else', () => {
    const s: Settings = {
      ...DEFAULT_SETTINGS,
      enabledSites: ['https://a.no', 'https://b.no'],
      taughtMappings: { 'https://a.no': mapping, 'https://c.no': mapping },
      profileBySite: { 'https://a.no': 'trondelag-vgs' },
    };
    const removed = applyEdit(s, { type: 'removeSite', siteKey: 'https://a.no' });
    expect(removed.enabledSites).toEqual(['https://b.no']);
    expect(Object.keys(removed.taughtMappings)).toEqual(['https://c.no']);
    expect(removed.profileBySite).toEqual({ 'https://a.no': 'trondelag-vgs' });
  });

  it('never mutates its input, and every edit with values in range gives settings the schema reads back', () => {
    const edit: fc.Arbitrary<SettingsEdit> = fc.oneof(
      fc.constantFrom('auto', 'nb', 'nn', 'en').map((language) => ({ type: 'language' as const, language })),
      fc.option(fc.string(), { nil: null }).map((profileId) => ({ type: 'globalProfile' as const, profileId })),
      fc
        .tuple(fc.webUrl().map((u) => new URL(u).origin), fc.option(fc.string({ minLength: 1 }), { nil: null }))
        .map(([siteKey, profileId]) => ({ type: 'siteProfile' as const, siteKey, profileId })),
      fc.tuple(fc.string(), fc.string()).map(([id, json]) => ({ type: 'addCustomProfile' as const, id, json })),
      fc.string().map((id) => ({ type: 'removeCustomProfile' as const, id })),
      fc.integer({ min: 1, max: 480 }).map((minutes) => ({ type: 'idleLockMinutes' as const, minutes })),
      fc.integer({ min: 1, max: 120 }).map((months) => ({ type: 'retentionMonths' as const, months })),
      fc.string().map((pattern) => ({ type: 'fileNamePattern' as const, pattern })),
      fc.webUrl().map((u) => ({ type: 'removeSite' as const, siteKey: new URL(u).origin })),
    );
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 12 }), (edits) => {
        const frozen = structuredClone(DEFAULT_SETTINGS);
        let settings = frozen;
        for (const e of edits) {
          const before = JSON.stringify(settings);
          const next = applyEdit(settings, e);
          expect(JSON.stringify(settings)).toBe(before);
          settings = next;
        }
        expect(Settings.safeParse(settings).success).toBe(true);
      }),
    );
  });
});

describe('siteKeyFrom', () => {
  it.each<[string, string | null]>([
    ['https://skole.visma.com/raelingen/Pupil/123', 'https://skole.visma.com'],
    ['skole.visma.com', 'https://skole.visma.com'],
    ['  http://intranett.kommune.no:8080/fravær ', 'http://intranett.kommune.no:8080'],
    ['HTTPS://Oslo.Vigilo.No/', 'https://oslo.vigilo.no'],
    ['http://localhost:5173/x', 'http://localhost:5173'],
    ['', null],
    ['ftp://files.kommune.no', null],
    ['chrome://extensions', null],
    ['ikke en adresse', null],
    ['skole', null],
  ])('%j → %j', (text, expected) => {
    expect(siteKeyFrom(text)).toBe(expected);
  });
});

describe('wholeNumberIn', () => {
  it.each<[string, number | null]>([
    ['15', 15],
    [' 1 ', 1],
    ['480', 480],
    ['0', null],
    ['481', null],
    ['1,5', null],
    ['-3', null],
    ['', null],
    ['ti', null],
  ])('%j within 1–480 → %j', (text, expected) => {
    expect(wholeNumberIn(text, 1, 480)).toBe(expected);
  });
});

describe('knownSites', () => {
  it('lists enabled and taught sites once each, sorted', () => {
    const s: Settings = {
      ...DEFAULT_SETTINGS,
      enabledSites: ['https://b.no', 'https://a.no'],
      taughtMappings: { 'https://a.no': mapping, 'https://c.no': mapping },
    };
    expect(knownSites(s)).toEqual(['https://a.no', 'https://b.no', 'https://c.no']);
  });
});
