import { useMemo } from 'react';
import type { GuidelineProfile } from '../../lib/guidelines/profile';
import { getForm } from '../../lib/forms/registry';
import { buildPrefillSource } from '../../lib/forms/prefill';
import { formFields } from '../../lib/forms/form-definition';
import type { CaseRecord, IsoDate, StudentRecord } from '../../lib/model';
import { formatDate } from '../../lib/i18n/format';
import { PARTY_LABEL } from './ContactLog';
import type { StudentRecordHandle } from './use-student-record';
import { useT } from './words';
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
  update,
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
  update: StudentRecordHandle['update'] | null;
}) {
  const t = useT();
  const caseRecord = record?.caseRecord ?? undefined;
  const evaluationHeldOn = useMemo(() => evaluationMeetingHeld(profile, caseRecord), [profile, caseRecord]);
  const source = useMemo(
    () =>
      buildPrefillSource({
        history: view.history,
        assessment: view.assessment,
        patterns: view.patterns,
        asOf,
        ...(school !== undefined ? { school } : {}),
        ...(caseRecord ? { caseRecord } : {}),
        ...(evaluationHeldOn ? { evaluationHeldOn } : {}),
      }),
    [view, asOf, school, caseRecord, evaluationHeldOn],
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
            update={update}
          />
        ) : (
          <p key={id}>{t('stuFormUnknown', id)}</p>
        ),
      )}
      <ExportLog record={record} />
    </section>
  );
}

/**
 * The evaluation meeting's day, as the case records it: the day the step that uses an evaluation
 * form (a form dated with the meeting) was marked done.
 */
function evaluationMeetingHeld(profile: GuidelineProfile, caseRecord: CaseRecord | undefined): IsoDate | undefined {
  if (!caseRecord) return undefined;
  const meetingSteps = profile.steps
    .filter((step) => step.forms.some((id) => getForm(id) && formFields(getForm(id)!).some((f) => f.prefill === 'evaluationMeetingDate')))
    .map((step) => step.id);
  const held = caseRecord.steps.filter((progress) => meetingSteps.includes(progress.stepId)).map((p) => p.doneOn);
  return held.sort().at(-1);
}

/** Every form exported for this student: when, which, as what, and whose consent its notes went out under. */
function ExportLog({ record }: { record: StudentRecord | null }) {
  const t = useT();
  if (!record) return null;
  const items = new Map(record.contactLog.map((entry) => [entry.id, entry]));
  const what = (item: string) => {
    const entry = items.get(item);
    if (entry) return t('stuConsentContact', formatDate(t.language, entry.date), t(PARTY_LABEL[entry.withWhom]));
    const [formId, fieldId] = item.split('/');
    const field = getForm(formId ?? '') && formFields(getForm(formId ?? '')!).find((f) => f.id === fieldId);
    return field ? `«${field.number ? `${field.number} ${field.label}` : field.label}»` : item;
  };
  const entries = [...record.exports].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  return (
    <div className="export-log" data-testid="export-log">
      <h3>{t('stuExportLogTitle')}</h3>
      {entries.length === 0 ? <p>{t('stuExportLogNone')}</p> : null}
      <ol>
        {entries.map((entry) => (
          <li key={`${entry.at}-${entry.formId}-${entry.format}`} data-testid="export-log-entry">
            <strong>{formatDate(t.language, entry.on)}</strong> · <span lang="nb">{getForm(entry.formId)?.title ?? entry.formId}</span> ·{' '}
            {entry.format.toUpperCase()}
            {entry.consents.length === 0 ? (
              <> · {t('stuExportLogNoNotes')}</>
            ) : (
              <ul>
                {entry.consents.map((consent) => (
                  <li key={`${consent.item}-${consent.by}`}>
                    {t('stuExportLogConsent', t(PARTY_LABEL[consent.by]), formatDate(t.language, consent.givenOn), what(consent.item))}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
