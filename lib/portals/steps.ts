/**
 * Work in steps: a generator that pauses (`yield`) wherever it may hand the thread back, and
 * returns its result at the end. A reader that walks a 20 000-row table this way lets the overlay
 * run it in short slices between the page's own tasks (components/overlay/controller/slices.ts);
 * code that wants the result at once runs it to the end with `runToEnd`.
 */
export type Steps<Result> = Generator<void, Result, void>;

/**
 * Rows a reader walks between two pauses: a few milliseconds of work, checked cheaply. The generic
 * reader's walk over the rows reads who each row is about: 256 such rows were a step of 30-40 ms
 * of a 1 000-student overview on the loaded bench machine, and a slice cannot end inside a step.
 */
export const ROWS_PER_STEP = 64;

/** Runs the steps without pausing and returns their result. */
export function runToEnd<Result>(steps: Steps<Result>): Result {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
