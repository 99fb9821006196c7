import type { BadgeHandle } from '../badge.dom';
import type { Guard } from './environment';
import { rowsBetween } from './badge-batches';

/**
 * A very long list's badges whose rows are far from the viewport: in their name cells, evaluated,
 * with their data-level, but not displayed (the host's `data-far` attribute) until their row comes
 * near the viewport.
 *
 * Why: in a long table, any element the browser has to lay out, put into any one of its cells,
 * makes it lay the whole table out again, in time that grows with the table, not with what was
 * put in. On the bench machine a 20 000-row table took from about 150 ms to over 2 s per layout
 * (Chromium and Firefox alike, whatever the badge's own containment or positioning), and so did a
 * change the page made to one of its own cells; a click that arrives meanwhile waits. An element
 * that is not displayed is not laid out: putting 1 000 such badges into that table cost tens of
 * milliseconds of style. So the badges of a list longer than LONG_LIST go in hidden, in the same
 * chunks as ever, and only the ones near the viewport are shown, each time one layout of the table:
 * once for the rows on and near the screen, then as the page scrolls, a block at a time.
 *
 * Rows are taken in page order, so their tops grow (as in visibleFirst): the rows near the
 * viewport are found with a binary search, a few dozen measurements however long the list.
 */
export const LONG_LIST = 2_000;
/** How many rows on each side of the ones near the viewport are shown with them. */
export const SHOW_BLOCK = 500;
/**
 * How many undisplayed badges go into the page at a time (BadgeBatches' chunk for such a list).
 * They cost no layout, but their insertion and the restyle that follows are one task: in Firefox,
 * on the loaded bench machine, 1 000 of them held the page 25–140 ms, and a click there waits for
 * two or three such tasks (its move, press and release are handled one at a time).
 */
export const FAR_BADGE_CHUNK = 200;
/** Rows within this many viewport heights above or below it count as near. */
export const NEAR_VIEWPORTS = 1;
/** At most one look at the scroll position per this many milliseconds while the page scrolls. */
const SCROLL_CHECK_MS = 100;

export const FAR_ATTRIBUTE = 'data-far';

export interface FarBadgeSteps {
  /** The badge of a student that has one, in the page or not. */
  badgeOf(key: string): Pick<BadgeHandle, 'host' | 'reveal'> | null;
  /** The student's name cell's edges in viewport coordinates. */
  edges(key: string): { top: number; bottom: number };
}

export class FarBadges {
  private order: string[] = [];
  private indexOf = new Map<string, number>();
  private readonly far = new Set<string>();
  /**
   * The rows (indexes in page order) whose badges the last look at the viewport showed; null when
   * there has been no look since the list was located.
   */
  private near: { from: number; to: number } | null = null;
  private listening = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly onScroll = () => this.scheduleCheck();

  constructor(
    private readonly doc: Document,
    private readonly guard: Guard,
    private readonly steps: FarBadgeSteps,
  ) {}

  /**
   * A newly located list, its students in page order. A list longer than LONG_LIST keeps the
   * badges placed from now on hidden until their row is near; a shorter one shows every badge
   * (and any badge still hidden from an earlier, longer list).
   */
  begin(pageOrder: string[]): void {
    if (pageOrder.length <= LONG_LIST) {
      this.showAll();
      this.order = [];
      this.indexOf = new Map();
      this.listen(false);
      return;
    }
    this.order = pageOrder;
    this.indexOf = new Map(pageOrder.map((key, index) => [key, index]));
    this.near = null;
    for (const key of this.far) if (!this.indexOf.has(key)) this.far.delete(key);
    this.listen(true);
  }

  /** Whether badges are placed hidden until their row is near (the list is longer than LONG_LIST). */
  get active(): boolean {
    return this.order.length > 0;
  }

  /** Whether a student's badge waits undisplayed for its row to come near. */
  holds(key: string): boolean {
    return this.far.has(key);
  }

  /**
   * Marks these badges hidden before they go into the page, but for those of the rows the last
   * look at the viewport showed (they go in shown); before the first look, `showNear` then shows
   * the near ones.
   */
  hide(keys: string[]): void {
    if (!this.active) return;
    const near = this.near ?? { from: 0, to: 0 };
    for (const key of keys) {
      const host = this.steps.badgeOf(key)?.host;
      const index = this.indexOf.get(key);
      if (!host || index === undefined || host.isConnected || (index >= near.from && index < near.to)) continue;
      host.setAttribute(FAR_ATTRIBUTE, '');
      // Its inside (and with it the shadow root's `:host([data-far])` rule) is made when it shows.
      host.style.setProperty('display', 'none', 'important');
      this.far.add(key);
    }
  }

  /**
   * Shows the hidden badges of the rows near the viewport, and of `block` rows on each side. The
   * first render reads the near rows first and shows just them (block 0): one layout, and none
   * for the chunks after them; scrolling shows SHOW_BLOCK rows on each side at once, so that
   * scrolling on costs a layout only every few hundred rows.
   *
   * Without a `block`, it looks only once per located list: the chunks of badges placed after that
   * look go in shown or hidden by that look's rows (`hide`), and only scrolling or resizing looks
   * again. A look measures rows, which makes the browser finish the style and layout of everything
   * put in since its last frame, in the same task: after each chunk of 200 hidden badges that held
   * the page 10–140 ms in Firefox on the loaded bench machine, and a click waits for such a task.
   */
  showNear(block = 0): void {
    if (!this.active || this.far.size === 0 || (block === 0 && this.near)) return;
    const height = this.doc.defaultView?.innerHeight ?? 0;
    if (height <= 0) return;
    const margin = height * NEAR_VIEWPORTS;
    const { start, end } = rowsBetween(this.order, (key) => this.steps.edges(key), -margin, height + margin);
    const from = start === end ? 0 : Math.max(0, start - block);
    const to = start === end ? 0 : Math.min(this.order.length, end + block);
    this.near = { from, to };
    let shown: string | null = null;
    for (let index = from; index < to; index += 1) if (this.show(this.order[index]!)) shown = this.order[index]!;
    // The table's layout, at once and whole: left to the next frame, Firefox may lay a long table
    // out in pieces over several frames (its reflow yields to waiting events), each piece
    // holding a click for up to a frame's layout of the table.
    if (shown !== null) this.steps.edges(shown);
  }

  /** The overlay stops: every listener goes; the badges leave the page with their slots. */
  stop(): void {
    this.listen(false);
    this.far.clear();
    this.near = null;
    this.order = [];
    this.indexOf = new Map();
  }

  private show(key: string): boolean {
    if (!this.far.delete(key)) return false;
    const badge = this.steps.badgeOf(key);
    badge?.reveal(); // its inside is made while it is still undisplayed
    badge?.host.removeAttribute(FAR_ATTRIBUTE);
    badge?.host.style.removeProperty('display');
    if (badge?.host.getAttribute('style') === '') badge.host.removeAttribute('style');
    return true;
  }

  private showAll(): void {
    for (const key of [...this.far]) this.show(key);
  }

  private scheduleCheck(): void {
    if (this.timer !== null || this.far.size === 0) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.guard.run('farBadges', () => this.showNear(SHOW_BLOCK));
    }, SCROLL_CHECK_MS);
  }

  private listen(on: boolean): void {
    if (on === this.listening) return;
    this.listening = on;
    const view = this.doc.defaultView;
    // Scroll events do not bubble, but a capturing listener on the document sees those of every
    // scrolling element inside it, e.g. a portal's own scrolling table container.
    const options = { capture: true, passive: true } as const;
    if (on) {
      this.doc.addEventListener('scroll', this.onScroll, options);
      view?.addEventListener('resize', this.onScroll, options);
    } else {
      this.doc.removeEventListener('scroll', this.onScroll, options);
      view?.removeEventListener('resize', this.onScroll, options);
      if (this.timer !== null) clearTimeout(this.timer);
      this.timer = null;
    }
  }
}
