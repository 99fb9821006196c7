import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { E2EPage } from '../../e2e/support/browsers';
import { settle, type Shown } from '../../e2e/support/corpus';

/**
 * When the corpus runner stops waiting for a page (tests/e2e/support/corpus.ts): a made-up page
 * whose content and badges change at set times on a fake clock, read the way the runner reads a
 * real one. The times are chosen by hand; the runner reads every 200 ms.
 */
interface Moment {
  at: number;
  pageSize?: number;
  badges?: number;
}

function pageOf(moments: Moment[]): E2EPage {
  const read = () => {
    let pageSize = 0;
    let badges = 0;
    for (const moment of moments) {
      if (moment.at > Date.now()) break;
      pageSize = moment.pageSize ?? pageSize;
      badges = moment.badges ?? badges;
    }
    const shown: Shown = { badges: Array.from({ length: badges }, (_, i) => ({ level: 'ok', rowText: `Elev ${i + 1}` })), hiddenBadges: 0, indicator: false };
    return { ...shown, pageSize };
  };
  return { evaluate: async () => read() } as unknown as E2EPage;
}

async function settledAt(moments: Moment[]): Promise<{ badges: number; at: number }> {
  let result: Shown | undefined;
  void settle(pageOf(moments)).then((shown) => (result = shown));
  while (!result && Date.now() < 20_000) await vi.advanceTimersByTimeAsync(100);
  return { badges: result?.badges.length ?? -1, at: Date.now() };
}

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the corpus runner waits for the page', () => {
  it('waits for the badges of rows a page adds after its first badges, when the overlay is slow to follow', async () => {
    // Two rows at 400 ms, four at 800, six at 1200; the overlay shows two badges at 600 ms, four
    // at 1000, and the last two only at 2400 (1.2 s after their rows, as on a busy machine).
    const { badges } = await settledAt([
      { at: 0, pageSize: 100 },
      { at: 400, pageSize: 120 },
      { at: 600, badges: 2 },
      { at: 800, pageSize: 140 },
      { at: 1000, badges: 4 },
      { at: 1200, pageSize: 160 },
      { at: 2400, badges: 6 },
    ]);
    expect(badges).toBe(6);
  });

  it('stops 800 ms after the badges last changed when the page itself has stood still since', async () => {
    const { badges, at } = await settledAt([
      { at: 0, pageSize: 100 },
      { at: 500, badges: 3 },
    ]);
    expect(badges).toBe(3);
    // The badges are first read at 600 ms; still at 1400 ms and after (within one 200 ms read).
    expect(at).toBeGreaterThanOrEqual(1400);
    expect(at).toBeLessThan(1700);
  });

  it('gives up waiting for the overlay 3 s after the page last changed, when the change held no student', async () => {
    const { badges, at } = await settledAt([
      { at: 0, pageSize: 100 },
      { at: 500, badges: 3 },
      { at: 900, pageSize: 110 },
    ]);
    expect(badges).toBe(3);
    // The change is read at 1000 ms, before the badges had been still for 800 ms: 3 s later is 4000 ms.
    expect(at).toBeGreaterThanOrEqual(4000);
    expect(at).toBeLessThan(4300);
  });
});
