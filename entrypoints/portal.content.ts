import browser from 'webextension-polyfill';
import { PORTAL_MATCHES } from '../lib/portals/hosts';
import { PageOverlay } from '../lib/overlay/page-overlay.dom';
import { TabMessage } from '../lib/messaging/protocol';
import { todayInOslo } from '../lib/overlay/today.dom';

/**
 * The portal content script: wiring only. The overlay (lib/overlay) reads the page, the
 * background answers through the typed protocol; nothing here touches IndexedDB or
 * localStorage — those would belong to the portal's origin.
 */
export default defineContentScript({
  matches: [...PORTAL_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    const overlay = new PageOverlay({
      doc: document,
      currentUrl: () => new URL(location.href),
      asOf: () => todayInOslo(document, __NAERVAER_TEST_BUILD__),
      send: (request) => browser.runtime.sendMessage(request),
      browserLanguage: browser.i18n.getUILanguage(),
      loopbackPortalPaths: __NAERVAER_TEST_BUILD__,
      log: (message, detail) => console.debug(`[Nærværsradar] ${message}`, detail ?? ''),
    });

    const onMessage = (message: unknown) => {
      const parsed = TabMessage.safeParse(message);
      if (!parsed.success) return undefined; // not ours: let other listeners answer
      return Promise.resolve(overlay.onTabMessage(parsed.data));
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.addEventListener(window, 'wxt:locationchange', () => overlay.onLocationChange());
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      overlay.stop();
    });
    void overlay.start();
  },
});
