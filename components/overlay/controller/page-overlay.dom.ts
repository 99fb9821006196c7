/**
 * The in-page overlay: reads the portal page, evaluates each student, and keeps a badge and a
 * sparkline beside every name — live, while the teacher enters absence.
 *
 * DOM code for the content script (hence ".dom" in the name). It never throws into the host page:
 * every entry point is guarded, and a failure becomes the quiet "could not read" indicator.
 *
 * This class wires the parts together; each part does one thing: the page configuration
 * (page-config), the students and their badges (student-slots), the sliced rendering
 * (render-queue), the one watcher of the page (page-watcher), case progress (case-statuses),
 * the indicator (page-indicator), teach mode (teach-mode), which frame speaks (frame-voice) and
 * the popup's summary (page-summary).
 */
import type { PageConfig, TabMessage } from '../../../lib/messaging/protocol';
import type { LocateResult, PageLayout, PortalAdapter, ReadOptions } from '../../../lib/portals/adapter';
import { isCouldNotRead } from '../../../lib/portals/adapter';
import { couldNotRead } from '../../../lib/portals/could-not-read';
import type { PageProblem } from '../../../lib/portals/read-problem';
import { siteKeyFor } from '../../../lib/portals/teach-mapping';
import type { PageProfile } from '../../../lib/guidelines/page-profile';
import type { SchoolCalendar } from '../../../lib/model';
import { overlayTranslator, type OverlayTranslator } from '../words';
import { pageConfigFrom } from '../../../lib/messaging/from-background';
import { caseRecordFromStatus } from '../../../lib/overlay/case-record';
import { createBadge, type BadgeHandle } from '../badge.dom';
import type { PopoverHandle } from '../popover.dom';
import { showNotice } from '../notice.dom';
import { CaseStatuses } from './case-statuses';
import { guardWith, type Guard, type OverlayEnvironment } from './environment';
import { frameSummary, speaksForPage } from './frame-voice.dom';
import { PageIndicator } from './page-indicator.dom';
import { readOptionsFor, resolvePageConfig } from './page-config';
import { pageSummary } from './page-summary';
import { PageWatcher } from './page-watcher.dom';
import { RenderQueue } from './render-queue';
import { visibleFirst } from './badge-batches';
import { FAR_BADGE_CHUNK, FarBadges, NEAR_VIEWPORTS } from './far-badges.dom';
import { listenForKeys } from './screen-share-keys.dom';
import { assessStudent, badgeView } from './student-assessment';
import { offersMappingForm, openStudentPageRequest } from './student-popover';
import { movedAway, placeBadge, StudentSlots } from './student-slots.dom';
import type { OverlayPartName } from '../../../lib/overlay/overlay-parts';
import { PartLoader, type OverlayParts } from './loaded-parts';
import { eachInSteps, idleYielderFor, runInSlices, yielderFor, type YieldToPage } from './slices';

export type { OverlayEnvironment } from './environment';

const RELOCATE_MIN_INTERVAL_MS = 150;
/** The box of a student no longer in the layout: sorted with the rows above the viewport. */
const NO_BOX = { top: 0, bottom: 0 };
/** Stands in for a reader that could not be loaded: the page then shows why it is not read. */
const NO_READER: PortalAdapter = {
  id: 'none',
  name: '',
  matchesUrl: () => false,
  locate: () => couldNotRead({ code: 'reader-not-loaded' }),
  readStudent: () => couldNotRead({ code: 'reader-not-loaded' }),
};

export class PageOverlay {
  private readonly guard: Guard;
  private readonly slots = new StudentSlots();
  private readonly queue: RenderQueue;
  private readonly watcher: PageWatcher;
  private readonly caseStatuses: CaseStatuses;
  private readonly indicator: PageIndicator;
  /** Teach mode, the snapshot and the popover: loaded into the frame when first needed. */
  private readonly parts: PartLoader;
  private readonly farBadges: FarBadges;
  private stopListeningForKeys: (() => void) | null = null;
  private popover: PopoverHandle | null = null;
  /** The popover's script, once loaded: the popover and the pattern analysis it shows. */
  private popoverPart: OverlayParts['popover'] | null = null;

  /** The page's reader, loaded on demand (env.loadReader); NO_READER until then. */
  private adapter: PortalAdapter = NO_READER;
  private layout: PageLayout | null = null;
  private missing: PageProblem[] = [];
  private config: PageConfig | null = null;
  private profile: PageProfile | null = null;
  private calendar: SchoolCalendar | null = null;
  private t: OverlayTranslator = overlayTranslator('nb');
  private url: URL;

  private screenShare = false;
  private teaching = false;
  private stopped = false;
  private relocateTimer: ReturnType<typeof setTimeout> | null = null;
  private lastRelocate = 0;
  /** Counts locate runs: a run that a newer one replaced stops at its next pause. */
  private locateRun = 0;
  private readonly yieldToPage: YieldToPage;

  constructor(private readonly env: OverlayEnvironment) {
    this.url = env.currentUrl();
    this.guard = guardWith(env.log);
    const view = env.doc.defaultView ?? globalThis;
    this.yieldToPage = yielderFor(view);
    this.caseStatuses = new CaseStatuses(env.send);
    this.parts = new PartLoader((name) => env.loadPart(name));
    this.queue = new RenderQueue(
      {
        active: () => !this.stopped && this.layout !== null,
        render: (key) => this.renderQueued(key),
        place: (keys) => this.placeBadges(keys),
        finished: (newKeys) => {
          this.updateIndicator();
          if (newKeys.length > 0) void this.guard.runAsync('caseStatus', () => this.refreshCaseStatuses(newKeys));
        },
      },
      this.guard,
      this.yieldToPage,
      idleYielderFor(view),
    );
    this.watcher = new PageWatcher(
      env.doc,
      {
        paused: () => this.stopped || this.teaching,
        keyFor: (node) => this.slots.keyFor(node, this.env.doc.body),
        mutated: (dirty, structural) => this.pageMutated(dirty, structural),
        edited: (key) => this.readSlot(key),
      },
      this.guard,
    );
    this.farBadges = new FarBadges(env.doc, this.guard, {
      badgeOf: (key) => this.slots.get(key)?.badge ?? null,
      edges: (key) => this.slots.slotFor(key)?.anchor.getBoundingClientRect() ?? NO_BOX,
    });
    this.indicator = new PageIndicator(
      env.doc,
      this.guard,
      { saveSnapshot: () => this.saveSnapshot(), startTeachMode: () => this.startTeachMode() },
      () => this.parts.get('indicator'),
    );
  }

  async start(): Promise<void> {
    await this.guard.runAsync('start', async () => {
      await this.loadConfig(true);
      this.locateAndRender();
      this.watcher.start(this.layout);
      this.stopListeningForKeys = listenForKeys(this.env.doc, this.guard, {
        toggleScreenShare: () => {
          const on = !this.screenShare;
          this.setScreenShare(on);
          void this.env.send({ type: 'setScreenShare', on }).catch(() => undefined);
        },
        closePopover: () => {
          if (this.popover?.isOpen()) this.popover.hide();
        },
      });
    });
  }

  stop(): void {
    this.stopped = true;
    this.watcher.stop();
    this.farBadges.stop();
    this.stopListeningForKeys?.();
    this.slots.clear();
    this.popover?.host.remove();
    this.indicator.remove();
  }

  /** The page's URL changed without a reload (single-page navigation). */
  onLocationChange(): void {
    this.guard.run('locationchange', () => {
      const next = this.env.currentUrl();
      if (next.href === this.url.href) return;
      const sameSite = siteKeyFor(next) === siteKeyFor(this.url);
      this.url = next;
      void this.guard.runAsync('locationchange', async () => {
        // The new address may need another reader; another part of the portal may have its own taught mapping.
        if (sameSite) await this.loadAdapter();
        else await this.loadConfig(true);
        this.locateAndRender();
      });
    });
  }

  /** Messages from the background or the popup. Returns a reply where one is expected. */
  onTabMessage(message: TabMessage): unknown {
    switch (message.type) {
      case 'screenShareChanged':
        this.setScreenShare(message.on);
        return { ok: true };
      case 'settingsChanged':
        void this.guard.runAsync('settingsChanged', async () => {
          await this.loadConfig();
          await this.rerenderAll(true);
        });
        return { ok: true };
      case 'caseStatusChanged':
        void this.guard.runAsync('caseStatusChanged', async () => {
          await this.caseStatuses.load([...this.slots.keys()], this.url);
          await this.rerenderAll(true);
        });
        return { ok: true };
      case 'getPageSummary':
        return frameSummary(this.env.doc, this.env.topFrame, this.layout !== null, () => this.summary());
      case 'startTeachMode':
        if (this.speaksForPage()) this.startTeachMode();
        // Frames inside the page stay silent; the top frame answers for the tab.
        return this.env.topFrame ? { ok: true } : undefined;
    }
  }

  // ---------------------------------------------------------------- configuration

  /**
   * `useKept`: a page that loads (or moves to another site) may start with the configuration the
   * background last gave for it, kept in the extension's storage, instead of waiting for the
   * background; its answer, asked for meanwhile, replaces that one if it differs. After a change
   * of settings the answer is always awaited.
   */
  private async loadConfig(useKept = false): Promise<void> {
    // The background sends the page's configuration with its reader; asked for apart only when it did not.
    let raw = await this.loadAdapter();
    if (raw === undefined) {
      const request = { type: 'getPageConfig', portal: this.adapter.id, siteKey: siteKeyFor(this.url) } as const;
      const kept = useKept ? await this.env.keptConfig(request.portal, request.siteKey).catch(() => undefined) : undefined;
      if (kept === undefined) raw = await this.env.send(request);
      else {
        raw = kept;
        const url = this.url;
        void this.guard.runAsync('config', async () => {
          const answer = await this.env.send(request);
          if (url !== this.url || !pageConfigFrom(answer) || JSON.stringify(answer) === JSON.stringify(kept)) return;
          this.applyConfig(answer);
          await this.rerenderAll(true);
        });
      }
    }
    this.applyConfig(raw);
  }

  private applyConfig(raw: unknown): void {
    const resolved = resolvePageConfig(raw, this.env.browserLanguage, this.env.asOf(), this.env.log);
    this.config = resolved.config;
    this.t = resolved.t;
    this.profile = resolved.profile;
    this.calendar = resolved.calendar;
    this.screenShare = resolved.config.screenShare;
  }

  /** Loads the reader for the current address; returns the page configuration that came with it (unchecked), if any. */
  private async loadAdapter(): Promise<unknown> {
    const url = this.url;
    const loaded = await this.env.loadReader(url).catch((error: unknown) => {
      this.env.log('no reader for the page', error);
      return null;
    });
    // A newer address's reader wins over one still loading for an older address.
    if (url !== this.url) return undefined;
    this.adapter = loaded?.reader ?? NO_READER;
    return loaded?.config;
  }

  private readOptions(): ReadOptions {
    return readOptionsFor(this.adapter, this.config, this.env.asOf());
  }

  // ---------------------------------------------------------------- reading and rendering

  /**
   * Finds the students and renders them. A reader that can walk a long table in steps does so in
   * short slices (a 20 000-row table is located without one long task); a newer run replaces one in
   * progress. A short page is located in the first slice, in the caller's task.
   */
  private locateAndRender(retryLater = true): void {
    if (this.stopped || this.teaching) return;
    this.lastRelocate = Date.now();
    const run = ++this.locateRun;
    const adapter = this.adapter;
    const options = this.readOptions();
    if (!adapter.locateInSteps) {
      this.located(adapter.locate(this.env.doc, this.url, options), retryLater);
      return;
    }
    const steps = adapter.locateInSteps(this.env.doc, this.url, options);
    void this.guard.runAsync('locate', async () => {
      const outcome = await runInSlices(steps, {
        now: () => performance.now(),
        yieldToPage: this.yieldToPage,
        cancelled: () => run !== this.locateRun || this.stopped || this.teaching,
      });
      if (outcome.finished && run === this.locateRun) this.located(outcome.result, retryLater);
    });
  }

  private located(result: LocateResult, retryLater: boolean): void {
    if (isCouldNotRead(result) || !result.ok) {
      this.layout = null;
      this.queue.abandon();
      this.slots.clear();
      this.farBadges.begin([]);
      this.missing = isCouldNotRead(result) ? result.missing : [];
      if (retryLater) this.indicator.scheduleCheck(() => (this.layout ? this.updateIndicator() : this.locateAndRender(false)));
      else this.updateIndicator();
      return;
    }
    this.layout = result.layout;
    this.missing = [];
    this.watcher.observeShadowRoots(result.layout);
    const keys = this.slots.adopt(result.layout);
    this.farBadges.begin(keys);
    const { order, visible } = this.visibleFirst(keys);
    this.queue.replace(order, visible, this.farBadges.active ? FAR_BADGE_CHUNK : undefined);
  }

  /**
   * The students whose names are on screen first, so that their badges are the first to show; in
   * a very long list, also those near the screen, whose badges are shown with them (FarBadges).
   */
  private visibleFirst(keys: string[]): { order: string[]; visible: number } {
    const height = this.env.doc.defaultView?.innerHeight ?? 0;
    const margin = this.farBadges.active ? height * NEAR_VIEWPORTS : 0;
    return visibleFirst(keys, (key) => this.slots.slotFor(key)?.anchor.getBoundingClientRect() ?? NO_BOX, height, margin);
  }

  /** A queued student: gets a badge the first time, then is read. True when the badge is new. */
  private renderQueued(key: string): boolean {
    const slot = this.slots.slotFor(key);
    if (!slot) return false;
    let created = false;
    if (!this.slots.has(key)) {
      // In a very long list most badges wait undisplayed: their insides are made when they show.
      const badge = createBadge(this.env.doc, key, (handle) => this.openPopover(key, handle), { deferInside: this.farBadges.active });
      this.slots.add(key, slot, badge);
      created = true;
    }
    this.readSlot(key);
    return created;
  }

  private async refreshCaseStatuses(keys: string[]): Promise<void> {
    const changed = await this.caseStatuses.load(keys.filter((key) => this.slots.has(key)), this.url);
    if (changed) await this.inSlices(keys, (key) => this.renderSlot(key));
  }

  /** `action` for each student, in slices: a school's thousands of students are never one long task. */
  private async inSlices(keys: string[], action: (key: string) => void): Promise<void> {
    await runInSlices(eachInSteps(keys, action), {
      now: () => performance.now(),
      yieldToPage: this.yieldToPage,
      cancelled: () => this.stopped,
    });
  }

  /** Re-reads one student; evaluates and repaints only if what the page says about them changed. */
  private readSlot(key: string): void {
    const state = this.slots.get(key);
    if (!state || !this.layout) return;
    const row = this.adapter.readStudent(this.layout, state.slot, this.readOptions());
    if (isCouldNotRead(row)) {
      state.row = null;
      state.unread = row.missing;
      state.badge.host.hidden = true;
      this.updateIndicator();
      return;
    }
    // A student read for the first time (or again after an unreadable row) is rendered whatever
    // the row says, so its fingerprint waits for the next read: the first render of a thousand
    // students serialises none of their rows, and an edit serialises the row it replaces then.
    const fingerprint = state.row ? JSON.stringify(row) : '';
    if (fingerprint && fingerprint === (state.fingerprint ||= JSON.stringify(state.row))) return;
    state.fingerprint = fingerprint;
    state.row = row;
    this.renderSlot(key);
    // The page corrected a row it could not be read from: the indicator no longer names it.
    if (state.unread) {
      state.unread = undefined;
      this.updateIndicator();
    }
  }

  private renderSlot(key: string): void {
    const state = this.slots.get(key);
    if (!state?.row || !this.profile || !this.calendar) return;
    const caseRecord = caseRecordFromStatus(key, this.profile.id, this.caseStatuses.get(key));
    const assessed = assessStudent(state.row, caseRecord, {
      profile: this.profile,
      calendar: this.calendar,
      layout: this.layout,
      ownDefaults: this.config?.ownDefaults ?? true,
      asOf: this.env.asOf(),
    });
    state.assessment = assessed.assessment;
    state.patterns = assessed.patterns;
    state.badge.update(badgeView(assessed, this.t), this.t);
    state.badge.host.hidden = this.screenShare;
    if (state.badge.host.isConnected || this.queue.holdBadge(key)) return;
    state.badge.reveal();
    placeBadge(state);
  }

  /**
   * A batch of the first render: the badges of students still listed and read go into the page.
   * In a very long list they go in hidden, and only those near the viewport are shown (FarBadges):
   * the browser then lays the table out once for them, not once per batch.
   */
  private placeBadges(keys: string[]): void {
    const placed = keys.filter((key) => {
      const state = this.slots.get(key);
      return !!state?.row && !state.badge.host.isConnected;
    });
    this.farBadges.hide(placed);
    for (const key of placed) {
      const state = this.slots.get(key)!;
      if (!this.farBadges.holds(key)) state.badge.reveal();
      placeBadge(state);
    }
    this.farBadges.showNear();
  }

  private async rerenderAll(force: boolean): Promise<void> {
    if (!this.layout) {
      this.locateAndRender();
      return;
    }
    await this.inSlices([...this.slots.keys()], (key) => {
      if (force) this.renderSlot(key);
      else this.readSlot(key);
    });
  }

  // ---------------------------------------------------------------- changes in the page

  private pageMutated(dirty: Set<string>, structural: boolean): void {
    for (const key of dirty) {
      const state = this.slots.get(key);
      if (state && movedAway(state)) {
        // A recycled row (virtual list) or a table replaced in place now shows someone else:
        // the badge leaves at once, and the students are located again.
        state.badge.host.remove();
        structural = true;
      } else if (state?.row && !state.badge.host.isConnected && !this.screenShare) {
        placeBadge(state); // the page re-rendered the name cell
      }
    }
    if (structural) {
      this.scheduleRelocate();
      return;
    }
    for (const key of dirty) this.readSlot(key);
  }

  private scheduleRelocate(): void {
    if (this.relocateTimer) return;
    const wait = Math.max(0, RELOCATE_MIN_INTERVAL_MS - (Date.now() - this.lastRelocate));
    if (wait === 0) {
      this.locateAndRender();
      return;
    }
    this.relocateTimer = setTimeout(() => {
      this.relocateTimer = null;
      this.guard.run('relocate', () => this.locateAndRender());
    }, wait);
  }

  // ---------------------------------------------------------------- popover, indicator, screen share

  /**
   * A badge was clicked: the popover opens, its script loaded at the first click (the content
   * script does not carry it). If that fails, a notice beside the badge says so.
   */
  private openPopover(key: string, handle: BadgeHandle): void {
    if (this.popover && this.popoverPart) {
      this.showPopover(key, handle, this.popover, this.popoverPart);
      return;
    }
    void this.guard.runAsync('popover', async () => {
      const part = await this.part('popover');
      if (this.stopped || this.screenShare) return;
      if (!part) {
        showNotice(this.env.doc, this.t('partNotLoaded'), handle.host);
        return;
      }
      this.popoverPart = part;
      this.popover ??= part.createPopover(this.env.doc);
      this.showPopover(key, handle, this.popover, part);
    });
  }

  private showPopover(key: string, handle: BadgeHandle, popover: PopoverHandle, part: OverlayParts['popover']): void {
    const state = this.slots.get(key);
    if (!state?.assessment || !state.patterns || !state.row || !this.profile) return;
    const row = state.row;
    const profileId = this.profile.id;
    const open = (intent: 'notes' | 'exportMappingForm') =>
      void this.env
        .send(
          openStudentPageRequest(row, intent, {
            portal: this.adapter.id,
            profileId,
            asOf: this.env.asOf(),
            layout: this.layout,
            url: this.url,
          }),
        )
        .catch((error: unknown) => this.env.log('openStudentPage failed', error));
    popover.show(
      handle.host,
      {
        studentName: row.student.name,
        rowKey: key,
        assessment: state.assessment,
        patterns: state.patterns(part.analysePatterns),
        profileName: this.profile.name,
        offerMappingForm: offersMappingForm(state.assessment, this.profile),
        readerNotes: this.layout?.warnings ?? [],
      },
      { openStudentPage: () => open('notes'), exportMappingForm: () => open('exportMappingForm') },
      handle.button,
      this.t,
    );
  }

  /** A part of the overlay (loaded-parts), or null when it could not be loaded: the caller says so in a notice. */
  private part<N extends OverlayPartName>(name: N): Promise<OverlayParts[N] | null> {
    return this.parts.get(name).catch((error: unknown) => {
      this.env.log(`the overlay's ${name} script could not be loaded`, error);
      return null;
    });
  }

  private setScreenShare(on: boolean): void {
    this.screenShare = on;
    for (const state of this.slots.values()) state.badge.host.hidden = on || state.row === null;
    if (on) this.popover?.hide();
  }

  private updateIndicator(): void {
    const unread = [...this.slots.values()].flatMap((s) => (!s.row && s.unread ? [{ name: s.anchorText, problems: s.unread }] : []));
    if ((this.missing.length === 0 && unread.length === 0) || !this.speaksForPage()) this.indicator.hide();
    else this.indicator.show(this.missing, unread, this.t.language);
  }

  private saveSnapshot(): void {
    void this.guard.runAsync('snapshot', async () => {
      const part = await this.part('teach');
      if (!part) {
        showNotice(this.env.doc, this.t('partNotLoaded'), null);
        return;
      }
      const { anonymisedSnapshot, snapshotWords } = part;
      const html = anonymisedSnapshot(this.env.doc, { asOf: this.env.asOf(), words: snapshotWords(this.t.language) });
      await this.env.send({ type: 'saveSnapshot', html });
    });
  }

  // ---------------------------------------------------------------- teach mode, frames, summary

  private startTeachMode(): void {
    if (this.teaching) return;
    this.teaching = true;
    this.popover?.hide();
    void this.guard.runAsync('teachMode', async () => {
      const teach = await this.part('teach');
      if (this.stopped) return;
      if (!teach) {
        this.teaching = false;
        showNotice(this.env.doc, this.t('partNotLoaded'), null);
        return;
      }
      this.runTeachMode(teach.runTeachMode);
    });
  }

  private runTeachMode(runTeachMode: OverlayParts['teach']['runTeachMode']): void {
    runTeachMode(this.env.doc, this.t, this.guard, {
      ended: () => {
        this.teaching = false;
      },
      taught: (mapping) => {
        if (this.config) this.config = { ...this.config, taughtMapping: mapping };
        void this.env.send({ type: 'saveTaughtMapping', siteKey: siteKeyFor(this.url), mapping }).catch(() => undefined);
        this.locateAndRender();
      },
    });
  }

  private speaksForPage(): boolean {
    return speaksForPage(this.env.doc, this.env.topFrame, this.layout !== null);
  }

  private summary() {
    return pageSummary(this.slots.values(), {
      adapter: this.adapter,
      readable: this.layout !== null,
      missing: this.missing,
      notes: this.layout?.warnings ?? [],
      screenShare: this.screenShare,
      asOf: this.env.asOf(),
      t: this.t,
    });
  }
}
