/**
 * Work in steps: a generator that pauses (`yield`) wherever it may hand the thread back, and
 * returns its result at the end. A reader that walks a 20 000-row table this way lets the overlay
 * run it in short slices between the page's own tasks (components/overlay/controller/slices.ts);
 * code that wants the result at once runs it to the end with `runToEnd`.
 */
export type Steps<Result> = Generator<void, Result, void>;

/** Rows a reader walks between two pauses: a few milliseconds of work, checked cheaply. */
export const ROWS_PER_STEP = 256;

/** Runs the steps without pausing and returns their result. */
export function runToEnd<Result>(steps: Steps<Result>): Result {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
