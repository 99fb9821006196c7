import { useEffect, useState } from 'react';
import { useT } from './words';
import { Notice } from '../common/Notice';
import { formatDate } from '../../lib/i18n/format';
import { summaryOfTab } from './active-tab.browser';
import { ClassGlanceList } from './ClassGlance';
import type { TabView } from './popup-state';

/**
 * The class at a glance on a page of its own, for printing: asked afresh from the portal tab it was
 * opened from. Screen-share mode hides it, as it hides the badges.
 */
export function GlancePrintPage({ tabId, screenShare }: { tabId: number; screenShare: boolean }) {
  const t = useT();
  const [view, setView] = useState<TabView | null>(null);
  useEffect(() => {
    void summaryOfTab(tabId).then(setView);
  }, [tabId]);
  useEffect(() => {
    document.title = t('glancePageTitle');
  }, [t]);

  const summary = view?.kind === 'portal' ? view.summary : null;
  return (
    <main className="popup glance-page">
      <h1>{t('glancePageTitle')}</h1>
      {view === null ? <p>{t('popLoading')}</p> : null}
      {view !== null && !summary ? <Notice tone="warning">{t('glanceNoTab')}</Notice> : null}
      {summary ? (
        <>
          <p className="portal-name">
            {summary.portalName}
            {summary.asOf ? ` · ${formatDate(t.language, summary.asOf)}` : ''}
          </p>
          {screenShare || summary.screenShare ? (
            <p>{t('popUrgentHidden')}</p>
          ) : summary.urgent.length === 0 ? (
            <p>{t('popUrgentNone')}</p>
          ) : (
            <>
              <ClassGlanceList items={summary.urgent} />
              <p className="glance-note">{t('forecastOurs')}</p>
              <p className="no-print">
                <button type="button" onClick={() => window.print()}>
                  {t('glancePrintNow')}
                </button>
              </p>
            </>
          )}
        </>
      ) : null}
    </main>
  );
}
