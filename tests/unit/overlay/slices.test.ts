import { describe, expect, it } from 'vitest';
import { eachInSteps, IDLE_WAIT_MS, idleYielderFor, runInSlices, yielderFor } from '../../../components/overlay/controller/slices';
import type { Steps } from '../../../lib/portals/steps';
import { runToEnd } from '../../../lib/portals/steps';

/**
 * A fake clock and a record of what happened: each step of the work below costs `stepMs` on the
 * clock and logs its number; each yield to the page logs "|".
 */
function harness(stepMs: number) {
  let now = 0;
  const log: string[] = [];
  function* work(steps: number): Steps<string> {
    for (let i = 1; i <= steps; i += 1) {
      now += stepMs;
      log.push(String(i));
      if (i < steps) yield;
    }
    return 'done';
  }
  const options = (cancelled: () => boolean = () => false) => ({
    now: () => now,
    yieldToPage: async () => {
      log.push('|');
    },
    cancelled,
    sliceMs: 8,
  });
  return { work, log, options };
}

describe('runInSlices', () => {
  it('yields to the page once a slice has used its 8 ms, and returns the result', async () => {
    // Steps of 3 ms: after steps 1, 2 the slice has used 3, 6 ms; after step 3, 9 ms ≥ 8: yield.
    const { work, log, options } = harness(3);
    const outcome = await runInSlices(work(7), options());
    expect(outcome).toEqual({ finished: true, result: 'done' });
    expect(log.join(' ')).toBe('1 2 3 | 4 5 6 | 7');
  });

  it('counts a slice as used up when exactly 8 ms have gone', async () => {
    // Steps of 4 ms: after step 2 the slice has used 8 ms, all of it.
    const { work, log, options } = harness(4);
    await runInSlices(work(5), options());
    expect(log.join(' ')).toBe('1 2 | 3 4 | 5');
  });

  it('runs the first slice in the caller’s task, before anything else', () => {
    const { work, log, options } = harness(1);
    void runInSlices(work(5), options());
    // Five 1 ms steps fit in one slice: all ran before runInSlices returned its promise.
    expect(log.join(' ')).toBe('1 2 3 4 5');
  });

  it('yields after every step that alone takes a slice', async () => {
    const { work, log, options } = harness(10);
    await runInSlices(work(3), options());
    expect(log.join(' ')).toBe('1 | 2 | 3');
  });

  it('stops at the next pause when cancelled, without running further steps', async () => {
    const { work, log, options } = harness(3);
    let cancel = false;
    const running = runInSlices(
      work(9),
      options(() => cancel),
    );
    cancel = true; // a newer run replaced this one while the page had its turn
    expect(await running).toEqual({ finished: false });
    expect(log.join(' ')).toBe('1 2 3 |');
  });
});

describe('runToEnd', () => {
  it('runs every step at once and returns the result', () => {
    const { work, log } = harness(3);
    expect(runToEnd(work(4))).toBe('done');
    expect(log.join(' ')).toBe('1 2 3 4');
  });
});

describe('yielderFor', () => {
  it('hands the thread back with a MessageChannel message where there is no scheduler.postTask', async () => {
    let posted = 0;
    class FakeChannel {
      port1: { onmessage: (() => void) | null } = { onmessage: null };
      port2 = {
        postMessage: () => {
          posted += 1;
          queueMicrotask(() => this.port1.onmessage?.());
        },
      };
    }
    const withChannel = { MessageChannel: FakeChannel } as unknown as typeof globalThis;
    await yielderFor(withChannel)();
    await yielderFor(withChannel)();
    expect(posted).toBe(2);
  });

  it('hands it back with a background-priority task where the browser has scheduler.postTask, before any other way', async () => {
    const priorities: string[] = [];
    let posted = 0;
    const scope = {
      scheduler: {
        postTask: (task: () => void, options: { priority: string }) => {
          priorities.push(options.priority);
          return Promise.resolve().then(task);
        },
      },
      MessageChannel: class {
        port1 = { onmessage: null };
        port2 = { postMessage: () => (posted += 1) };
      },
    } as unknown as typeof globalThis;
    const yieldToPage = yielderFor(scope);
    await yieldToPage();
    await yieldToPage();
    expect(priorities).toEqual(['background', 'background']);
    expect(posted).toBe(0);
  });
});

describe('idleYielderFor', () => {
  it('waits for an idle moment of the browser, at most 100 ms, where it has requestIdleCallback', async () => {
    const asked: Array<{ timeout?: number }> = [];
    let posted = 0;
    const scope = {
      requestIdleCallback: (callback: () => void, options: { timeout?: number }) => {
        asked.push(options);
        queueMicrotask(callback);
        return asked.length;
      },
      scheduler: { postTask: () => Promise.resolve((posted += 1)) },
    } as unknown as typeof globalThis;
    const waitForIdle = idleYielderFor(scope);
    await waitForIdle();
    await waitForIdle();
    expect(IDLE_WAIT_MS).toBe(100);
    expect(asked).toEqual([{ timeout: 100 }, { timeout: 100 }]);
    expect(posted).toBe(0);
  });

  it('does not resolve before the idle callback runs', async () => {
    let idle: (() => void) | null = null;
    const scope = { requestIdleCallback: (callback: () => void) => ((idle = callback), 1) } as unknown as typeof globalThis;
    let resumed = false;
    const waiting = idleYielderFor(scope)().then(() => (resumed = true));
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(resumed).toBe(false);
    idle!();
    await waiting;
    expect(resumed).toBe(true);
  });

  it('hands the thread back as yielderFor does where there is no requestIdleCallback', async () => {
    const priorities: string[] = [];
    const scope = {
      scheduler: { postTask: (task: () => void, options: { priority: string }) => (priorities.push(options.priority), Promise.resolve().then(task)) },
    } as unknown as typeof globalThis;
    await idleYielderFor(scope)();
    expect(priorities).toEqual(['background']);
  });
});

describe('eachInSteps', () => {
  it('does one item per step, so that a slice ends between two students', async () => {
    const { log, options } = harness(0);
    let now = 0;
    const seen: string[] = [];
    // Each student costs 5 ms: a slice of 8 ms holds two (5, 10 ≥ 8), then the page has its turn.
    const outcome = await runInSlices(
      eachInSteps(['a', 'b', 'c', 'd', 'e'], (key) => {
        now += 5;
        seen.push(key);
        log.push(key);
      }),
      { ...options(), now: () => now },
    );
    expect(outcome.finished).toBe(true);
    expect(log.join(' ')).toBe('a b | c d | e');
    expect(seen).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('does nothing for no items', () => {
    const steps = eachInSteps([], () => {
      throw new Error('no item');
    });
    expect(steps.next().done).toBe(true);
  });
});
