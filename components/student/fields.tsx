import { useId, type ReactNode } from 'react';
import { IsoDate } from '../../lib/model';

/** A date picker that only ever hands on a real "YYYY-MM-DD" (a half-typed date is ignored). */
export function DateField({
  label,
  value,
  onChange,
  testId,
  required = true,
}: {
  label: string;
  value: string;
  onChange: (date: IsoDate) => void;
  testId?: string;
  required?: boolean;
}) {
  const id = useId();
  return (
    <div className="field field-date">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        value={value}
        required={required}
        data-testid={testId}
        onChange={(event) => {
          if (IsoDate.safeParse(event.target.value).success) onChange(event.target.value);
        }}
      />
    </div>
  );
}

export function TextField({
  label,
  value,
  onChange,
  hint,
  testId,
  multiline,
  rows = 3,
}: {
  label: string;
  value: string;
  onChange: (text: string) => void;
  hint?: ReactNode;
  testId?: string;
  multiline?: boolean;
  rows?: number;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <div id={hintId} className="hint">
          {hint}
        </div>
      ) : null}
      {multiline ? (
        <textarea id={id} rows={rows} value={value} aria-describedby={hintId} data-testid={testId} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input id={id} type="text" value={value} aria-describedby={hintId} data-testid={testId} onChange={(e) => onChange(e.target.value)} />
      )}
    </div>
  );
}
