// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FAR_ATTRIBUTE, FarBadges, LONG_LIST, SHOW_BLOCK } from '../../../components/overlay/controller/far-badges.dom';

/**
 * A list of `rows` students, 20 px per row, scrolled so that row `scrolledTo` is at the viewport's
 * top (happy-dom lays nothing out: the edges are given). The viewport is 900 px: 45 rows.
 */
function list(rows: number, scrolledTo = 0) {
  const keys = Array.from({ length: rows }, (_, n) => `k${n}`);
  const hosts = new Map(keys.map((key) => [key, document.createElement('naervaer-badge')]));
  const revealed = new Set<string>();
  const view = { scrolledTo, measured: 0 };
  const guard = { run: (_: string, action: () => void) => action(), runAsync: async (_: string, action: () => Promise<void>) => action() };
  const far = new FarBadges(document, guard, {
    badgeOf: (key) => (hosts.has(key) ? { host: hosts.get(key)!, reveal: () => revealed.add(key) } : null),
    edges: (key) => {
      view.measured += 1;
      const top = (Number(key.slice(1)) - view.scrolledTo) * 20;
      return { top, bottom: top + 20 };
    },
  });
  const shown = () => keys.filter((key) => !hosts.get(key)!.hasAttribute(FAR_ATTRIBUTE)).map((key) => Number(key.slice(1)));
  return { keys, hosts, view, far, shown, revealed };
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

afterEach(() => vi.useRealTimers());

describe('FarBadges', () => {
  it('keeps every badge of a list up to LONG_LIST shown', () => {
    const { keys, far, shown } = list(LONG_LIST);
    far.begin(keys);
    expect(far.active).toBe(false);
    far.hide(keys);
    far.showNear();
    expect(shown()).toHaveLength(LONG_LIST);
  });

  it('shows, of a longer list, the badges of the rows on screen and within a screen of it; the rest wait hidden', () => {
    const { keys, hosts, far, shown, view, revealed } = list(3_000, 1_500);
    window.innerHeight = 900; // happy-dom's default may differ
    far.begin(keys);
    expect(far.active).toBe(true);
    far.hide(keys);
    far.showNear();
    // Rows 1 500–1 544 are on screen; 45 rows above (1 455–1 499) and below (1 545–1 589) are near.
    expect(shown()).toEqual(range(1_455, 1_590));
    expect(view.scrolledTo).toBe(1_500);
    // The shown badges' insides are made; the waiting ones' are not.
    expect([...revealed].map((key) => Number(key.slice(1))).sort((a, b) => a - b)).toEqual(range(1_455, 1_590));
    // A waiting badge has no inside yet, so no shadow root with its `:host([data-far])` rule: its
    // own style keeps it out of the layout; a shown one keeps no trace of that.
    const undisplayed = keys.filter((key) => hosts.get(key)!.style.getPropertyValue('display') === 'none').map((key) => Number(key.slice(1)));
    expect(undisplayed).toEqual([...range(0, 1_455), ...range(1_590, 3_000)]);
    expect(hosts.get('k1500')!.hasAttribute('style')).toBe(false);
  });

  it('as the page scrolls, shows the rows near the new position with SHOW_BLOCK rows on each side, at most once per pause', () => {
    vi.useFakeTimers();
    const { keys, far, shown, view } = list(3_000, 0);
    window.innerHeight = 900;
    far.begin(keys);
    far.hide(keys);
    far.showNear();
    expect(shown()).toEqual(range(0, 90));
    view.scrolledTo = 2_000;
    document.dispatchEvent(new Event('scroll'));
    document.dispatchEvent(new Event('scroll'));
    expect(shown()).toEqual(range(0, 90)); // not inside the scroll event
    vi.advanceTimersByTime(200);
    expect(shown()).toEqual([...range(0, 90), ...range(1_955 - SHOW_BLOCK, 2_090 + SHOW_BLOCK)]);
    far.stop();
    view.scrolledTo = 2_800;
    document.dispatchEvent(new Event('scroll'));
    vi.advanceTimersByTime(200);
    expect(shown()).not.toContain(2_800); // stopped: no more listening
  });

  it('looks at the viewport once per list: later chunks go in shown or hidden by that look, measuring nothing, until the page scrolls', () => {
    vi.useFakeTimers();
    const { keys, far, shown, view } = list(3_000, 0);
    window.innerHeight = 900;
    far.begin(keys);
    // The first batch: rows 0–49 of the 90 near ones (rows 0–44 on screen, 45–89 within a screen below).
    far.hide(keys.slice(0, 50));
    far.showNear();
    expect(shown()).toHaveLength(3_000); // the 50 near ones, and those not placed yet
    view.measured = 0;
    // The next chunk: rows 50–249; 50–89 were near at the look, so they go in shown; no measuring.
    far.hide(keys.slice(50, 250));
    far.showNear();
    expect(view.measured).toBe(0);
    expect(shown().filter((n) => n < 250)).toEqual(range(0, 90));
    expect(shown()).toHaveLength(3_000 - 160);
    // Scrolled: the next look shows the rows near the new position, and chunks after it follow that look.
    view.scrolledTo = 2_000;
    document.dispatchEvent(new Event('scroll'));
    vi.advanceTimersByTime(200);
    expect(view.measured).toBeGreaterThan(0);
    view.measured = 0;
    far.hide(keys.slice(2_400, 2_700));
    far.showNear();
    expect(view.measured).toBe(0);
    expect(shown().filter((n) => n >= 2_400 && n < 2_700)).toEqual(range(2_400, 2_090 + SHOW_BLOCK));
    // A list located again is looked at again.
    far.begin(keys);
    far.hide(keys.slice(2_700, 2_800));
    far.showNear();
    expect(view.measured).toBeGreaterThan(0);
    far.stop();
  });

  it('shows every waiting badge when the page then lists few students', () => {
    const { keys, far, shown } = list(3_000, 0);
    window.innerHeight = 900;
    far.begin(keys);
    far.hide(keys);
    far.begin(keys.slice(0, 10));
    expect(shown()).toHaveLength(3_000);
  });
});
