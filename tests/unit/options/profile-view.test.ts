import { describe, expect, it } from 'vitest';
import { describeDeadline, formatSourceRef, stepTitle } from '../../../components/options/profile-view';
import { BUILT_IN_PROFILES } from '../../../lib/guidelines/registry';
import { ALL_MESSAGES } from '../../../lib/i18n/catalogue';
import { translatorFor } from '../../../lib/i18n/translate';

const nb = translatorFor(ALL_MESSAGES, 'nb');
const en = translatorFor(ALL_MESSAGES, 'en');

describe('formatSourceRef', () => {
  it('names document, publisher, section and page', () => {
    const source = { document: 'Kursdag om skolefravær (lysbilder)', publisher: 'RBUP Øst og Sør', section: 'Kartlegging av eleven', page: 65 };
    expect(formatSourceRef(source, nb)).toBe('Kursdag om skolefravær (lysbilder) (RBUP Øst og Sør), Kartlegging av eleven, s. 65');
    expect(formatSourceRef({ ...source, page: undefined }, en)).toBe('Kursdag om skolefravær (lysbilder) (RBUP Øst og Sør), Kartlegging av eleven');
  });
});

describe('describeDeadline', () => {
  it("keeps the source's own words for the deadline, whatever the UI language", () => {
    expect(describeDeadline({ kind: 'weeks', n: 3, label: 'innen tre uker', from: 'agreementSigned' }, en)).toEqual([
      'innen tre uker (counted from when the cooperation agreement was signed)',
    ]);
  });

  it('adds a line per age band that has its own deadline', () => {
    const lines = describeDeadline(
      { kind: 'sameDay', label: 'umiddelbart', from: 'trigger', perAgeBand: { ungdomstrinn: { kind: 'schoolDays', n: 3, label: 'senest tredje dag' } } },
      nb,
    );
    expect(lines).toEqual(['umiddelbart (regnet fra da regelen slo til)', 'Ungdomstrinnet: senest tredje dag']);
  });

  it('describes a deadline without a label from its numbers', () => {
    expect(describeDeadline({ kind: 'calendarDays', n: 7, from: 'previousStep' }, nb)).toEqual(['Innen 7 dager (regnet fra da forrige steg ble gjort)']);
    expect(describeDeadline({ kind: 'none', from: 'trigger' }, en)).toEqual(['No fixed deadline']);
  });

  it('describes every deadline of every built-in profile without a placeholder left in', () => {
    for (const profile of BUILT_IN_PROFILES) {
      const deadlines = [...profile.steps.map((s) => s.deadline), ...profile.triggers.flatMap((t) => (t.deadline ? [t.deadline] : []))];
      for (const deadline of deadlines) {
        for (const line of describeDeadline(deadline, nb)) expect(line).not.toMatch(/\$\d|\?/);
      }
    }
  });
});

describe('stepTitle', () => {
  it('finds the title of the step every trigger of every built-in profile leads to', () => {
    for (const profile of BUILT_IN_PROFILES) {
      for (const trigger of profile.triggers) {
        expect(stepTitle(profile, trigger.stepId)).toBe(profile.steps.find((s) => s.id === trigger.stepId)?.title);
      }
    }
  });
});
