import { useState } from 'react';
import type { PageSummary } from '../../lib/messaging/protocol';
import { requestScreenShare } from '../../lib/store/settings-storage.browser';
import { useT } from './words';
import { LevelIcon } from '../common/LevelTag';
import { Notice } from '../common/Notice';
import { Switch } from '../common/Switch';
import { pageProblemWords } from '../common/page-problem-words';
import { pageNoteSentences } from '../common/read-problem-words';
import { LEVEL_LOOK } from '../overlay/level-style';
import { openPrintableGlance, startTeachMode } from './active-tab.browser';
import { ClassGlanceList } from './ClassGlance';
import { LEVELS_SHOWN } from './popup-state';

/** A portal page: how many students at each level, what is most urgent, and screen-share mode. */
export function PortalView({ tabId, summary, screenShare }: { tabId: number; summary: PageSummary; screenShare: boolean }) {
  const t = useT();
  const [failed, setFailed] = useState<string | null>(null);
  const total = LEVELS_SHOWN.reduce((sum, level) => sum + summary.counts[level], 0);
  // What the reader noted about the page rather than about one student on it, each once, as sentences.
  const notes = pageNoteSentences(t, summary.notes);

  return (
    <>
      <p className="portal-name">{summary.portalName}</p>

      {summary.readable ? (
        <section aria-labelledby="pop-levels">
          <h2 id="pop-levels">{t('popLevelsTitle', total)}</h2>
          <ul className="level-counts">
            {LEVELS_SHOWN.map((level) => (
              <li
                key={level}
                className="level-count"
                style={{ color: LEVEL_LOOK[level].foreground, background: LEVEL_LOOK[level].background, borderColor: LEVEL_LOOK[level].border }}
              >
                <LevelIcon level={level} />
                <span className="count">{summary.counts[level]}</span>
                <span>{t(LEVEL_LOOK[level].labelKey)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <Notice tone="warning" title={t('popUnreadable')}>
          {summary.missing.length > 0 ? (
            <ul>
              {summary.missing.map((problem, i) => (
                <li key={i}>{pageProblemWords(t, problem)}</li>
              ))}
            </ul>
          ) : null}
          <p>{t('popTeachIntro')}</p>
          <button
            type="button"
            onClick={() =>
              void startTeachMode(tabId).then(
                () => window.close(),
                () => setFailed(t('popTeachFailed')),
              )
            }
          >
            {t('popTeach')}
          </button>
        </Notice>
      )}

      {summary.readable ? (
        <section aria-labelledby="pop-urgent">
          <h2 id="pop-urgent">{t('glanceTitle')}</h2>
          {screenShare ? (
            <p>{t('popUrgentHidden')}</p>
          ) : summary.urgent.length === 0 ? (
            <p>{t('popUrgentNone')}</p>
          ) : (
            <>
              <ClassGlanceList items={summary.urgent} />
              <p>
                <button type="button" className="link-button" onClick={() => void openPrintableGlance(tabId).then(() => window.close())}>
                  {t('glancePrint')}
                </button>
              </p>
            </>
          )}
        </section>
      ) : null}

      {summary.readable && !screenShare && notes.length > 0 ? (
        <section aria-labelledby="pop-reader-notes" data-testid="popup-reader-notes">
          <h2 id="pop-reader-notes">{t('popReaderNotes')}</h2>
          <ul>
            {notes.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="pop-share">
        <h2 id="pop-share">{t('popShareTitle')}</h2>
        <Switch
          label={t('shareSwitch')}
          description={t('shareSwitchHint')}
          checked={screenShare}
          onChange={(on) => {
            setFailed(null);
            requestScreenShare(on).catch(() => setFailed(t('shareFailed')));
          }}
        />
      </section>
      {failed ? <Notice tone="error">{failed}</Notice> : null}
    </>
  );
}
