import { useEffect, useState } from 'react';
import type { Settings } from '../../lib/store/settings';
import { loadSettings, watchSettings } from '../../lib/store/settings-storage.browser';
import { TranslatorProvider, useT } from '../common/i18n';
import { Notice } from '../common/Notice';
import { applyDocumentLanguage, uiLanguageFor } from '../common/ui-language';
import { inspectActiveTab, openOptions } from './active-tab.browser';
import { OtherSiteView } from './OtherSiteView';
import type { TabView } from './popup-state';
import { PortalView } from './PortalView';

/** The toolbar popup: a summary of the portal page in the active tab, or how to enable the site. */
export function PopupApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [view, setView] = useState<TabView | null>(null);

  useEffect(() => {
    loadSettings().then(
      (loaded) => setSettings(loaded.settings),
      () => setSettings(null),
    );
    void inspectActiveTab()
      .catch((): TabView => ({ kind: 'unsupported' }))
      .then(setView);
    return watchSettings((loaded) => setSettings(loaded.settings));
  }, []);

  const language = uiLanguageFor(settings?.language ?? 'auto');
  useEffect(() => applyDocumentLanguage(language), [language]);

  return (
    <TranslatorProvider language={language}>
      <PopupContent view={view} settings={settings} />
    </TranslatorProvider>
  );
}

function PopupContent({ view, settings }: { view: TabView | null; settings: Settings | null }) {
  const t = useT();
  useEffect(() => {
    document.title = t('popTitle');
  }, [t]);
  return (
    <main className="popup">
      <h1>{t('popTitle')}</h1>
      {view === null ? <p>{t('popLoading')}</p> : null}
      {view?.kind === 'portal' ? <PortalView tabId={view.tabId} summary={view.summary} screenShare={settings?.screenShare ?? view.summary.screenShare} /> : null}
      {view?.kind === 'otherSite' ? <OtherSiteView tabId={view.tabId} origin={view.origin} /> : null}
      {view?.kind === 'unsupported' ? (
        <>
          <p>{t('popWhat')}</p>
          <Notice tone="info">{t('popUnsupported')}</Notice>
        </>
      ) : null}
      <p className="popup-footer">
        <button type="button" className="link-button" onClick={() => void openOptions().then(() => window.close())}>
          {t('popOpenOptions')}
        </button>
      </p>
    </main>
  );
}
