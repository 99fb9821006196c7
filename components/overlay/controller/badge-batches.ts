/**
 * When the first render of a long list puts its badges into the page.
 *
 * Why batches: every insertion into a table makes the browser lay the whole table out again
 * before the next frame, and that costs time in proportion to the table, not to the insertion (a
 * 20 000-row table took about a second per frame on the bench machine). Inserting each rendering
 * slice's few badges made one such layout per slice: quadratic in the rows. So the first render
 * reads, evaluates and fills the badges in slices but keeps them out of the page, and puts them in
 * in batches: the first slice's at once (the visible rows come first, so those badges show in the
 * first frame), then the rest at intervals that double, and that are at least a few times as long
 * as the browser took over the last batch's layout, so that the layouts never take more than a
 * small share of the time: a list of any length costs a handful of them. A short list is done in
 * its first slice or two and sees no difference.
 *
 * Plain logic (no DOM): the controller owns the badges and asks what is due.
 */
export const FIRST_BATCH_INTERVAL_MS = 100;
export const LONGEST_BATCH_INTERVAL_MS = 6400;
/** The interval after a batch is at least this many times the pause the browser took after it. */
const INTERVAL_PER_PAUSE = 4;

export class BadgeBatches<K> {
  private pending: K[] = [];
  private lastFlush = 0;
  private interval = FIRST_BATCH_INTERVAL_MS;
  private active = false;

  constructor(private readonly now: () => number) {}

  /** A first render starts (or starts over): from now on, badges wait for their batch; none is dropped. */
  begin(): void {
    this.active = true;
    this.interval = FIRST_BATCH_INTERVAL_MS;
    this.lastFlush = -Infinity; // the first slice's badges go in at once
  }

  /** Whether a badge must wait for its batch (false: put it in at once, e.g. after an edit). */
  get batching(): boolean {
    return this.active;
  }

  defer(key: K): void {
    this.pending.push(key);
  }

  /** The badges to put in now, if their batch is due (after a slice); the interval then doubles. */
  due(): K[] {
    if (this.now() - this.lastFlush < this.interval) return [];
    if (this.lastFlush !== -Infinity) this.interval = Math.min(this.interval * 2, LONGEST_BATCH_INTERVAL_MS);
    this.lastFlush = this.now();
    return this.take();
  }

  /**
   * How long the page's thread was away after the last batch went in (its layout, mostly): the
   * next batch waits at least a few times as long.
   */
  pausedAfterBatch(ms: number): void {
    this.interval = Math.max(this.interval, ms * INTERVAL_PER_PAUSE);
  }

  /** The first render is done (or abandoned): every waiting badge, and no more waiting. */
  end(): K[] {
    this.active = false;
    return this.take();
  }

  private take(): K[] {
    const keys = this.pending;
    this.pending = [];
    return keys;
  }
}

/**
 * The order in which to read the students: those whose name is inside the viewport first, the
 * others after them in page order. `top(i)`/`bottom(i)` are item i's edges in viewport
 * coordinates; items are in page order, so their tops grow (a layout where they do not only makes
 * the guess worse, never wrong: every item is kept).
 *
 * A binary search finds the first item below the viewport's top, so a 20 000-row list costs about
 * fifteen measurements plus one per visible row, not one per row.
 */
export function visibleFirst<T>(items: readonly T[], edges: (item: T) => { top: number; bottom: number }, viewportHeight: number): T[] {
  if (items.length === 0 || viewportHeight <= 0) return [...items];
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (edges(items[middle]!).bottom <= 0) low = middle + 1;
    else high = middle;
  }
  let end = low;
  while (end < items.length) {
    if (edges(items[end]!).top >= viewportHeight) break;
    end += 1;
  }
  if (low === 0 && end === items.length) return [...items];
  return [...items.slice(low, end), ...items.slice(0, low), ...items.slice(end)];
}
