import { useMemo } from 'react';
import type { GuidelineProfile } from '../../lib/guidelines/profile';
import { getForm } from '../../lib/forms/registry';
import { buildPrefillSource } from '../../lib/forms/prefill';
import type { IsoDate, StudentRecord } from '../../lib/model';
import { useT } from '../common/i18n';
import { emptyDraft, type FormDraft } from './form-export';
import { FormPreview } from './FormPreview';
import type { StudentAssessment } from './student-view';

/** The form the badge's "Eksporter kartleggingsskjema" asks for. */
export const MAPPING_FORM_ID = 'kartlegging-fravaersmonster';

/** The guideline's forms, each previewed and exported from the page's data and the consented notes. */
export function ExportPanel({
  profile,
  view,
  school,
  record,
  asOf,
  fileNamePattern,
  drafts,
  onDraft,
  focusFormId,
}: {
  profile: GuidelineProfile;
  view: StudentAssessment;
  school: string | undefined;
  record: StudentRecord | null;
  asOf: IsoDate;
  fileNamePattern: string;
  drafts: Readonly<Record<string, FormDraft>>;
  onDraft: (formId: string, draft: FormDraft) => void;
  focusFormId: string | null;
}) {
  const t = useT();
  const caseRecord = record?.caseRecord ?? undefined;
  const source = useMemo(
    () =>
      buildPrefillSource({
        history: view.history,
        assessment: view.assessment,
        patterns: view.patterns,
        asOf,
        ...(school !== undefined ? { school } : {}),
        ...(caseRecord ? { caseRecord } : {}),
      }),
    [view, asOf, school, caseRecord],
  );
  const forms = profile.forms.map((id) => ({ id, form: getForm(id) }));

  return (
    <section id="skjema" aria-labelledby="skjema-title" data-testid="forms">
      <h2 id="skjema-title">{t('stuFormsTitle')}</h2>
      <p>{t('stuFormsIntro')}</p>
      {forms.length === 0 ? <p>{t('stuFormsNone')}</p> : null}
      {forms.map(({ id, form }) =>
        form ? (
          <FormPreview
            key={id}
            form={form}
            source={source}
            record={record}
            draft={drafts[id] ?? emptyDraft()}
            onDraft={(draft) => onDraft(id, draft)}
            fileNamePattern={fileNamePattern}
            asOf={asOf}
            focusOnOpen={focusFormId === id}
          />
        ) : (
          <p key={id}>{t('stuFormUnknown', id)}</p>
        ),
      )}
    </section>
  );
}
