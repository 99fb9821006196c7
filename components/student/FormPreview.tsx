import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { formFileName } from '../../lib/forms/file-name';
import type { Field, FormDefinition } from '../../lib/forms/form-definition';
import { prefillForm, type FilledValue, type PrefillSource } from '../../lib/forms/prefill';
import type { IsoDate, StudentRecord } from '../../lib/model';
import { useT } from './words';
import { Notice } from '../common/Notice';
import { SourceLine } from './AssessmentCard';
import { DOCX_TYPE, PDF_TYPE, downloadFile, pdfFonts } from './download.browser';
import { consentedNotes, consentItems, consentOf, editField, finalForm, resetField, type ConsentItem, type FormDraft } from './form-export';
import { PARTY_LABEL } from './ContactLog';
import { logExport, setNoteConsent } from './record-edit';
import type { StudentRecordHandle } from './use-student-record';
import { formatDate } from '../../lib/i18n/format';

type ExportStatus = { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; fileName: string } | { kind: 'failed'; message: string };

/**
 * One form as it will be exported: prefilled from the page, notes only where the teacher ticks
 * consent field by field, every value editable, then DOCX or PDF. File names carry initials only.
 */
export function FormPreview({
  form,
  source,
  record,
  draft,
  onDraft,
  fileNamePattern,
  asOf,
  focusOnOpen,
  update,
}: {
  form: FormDefinition;
  source: PrefillSource;
  record: StudentRecord | null;
  /** Records consent and the export log in the student's record; absent while nothing is stored. */
  update: StudentRecordHandle['update'] | null;
  draft: FormDraft;
  onDraft: (draft: FormDraft) => void;
  fileNamePattern: string;
  asOf: IsoDate;
  focusOnOpen: boolean;
}) {
  const t = useT();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [status, setStatus] = useState<ExportStatus>({ kind: 'idle' });

  const items = useMemo(() => consentItems(form, record), [form, record]);
  const notes = useMemo(() => consentedNotes(form, record), [form, record]);
  const filled = useMemo(() => prefillForm(form, source, notes.values, notes.consent), [form, source, notes]);
  const final = useMemo(() => finalForm(filled, draft), [filled, draft]);
  const valueOf = new Map(final.values.map((v) => [v.fieldId, v]));

  useEffect(() => {
    if (!focusOnOpen) return;
    heading.current?.scrollIntoView?.({ block: 'start' });
    heading.current?.focus();
  }, [focusOnOpen]);

  const download = async (kind: 'docx' | 'pdf') => {
    setStatus({ kind: 'working' });
    try {
      const fileName = formFileName(
        fileNamePattern,
        { formId: form.id, studentName: source.studentName, date: asOf, ...(source.className ? { className: source.className } : {}) },
        kind,
      );
      // The renderers are large; they load on the first export, not with the page.
      const bytes =
        kind === 'docx'
          ? await (await import('../../lib/forms/docx')).renderDocx(final)
          : await (await import('../../lib/forms/pdf')).renderPdf(final, await pdfFonts());
      downloadFile(bytes, fileName, kind === 'docx' ? DOCX_TYPE : PDF_TYPE);
      setStatus({ kind: 'done', fileName });
      const consents = notes.used.map((item) => ({ item: item.item, by: item.by, givenOn: consentOf(record, item)!.givenOn }));
      update?.((r, now) => logExport(r, { formId: form.id, format: kind, on: asOf, consents }, now), { commit: true });
    } catch (error) {
      setStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <section className="form-preview card" aria-labelledby={`${id}-title`} data-testid={`form-preview-${form.id}`} id={`skjema-${form.id}`}>
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1} lang="nb">
        {form.title}
      </h3>
      <SourceLine source={form.source} />
      {form.intro ? (
        <p className="hint" lang="nb">
          {form.intro}
        </p>
      ) : null}

      {items.length > 0 ? (
        <fieldset className="consent" data-testid={`consent-${form.id}`}>
          <legend>{t('stuConsentLegend')}</legend>
          <p className="hint">{t('stuConsentHint')}</p>
          {items.map((item, index) => (
            <ConsentBox
              key={`${item.item}-${item.by}`}
              id={`${id}-consent-${index}`}
              item={item}
              given={consentOf(record, item)?.givenOn}
              disabled={!update}
              onChange={(on) => {
                update?.((r, now) => setNoteConsent(r, item.item, item.by, on, asOf, now), { commit: true });
                // An edit made while the note was in may hold its words: it goes with the consent.
                if (!on) onDraft(resetField(draft, item.fieldId));
              }}
            />
          ))}
        </fieldset>
      ) : null}

      <div className="form-fields">
        {form.sections.map((section, s) => (
          <div key={s} className="form-section">
            {section.heading ? <h4 lang="nb">{section.heading}</h4> : null}
            {section.fields.map((field) => (
              <FieldEditor
                key={field.id}
                field={field}
                value={valueOf.get(field.id)}
                edited={Object.hasOwn(draft.edits, field.id)}
                onEdit={(edit) => onDraft(editField(draft, field.id, edit))}
                onReset={() => onDraft(resetField(draft, field.id))}
              />
            ))}
          </div>
        ))}
      </div>

      <div className="export-buttons">
        <button type="button" className="primary" data-testid={`export-docx-${form.id}`} disabled={status.kind === 'working'} onClick={() => void download('docx')}>
          {t('stuDownloadDocx')}
        </button>
        <button type="button" className="primary" data-testid={`export-pdf-${form.id}`} disabled={status.kind === 'working'} onClick={() => void download('pdf')}>
          {t('stuDownloadPdf')}
        </button>
      </div>
      <div aria-live="polite" className="export-status">
        {status.kind === 'working' ? t('stuExportWorking') : null}
        {status.kind === 'done' ? t('stuExportDone', status.fileName) : null}
      </div>
      {status.kind === 'failed' ? (
        <Notice tone="error" title={t('stuExportFailed')}>
          <p lang="nb">{status.message}</p>
        </Notice>
      ) : null}
    </section>
  );
}

/** One note, ticked for the party whose consent it needs; shows when that consent was recorded. */
function ConsentBox({
  id,
  item,
  given,
  disabled,
  onChange,
}: {
  id: string;
  item: ConsentItem;
  given: IsoDate | undefined;
  disabled: boolean;
  onChange: (on: boolean) => void;
}) {
  const t = useT();
  return (
    <div className="consent-item" data-testid="consent-item" data-party={item.by}>
      <input
        id={id}
        type="checkbox"
        checked={given !== undefined}
        disabled={disabled}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={`${id}-text`}
        data-testid="consent-box"
      />
      <label htmlFor={id}>
        {t(item.by === 'elev' ? 'stuConsentByElev' : 'stuConsentByForesatte')} <span lang="nb">«{item.label}»</span>
        {item.date ? ` · ${t('stuConsentContact', formatDate(t.language, item.date), t(PARTY_LABEL[item.by]))}` : null}
      </label>
      {given ? <span className="origin-tag">{t('stuConsentGiven', formatDate(t.language, given))}</span> : null}
      <blockquote id={`${id}-text`} className="pre-line">
        {item.text}
      </blockquote>
    </div>
  );
}

function FieldEditor({
  field,
  value,
  edited,
  onEdit,
  onReset,
}: {
  field: Field;
  value: FilledValue | undefined;
  edited: boolean;
  onEdit: (edit: { value: string | string[]; other?: string; cells?: string[][] }) => void;
  onReset: () => void;
}) {
  const t = useT();
  const id = useId();
  const label = field.number ? `${field.number} ${field.label}` : field.label;
  const origin = edited ? t('stuOriginEdited') : value?.origin === 'page' ? t('stuOriginPage') : value?.origin === 'notes' ? t('stuOriginNotes') : null;
  const hintId = field.hint ? `${id}-hint` : undefined;
  const extras = (
    <>
      {origin ? <span className="origin-tag">{origin}</span> : null}
      {edited ? (
        <button type="button" className="link-button" onClick={onReset} aria-label={t('stuResetFieldLabel', label)}>
          {t('stuResetField')}
        </button>
      ) : null}
    </>
  );
  const hint = field.hint ? (
    <p id={hintId} className="hint" lang="nb">
      {field.hint}
    </p>
  ) : null;

  if (field.kind === 'signature') {
    return (
      <div className="field form-field">
        <p className="field-label" lang="nb">
          {label}
        </p>
        {hint}
        <p className="hint">{t('stuSignByHand')}</p>
      </div>
    );
  }

  if (field.kind === 'table') {
    const filledRows = value?.cells ?? [];
    const rows = Array.from({ length: Math.max(field.rows, filledRows.length) }, (_, r) =>
      field.columns.map((_, c) => filledRows[r]?.[c] ?? ''),
    );
    const change = (r: number, c: number, cell: string) =>
      onEdit({ value: '', cells: rows.map((row, i) => (i === r ? row.map((old, j) => (j === c ? cell : old)) : row)) });
    return (
      <fieldset className="form-field table-field" aria-describedby={hintId}>
        <legend lang="nb">{label}</legend>
        {hint}
        <table>
          <thead>
            <tr>
              {field.columns.map((column) => (
                <th key={column.header} scope="col" lang="nb">
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => (
              <tr key={r}>
                {field.columns.map((column, c) => (
                  <td key={column.header}>
                    {column.options ? (
                      <select aria-label={`${column.header} ${r + 1}`} value={row[c]} onChange={(e) => change(r, c, e.target.value)}>
                        <option value="">–</option>
                        {column.options.map((option) => (
                          <option key={option} value={option}>
                            {option}
                          </option>
                        ))}
                      </select>
                    ) : (
                      <input type="text" aria-label={`${column.header} ${r + 1}`} value={row[c]} onChange={(e) => change(r, c, e.target.value)} />
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {extras}
      </fieldset>
    );
  }

  if (field.kind === 'checkboxes') {
    const ticked = Array.isArray(value?.value) ? value.value : [];
    const other = value?.other ?? '';
    const otherOption = field.allowOther ? field.options[field.options.length - 1] : undefined;
    const toggle = (option: string, on: boolean) => {
      const next = on ? (field.single ? [option] : [...ticked, option]) : ticked.filter((o) => o !== option);
      onEdit({ value: field.options.filter((o) => next.includes(o)), ...(other ? { other } : {}) });
    };
    return (
      <fieldset className="form-field checkboxes" aria-describedby={hintId}>
        <legend lang="nb">{label}</legend>
        {hint}
        {field.options.map((option, index) => (
          <div key={option} className="check">
            <input id={`${id}-${index}`} type="checkbox" checked={ticked.includes(option)} onChange={(e) => toggle(option, e.target.checked)} />
            <label htmlFor={`${id}-${index}`} lang="nb">
              {option}
            </label>
          </div>
        ))}
        {otherOption ? (
          <div className="field">
            <label htmlFor={`${id}-other`}>{t('stuOtherText', otherOption)}</label>
            <input
              id={`${id}-other`}
              type="text"
              value={other}
              onChange={(e) => {
                const text = e.target.value;
                const withOther = text.trim() && !ticked.includes(otherOption) ? [...ticked, otherOption] : ticked;
                onEdit({ value: field.options.filter((o) => withOther.includes(o)), other: text });
              }}
            />
          </div>
        ) : null}
        {extras}
      </fieldset>
    );
  }

  const text = typeof value?.value === 'string' ? value.value : '';
  const multiline = field.kind === 'lines' && field.lines > 1;
  return (
    <div className="field form-field">
      <label htmlFor={id} lang="nb">
        {label}
      </label>
      {hint}
      {multiline ? (
        <textarea id={id} rows={Math.min(6, field.kind === 'lines' ? field.lines + 1 : 2)} value={text} aria-describedby={hintId} onChange={(e) => onEdit({ value: e.target.value })} />
      ) : (
        <input id={id} type="text" value={text} aria-describedby={hintId} onChange={(e) => onEdit({ value: e.target.value })} />
      )}
      {extras}
    </div>
  );
}
