import { useEffect, useId, useState } from 'react';
import type { AbsenceCodeMeaning } from '../../lib/portals/adapter';
import type { OptionsKey } from './words';
import { useT } from './words';
import {
  ABSENCE_KINDS,
  addCode,
  codeRows,
  editCode,
  fromTriState,
  resetCode,
  toTriState,
  type CodeMap,
  type CodeRow,
  type TriState,
} from './code-table';

const KIND_KEY: Record<AbsenceCodeMeaning['kind'], OptionsKey> = {
  day: 'optKindDay',
  lesson: 'optKindLesson',
  late: 'optKindLate',
  leftEarly: 'optKindLeftEarly',
  present: 'optKindPresent',
};

const TRI_KEY: Record<TriState, OptionsKey> = { yes: 'optYes', no: 'optNo', unknown: 'optUnknown' };

/**
 * One portal's code table. Every change is saved at once; what is stored is only what differs
 * from the portal's own table.
 */
export function CodeTableEditor({
  portalName,
  defaults,
  overrides,
  onChange,
}: {
  portalName: string;
  defaults: CodeMap;
  overrides: CodeMap;
  onChange: (overrides: Record<string, AbsenceCodeMeaning>) => unknown;
}) {
  const t = useT();
  const rows = codeRows(defaults, overrides);
  const change = (code: string, patch: Partial<AbsenceCodeMeaning>) => onChange(editCode(overrides, defaults, code, patch));

  return (
    <>
      <table className="data-table code-table">
        <caption>{t('optCodesCaption', portalName)}</caption>
        <thead>
          <tr>
            <th scope="col">{t('optCodeColumn')}</th>
            <th scope="col">{t('optCodeDescription')}</th>
            <th scope="col">{t('optCodeKind')}</th>
            <th scope="col">{t('optCodeDocumented')}</th>
            <th scope="col">{t('optCodeNotified')}</th>
            <th scope="col">{t('optCodeCounts')}</th>
            <th scope="col">{t('optCodeState')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <CodeRowView key={row.code} row={row} change={change} reset={() => onChange(resetCode(overrides, row.code))} />
          ))}
        </tbody>
      </table>
      <AddCode defaults={defaults} overrides={overrides} onChange={onChange} />
    </>
  );
}

function CodeRowView({
  row,
  change,
  reset,
}: {
  row: CodeRow;
  change: (code: string, patch: Partial<AbsenceCodeMeaning>) => void;
  reset: () => void;
}) {
  const t = useT();
  const { code, meaning } = row;
  const [description, setDescription] = useState(meaning.description);
  useEffect(() => setDescription(meaning.description), [meaning.description]);
  const commitDescription = () => {
    if (description !== meaning.description) change(code, { description });
  };

  return (
    <tr className={row.overridden ? 'overridden' : undefined}>
      <th scope="row">
        <code>{code}</code>
      </th>
      <td>
        <input
          type="text"
          aria-label={t('optCodeDescriptionFor', code)}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          onBlur={commitDescription}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commitDescription();
          }}
        />
      </td>
      <td>
        <select
          aria-label={t('optCodeKindFor', code)}
          value={meaning.kind}
          onChange={(event) => change(code, { kind: event.target.value as AbsenceCodeMeaning['kind'] })}
        >
          {ABSENCE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(KIND_KEY[kind])}
            </option>
          ))}
        </select>
      </td>
      <td>
        <TriSelect label={t('optCodeDocumentedFor', code)} value={meaning.documented} onChange={(documented) => change(code, { documented })} />
      </td>
      <td>
        <TriSelect label={t('optCodeNotifiedFor', code)} value={meaning.notified} onChange={(notified) => change(code, { notified })} />
      </td>
      <td>
        <input
          type="checkbox"
          aria-label={t('optCodeCountsFor', code)}
          checked={meaning.countsTowardLimit}
          onChange={(event) => change(code, { countsTowardLimit: event.target.checked })}
        />
      </td>
      <td>
        {row.overridden ? (
          <>
            <span className="state">{row.portalDefault ? t('optCodeChanged') : t('optCodeAdded')}</span>{' '}
            <button type="button" onClick={reset}>
              {row.portalDefault ? t('optCodeResetFor', code) : t('optRemoveFor', code)}
            </button>
          </>
        ) : (
          <span className="state">{t('optCodePortalDefault')}</span>
        )}
      </td>
    </tr>
  );
}

function TriSelect({ label, value, onChange }: { label: string; value: boolean | null; onChange: (value: boolean | null) => void }) {
  const t = useT();
  return (
    <select aria-label={label} value={toTriState(value)} onChange={(event) => onChange(fromTriState(event.target.value as TriState))}>
      {(['yes', 'no', 'unknown'] as const).map((v) => (
        <option key={v} value={v}>
          {t(TRI_KEY[v])}
        </option>
      ))}
    </select>
  );
}

function AddCode({
  defaults,
  overrides,
  onChange,
}: {
  defaults: CodeMap;
  overrides: CodeMap;
  onChange: (overrides: Record<string, AbsenceCodeMeaning>) => unknown;
}) {
  const t = useT();
  const id = useId();
  const [code, setCode] = useState('');
  const [description, setDescription] = useState('');
  const [problem, setProblem] = useState<OptionsKey | null>(null);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const result = addCode(overrides, defaults, code, description);
    if (!result.ok) {
      setProblem(result.problem === 'empty' ? 'optCodeEmpty' : result.problem === 'exists' ? 'optCodeExists' : 'optCodeTooLong');
      return;
    }
    setProblem(null);
    setCode('');
    setDescription('');
    onChange(result.overrides);
  };

  return (
    <form className="inline-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} className="form-title">
        {t('optCodeAddTitle')}
      </p>
      <div className="field">
        <label htmlFor={`${id}-code`}>{t('optCodeColumn')}</label>
        <input
          id={`${id}-code`}
          type="text"
          size={8}
          value={code}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-error` : undefined}
          onChange={(event) => setCode(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-description`}>{t('optCodeDescription')}</label>
        <input id={`${id}-description`} type="text" value={description} onChange={(event) => setDescription(event.target.value)} />
      </div>
      <button type="submit">{t('optAdd')}</button>
      {problem ? (
        <p id={`${id}-error`} className="field-error">
          {t(problem, code.trim())}
        </p>
      ) : null}
    </form>
  );
}
