import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { passphraseStrength } from '../../lib/store/passphrase-strength';
import { MIN_PASSPHRASE_LENGTH } from '../../lib/store/vault';
import { useT, type StudentTranslator } from './words';
import { Notice } from '../common/Notice';
import { errorWords } from '../common/store-problem-words';

/**
 * The passphrase form in front of the notes. First use chooses a passphrase (typed twice);
 * afterwards it unlocks. A wrong passphrase shows the store's message and changes nothing.
 */
export function UnlockGate({
  mode,
  onSetUp,
  onUnlock,
}: {
  mode: 'setup' | 'unlock';
  onSetUp: (passphrase: string) => Promise<void>;
  onUnlock: (passphrase: string) => Promise<void>;
}) {
  const t = useT();
  const id = useId();
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  // Kept as how to word it, not as words: the page's language can change after the problem (the
  // teacher's setting loads, or is changed in another tab), and the message follows it.
  const [problem, setProblem] = useState<{ words: (t: StudentTranslator) => string } | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => input.current?.focus(), [mode]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (mode === 'setup') {
      if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) {
        setProblem({ words: (t) => t('stuPassTooShort', MIN_PASSPHRASE_LENGTH) });
        return;
      }
      // The store refuses it too; checked here to say so in the teacher's language.
      if (!passphraseStrength(passphrase).strongEnough) {
        setProblem({ words: (t) => t('stuPassWeak') });
        return;
      }
      if (passphrase !== repeat) {
        setProblem({ words: (t) => t('stuPassMismatch') });
        return;
      }
    }
    setBusy(true);
    try {
      await (mode === 'setup' ? onSetUp(passphrase) : onUnlock(passphrase));
    } catch (error) {
      setProblem({ words: (t) => errorWords(t, error) });
      setBusy(false);
      input.current?.select();
    }
  };

  const errorId = `${id}-error`;
  return (
    <section className="unlock card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{mode === 'setup' ? t('stuSetupTitle') : t('stuUnlockTitle')}</h2>
      <p>{mode === 'setup' ? t('stuSetupIntro', MIN_PASSPHRASE_LENGTH) : t('stuUnlockIntro')}</p>
      <form onSubmit={submit} data-testid="unlock-form" noValidate>
        <div className="field">
          <label htmlFor={`${id}-pass`}>{mode === 'setup' ? t('stuNewPassphrase') : t('stuPassphrase')}</label>
          <input
            ref={input}
            id={`${id}-pass`}
            type="password"
            autoComplete={mode === 'setup' ? 'new-password' : 'current-password'}
            value={passphrase}
            onChange={(event) => setPassphrase(event.target.value)}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? errorId : undefined}
            data-testid="passphrase-input"
            required
          />
        </div>
        {mode === 'setup' ? (
          <div className="field">
            <label htmlFor={`${id}-repeat`}>{t('stuRepeatPassphrase')}</label>
            <input
              id={`${id}-repeat`}
              type="password"
              autoComplete="new-password"
              value={repeat}
              onChange={(event) => setRepeat(event.target.value)}
              data-testid="passphrase-repeat"
              required
            />
          </div>
        ) : null}
        {problem ? (
          <div id={errorId}>
            <Notice tone="error">
              <p className="pre-line">{problem.words(t)}</p>
            </Notice>
          </div>
        ) : null}
        <button type="submit" className="primary" disabled={busy} data-testid="unlock-submit">
          {busy ? t('stuUnlocking') : mode === 'setup' ? t('stuSetupButton') : t('stuUnlockButton')}
        </button>
      </form>
    </section>
  );
}
