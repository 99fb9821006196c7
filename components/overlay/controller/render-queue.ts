import type { Guard } from './environment';

/** Main-thread time per rendering slice, well under the 50 ms of a long task. */
const RENDER_SLICE_MS = 8;

export interface RenderQueueSteps {
  /** Whether rendering may go on (the overlay runs and the page has a layout). */
  active(): boolean;
  /** Reads and renders one student; true when the student got a new badge. */
  render(key: string): boolean;
  /** Every queued student is done; `newKeys` got their badge in this run. */
  finished(newKeys: string[]): void;
}

/**
 * Reads and renders the queued students in slices of about RENDER_SLICE_MS, yielding to the page
 * between slices: a long class list never becomes one long task on the teacher's main thread.
 * A new run replaces the one in progress.
 */
export class RenderQueue {
  private queue: string[] = [];
  private generation = 0;

  constructor(
    private readonly steps: RenderQueueSteps,
    private readonly guard: Guard,
  ) {}

  replace(keys: string[]): void {
    this.queue = [...keys];
    this.generation++;
    this.process(this.generation, []);
  }

  private process(generation: number, newKeys: string[]): void {
    if (generation !== this.generation || !this.steps.active()) return;
    const started = performance.now();
    while (this.queue.length > 0 && performance.now() - started < RENDER_SLICE_MS) {
      const key = this.queue.shift()!;
      if (this.steps.render(key)) newKeys.push(key);
    }
    if (this.queue.length > 0) {
      setTimeout(() => this.guard.run('render', () => this.process(generation, newKeys)), 0);
      return;
    }
    this.steps.finished(newKeys);
  }
}
