import { useEffect, useId, useState } from 'react';
import { requestScreenShare } from '../../lib/store/settings-storage.browser';
import { useT } from './words';
import { Notice } from '../common/Notice';
import { Section } from '../common/Section';
import { Switch } from '../common/Switch';
import { normaliseShortcut } from './shortcut';
import {
  BROWSER_SHORTCUTS_PAGE,
  canChangeShortcut,
  changeShortcut,
  currentShortcut,
  openShortcutsPage,
  resetShortcut,
} from './shortcut-commands.browser';

/** Section 4: the one-keystroke screen-share mode that hides every badge. */
export function ScreenShareSection({ screenShare }: { screenShare: boolean }) {
  const t = useT();
  const [failed, setFailed] = useState(false);
  return (
    <Section id="skjermdeling" title={t('optShareTitle')} intro={t('optShareIntro')}>
      <Switch
        label={t('shareSwitch')}
        description={t('shareSwitchHint')}
        checked={screenShare}
        onChange={(on) => {
          setFailed(false);
          requestScreenShare(on).catch(() => setFailed(true));
        }}
      />
      {failed ? <Notice tone="error">{t('shareFailed')}</Notice> : null}
      <ShortcutSetting />
    </Section>
  );
}

type ShortcutState = { kind: 'loading' } | { kind: 'known'; shortcut: string | null } | { kind: 'unavailable' };

function ShortcutSetting() {
  const t = useT();
  const id = useId();
  const [state, setState] = useState<ShortcutState>({ kind: 'loading' });
  const [draft, setDraft] = useState('');
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const changeable = canChangeShortcut();

  const refresh = async () => {
    try {
      const shortcut = await currentShortcut();
      setState({ kind: 'known', shortcut });
      setDraft(shortcut ?? '');
    } catch {
      setState({ kind: 'unavailable' });
    }
  };
  useEffect(() => {
    void refresh();
  }, []);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const checked = normaliseShortcut(draft);
    if (!checked.ok) {
      setMessage({ tone: 'error', text: t(checked.problem === 'key' ? 'optShortcutBadKey' : checked.problem === 'empty' ? 'optShortcutEmpty' : 'optShortcutBadModifier') });
      return;
    }
    try {
      await changeShortcut(checked.shortcut);
      setMessage({ tone: 'success', text: t('optShortcutSaved', checked.shortcut) });
      await refresh();
    } catch (error) {
      // The browser refuses a combination it already uses; its own words say which.
      setMessage({ tone: 'error', text: t('optShortcutRefused', error instanceof Error ? error.message : String(error)) });
    }
  };

  return (
    <div className="shortcut">
      <h3>{t('optShortcutTitle')}</h3>
      <p>
        {state.kind === 'loading'
          ? t('optLoading')
          : state.kind === 'unavailable'
            ? t('optShortcutUnknown')
            : state.shortcut
              ? t('optShortcutCurrent', state.shortcut)
              : t('optShortcutNone')}
      </p>
      {changeable ? (
        <form className="inline-form" onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-title`}>
          <p id={`${id}-title`} className="form-title">
            {t('optShortcutChange')}
          </p>
          <div className="field">
            <label htmlFor={`${id}-input`}>{t('optShortcutLabel')}</label>
            <p id={`${id}-hint`} className="hint">
              {t('optShortcutHint')}
            </p>
            <input
              id={`${id}-input`}
              type="text"
              size={20}
              value={draft}
              aria-describedby={`${id}-hint`}
              onChange={(event) => setDraft(event.target.value)}
            />
          </div>
          <button type="submit">{t('optShortcutSave')}</button>{' '}
          <button
            type="button"
            onClick={() => {
              resetShortcut().then(
                () => {
                  setMessage({ tone: 'success', text: t('optShortcutResetDone') });
                  return refresh();
                },
                () => setMessage({ tone: 'error', text: t('optShortcutResetFailed') }),
              );
            }}
          >
            {t('optShortcutReset')}
          </button>
        </form>
      ) : (
        <>
          <p>
            {t('optShortcutChromeHint')} <code>{BROWSER_SHORTCUTS_PAGE}</code>
          </p>
          <button
            type="button"
            onClick={() => {
              openShortcutsPage().catch(() => setMessage({ tone: 'error', text: t('optShortcutOpenFailed', BROWSER_SHORTCUTS_PAGE) }));
            }}
          >
            {t('optShortcutOpen')}
          </button>
        </>
      )}
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
    </div>
  );
}
