import { MARK } from './marks.ts';

/**
 * What the bench watches from inside the page, in any browser: a script the bench adds to every
 * document before the page's own scripts run (Playwright's addInitScript, puppeteer's
 * evaluateOnNewDocument over WebDriver BiDi). It runs in the page's world, as a page script would,
 * and reads nothing of the extension but what the page itself can see: the badges' host elements,
 * their `data-level`, and the bench build's marks on the page's performance timeline
 * (tests/bench/marks.ts).
 *
 * - **badges**: from DOMContentLoaded (the content script runs after it), a MutationObserver notes
 *   each `<naervaer-badge>` the first time it is in the document with a `data-level`, in order,
 *   with `performance.now()` at the observer's callback: the end of the task that put it there,
 *   so before the frame that paints it. Which of them are inside the viewport is decided once, at
 *   the end (the page is never scrolled), so that the probe forces no layout while it watches.
 * - **heartbeat** (optional, for browsers without a trace): a chain of `setTimeout(0)` (4 ms apart
 *   once nested) that notes each gap of BUSY_GAP_MS or more: time in which the main thread ran
 *   something else. Its own ticks cost a few microseconds each, the same with and without the
 *   extension.
 */
export const BUSY_GAP_MS = 8;
/** The heartbeat's interval between ticks when nothing else runs (the browsers' timer clamp). */
export const HEARTBEAT_TICK_MS = 4;

export interface ProbeOptions {
  badges: boolean;
  heartbeat: boolean;
}

export function probeSource(options: ProbeOptions): string {
  return `(() => {
  if (window.__naervaerBench) return;
  const bench = (window.__naervaerBench = { badges: [], gaps: [] });
  ${
    options.badges
      ? `const seen = new Set();
  const note = (el) => {
    if (seen.has(el) || !el.isConnected || !el.hasAttribute('data-level')) return;
    seen.add(el);
    bench.badges.push({ el, t: performance.now() });
  };
  const watch = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') {
        if (record.target.localName === 'naervaer-badge') note(record.target);
        continue;
      }
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1) continue;
        if (node.localName === 'naervaer-badge') note(node);
        else if (node.firstElementChild) for (const badge of node.querySelectorAll('naervaer-badge')) note(badge);
      }
    }
  });
  document.addEventListener('DOMContentLoaded', () => {
    watch.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-level'] });
    for (const badge of document.querySelectorAll('naervaer-badge')) note(badge);
  });`
      : ''
  }
  ${
    options.heartbeat
      ? `let last = performance.now();
  const tick = () => {
    const now = performance.now();
    if (now - last >= ${BUSY_GAP_MS}) bench.gaps.push([last, now]);
    last = now;
    setTimeout(tick, 0);
  };
  setTimeout(tick, 0);`
      : ''
  }
})();`;
}

/** What the probe saw, as the page evaluates it (all times in ms since navigation start). */
export interface ProbeReading {
  scriptStart: number | null;
  scriptEvaluated: number | null;
  load: number | null;
  now: number;
  /** Each badge when it was first in the page with a level, in that order; `inView` decided at the end. */
  badges: Array<{ t: number; inView: boolean }>;
  gaps: Array<[number, number]>;
}

/** An expression the page evaluates to a ProbeReading (JSON-safe). */
export const READ_PROBE = `(() => {
  const bench = window.__naervaerBench ?? { badges: [], gaps: [] };
  const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
  const navigation = performance.getEntriesByType('navigation')[0];
  const height = window.innerHeight;
  return {
    scriptStart: mark(${JSON.stringify(MARK.scriptStart)}),
    scriptEvaluated: mark(${JSON.stringify(MARK.scriptEvaluated)}),
    load: navigation && navigation.loadEventStart > 0 ? navigation.loadEventStart : null,
    now: performance.now(),
    badges: bench.badges.map(({ el, t }) => {
      const box = el.getBoundingClientRect();
      return { t, inView: box.bottom > 0 && box.top < height && box.width > 0 };
    }),
    gaps: bench.gaps,
  };
})()`;

/** The first render as the page saw it: times from the bench build's script-start mark. */
export interface FirstBadges {
  /** Script start → portal.js's top level has run (the page's reader and portal.js parsed and compiled, and their synchronous part). */
  evaluatedMs: number | null;
  /** Script start → the first badge inside the viewport. */
  firstInViewMs: number | null;
  /** Script start → every badge inside the viewport (the first screenful). */
  allInViewMs: number | null;
  /** Script start → every badge. */
  allMs: number | null;
  inView: number;
  total: number;
  /** Badges outside the viewport that came before the last one inside it (0: viewport first). */
  outOfViewBeforeLastInView: number;
}

export function firstBadges(reading: ProbeReading): FirstBadges {
  const start = reading.scriptStart;
  const since = (t: number | undefined) => (start === null || t === undefined ? null : Math.round((t - start) * 100) / 100);
  const badges = reading.badges;
  const inView = badges.filter((b) => b.inView);
  const lastInView = badges.reduce((at, b, i) => (b.inView ? i : at), -1);
  return {
    evaluatedMs: reading.scriptEvaluated === null ? null : since(reading.scriptEvaluated),
    firstInViewMs: since(inView[0]?.t),
    allInViewMs: since(inView.at(-1)?.t),
    allMs: since(badges.at(-1)?.t),
    inView: inView.length,
    total: badges.length,
    outOfViewBeforeLastInView: badges.slice(0, Math.max(0, lastInView)).filter((b) => !b.inView).length,
  };
}
