import { browser } from 'wxt/browser';
import { PageOverlay } from '../components/overlay/controller/page-overlay.dom';
import { tabMessageFrom } from '../lib/messaging/from-background';
import { todayInOslo } from '../lib/overlay/today.dom';
import { frameUrl, isTopFrame } from '../lib/overlay/frames.dom';
import { cachedEntry, cacheKey, PAGE_CONFIG_CACHE } from '../lib/overlay/page-config-cache';
import { configFromAnswer, loadedReaderFor, loadedReaders, readerFromAnswer } from '../lib/overlay/loaded-readers';

/**
 * The portal content script: wiring only. It carries no page reader: a portal's reader is a content
 * script of its own on that portal's pages, and where the page needs a reader that is not loaded
 * (entrypoints/reader-<id>.ts), the background injects it when the overlay asks for it
 * (lib/overlay/loaded-readers.ts). The overlay (components/overlay/controller) reads the page, the
 * background answers through the typed protocol; nothing here touches IndexedDB or
 * localStorage — those would belong to the portal's origin.
 *
 * It runs in every frame (framed portal layouts put the register in an <iframe>), including
 * frames without an address of their own (about:blank, srcdoc); each frame keeps its own overlay.
 *
 * It uses the browser's own extension API (WXT's `browser`: `browser` in Firefox, `chrome` in
 * Chromium), not webextension-polyfill, which would be a twentieth of its size: both browsers give
 * promises for what it sends, and a reply goes back through `sendResponse`, which both keep open
 * when the listener returns true.
 */
const isOk = (answer: unknown) => typeof answer === 'object' && answer !== null && (answer as { ok?: unknown }).ok === true;

export default defineContentScript({
  // Where it runs (the portals' match patterns) is set by the build (wxt.config.ts): written here,
  // the list would bring every portal's reader into this script.
  runAt: 'document_idle',
  allFrames: true,
  matchAboutBlank: true,
  main(ctx) {
    const overlay = new PageOverlay({
      doc: document,
      currentUrl: () => frameUrl(window),
      asOf: () => todayInOslo(document, __NAERVAER_TEST_BUILD__),
      send: (request) => browser.runtime.sendMessage(request),
      // A reader already in this frame (a content script of the portal's, or one injected earlier)
      // reads the page at once; the configuration is then asked for apart. Otherwise the background
      // injects the page's reader into this frame (it runs in this script's world) and sends the
      // configuration with its answer.
      loadReader: async (url) => {
        const loaded = loadedReaderFor(url, __NAERVAER_TEST_BUILD__);
        if (loaded) return { reader: loaded, config: undefined };
        const answer: unknown = await browser.runtime.sendMessage({ type: 'loadReader', url: url.href, loaded: [...loadedReaders().keys()] });
        return { reader: readerFromAnswer(answer), config: configFromAnswer(answer) };
      },
      keptConfig: async (portal, siteKey) =>
        cachedEntry((await browser.storage.local.get(PAGE_CONFIG_CACHE))[PAGE_CONFIG_CACHE], cacheKey(portal, siteKey)),
      // The background injects a part of the overlay into this frame the first time it is needed.
      loadPart: async (part) => {
        const answer: unknown = await browser.runtime.sendMessage({ type: 'loadOverlayPart', part });
        if (!isOk(answer)) throw new Error(`the background did not load ${part}`);
      },
      browserLanguage: () => browser.i18n.getUILanguage(),
      topFrame: isTopFrame(window),
      log: (message, detail) => console.debug(`[Nærværsradar] ${message}`, detail ?? ''),
    });

    const onMessage = (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
      const tabMessage = tabMessageFrom(message);
      if (!tabMessage) return false; // not ours: let other listeners answer
      const reply = overlay.onTabMessage(tabMessage);
      if (reply === undefined) return false; // another frame answers
      void Promise.resolve(reply).then(sendResponse);
      return true; // the reply may come later (a frame's summary waits for the frames inside it)
    };
    browser.runtime.onMessage.addListener(onMessage);
    // The Navigation API reports a change before the address and the page have changed: look after it.
    const locationChanged = () => setTimeout(() => overlay.onLocationChange(), 0);
    ctx.addEventListener(window, 'wxt:locationchange', locationChanged);
    ctx.addEventListener(window, 'popstate', locationChanged);
    ctx.addEventListener(window, 'hashchange', locationChanged);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      overlay.stop();
    });
    void overlay.start();
  },
});
