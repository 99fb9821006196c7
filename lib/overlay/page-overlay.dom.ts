/**
 * The in-page overlay: reads the portal page, evaluates each student, and keeps a badge and a
 * sparkline beside every name — live, while the teacher enters absence.
 *
 * DOM code for the content script (hence ".dom" in the name). It never throws into the host page:
 * every entry point is wrapped, and a failure becomes the quiet "could not read" indicator.
 *
 * One MutationObserver, on the page body, is the only watcher: it maps each mutation to the
 * student slot it touched (a WeakMap from element to student key) and re-reads only that student.
 * Observer callbacks run as microtasks, so an updated badge is painted in the same frame as the
 * teacher's edit.
 */
import type { Assessment, IsoDate, ReadingRow, SchoolCalendar, StudentHistory } from '../model';
import { norwegianSchoolYear, periodRangeText, schoolYearStart, levelRank } from '../model';
import type { PageLayout, PortalAdapter, ReadOptions, StudentSlot, TaughtMapping } from '../portals/adapter';
import { isCouldNotRead } from '../portals/adapter';
import { adapterForPage } from '../portals/registry';
import { mappingFromClicks, siteKeyFor } from '../portals/teach-mapping';
import { anonymisedSnapshot } from '../portals/snapshot';
import { scopedStudentKey } from '../portals/student-scope';
import { evaluate } from '../guidelines/evaluate';
import { GuidelineProfile } from '../guidelines/profile';
import { DEFAULT_PROFILE_BY_PORTAL, getBuiltInProfile } from '../guidelines/registry';
import { onCourse } from '../forecast/forecast';
import { forecastLine } from '../forecast/wording';
import { analysePatterns } from '../patterns/analyse';
import type { Patterns } from '../patterns/types';
import type { CaseStatus, ContentRequest, PageConfig, PageSummary, TabMessage } from '../messaging/protocol';
import { CaseStatusResponse, compareUrgency, PageConfig as PageConfigSchema } from '../messaging/protocol';
import { resolveLanguage, translatorFor, type Translator } from '../i18n/translate';
import { caseRecordFromStatus } from './case-record';
import { BADGE_TAG, createBadge, type BadgeHandle } from '../../components/overlay/badge.dom';
import { createPopover, type PopoverHandle } from '../../components/overlay/popover.dom';
import { createIndicator, type IndicatorHandle } from '../../components/overlay/indicator.dom';
import { createTeachBanner } from '../../components/overlay/teach-banner.dom';
import { childFrameHoldsTables, holdsTables } from './frames.dom';
import { cellText } from '../portals/generic/table-grid';
import { isTrustedEvent } from './trusted-event.dom';

export interface OverlayEnvironment {
  doc: Document;
  currentUrl(): URL;
  /** Today in Europe/Oslo (the entrypoint reads the clock; lib/ never does). */
  asOf(): IsoDate;
  send(request: ContentRequest): Promise<unknown>;
  browserLanguage: string;
  /** Test build and demo: loopback pages name their portal in the path (see adapterForPage). */
  loopbackPortalPaths: boolean;
  /** Whether this overlay runs in the page's top frame (each frame of a framed portal has its own). */
  topFrame: boolean;
  log(message: string, detail?: unknown): void;
}

interface SlotState {
  slot: StudentSlot;
  /** What the name cell said when the student was located: a list that recycles rows changes it. */
  anchorText: string;
  badge: BadgeHandle;
  fingerprint: string;
  row: ReadingRow | null;
  assessment: Assessment | null;
  patterns: Patterns | null;
}

const OWN_TAG_PREFIX = 'NAERVAER-';
const SHOW_INDICATOR_AFTER_MS = 1500;
const RELOCATE_MIN_INTERVAL_MS = 150;
/** How long an unreadable top frame waits before answering the popup, so a framed register answers first. */
const FRAME_SUMMARY_DELAY_MS = 300;
const MAPPING_FORM_ID = 'kartlegging-fravaersmonster';
/** Main-thread time per rendering slice, well under the 50 ms of a long task. */
const RENDER_SLICE_MS = 8;

export class PageOverlay {
  private adapter: PortalAdapter | null = null;
  private layout: PageLayout | null = null;
  private slots = new Map<string, SlotState>();
  private elementToKey = new WeakMap<Element, string>();
  private observer: MutationObserver | null = null;
  private profile: GuidelineProfile | null = null;
  private config: PageConfig | null = null;
  private calendar: SchoolCalendar | null = null;
  private caseStatuses: Record<string, CaseStatus> = {};
  private t: Translator = translatorFor('nb');
  private popover: PopoverHandle | null = null;
  private indicator: IndicatorHandle | null = null;
  private missing: string[] = [];
  private indicatorTimer: ReturnType<typeof setTimeout> | null = null;
  private relocateTimer: ReturnType<typeof setTimeout> | null = null;
  private lastRelocate = 0;
  private queue: string[] = [];
  private queueGeneration = 0;
  private indexedLayout: PageLayout | null = null;
  private slotsByKey = new Map<string, StudentSlot>();
  private screenShare = false;
  private teaching = false;
  private url: URL;
  private stopped = false;
  private observedRoots = new WeakSet<ShadowRoot>();
  private readonly onInput = (event: Event) => this.guard('input', () => this.handleInput(event));
  private readonly onKeydown = (event: KeyboardEvent) => this.guard('keydown', () => this.handleKeydown(event));

  constructor(private readonly env: OverlayEnvironment) {
    this.url = env.currentUrl();
  }

  async start(): Promise<void> {
    await this.guardAsync('start', async () => {
      await this.loadConfig();
      this.locateAndRender();
      this.observe();
    });
  }

  stop(): void {
    this.stopped = true;
    this.observer?.disconnect();
    this.env.doc.removeEventListener('input', this.onInput, true);
    this.env.doc.removeEventListener('change', this.onInput, true);
    this.env.doc.removeEventListener('keydown', this.onKeydown, true);
    for (const state of this.slots.values()) state.badge.host.remove();
    this.slots.clear();
    this.popover?.host.remove();
    this.indicator?.host.remove();
  }

  /** The page's URL changed without a reload (single-page navigation). */
  onLocationChange(): void {
    this.guard('locationchange', () => {
      const next = this.env.currentUrl();
      if (next.href === this.url.href) return;
      const sameSite = siteKeyFor(next) === siteKeyFor(this.url);
      this.url = next;
      this.adapter = null;
      if (sameSite) {
        this.locateAndRender();
        return;
      }
      // Another part of the portal may have its own taught mapping.
      void this.guardAsync('locationchange', async () => {
        await this.loadConfig();
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
        void this.guardAsync('settingsChanged', async () => {
          await this.loadConfig();
          this.rerenderAll(true);
        });
        return { ok: true };
      case 'caseStatusChanged':
        void this.guardAsync('caseStatusChanged', async () => {
          await this.loadCaseStatuses([...this.slots.keys()]);
          this.rerenderAll(true);
        });
        return { ok: true };
      case 'getPageSummary':
        return this.frameSummary();
      case 'startTeachMode':
        if (this.teachableHere()) this.startTeachMode();
        // Frames inside the page stay silent; the top frame answers for the tab.
        return this.env.topFrame ? { ok: true } : undefined;
    }
  }

  // ---------------------------------------------------------------- configuration

  private async loadConfig(): Promise<void> {
    const adapter = this.currentAdapter();
    const raw = await this.env.send({ type: 'getPageConfig', portal: adapter.id, siteKey: siteKeyFor(this.url) });
    const parsed = PageConfigSchema.safeParse(raw);
    const config: PageConfig = parsed.success
      ? parsed.data
      : { profile: null, codeOverrides: {}, screenShare: false, ownDefaults: true, taughtMapping: null, calendar: null, language: 'nb' };
    if (!parsed.success) this.env.log('page config refused', parsed.error.issues);
    this.config = config;
    this.t = translatorFor(resolveLanguage(config.language, this.env.browserLanguage));
    const profile = GuidelineProfile.safeParse(config.profile);
    this.profile = profile.success
      ? profile.data
      : (getBuiltInProfile(DEFAULT_PROFILE_BY_PORTAL[adapter.id as keyof typeof DEFAULT_PROFILE_BY_PORTAL] ?? 'kearney-forskning') ?? null);
    const asOf = this.env.asOf();
    this.calendar = config.calendar ?? norwegianSchoolYear(schoolYearStart(asOf));
    this.screenShare = config.screenShare;
  }

  private currentAdapter(): PortalAdapter {
    this.adapter ??= adapterForPage(this.url, this.env.loopbackPortalPaths);
    return this.adapter;
  }

  private readOptions(): ReadOptions {
    const adapter = this.currentAdapter();
    const overrides = this.config?.codeOverrides;
    const taught: TaughtMapping | null = this.config?.taughtMapping ?? null;
    return {
      asOf: this.env.asOf(),
      ...(overrides && Object.keys(overrides).length > 0 ? { codeOverrides: overrides } : {}),
      ...(taught && adapter.id === 'generic' ? { taughtMapping: taught } : {}),
    };
  }

  // ---------------------------------------------------------------- reading and rendering

  private locateAndRender(retryLater = true): void {
    if (this.stopped || this.teaching) return;
    this.lastRelocate = Date.now();
    const adapter = this.currentAdapter();
    const result = adapter.locate(this.env.doc, this.url, this.readOptions());
    if (isCouldNotRead(result) || !result.ok) {
      this.layout = null;
      this.clearSlots();
      this.missing = isCouldNotRead(result) ? result.missing : [];
      if (retryLater) this.scheduleIndicator();
      else this.updateIndicator();
      return;
    }
    this.layout = result.layout;
    this.missing = [];
    this.observeShadowRoots(result.layout);
    const seen = new Set<string>();
    for (const slot of result.layout.slots) {
      if (seen.has(slot.key)) continue; // adapters keep keys unique; never render one student twice
      seen.add(slot.key);
      for (const element of slot.elements) this.elementToKey.set(element, slot.key);
      this.elementToKey.set(slot.anchor, slot.key);
      const existing = this.slots.get(slot.key);
      if (existing) {
        existing.slot = slot;
        existing.anchorText = cellText(slot.anchor);
        // The page may have re-rendered the row: move a shown badge to the new name cell.
        if (existing.row && existing.badge.host.parentElement !== slot.anchor) slot.anchor.append(existing.badge.host);
      }
    }
    for (const [key, state] of this.slots) {
      if (!seen.has(key)) {
        state.badge.host.remove();
        this.slots.delete(key);
      }
    }
    this.queue = [...seen];
    this.queueGeneration++;
    this.processQueue(this.queueGeneration, []);
  }

  /**
   * Reads and renders the queued students in slices of about RENDER_SLICE_MS, yielding to the page
   * between slices: a long class list never becomes one long task on the teacher's main thread.
   * A badge is put in the page only once its student has been read and evaluated.
   */
  private processQueue(generation: number, newKeys: string[]): void {
    if (this.stopped || generation !== this.queueGeneration || !this.layout) return;
    const started = performance.now();
    while (this.queue.length > 0 && performance.now() - started < RENDER_SLICE_MS) {
      const key = this.queue.shift()!;
      const slot = this.slotFor(key);
      if (!slot) continue;
      if (!this.slots.has(key)) {
        const badge = createBadge(this.env.doc, key, this.t, (handle) => this.openPopover(key, handle));
        this.slots.set(key, { slot, anchorText: cellText(slot.anchor), badge, fingerprint: '', row: null, assessment: null, patterns: null });
        newKeys.push(key);
      }
      this.readSlot(key);
    }
    if (this.queue.length > 0) {
      setTimeout(() => this.guard('render', () => this.processQueue(generation, newKeys)), 0);
      return;
    }
    this.updateIndicator();
    if (newKeys.length > 0) void this.guardAsync('caseStatus', () => this.refreshCaseStatuses(newKeys));
  }

  private slotFor(key: string): StudentSlot | undefined {
    return this.slotIndex().get(key);
  }

  /** The current layout's slots by key (rebuilt when the layout changes). */
  private slotIndex(): Map<string, StudentSlot> {
    if (this.indexedLayout !== this.layout) {
      this.indexedLayout = this.layout;
      this.slotsByKey = new Map((this.layout?.slots ?? []).map((slot) => [slot.key, slot]));
    }
    return this.slotsByKey;
  }

  private async refreshCaseStatuses(keys: string[]): Promise<void> {
    const before = JSON.stringify(keys.map((k) => this.caseStatuses[k] ?? null));
    await this.loadCaseStatuses(keys);
    const after = JSON.stringify(keys.map((k) => this.caseStatuses[k] ?? null));
    if (before !== after) for (const key of keys) this.renderSlot(key);
  }

  /**
   * Case status only for students this page's reading holds (`keys` come from the current layout),
   * under their site-scoped keys; the background refuses keys of any other site.
   */
  private async loadCaseStatuses(keys: string[]): Promise<void> {
    const held = keys.filter((key) => this.slots.has(key));
    if (held.length === 0) return;
    const scoped = new Map(held.map((key) => [scopedStudentKey(key, this.url), key]));
    const raw = await this.env.send({ type: 'getCaseStatus', studentKeys: [...scoped.keys()] });
    const parsed = CaseStatusResponse.safeParse(raw);
    if (!parsed.success) return; // locked vault or no reply: badges show what the page alone says
    for (const [storedKey, status] of Object.entries(parsed.data.statuses)) {
      const key = scoped.get(storedKey);
      if (key !== undefined) this.caseStatuses[key] = status;
    }
  }

  private clearSlots(): void {
    for (const state of this.slots.values()) state.badge.host.remove();
    this.slots.clear();
  }

  /** Re-reads one student; evaluates and repaints only if what the page says about them changed. */
  private readSlot(key: string): void {
    const state = this.slots.get(key);
    if (!state || !this.layout) return;
    const adapter = this.currentAdapter();
    const row = adapter.readStudent(this.layout, state.slot, this.readOptions());
    if (isCouldNotRead(row)) {
      state.row = null;
      state.fingerprint = `unreadable:${row.missing.join('|')}`;
      state.badge.host.hidden = true;
      this.updateIndicator();
      return;
    }
    const fingerprint = JSON.stringify(row);
    if (fingerprint === state.fingerprint) return;
    state.fingerprint = fingerprint;
    state.row = row;
    this.renderSlot(key);
  }

  private renderSlot(key: string): void {
    const state = this.slots.get(key);
    if (!state?.row || !this.profile || !this.calendar) return;
    const asOf = this.env.asOf();
    const history: StudentHistory = {
      student: state.row.student,
      events: state.row.events,
      ...(state.row.totals ? { totals: state.row.totals } : {}),
      coverage: state.row.coverage,
      calendar: this.calendar,
      ...(this.layout?.shownPeriod ? { shownPeriod: this.layout.shownPeriod } : {}),
    };
    const caseRecord = caseRecordFromStatus(key, this.profile.id, this.caseStatuses[key]);
    state.assessment = evaluate(history, this.profile, asOf, caseRecord, { ownDefaults: this.config?.ownDefaults ?? true });
    state.patterns = analysePatterns(history, asOf);
    const strongest = [...state.assessment.fired].sort((a, b) => levelRank(b.level) - levelRank(a.level))[0];
    const firstOverdue = state.assessment.overdue[0];
    const undecided = state.assessment.undecided[0];
    state.badge.update({
      level: state.assessment.level,
      reason: strongest?.detail ?? (undecided ? this.t('reasonUndecided', undecided.quote, undecided.reason) : this.t('reasonNothingFired')),
      series: state.patterns.weeklySeries,
      overdue: firstOverdue ? this.t('badgeOverdue', firstOverdue.title) : null,
      ...(state.patterns.shownWindow
        ? { period: periodRangeText(state.patterns.shownWindow.from, state.patterns.shownWindow.to) }
        : {}),
      onCourse: this.onCourseLine(state.assessment),
    });
    state.badge.host.hidden = this.screenShare;
    if (!state.badge.host.isConnected) state.slot.anchor.append(state.badge.host);
  }

  private rerenderAll(force: boolean): void {
    if (!this.layout) {
      this.locateAndRender();
      return;
    }
    for (const key of this.slots.keys()) {
      if (force) this.renderSlot(key);
      else this.readSlot(key);
    }
  }

  // ---------------------------------------------------------------- watching the page

  private observe(): void {
    const doc = this.env.doc;
    this.observer = new MutationObserver((records) => this.guard('mutation', () => this.handleMutations(records)));
    this.observer.observe(doc.documentElement, OBSERVED);
    if (this.layout) this.observeShadowRoots(this.layout);
    // Typing into an <input> or picking in a <select> changes a property, not the DOM.
    doc.addEventListener('input', this.onInput, true);
    doc.addEventListener('change', this.onInput, true);
    doc.addEventListener('keydown', this.onKeydown, true);
  }

  private handleMutations(records: MutationRecord[]): void {
    if (this.stopped || this.teaching) return;
    const dirty = new Set<string>();
    let structural = false;
    for (const record of records) {
      if (isOwn(record.target)) continue;
      if (record.type === 'childList' && onlyOwnNodes(record)) continue;
      const key = this.keyFor(record.target);
      if (key) {
        dirty.add(key);
        if (record.type === 'childList' && changesRows(record)) structural = true;
      } else if (record.type === 'childList' && (hasElements(record.addedNodes) || hasElements(record.removedNodes))) {
        structural = true;
      }
    }
    for (const key of dirty) {
      const state = this.slots.get(key);
      if (state && this.movedAway(state)) {
        // A recycled row (virtual list) or a table replaced in place now shows someone else:
        // the badge leaves at once, and the students are located again.
        state.badge.host.remove();
        structural = true;
      } else if (state?.row && !state.badge.host.isConnected && !this.screenShare) {
        state.slot.anchor.append(state.badge.host); // the page re-rendered the name cell
      }
    }
    if (structural) {
      this.scheduleRelocate();
      return;
    }
    for (const key of dirty) this.readSlot(key);
  }

  /** Whether a student's name cell or rows no longer show that student. */
  private movedAway(state: SlotState): boolean {
    const { anchor, elements } = state.slot;
    if (!anchor.isConnected || elements.some((element) => !element.isConnected)) return true;
    return cellText(anchor) !== state.anchorText;
  }

  /** Tables inside open shadow roots: the document's observer does not see into them. */
  private observeShadowRoots(layout: PageLayout): void {
    const first = layout.slots[0]?.anchor;
    const root = first?.getRootNode();
    if (!this.observer || !root || !(root instanceof ShadowRoot) || this.observedRoots.has(root)) return;
    this.observedRoots.add(root);
    this.observer.observe(root, OBSERVED);
    root.addEventListener('input', this.onInput, true);
    root.addEventListener('change', this.onInput, true);
  }

  private handleInput(event: Event): void {
    if (this.teaching) return;
    const target = event.composedPath()[0] ?? event.target; // inside a web component's shadow root
    if (!(target instanceof Element)) return;
    // A <select> fires both input and change for one pick: read once, on change.
    if (event.type === 'input' && target instanceof HTMLSelectElement) return;
    const key = this.keyFor(target);
    if (key) this.readSlot(key);
  }

  private handleKeydown(event: KeyboardEvent): void {
    // A page script can dispatch a synthetic Alt+Shift+S; only the teacher's own key press counts.
    if (!isTrustedEvent(event)) return;
    // The same shortcut as the browser command (Alt+Shift+S), for browsers that deliver it to the page.
    if (event.altKey && event.shiftKey && (event.code === 'KeyS' || event.key.toLowerCase() === 's')) {
      event.preventDefault();
      const on = !this.screenShare;
      this.setScreenShare(on);
      void this.env.send({ type: 'setScreenShare', on }).catch(() => undefined);
    } else if (event.key === 'Escape' && this.popover?.isOpen()) {
      this.popover.hide();
    }
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
      this.guard('relocate', () => this.locateAndRender());
    }, wait);
  }

  private keyFor(node: Node): string | undefined {
    let element: Element | null = node instanceof Element ? node : node.parentElement;
    while (element && element !== this.env.doc.body) {
      const key = this.elementToKey.get(element);
      if (key) return key;
      element = element.parentElement;
    }
    return undefined;
  }

  // ---------------------------------------------------------------- popover, indicator, screen share

  private openPopover(key: string, handle: BadgeHandle): void {
    const state = this.slots.get(key);
    if (!state?.assessment || !state.patterns || !state.row || !this.profile) return;
    this.popover ??= createPopover(this.env.doc, this.t);
    const assessment = state.assessment;
    const mappingFormFired =
      (assessment.nextStep?.forms.includes(MAPPING_FORM_ID) ?? false) ||
      assessment.fired.some((f) => this.profile?.steps.find((s) => s.id === f.stepId)?.forms.includes(MAPPING_FORM_ID));
    const row = state.row;
    const profileId = this.profile.id;
    const open = (intent: 'notes' | 'exportMappingForm') =>
      void this.env
        .send({
          type: 'openStudentPage',
          portal: this.currentAdapter().id,
          profileId,
          intent,
          asOf: this.env.asOf(),
          ...(this.layout?.school ? { school: this.layout.school } : {}),
          ...(this.layout?.shownPeriod ? { shownPeriod: this.layout.shownPeriod } : {}),
          row: { ...row, student: { ...row.student, key: scopedStudentKey(row.student.key, this.url) } },
        })
        .catch((error: unknown) => this.env.log('openStudentPage failed', error));
    this.popover.show(
      handle.host,
      {
        studentName: row.student.name,
        assessment,
        patterns: state.patterns,
        profileName: this.profile.name,
        offerMappingForm: mappingFormFired,
      },
      { openStudentPage: () => open('notes'), exportMappingForm: () => open('exportMappingForm') },
      handle.button,
    );
  }

  private setScreenShare(on: boolean): void {
    this.screenShare = on;
    for (const state of this.slots.values()) state.badge.host.hidden = on || state.row === null;
    if (on) this.popover?.hide();
  }

  private scheduleIndicator(): void {
    if (this.indicatorTimer) return;
    this.indicatorTimer = setTimeout(() => {
      this.indicatorTimer = null;
      // A table rendered late where no observer sees it (inside a web component) is found now.
      this.guard('indicator', () => (this.layout ? this.updateIndicator() : this.locateAndRender(false)));
    }, SHOW_INDICATOR_AFTER_MS);
  }

  private updateIndicator(): void {
    const unreadable = [...this.slots.values()].filter((s) => s.row === null && s.fingerprint.startsWith('unreadable:'));
    const problems = [...this.missing];
    if (unreadable.length > 0) problems.push(this.t('indicatorUnreadableRows', unreadable.length));
    if (problems.length === 0 || !this.speaksForPage()) {
      this.indicator?.hide();
      return;
    }
    this.indicator ??= createIndicator(this.env.doc, this.t, {
      saveSnapshot: () => this.saveSnapshot(),
      startTeachMode: () => this.startTeachMode(),
    });
    this.indicator.show(problems);
  }

  private saveSnapshot(): void {
    const html = anonymisedSnapshot(this.env.doc, { asOf: this.env.asOf() });
    void this.env.send({ type: 'saveSnapshot', html }).catch((error: unknown) => this.env.log('snapshot failed', error));
  }

  // ---------------------------------------------------------------- teach mode

  private startTeachMode(): void {
    if (this.teaching) return;
    this.teaching = true;
    this.popover?.hide();
    const doc = this.env.doc;
    let nameCell: Element | null = null;
    const absenceCells: Element[] = [];
    const marks: Array<{ element: HTMLElement; outline: string }> = [];
    const mark = (element: Element) => {
      if (element instanceof HTMLElement) {
        marks.push({ element, outline: element.style.outline });
        element.style.outline = '3px solid #1d4ed8';
      }
    };
    const finish = () => {
      doc.removeEventListener('click', onClick, true);
      for (const m of marks) m.element.style.outline = m.outline;
      banner.remove();
      this.teaching = false;
    };
    const onClick = (event: MouseEvent) => {
      if (!isTrustedEvent(event)) return; // the page's scripts must not teach a mapping of their choosing
      const target = event.target;
      if (!(target instanceof Element) || target.closest(`${BADGE_TAG}, naervaer-teach`) || isOwn(target)) return;
      const cell = target.closest('td, th, [role="cell"], [role="gridcell"], [role="rowheader"]');
      if (!cell) return;
      event.preventDefault();
      event.stopPropagation();
      if (!nameCell) {
        nameCell = cell;
        mark(cell);
        banner.setStep('absence');
      } else {
        absenceCells.push(cell);
        mark(cell);
      }
    };
    const banner = createTeachBanner(
      doc,
      this.t,
      () =>
        this.guard('teachDone', () => {
          if (!nameCell) return;
          const mapping = mappingFromClicks(doc, nameCell, absenceCells);
          if (isCouldNotRead(mapping)) {
            banner.setStep('error', mapping.missing.join('; '));
            return;
          }
          finish();
          if (this.config) this.config = { ...this.config, taughtMapping: mapping };
          void this.env.send({ type: 'saveTaughtMapping', siteKey: siteKeyFor(this.url), mapping }).catch(() => undefined);
          this.locateAndRender();
        }),
      () => finish(),
    );
    banner.setStep('name');
    doc.addEventListener('click', onClick, true);
  }

  // ---------------------------------------------------------------- frames

  /**
   * Whether this frame's overlay speaks about the page (indicator, teach mode): a frame inside
   * the page only when it shows a table; the top frame unless it shows none and a frame inside
   * it does (a menu around a framed register).
   */
  private speaksForPage(): boolean {
    const doc = this.env.doc;
    if (!this.env.topFrame) return this.layout !== null || holdsTables(doc);
    return this.layout !== null || holdsTables(doc) || !childFrameHoldsTables(doc);
  }

  private teachableHere(): boolean {
    return this.speaksForPage();
  }

  /**
   * The popup asks every frame of the tab and takes the first answer: a frame that read students
   * answers at once, a frame inside the page that read nothing stays silent, and an unreadable top
   * frame answers a moment later, so that a framed register's summary wins.
   */
  private frameSummary(): PageSummary | Promise<PageSummary> | undefined {
    if (this.layout) return this.summary();
    if (!this.env.topFrame) return undefined;
    if (!childFrameHoldsTables(this.env.doc)) return this.summary();
    return new Promise((resolve) => setTimeout(() => resolve(this.summary()), FRAME_SUMMARY_DELAY_MS));
  }

  /** The forecast line of the rule expected to fire first, if within three school weeks ("på vei"). */
  private onCourseLine(assessment: Assessment): string | null {
    const soon = onCourse(assessment.forecast);
    return soon ? forecastLine(soon, this.t) : null;
  }

  // ---------------------------------------------------------------- summary for the popup

  private summary(): PageSummary {
    const counts = { ok: 0, unknown: 0, watch: 0, concern: 0, serious: 0 };
    const urgent: PageSummary['urgent'] = [];
    for (const state of this.slots.values()) {
      if (!state.assessment || !state.row) continue;
      counts[state.assessment.level]++;
      const step = state.assessment.nextStep;
      const onCourseLine = this.onCourseLine(state.assessment);
      if ((state.assessment.level !== 'ok' && step) || onCourseLine) {
        urgent.push({
          studentName: state.row.student.name,
          level: state.assessment.level,
          step: step?.title ?? null,
          deadline: step?.deadline ?? null,
          overdue: step?.overdue ?? false,
          onCourse: onCourseLine,
        });
      }
    }
    urgent.sort(compareUrgency);
    const adapter = this.currentAdapter();
    return {
      portal: adapter.id,
      portalName: adapter.name,
      readable: this.layout !== null,
      missing: this.missing,
      counts,
      urgent,
      screenShare: this.screenShare,
      asOf: this.env.asOf(),
    };
  }

  // ---------------------------------------------------------------- never throw into the page

  private guard(where: string, action: () => void): void {
    try {
      action();
    } catch (error) {
      this.env.log(`overlay error in ${where}`, error);
    }
  }

  private async guardAsync(where: string, action: () => Promise<void>): Promise<void> {
    try {
      await action();
    } catch (error) {
      this.env.log(`overlay error in ${where}`, error);
    }
  }
}

const OBSERVED: MutationObserverInit = {
  subtree: true,
  childList: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['value', 'data-code', 'data-value', 'aria-checked', 'aria-selected', 'checked', 'selected', 'title'],
};

function isOwn(node: Node): boolean {
  return node instanceof Element && node.tagName.startsWith(OWN_TAG_PREFIX);
}

function onlyOwnNodes(record: MutationRecord): boolean {
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every(isOwn);
}

function hasElements(nodes: NodeList): boolean {
  for (const node of nodes) if (node instanceof Element && !isOwn(node)) return true;
  return false;
}

/** A row added or removed inside a student's elements (e.g. an event list grew). */
function changesRows(record: MutationRecord): boolean {
  const isRow = (node: Node) => node instanceof Element && (node.tagName === 'TR' || node.getAttribute('role') === 'row');
  return [...record.addedNodes].some(isRow) || [...record.removedNodes].some(isRow);
}
