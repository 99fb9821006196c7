import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addCode,
  codeRows,
  editCode,
  fromTriState,
  MAX_CODE_LENGTH,
  resetCode,
  toTriState,
  type CodeMap,
} from '../../../components/options/code-table';
import { PORTAL_CODE_TABLES } from '../../../components/options/portal-code-tables';
import { meaningOf } from '../../../lib/portals/absence-code';
import { PORTALS } from '../../../lib/portals/registry';
import type { AbsenceCodeMeaning } from '../../../lib/portals/adapter';
import { VISMA_FLYT_SKOLE } from '../../../lib/portals/visma-flyt-skole';

const defaults: CodeMap = VISMA_FLYT_SKOLE.codes;

describe('code table editing (Visma Flyt Skole table)', () => {
  it('shows the portal codes in the portal order, unchanged, when nothing is overridden', () => {
    const rows = codeRows(defaults, {});
    expect(rows.map((r) => r.code)).toEqual(Object.keys(defaults));
    expect(rows.every((r) => !r.overridden && r.meaning === r.portalDefault)).toBe(true);
  });

  it('an edit stores only the changed code, and the page reader then sees the new meaning', () => {
    const overrides = editCode({}, defaults, 'DU', { notified: true });
    expect(Object.keys(overrides)).toEqual(['DU']);
    expect(overrides.DU).toEqual({ ...defaults.DU, notified: true });
    expect(meaningOf('du', defaults, overrides)?.notified).toBe(true);
    const row = codeRows(defaults, overrides).find((r) => r.code === 'DU');
    expect(row?.overridden).toBe(true);
  });

  it('editing a code back to the portal meaning removes the override', () => {
    const changed = editCode({}, defaults, 'FS', { description: 'Kom for sent' });
    const back = editCode(changed, defaults, 'FS', { description: defaults.FS!.description });
    expect(back).toEqual({});
  });

  it('reset returns a code to the portal meaning, and removes a school code entirely', () => {
    const added = addCode({}, defaults, 'SK', 'Skoleaktivitet');
    if (!added.ok) throw new Error('expected the code to be added');
    const both = editCode(added.overrides, defaults, 'DG', { countsTowardLimit: true });
    expect(Object.keys(resetCode(both, 'DG'))).toEqual(['SK']);
    expect(resetCode(both, 'SK')).toEqual({ DG: { ...defaults.DG, countsTowardLimit: true } });
  });

  it('lists school codes after the portal codes, alphabetically', () => {
    const overrides: Record<string, AbsenceCodeMeaning> = {
      ZZ: { description: 'z', kind: 'day', documented: null, notified: null, countsTowardLimit: false },
      AA: { description: 'a', kind: 'late', documented: null, notified: null, countsTowardLimit: false },
    };
    const rows = codeRows(defaults, overrides);
    expect(rows.slice(-2).map((r) => [r.code, r.portalDefault])).toEqual([
      ['AA', undefined],
      ['ZZ', undefined],
    ]);
  });

  it.each<[string, 'empty' | 'exists' | 'tooLong']>([
    ['', 'empty'],
    ['   ', 'empty'],
    ['DG', 'exists'],
    ['dg', 'exists'],
    ['x'.repeat(MAX_CODE_LENGTH + 1), 'tooLong'],
  ])('refuses to add %j (%s)', (code, problem) => {
    expect(addCode({}, defaults, code, 'beskrivelse')).toEqual({ ok: false, problem });
  });

  it('a new code starts as a whole day that says nothing about documentation', () => {
    const result = addCode({}, defaults, ' SA ', ' Sosial aktivitet ');
    expect(result).toEqual({
      ok: true,
      overrides: { SA: { description: 'Sosial aktivitet', kind: 'day', documented: null, notified: null, countsTowardLimit: false } },
    });
  });

  it('any sequence of edits leaves no override equal to the portal meaning', () => {
    const codes = Object.keys(defaults);
    const patch = fc.record(
      {
        description: fc.constantFrom('Dagsfravær, gyldig (meldt av foresatte)', 'Annet'),
        kind: fc.constantFrom('day', 'lesson', 'late', 'leftEarly', 'present'),
        documented: fc.constantFrom(true, false, null),
        notified: fc.constantFrom(true, false, null),
        countsTowardLimit: fc.boolean(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...codes), patch), { maxLength: 20 }), (edits) => {
        let overrides: Record<string, AbsenceCodeMeaning> = {};
        for (const [code, p] of edits) overrides = editCode(overrides, defaults, code, p);
        for (const [code, meaning] of Object.entries(overrides)) {
          expect(meaning).not.toEqual(defaults[code]);
        }
      }),
    );
  });
});

describe('tri-state selects', () => {
  it.each([true, false, null])('%j survives the round trip through the select', (value) => {
    expect(fromTriState(toTriState(value))).toBe(value);
  });
});

describe('portal code tables', () => {
  it('offer each portal once, with its own table', () => {
    const ids = PORTAL_CODE_TABLES.map((p) => p.portalId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(PORTAL_CODE_TABLES.find((p) => p.portalId === 'visma-flyt-skole')?.defaults).toBe(VISMA_FLYT_SKOLE.codes);
  });

  it('cover every portal adapter, under the id the adapter reads its overrides by', () => {
    expect(PORTAL_CODE_TABLES.map((p) => p.portalId).sort()).toEqual(PORTALS.map((a) => a.id).sort());
  });
});
