import type { CaseRecord } from '../../../lib/model';
import { buildPrefillSource, prefillForm, type FilledForm } from '../../../lib/forms/prefill';
import { getForm } from '../../../lib/forms/registry';
import { AS_OF, DEMO_ASSESSMENT, DEMO_HISTORY, DEMO_SCHOOL, demoPatterns } from './demo';

/** Notes the teacher wrote; only some of them may go into the form. */
export const NOTES = {
  'kontakt-elev': 'Sier at hun gruer seg til gymtimene mandag morgen.',
  'kontakt-foresatte': 'Snakket med far 10.11. Han vet ikke hvorfor.',
  familieforhold: 'HEMMELIG: mor er alvorlig syk.',
  'kontaktlaerers-vurdering': ['Fag', 'Medelever', 'Gruer seg til gym'],
  'oppholdssted': ['Hjemme'],
  'faglig-fungering': ['Middels'],
  'foreslatte-tiltak': 'Fast avtale med kontaktlærer hver mandag kl. 08.15.',
};

/** The student agreed to what she told about gym and what her teacher thinks; not the family part. */
export const CONSENT = {
  'kontakt-elev': true,
  'kontakt-foresatte': true,
  familieforhold: false,
  'kontaktlaerers-vurdering': true,
  'faglig-fungering': true,
  'foreslatte-tiltak': true,
};

export function demoFilled(formId: string, caseRecord?: CaseRecord): FilledForm {
  const source = buildPrefillSource({
    history: DEMO_HISTORY,
    assessment: DEMO_ASSESSMENT,
    patterns: demoPatterns(),
    asOf: AS_OF,
    school: DEMO_SCHOOL,
    caseRecord,
  });
  return prefillForm(getForm(formId)!, source, NOTES, CONSENT);
}

export const SIGNED: CaseRecord = {
  studentKey: 'demo:1',
  profileId: 'raelingen-grunnskole',
  openedOn: '2026-11-02',
  steps: [],
  agreementSignedOn: '2026-11-23',
};

/** Every filled value as the text a reader should find under its label. */
export function expectedTexts(filled: FilledForm): Array<{ label: string; text: string }> {
  return filled.values.flatMap((v) => {
    if (v.value === null) return [];
    if (Array.isArray(v.value)) return v.value.map((option) => ({ label: v.label, text: `☒ ${option}` }));
    return [{ label: v.label, text: v.value }];
  });
}
