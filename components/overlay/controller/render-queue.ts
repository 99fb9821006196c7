import type { Guard } from './environment';
import { BadgeBatches } from './badge-batches';
import { SLICE_MS, type YieldToPage } from './slices';

export interface RenderQueueSteps {
  /** Whether rendering may go on (the overlay runs and the page has a layout). */
  active(): boolean;
  /** Reads and renders one student; true when the student got a new badge. */
  render(key: string): boolean;
  /** Puts these students' badges into the page (a batch is due; see BadgeBatches). */
  place(keys: string[]): void;
  /** Every queued student is done; `newKeys` got their badge in this run. */
  finished(newKeys: string[]): void;
}

/**
 * How long the task that puts the visible rows' badges in may go on to read the rows left, so that
 * theirs go in with them: well under a long task (50 ms), with room for the estimate to be short.
 */
export const REST_IN_TASK_MS = 30;

/**
 * From how many students a run waits for an idle moment after each batch of badges
 * (idleYielderFor), so that Firefox's cycle collector works during the run rather than in one long
 * pause after it: that backlog grows with the run, and the pause that held a click came after a
 * 20 000-row list's. A shorter list (a school overview of 1 000) takes the short pause after its
 * batches, as after any slice: in Chromium the idle wait there made the overview's longest task
 * longer (61 ms, against 45 ms without it).
 */
export const IDLE_PAUSES_FROM = 2_000;

/**
 * Reads and renders the queued students in slices of about SLICE_MS, yielding to the page
 * between slices: a long class list never becomes one long task on the teacher's main thread.
 * While a run is in progress, new badges wait for their batch (`holdBadge`): the visible rows'
 * badges go in as soon as those rows are read, the others in chunks as they are read (BadgeBatches).
 * A new run replaces the one in progress.
 */
export class RenderQueue {
  private queue: string[] = [];
  private next = 0;
  /** Time spent rendering this run's students, over its tasks before the current one. */
  private elapsedMs = 0;
  private generation = 0;
  private readonly batches = new BadgeBatches<string>();

  constructor(
    private readonly steps: RenderQueueSteps,
    private readonly guard: Guard,
    private readonly yieldToPage: YieldToPage,
    /** The pause after a batch of a long list's badges went in: until the browser is idle (idleYielderFor). */
    private readonly waitForIdle: YieldToPage = yieldToPage,
  ) {}

  /** Renders `keys` in this order; the first `visible` of them are inside the viewport. */
  replace(keys: string[], visible: number, chunk?: number): void {
    this.queue = keys;
    this.next = 0;
    this.elapsedMs = 0;
    this.generation++;
    this.batches.begin(visible, chunk);
    this.process(this.generation, []);
  }

  /** The page shows no students any more: nothing waits, nothing goes in. */
  abandon(): void {
    this.generation++;
    this.batches.end();
  }

  /** Whether a badge that is not in the page yet must wait for its batch (true: it is kept). */
  holdBadge(key: string): boolean {
    if (!this.batches.batching) return false;
    this.batches.defer(key);
    return true;
  }

  private process(generation: number, newKeys: string[]): void {
    if (generation !== this.generation) return;
    if (!this.steps.active()) {
      this.batches.end();
      return;
    }
    const started = performance.now();
    const before = this.elapsedMs;
    let until = SLICE_MS;
    let batch: string[] = [];
    for (;;) {
      while (this.next < this.queue.length && performance.now() - started < until) {
        const key = this.queue[this.next++]!;
        if (this.steps.render(key)) newKeys.push(key);
      }
      if (this.next >= this.queue.length || until > SLICE_MS) break;
      batch = this.batches.due(this.next);
      // The visible rows' badges are due. When the rows left, at this run's pace so far, would take
      // little more, they are read in this task too, so that every badge goes in together: one
      // layout of the table instead of two. In a long register that layout costs more than the
      // whole class's reading.
      const spent = performance.now() - started;
      const pace = (this.elapsedMs + spent) / this.next;
      if (batch.length === 0 || spent + pace * (this.queue.length - this.next) > REST_IN_TASK_MS) break;
      until = REST_IN_TASK_MS;
    }
    this.elapsedMs += performance.now() - started;
    // A later task that read the last students for its whole slice leaves the badges still waiting
    // (a long list's hundreds) and the run's end to a task of their own: with the watcher's records
    // of them, they made the longest task of a 1 000-student overview.
    if (this.next < this.queue.length || (before > 0 && until === SLICE_MS && this.elapsedMs - before >= SLICE_MS)) {
      if (batch.length > 0) this.steps.place(batch);
      // After a batch of a long list, an idle moment: the browser collects what reading and placing
      // it left behind in short pieces during the run, not in one long pause after it (IDLE_PAUSES_FROM).
      const pause = batch.length > 0 && this.queue.length >= IDLE_PAUSES_FROM ? this.waitForIdle() : this.yieldToPage();
      void pause.then(() => this.guard.run('render', () => this.process(generation, newKeys)));
      return;
    }
    this.steps.place([...batch, ...this.batches.end()]);
    this.steps.finished(newKeys);
  }
}
