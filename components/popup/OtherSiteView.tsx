import { useState } from 'react';
import { updateSettings } from '../../lib/store/settings-storage.browser';
import { useT } from './words';
import { Notice } from '../common/Notice';
import { requestSite } from '../common/site-permission.browser';
import { reloadTab } from './active-tab.browser';
import { withEnabledSite } from './popup-state';

type State = { kind: 'ask' } | { kind: 'granted' } | { kind: 'refused' } | { kind: 'failed'; reason: string };

/** A page the extension does not run on: what it does, and enabling it for this one site. */
export function OtherSiteView({ tabId, origin }: { tabId: number; origin: string }) {
  const t = useT();
  const [state, setState] = useState<State>({ kind: 'ask' });

  const enable = () => {
    // The request comes first, inside the click: Firefox allows the prompt only in a user gesture.
    requestSite(origin)
      .then(async (granted) => {
        if (!granted) return setState({ kind: 'refused' });
        await updateSettings((settings) => withEnabledSite(settings, origin));
        setState({ kind: 'granted' });
      })
      .catch((error: unknown) => setState({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) }));
  };

  return (
    <>
      <p>{t('popWhat')}</p>
      <p>{t('popNotEnabled', origin)}</p>
      {state.kind === 'granted' ? (
        <Notice tone="success" title={t('popEnabled', origin)}>
          <p>{t('popReloadIntro')}</p>
          <button type="button" onClick={() => void reloadTab(tabId).then(() => window.close())}>
            {t('popReload')}
          </button>
        </Notice>
      ) : (
        <>
          <button type="button" className="primary" onClick={enable}>
            {t('popEnable')}
          </button>
          <p className="hint">{t('popEnableHint')}</p>
        </>
      )}
      {state.kind === 'refused' ? <Notice tone="info">{t('popEnableRefused')}</Notice> : null}
      {state.kind === 'failed' ? <Notice tone="error">{t('popEnableFailed', state.reason)}</Notice> : null}
    </>
  );
}
