import type { Steps } from '../../../lib/portals/steps';

/**
 * Long work in short slices, with the main thread handed back to the page between them, so that
 * no task of the overlay's ever keeps a click or a frame waiting (a long task is 50 ms or more).
 *
 * Plain logic: the clock and the way to yield are passed in, so the slicing is tested without a
 * browser (tests/unit/overlay/slices.test.ts).
 */

/** Main-thread time per slice: well under the 50 ms of a long task, and inside one frame. */
export const SLICE_MS = 8;

/** Resolves once the page has had its turn: input, rendering and the page's own tasks. */
export type YieldToPage = () => Promise<void>;

/**
 * How the overlay hands the thread back: a task of `background` priority (scheduler.postTask),
 * which the browser runs after the input, rendering and page tasks that are waiting, not merely
 * after those already queued. In Firefox a click's press and release are handled in separate
 * turns, and a task queued at normal priority between them ran before the release: on the loaded
 * bench machine, clicks on a 20 000-row page waited 100-370 ms while its badges went in that way,
 * mostly under 100 ms this way. Where there is no postTask (Firefox before 142), a MessageChannel
 * message: a task at the back of the page's queue, without the 4 ms minimum that nested timers get.
 *
 * Not `scheduler.yield()`: its continuation is scheduled ahead of the tasks the page has already
 * queued (that is its purpose), so over a run of hundreds of slices the page's own timers,
 * messages and network callbacks would wait for the whole run.
 */
export function yielderFor(scope: typeof globalThis): YieldToPage {
  const scheduler = (scope as { scheduler?: { postTask?(task: () => void, options: { priority: 'background' }): Promise<void> } }).scheduler;
  if (typeof scheduler?.postTask === 'function') return () => scheduler.postTask!(() => undefined, { priority: 'background' });
  const channel = new scope.MessageChannel();
  const waiting: Array<() => void> = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  return () =>
    new Promise<void>((resume) => {
      waiting.push(resume);
      channel.port2.postMessage(null);
    });
}

/**
 * How long a pause for the browser's idle time (idleYielderFor) waits at most: on a page that is
 * never idle, the work goes on after this.
 */
export const IDLE_WAIT_MS = 100;

/**
 * A longer pause than yielderFor's: until the browser has an idle moment (requestIdleCallback), at
 * most IDLE_WAIT_MS. The browser's own collectors run in such moments. In Firefox, reading a
 * 20 000-row table and putting its badges in leaves a cycle collector's worth of DOM objects to
 * look at; when the overlay's pauses give it no idle moment, it looks at them all at once after the
 * run, one pause of 73–124 ms (about 180 000–205 000 suspected objects) on the loaded bench
 * machine, and a click waits for it. With an idle moment after each batch of badges, the
 * collector works during the run, and the collection after it looked at 1 000–116 000 objects
 * and held the page 10–69 ms. Where there is no requestIdleCallback, yielderFor's pause.
 */
export function idleYielderFor(scope: typeof globalThis): YieldToPage {
  if (typeof scope.requestIdleCallback !== 'function') return yielderFor(scope);
  return () => new Promise<void>((resume) => void scope.requestIdleCallback(() => resume(), { timeout: IDLE_WAIT_MS }));
}

export interface SliceOptions {
  now(): number;
  yieldToPage: YieldToPage;
  /** Checked after every pause: true stops the work (a newer run replaced it, the overlay stopped). */
  cancelled(): boolean;
  sliceMs?: number;
}

/** One step per item: `action` for each of `items`, pausing after each. */
export function* eachInSteps<Item>(items: readonly Item[], action: (item: Item) => void): Steps<void> {
  for (const [index, item] of items.entries()) {
    action(item);
    if (index < items.length - 1) yield;
  }
}

export type SlicedOutcome<Result> = { finished: true; result: Result } | { finished: false };

/**
 * Runs `steps` (a generator that pauses at points where it may be interrupted) in slices of about
 * `sliceMs`: after each step, once the slice's time is used up, it yields to the page. The first
 * slice runs at once, in the caller's task, so that short work (a class of 30) is done before
 * anything else runs. A step itself is not interrupted: the steps must be short (a few hundred rows).
 */
export async function runInSlices<Result>(steps: Steps<Result>, options: SliceOptions): Promise<SlicedOutcome<Result>> {
  const sliceMs = options.sliceMs ?? SLICE_MS;
  for (;;) {
    const started = options.now();
    for (;;) {
      const next = steps.next();
      if (next.done) return { finished: true, result: next.value };
      if (options.now() - started >= sliceMs) break;
    }
    await options.yieldToPage();
    if (options.cancelled()) return { finished: false };
  }
}
