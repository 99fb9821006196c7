import browser from 'webextension-polyfill';
import { routeMessage } from '../../lib/messaging/router';
import { senderPageUrl, type SenderPolicy } from '../../lib/messaging/sender-policy';
import { createBackgroundServices, forgetPageConfigs } from './services';
import { isEnabledPage, isPortalPage, registerEnabledSites } from './enabled-sites';

/**
 * The background: answers the content script and the extension's pages, relays screen-share mode,
 * locks the vault when idle. Wiring only; the rules live in lib/messaging.
 */
export default defineBackground(() => {
  const services = createBackgroundServices();
  const policy: SenderPolicy = {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    isEnabledPage,
    isPortalPage,
  };

  browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) =>
    routeMessage(
      message,
      {
        id: sender.id,
        // MessageSender.origin is not in the polyfill's types; both browsers send it.
        url: senderPageUrl(sender.url ?? sender.tab?.url, (sender as { origin?: unknown }).origin),
        fromTab: sender.tab !== undefined,
        ...(sender.tab?.id !== undefined ? { tabId: sender.tab.id } : {}),
        ...(sender.frameId !== undefined ? { frameId: sender.frameId } : {}),
      },
      policy,
      services,
    ).catch((error: unknown) => {
      services.log('message handling failed', error);
      return { refused: true, reason: 'intern feil' };
    }),
  );

  browser.commands?.onCommand.addListener((command) => {
    if (command === 'toggle-screen-share') void services.toggleScreenShare();
  });

  browser.tabs.onRemoved.addListener((tabId) => void services.forgetStudentTab(tabId));

  browser.alarms.create('idle-lock', { periodInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === 'idle-lock') void services.lockIfIdle();
  });

  // A changed policy (the browser re-reads it while running) reaches open portal tabs at once.
  // Changed settings or policy also empty the page configurations kept for the pages' next loads.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed' || (area === 'local' && 'settings' in changes)) void forgetPageConfigs().catch((error: unknown) => services.log('kept page configurations not emptied', error));
    if (area === 'managed') void services.broadcast({ type: 'settingsChanged' });
  });

  browser.permissions.onAdded?.addListener((added) => {
    void registerEnabledSites();
    void services.rememberEnabledSites((added.origins ?? []).map((pattern) => pattern.replace(/\/\*$/, '')));
  });
  browser.permissions.onRemoved?.addListener(() => void registerEnabledSites());
  void registerEnabledSites();
});
