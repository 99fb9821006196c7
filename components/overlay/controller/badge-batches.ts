/**
 * When the first render of a list puts its badges into the page.
 *
 * Why batches: every insertion into a table makes the browser lay the whole table out again
 * before the next frame, in time proportional to the table, not to the insertion: in Chromium and
 * Firefox a 20 000-row table took from a few hundred milliseconds to seconds per layout on the
 * bench machine, for a single inserted element as for thousands. Inserting each rendering slice's
 * few badges made one such layout per slice. So the first render reads, evaluates and fills the
 * badges in slices but keeps them out of the page, and puts them in as batches: the badges of the
 * rows inside the viewport (they are read first, see visibleFirst) as soon as those rows are read,
 * so that they show in the first frame; then the others in chunks of BADGE_CHUNK, as they are read,
 * and the remainder when the run ends. A chunk is one layout of the table plus the layout of its
 * own badges: putting 20 000 badges in at once held the page for the time of 20 000 badges (over
 * ten seconds on the bench machine); in chunks the page gets its turn between them. A list shorter
 * than a chunk costs the browser at most two layouts of the table; a short list is read in its
 * first slice and its badges go in at once.
 *
 * Plain logic (no DOM): the controller owns the badges and asks what is due.
 */
export const BADGE_CHUNK = 1_000;

export class BadgeBatches<K> {
  private pending: K[] = [];
  private active = false;
  /** How many of the run's first students are inside the viewport (0: none, or not known). */
  private visible = 0;
  private visiblePlaced = false;
  private chunk = BADGE_CHUNK;

  /**
   * A first render starts (or starts over) with `visible` students on screen at the head of its
   * queue: from now on, badges wait for their batch; none is dropped.
   */
  begin(visible: number, chunk = BADGE_CHUNK): void {
    this.active = true;
    this.chunk = chunk;
    this.visible = visible;
    this.visiblePlaced = false;
  }

  /** Whether a badge must wait for its batch (false: put it in at once, e.g. after an edit). */
  get batching(): boolean {
    return this.active;
  }

  defer(key: K): void {
    this.pending.push(key);
  }

  /**
   * After a slice, with `read` students of the run read so far: the visible students' badges once
   * every one of them is read; after them, the waiting badges whenever a chunk of them is ready.
   */
  due(read: number): K[] {
    if (!this.visiblePlaced && this.visible > 0) {
      if (read < this.visible) return [];
      this.visiblePlaced = true;
      return this.take();
    }
    return this.pending.length >= this.chunk ? this.take() : [];
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
 * others after them in page order; `visible` says how many lead the order (with `margin`, the
 * rows within that many pixels above and below the viewport count as inside it). `top(i)`/`bottom(i)` are item i's edges in viewport
 * coordinates; items are in page order, so their tops grow (a layout where they do not only makes
 * the guess worse, never wrong: every item is kept).
 *
 * A binary search finds the first item below the viewport's top, so a 20 000-row list costs about
 * fifteen measurements plus one per visible row, not one per row.
 */
export function visibleFirst<T>(
  items: readonly T[],
  edges: (item: T) => { top: number; bottom: number },
  viewportHeight: number,
  margin = 0,
): { order: T[]; visible: number } {
  if (viewportHeight <= 0) return { order: [...items], visible: 0 };
  const { start, end } = rowsBetween(items, edges, -margin, viewportHeight + margin);
  const visible = end - start;
  if (start === 0) return { order: [...items], visible };
  return { order: [...items.slice(start, end), ...items.slice(0, start), ...items.slice(end)], visible };
}

/**
 * The items (in page order, so their tops grow) that reach into the band from `top` to `bottom`
 * (viewport coordinates), as the index range [start, end): a binary search for the first item
 * whose bottom is below `top`, then one measurement per item up to the first that starts at or
 * below `bottom`. An empty range (start = end) when none does.
 */
export function rowsBetween<T>(
  items: readonly T[],
  edges: (item: T) => { top: number; bottom: number },
  top: number,
  bottom: number,
): { start: number; end: number } {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (edges(items[middle]!).bottom <= top) low = middle + 1;
    else high = middle;
  }
  let end = low;
  while (end < items.length) {
    if (edges(items[end]!).top >= bottom) break;
    end += 1;
  }
  return { start: low, end };
}
