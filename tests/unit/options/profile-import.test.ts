import { describe, expect, it } from 'vitest';
import { exportFileName, importProfile } from '../../../components/options/profile-import';
import { problemWithValue } from '../../../components/common/field-problem-words';
import { OPTIONS_WORDS } from '../../../components/options/words';
import { translatorFor } from '../../../lib/i18n/translate';
import { applyEdit } from '../../../components/options/settings-edit';
import { exportProfileJson } from '../../../lib/guidelines/load-profile';
import { BUILT_IN_PROFILES } from '../../../lib/guidelines/registry';
import { DEFAULT_SETTINGS } from '../../../lib/store/settings';
import { allProfiles, chooseProfile } from '../../../lib/store/profile-choice';

const builtInIds = new Set(BUILT_IN_PROFILES.map((p) => p.id));
const raelingen = BUILT_IN_PROFILES.find((p) => p.id === 'raelingen-grunnskole')!;

/** A municipality's own file: Rælingen's exported profile under the municipality's own id. */
function municipalityFile(changes: (data: Record<string, unknown>) => void = () => undefined): string {
  const data = JSON.parse(exportProfileJson(raelingen)) as Record<string, unknown>;
  data.id = 'lillestrom-grunnskole';
  data.name = 'Lillestrøm kommune, grunnskole';
  changes(data);
  return JSON.stringify(data, null, 2);
}

describe('importProfile', () => {
  it('accepts an exported profile under a new id, and the stored text loads back as the same profile', () => {
    const text = municipalityFile();
    const outcome = importProfile(text, 'lillestrom.json', DEFAULT_SETTINGS, builtInIds);
    if (!outcome.ok) throw new Error(`expected success, got ${JSON.stringify(outcome)}`);
    expect(outcome.replaces).toBe(false);
    const settings = applyEdit(DEFAULT_SETTINGS, { type: 'addCustomProfile', id: outcome.profile.id, json: outcome.json });
    const loaded = allProfiles(settings);
    expect(loaded.problems).toEqual([]);
    expect(loaded.profiles.map((p) => p.name)).toEqual(['Lillestrøm kommune, grunnskole']);
    // Chosen for a site, it is the profile the portal tab gets.
    const chosen = chooseProfile(applyEdit(settings, { type: 'siteProfile', siteKey: 'https://skole.visma.com', profileId: 'lillestrom-grunnskole' }), 'visma-flyt-skole', 'https://skole.visma.com');
    expect(chosen.profile.id).toBe('lillestrom-grunnskole');
    expect(chosen.problem).toBeUndefined();
  });

  it('says when an import replaces an earlier version', () => {
    const settings = applyEdit(DEFAULT_SETTINGS, { type: 'addCustomProfile', id: 'lillestrom-grunnskole', json: '{}' });
    const outcome = importProfile(municipalityFile(), 'lillestrom.json', settings, builtInIds);
    expect(outcome.ok && outcome.replaces).toBe(true);
  });

  it('refuses a file that reuses a built-in id, since the built-in one would always win', () => {
    const outcome = importProfile(exportProfileJson(raelingen), 'raelingen.json', DEFAULT_SETTINGS, builtInIds);
    expect(outcome).toEqual({ ok: false, reason: 'builtInId', id: 'raelingen-grunnskole' });
  });

  it('names file, place and problem for each mistake in a profile', () => {
    const text = municipalityFile((data) => {
      const triggers = data.triggers as Record<string, unknown>[];
      triggers[0]!.level = 'kritisk';
      (data.steps as Record<string, unknown>[])[0]!.responsible = '';
    });
    const outcome = importProfile(text, 'kommune.json', DEFAULT_SETTINGS, builtInIds);
    if (outcome.ok || outcome.reason !== 'invalid') throw new Error('expected problems');
    expect(outcome.problems.length).toBeGreaterThanOrEqual(2);
    expect(outcome.problems.every((p) => p.file === 'kommune.json')).toBe(true);
    const paths = outcome.problems.map((p) => p.path);
    expect(paths).toContain('triggers[0].level');
    expect(paths).toContain('steps[0].responsible');
    const level = outcome.problems.find((p) => p.path === 'triggers[0].level')!;
    expect(level.found).toBe('"kritisk"');
    expect(level.problem.code).toBe('not-allowed');
  });

  it('reports a JSON syntax error with line and column and no path', () => {
    const outcome = importProfile('{\n  "id": "x",\n  "name": \n}', 'kommune.json', DEFAULT_SETTINGS, builtInIds);
    if (outcome.ok || outcome.reason !== 'invalid') throw new Error('expected problems');
    expect(outcome.problems).toHaveLength(1);
    expect(outcome.problems[0]!.path).toBe('');
    // Line 4 is the "}" where the value of "name" should be.
    expect(outcome.problems[0]!.problem).toEqual({ code: 'not-json', at: { line: 4, column: 1, problem: { code: 'unexpected', found: '}' } } });
  });
});

describe('the import table\'s problem column, in the teacher\'s language', () => {
  const file = municipalityFile((data) => {
    (data.steps as Record<string, unknown>[])[0]!.perOccurrence = 'ti';
  });
  const outcome = importProfile(file, 'k.json', DEFAULT_SETTINGS, builtInIds);
  const daysOver = !outcome.ok && outcome.reason === 'invalid' ? outcome.problems.find((p) => p.path === 'steps[0].perOccurrence') : undefined;

  it.each([
    ['nb', 'forventet sann/usann, fikk tekst (fant: "ti")'],
    ['nn', 'venta sann/usann, fekk tekst (fann: "ti")'],
    ['en', 'expected true/false, got text (found: "ti")'],
  ] as const)('%s: %s', (language, words) => {
    expect(daysOver).toBeDefined();
    expect(problemWithValue(translatorFor(OPTIONS_WORDS, language), daysOver!)).toBe(words);
  });
});

describe('exportFileName', () => {
  it('is the profile id', () => {
    expect(exportFileName(raelingen)).toBe('raelingen-grunnskole.json');
  });
});
