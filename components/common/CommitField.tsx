import { useEffect, useId, useState } from 'react';

/**
 * A text field that saves when the teacher leaves it or presses Enter, not on every keystroke,
 * and says what is wrong instead of saving a value the settings cannot hold.
 */
export function CommitField({
  label,
  hint,
  value,
  validate,
  onCommit,
  inputMode,
  size,
}: {
  label: string;
  hint?: string;
  value: string;
  /** The problem with the text in the teacher's language, or null when it can be saved. */
  validate: (text: string) => string | null;
  onCommit: (text: string) => void;
  inputMode?: 'numeric' | 'text';
  size?: number;
}) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setDraft(value);
    setError(null);
  }, [value]);

  const commit = () => {
    if (draft === value) {
      setError(null);
      return;
    }
    const problem = validate(draft);
    setError(problem);
    if (problem === null) onCommit(draft);
  };
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        type="text"
        inputMode={inputMode}
        size={size}
        value={draft}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
