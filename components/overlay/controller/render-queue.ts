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
 * While a run is in progress, new badges wait for their batch (`holdBadge`): the visible rows'
 * badges go in as soon as those rows are read, the others in chunks as they are read (BadgeBatches).
 * A new run replaces the one in progress.
 */
export class RenderQueue {
  private queue: string[] = [];
  private next = 0;
  private generation = 0;
  private readonly batches = new BadgeBatches<string>();

  constructor(
    private readonly steps: RenderQueueSteps,
    private readonly guard: Guard,
    private readonly yieldToPage: YieldToPage,
  ) {}

  /** Renders `keys` in this order; the first `visible` of them are inside the viewport. */
  replace(keys: string[], visible: number, chunk?: number): void {
    this.queue = keys;
    this.next = 0;
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
    while (this.next < this.queue.length && performance.now() - started < SLICE_MS) {
      const key = this.queue[this.next++]!;
      if (this.steps.render(key)) newKeys.push(key);
    }
    if (this.next < this.queue.length) {
      const batch = this.batches.due(this.next);
      if (batch.length > 0) this.steps.place(batch);
      void this.yieldToPage().then(() => this.guard.run('render', () => this.process(generation, newKeys)));
      return;
    }
    this.steps.place(this.batches.end());
    this.steps.finished(newKeys);
  }
}
