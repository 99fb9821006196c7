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
 * Reads and renders the queued students in slices of about SLICE_MS, yielding to the page
 * between slices: a long class list never becomes one long task on the teacher's main thread.
 * While a run is in progress, new badges wait for their batch (`holdBadge`). A new run replaces the
 * one in progress.
 */
export class RenderQueue {
  private queue: string[] = [];
  private next = 0;
  private generation = 0;
  private readonly batches = new BadgeBatches<string>(() => performance.now());

  constructor(
    private readonly steps: RenderQueueSteps,
    private readonly guard: Guard,
    private readonly yieldToPage: YieldToPage,
  ) {}

  replace(keys: string[]): void {
    this.queue = keys;
    this.next = 0;
    this.generation++;
    this.batches.begin();
    this.process(this.generation, [], null);
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

  /** `batchPlacedAt`: when the last slice put a batch in, to measure the browser's pause after it. */
  private process(generation: number, newKeys: string[], batchPlacedAt: number | null): void {
    if (generation !== this.generation) return;
    if (!this.steps.active()) {
      this.batches.end();
      return;
    }
    const started = performance.now();
    if (batchPlacedAt !== null) this.batches.pausedAfterBatch(started - batchPlacedAt);
    while (this.next < this.queue.length && performance.now() - started < SLICE_MS) {
      const key = this.queue[this.next++]!;
      if (this.steps.render(key)) newKeys.push(key);
    }
    if (this.next < this.queue.length) {
      const batch = this.batches.due();
      if (batch.length > 0) this.steps.place(batch);
      const placedAt = batch.length > 0 ? performance.now() : null;
      void this.yieldToPage().then(() => this.guard.run('render', () => this.process(generation, newKeys, placedAt)));
      return;
    }
    this.steps.place(this.batches.end());
    this.steps.finished(newKeys);
  }
}
