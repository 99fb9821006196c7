import { useEffect, useState } from 'react';
import type { LoadedSettings } from '../../lib/store/managed-policy';
import { guidelineSource, managedState } from '../../lib/store/managed-policy';
import { chooseProfile } from '../../lib/store/profile-choice';
import { loadSettings, watchSettings } from '../../lib/store/settings-storage.browser';
import { TranslatorProvider, useT } from './words';
import { Notice } from '../common/Notice';
import { applyDocumentLanguage, pageLanguage } from '../common/ui-language';
import { inspectActiveTab, openOptions } from './active-tab.browser';
import { OtherSiteView } from './OtherSiteView';
import { GlancePrintPage } from './GlancePrintPage';
import { glanceTabOf, type TabView } from './popup-state';
import { PortalView } from './PortalView';

/** The toolbar popup: a summary of the portal page in the active tab, or how to enable the site. */
export function PopupApp() {
  const glanceTab = glanceTabOf(window.location.search);
  const [loaded, setLoaded] = useState<LoadedSettings | null>(null);
  const [view, setView] = useState<TabView | null>(null);

  useEffect(() => {
    loadSettings().then(setLoaded, () => setLoaded(null));
    void inspectActiveTab()
      .catch((): TabView => ({ kind: 'unsupported' }))
      .then(setView);
    return watchSettings(setLoaded);
  }, []);

  const language = pageLanguage(loaded?.settings);
  useEffect(() => applyDocumentLanguage(language), [language]);

  return (
    <TranslatorProvider language={language}>
      {glanceTab !== null ? (
        <GlancePrintPage tabId={glanceTab} screenShare={loaded?.settings.screenShare ?? false} />
      ) : (
        <PopupContent view={view} loaded={loaded} />
      )}
    </TranslatorProvider>
  );
}

/** The guideline in force on the portal page, and who chose it: the school owner, the teacher, or the portal's default. */
function guidelineLine(loaded: LoadedSettings | null, view: TabView | null) {
  if (!loaded || view?.kind !== 'portal' || !view.siteKey) return null;
  const profile = chooseProfile(loaded.settings, view.summary.portal, view.siteKey).profile;
  return { name: profile.name, source: guidelineSource(loaded.own ?? loaded.settings, managedState(loaded), view.siteKey) };
}

const SOURCE_KEY = { policy: 'popGuidelineByPolicy', teacher: 'popGuidelineByTeacher', default: 'popGuidelineByDefault' } as const;

function PopupContent({ view, loaded }: { view: TabView | null; loaded: LoadedSettings | null }) {
  const t = useT();
  const settings = loaded?.settings ?? null;
  const guideline = guidelineLine(loaded, view);
  useEffect(() => {
    document.title = t('popTitle');
  }, [t]);
  return (
    <main className="popup">
      <h1>{t('popTitle')}</h1>
      {view === null ? <p>{t('popLoading')}</p> : null}
      {view?.kind === 'portal' ? <PortalView tabId={view.tabId} summary={view.summary} screenShare={settings?.screenShare ?? view.summary.screenShare} /> : null}
      {guideline ? (
        <section aria-labelledby="pop-guideline">
          <h2 id="pop-guideline">{t('popGuidelineTitle')}</h2>
          <p data-testid="popup-guideline" data-source={guideline.source}>
            {t(SOURCE_KEY[guideline.source], guideline.name)}
          </p>
        </section>
      ) : null}
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
