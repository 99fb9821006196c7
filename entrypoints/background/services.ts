import browser from 'webextension-polyfill';
import type { BackgroundServices } from '../../lib/messaging/router';
import type { CaseStatusResponse, PageConfig, TabMessage } from '../../lib/messaging/protocol';
import type { Settings } from '../../lib/store/settings';
import { loadSettings as loadLoadedSettings, updateSettings } from '../../lib/store/settings-storage.browser';
import { chooseProfile } from '../../lib/store/profile-choice';
import { pageProfile } from '../../lib/guidelines/page-profile';
import { openUnlockedVault, lockVaultIfIdle, touchVaultSession } from '../../lib/store/vault-session.browser';
import { portalCaseStatusFor } from '../../lib/store/case-status';
import { removeStudentHandoffs, saveStudentHandoff } from '../../lib/store/student-handoff.browser';
import { LockedError, StoreError } from '../../lib/store/store-error';
import { adapterForPage } from '../../lib/portals/registry';
import { readerFile } from '../../lib/overlay/loaded-readers';
import { siteKeyFor } from '../../lib/portals/teach-mapping';
import { overlayPartFile } from '../../lib/overlay/overlay-parts';
import { cachedEntry, cacheKey, PAGE_CONFIG_CACHE, withEntry, withSortedKeys } from '../../lib/overlay/page-config-cache';

/**
 * The student page open for each student (storage.session, so a restarted service worker still
 * knows): a second click on the same student's badge brings that tab forward instead of opening
 * another one.
 */
const STUDENT_TABS = 'studentTabs';

async function studentTabs(): Promise<Record<string, number>> {
  const stored = (await browser.storage.session.get(STUDENT_TABS))[STUDENT_TABS];
  return typeof stored === 'object' && stored !== null ? (stored as Record<string, number>) : {};
}

/** The settings in force (the teacher's own under the school owner's policy): what pages follow. */
async function loadSettings(): Promise<Settings> {
  return (await loadLoadedSettings()).settings;
}

/**
 * What the background saves (screen-share mode, taught mappings, enabled sites) goes through the
 * same write queue as the pages' changes, applied to the teacher's own settings (never the policy's
 * values). It tells the portal tabs itself where they need to know.
 */
async function saveOwn(edit: (own: Settings) => Settings): Promise<void> {
  await updateSettings(edit, { tellPortalTabs: false });
}

/** One write at a time to the kept page configurations: answers given at once must not undo each other. */
let cacheWrites: Promise<unknown> = Promise.resolve();
/** Counts the times the kept configurations were emptied: one computed from the settings before is not kept. */
let cacheGeneration = 0;

function rememberPageConfig(key: string, config: PageConfig, generation: number): Promise<void> {
  const write = cacheWrites.then(async () => {
    if (generation !== cacheGeneration) return;
    const stored = (await browser.storage.local.get(PAGE_CONFIG_CACHE))[PAGE_CONFIG_CACHE];
    if (JSON.stringify(cachedEntry(stored, key)) === JSON.stringify(config)) return;
    await browser.storage.local.set({ [PAGE_CONFIG_CACHE]: withEntry(stored, key, config) });
  });
  cacheWrites = write.catch(() => undefined);
  return write;
}

/** The settings or the policy changed: no kept configuration may be used any more. */
export async function forgetPageConfigs(): Promise<void> {
  cacheGeneration += 1;
  await cacheWrites;
  await browser.storage.local.remove(PAGE_CONFIG_CACHE);
}

export function createBackgroundServices(): BackgroundServices & {
  toggleScreenShare(): Promise<void>;
  lockIfIdle(): Promise<void>;
  rememberEnabledSites(origins: string[]): Promise<void>;
  forgetStudentTab(tabId: number): Promise<void>;
} {
  const log = (message: string, detail?: unknown) => console.warn(`[Nærværsradar] ${message}`, detail ?? '');

  const broadcast = async (message: TabMessage) => {
    const tabs = await browser.tabs.query({});
    await Promise.all(
      tabs.map((tab) => (tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, message).catch(() => undefined))),
    );
  };

  const setScreenShare = async (on: boolean) => {
    await saveOwn((own) => ({ ...own, screenShare: on }));
    await broadcast({ type: 'screenShareChanged', on });
  };

  const pageConfig = async (portal: string, siteKey: string): Promise<PageConfig> => {
    const generation = cacheGeneration;
    // In the order the kept one is read back in: the page tells a changed configuration by its text.
    const config = withSortedKeys(await freshPageConfig(portal, siteKey)) as PageConfig;
    // Kept for the page's next load, which can then start without waiting (lib/overlay/page-config-cache.ts).
    void rememberPageConfig(cacheKey(portal, siteKey), config, generation).catch((error: unknown) => log('page configuration not kept', error));
    return config;
  };

  const freshPageConfig = async (portal: string, siteKey: string): Promise<PageConfig> => {
    const settings = await loadSettings();
    const choice = chooseProfile(settings, portal, siteKey);
    if (choice.problem) log(`guideline ${choice.problem.wanted} unavailable; using the portal's default`);
    return {
      profile: pageProfile(choice.profile),
      codeOverrides: settings.codeOverrides[portal] ?? {},
      screenShare: settings.screenShare,
      ownDefaults: settings.ownDefaults,
      taughtMapping: settings.taughtMappings[siteKey] ?? null,
      calendar: settings.calendar,
      language: settings.language,
    };
  };

  return {
    log,
    broadcast,
    setScreenShare,
    async toggleScreenShare() {
      const settings = await loadSettings();
      await setScreenShare(!settings.screenShare);
    },
    pageConfig,
    async caseStatuses(studentKeys): Promise<CaseStatusResponse> {
      const vault = await openUnlockedVault();
      if (!vault) return { locked: true, statuses: {} };
      const statuses: CaseStatusResponse['statuses'] = {};
      for (const key of studentKeys) {
        // A record that does not open, or is not the one last saved, shapes no badge (and stops no other).
        const record = await vault.getStudent(key).catch((error: unknown) => {
          if (error instanceof StoreError && !(error instanceof LockedError)) return undefined;
          throw error;
        });
        const status = record ? portalCaseStatusFor(record) : null;
        if (status) statuses[key] = status;
      }
      return { locked: false, statuses };
    },
    async openStudentPage(request) {
      const studentKey = request.row.student.key;
      await saveStudentHandoff(request, Date.now());
      const tabs = await studentTabs();
      const openTabId = tabs[studentKey];
      const open = openTabId !== undefined ? await browser.tabs.get(openTabId).catch(() => null) : null;
      if (open?.id !== undefined) {
        // The page takes the new hand-over itself (it watches storage.session).
        await browser.tabs.update(open.id, { active: true });
        if (open.windowId !== undefined) await browser.windows?.update(open.windowId, { focused: true }).catch(() => undefined);
        return;
      }
      const url = browser.runtime.getURL(`/student.html?student=${encodeURIComponent(studentKey)}`);
      // Beside the portal tab. (No openerTabId: Firefox's headless WebDriver sessions reject it.)
      const opener = request.tabId !== undefined ? await browser.tabs.get(request.tabId).catch(() => null) : null;
      const created = await browser.tabs.create({ url, ...(opener ? { index: opener.index + 1 } : {}) });
      if (created.id !== undefined) await browser.storage.session.set({ [STUDENT_TABS]: { ...(await studentTabs()), [studentKey]: created.id } });
    },
    async forgetStudentTab(tabId) {
      // A student page closed: its hand-over has been read and goes with it.
      const tabs = await studentTabs();
      const closed = Object.entries(tabs).filter(([, id]) => id === tabId).map(([studentKey]) => studentKey);
      if (closed.length === 0) return;
      await removeStudentHandoffs(closed);
      await browser.storage.session.set({ [STUDENT_TABS]: Object.fromEntries(Object.entries(tabs).filter(([, id]) => id !== tabId)) });
    },
    async loadReader(pageUrl, loaded, { tabId, frameId }) {
      // The test build reads loopback pages that name a portal in their path with that portal's reader.
      const reader = adapterForPage(pageUrl, __NAERVAER_TEST_BUILD__).id;
      // The settings are read while the reader is injected: the page's configuration comes with it.
      const [config] = await Promise.all([
        pageConfig(reader, siteKeyFor(pageUrl)),
        loaded.includes(reader) ? null : browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [readerFile(reader)] }),
      ]);
      return { reader, config };
    },
    async loadOverlayPart(part, { tabId, frameId }) {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [overlayPartFile(part)] });
      return { ok: true } as const;
    },
    async saveTaughtMapping(siteKey, mapping) {
      await saveOwn((own) => ({ ...own, taughtMappings: { ...own.taughtMappings, [siteKey]: mapping } }));
    },
    async saveSnapshot(html) {
      // A service worker (Chrome) has no URL.createObjectURL; an event page (Firefox) has.
      const url =
        typeof URL.createObjectURL === 'function'
          ? URL.createObjectURL(new Blob([html], { type: 'text/html' }))
          : `data:text/html;charset=utf-8,${encodeURIComponent(html)}`;
      await browser.downloads.download({ url, filename: 'naervaersradar-anonymisert-side.html', saveAs: false });
    },
    async touchVault() {
      await touchVaultSession();
    },
    async rememberEnabledSites(origins) {
      // Recorded here, not by the popup: Firefox may close the popup while its permission prompt is open.
      if (origins.length === 0) return;
      await saveOwn((own) => ({ ...own, enabledSites: [...new Set([...own.enabledSites, ...origins])] }));
    },
    async lockIfIdle() {
      const settings = await loadSettings();
      await lockVaultIfIdle(settings.idleLockMinutes, Date.now());
    },
  };
}
