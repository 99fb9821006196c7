import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDLE_PAUSES_FROM, RenderQueue, REST_IN_TASK_MS } from '../../../components/overlay/controller/render-queue';
import { SLICE_MS } from '../../../components/overlay/controller/slices';

/**
 * When the first render's badges go into the page. Each batch put into a table makes the browser
 * lay the whole table out again, so the number of batches is the number of those layouts. The
 * clock is the test's: reading a student takes `msPerStudent` of it.
 */
async function firstRender(students: number, visible: number, msPerStudent: number) {
  let now = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  const placed: string[][] = [];
  const pageTurns: Array<() => void> = [];
  let finished = false;
  // How long each task of the queue's ran, on the test's clock.
  const taskMs: number[] = [];
  let taskStart = 0;
  const queue: RenderQueue = new RenderQueue(
    {
      active: () => true,
      render: (key) => {
        now += msPerStudent;
        // A new badge waits for its batch, as the overlay's renderSlot has it.
        queue.holdBadge(key);
        return true;
      },
      place: (keys) => placed.push(keys),
      finished: () => {
        finished = true;
        taskMs.push(now - taskStart);
      },
    },
    { run: (_where, action) => action(), runAsync: (_where, action) => action() },
    // The page's turn between slices: the next slice runs when the test lets it.
    () =>
      new Promise<void>((resume) => {
        taskMs.push(now - taskStart);
        pageTurns.push(() => {
          taskStart = now;
          resume();
        });
      }),
  );
  queue.replace(
    Array.from({ length: students }, (_, i) => `s${i}`),
    visible,
  );
  while (!finished) {
    const next = pageTurns.shift();
    if (!next) throw new Error('the queue stopped without finishing');
    next();
    // The slice runs in the promise's continuation.
    for (let i = 0; i < 5; i++) await Promise.resolve();
  }
  return { placed, taskMs };
}

afterEach(() => vi.restoreAllMocks());

describe('the first render of a list', () => {
  it('puts a class whose rows left after the visible ones can be read in the same task in one batch, not two', async () => {
    // 12 students at 1 ms each, 5 on screen: the first slice (8 ms) reads 8, the 4 left take 4 ms more.
    const { placed, taskMs } = await firstRender(12, 5, 1);
    expect(SLICE_MS + 4).toBeLessThanOrEqual(REST_IN_TASK_MS);
    expect(placed.map((batch) => batch.length)).toEqual([12]);
    expect(taskMs).toEqual([12]);
  });

  it('puts the visible rows in first when the rest would make a long task, and the rest after', async () => {
    // 100 students at 1 ms each, 5 on screen: the 92 left after the first slice would take 92 ms.
    const { placed, taskMs } = await firstRender(100, 5, 1);
    expect(placed[0]).toHaveLength(SLICE_MS);
    expect(placed.flat()).toHaveLength(100);
    expect(new Set(placed.flat()).size).toBe(100);
    // Every task of it a slice: none went on to read the rest.
    expect(taskMs.length).toBeGreaterThan(1);
    for (const ms of taskMs) expect(ms).toBeLessThanOrEqual(SLICE_MS);
  });
});

describe('the pauses of a first render', () => {
  /** The run's batches and pauses, in order: "place n" for a batch, "idle" and "turn" for the two kinds of pause. */
  async function pauses(students: number, visible: number, chunk: number): Promise<string[]> {
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const log: string[] = [];
    const resumes: Array<() => void> = [];
    const pause = (kind: string) => () =>
      new Promise<void>((resume) => {
        log.push(kind);
        resumes.push(resume);
      });
    let finished = false;
    const queue: RenderQueue = new RenderQueue(
      {
        active: () => true,
        render: (key) => {
          now += 1;
          queue.holdBadge(key);
          return true;
        },
        place: (keys) => log.push(`place ${keys.length}`),
        finished: () => (finished = true),
      },
      { run: (_where, action) => action(), runAsync: (_where, action) => action() },
      pause('turn'),
      pause('idle'),
    );
    queue.replace(
      Array.from({ length: students }, (_, i) => `s${i}`),
      visible,
      chunk,
    );
    while (!finished) {
      const next = resumes.shift();
      if (!next) throw new Error('the queue stopped without finishing');
      next();
      for (let i = 0; i < 5; i++) await Promise.resolve();
    }
    return log;
  }

  it('in a long list, waits for an idle moment after each batch of badges it put in, and takes the short pause otherwise', async () => {
    // 2 000 students at 1 ms each (8 per slice), 4 on screen, badges in chunks of 200: the visible
    // 4 (with the 4 read after them) after the first slice; then a chunk each time 200 wait, after
    // the slices that end at 208, 408 … 1 808 students read; the 192 left go in when the run ends.
    expect(IDLE_PAUSES_FROM).toBe(2_000);
    const log = await pauses(2_000, 4, 200);
    const expected = ['place 8', 'idle'];
    for (let read = 16; read < 2_000; read += 8) {
      expected.push(read % 200 === 8 && read > 8 ? 'place 200' : 'turn');
      if (read % 200 === 8 && read > 8) expected.push('idle');
    }
    // The last slice read for its whole time: the 192 go in after a pause, in a task of their own.
    expected.push('turn', 'place 192');
    expect(log).toEqual(expected);
  });

  it('puts the last badges of a list read over several tasks in after a pause, in a task that reads nobody', async () => {
    // 104 students at 1 ms each, 4 on screen, chunks of 1 000: the visible 4 (and the 4 read after
    // them) after the first slice, then a pause after each of the 12 slices of 8 that read the rest:
    // the last of them read for its whole slice, so the 96 left go in after that pause.
    expect(await pauses(104, 4, 1_000)).toEqual(['place 8', ...Array<string>(13).fill('turn'), 'place 96']);
  });

  it('in a shorter list, takes the short pause after its batches too', async () => {
    // 60 students at 1 ms each (8 per slice), 4 on screen, badges in chunks of 20. Slices end after
    // 8, 16, 24, 32, 40, 48 students. The visible 4 are due after the first (with the 4 read after
    // them); a chunk once 20 wait: after 32 (24 waiting); after 56 the 4 left take 4 ms more, so
    // they are read in that task and go in with its 24: no pause after the last batch.
    expect(await pauses(60, 4, 20)).toEqual(['place 8', 'turn', 'turn', 'turn', 'place 24', 'turn', 'turn', 'turn', 'place 28']);
  });
});
