import { describe, expect, it } from 'vitest';
import { benchMarkdown, change, pairedDifferenceMedian, resultsByMeasure, summaryRows, upgradeCost, verdict, type BenchResult } from '../../bench/report';
import { firstBadges } from '../../bench/probe';
import { heartbeatLoad } from '../../bench/firefox-measures';
import { pairedCost, stats, type PageCost } from '../../bench/measures';
import { percentile } from '../../bench/edits';

/** Every expected value below is worked out by hand from the inputs written next to it. */
const s = (runs: number[]) => stats(runs);

describe('bench report arithmetic', () => {
  it('says met at or under the target, and by how much and how many times otherwise', () => {
    expect(verdict(10, 10, 'ms')).toBe('met');
    expect(verdict(9.99, 10, 'ms')).toBe('met');
    // 142.82 − 10 = 132.82 → 132.8; 142.82 / 10 = 14.282 → 14.3
    expect(verdict(142.82, 10, 'ms')).toBe('missed by 132.8 ms (14.3× the target)');
    // 3.899 − 1.15 = 2.749; 3.899 / 1.15 = 3.390… → 3.4
    expect(verdict(3.899, 1.15, '×')).toBe('missed by 2.749 (3.4× the target)');
    expect(verdict(null, 10, 'ms')).toBe('not measured');
  });

  it('gives the change against the previous run with its sign and share', () => {
    // 120 − 142.82 = −22.82; 22.82 / 142.82 = 15.98 % → 16 %
    expect(change(120, 142.82, 'ms')).toBe('−22.82 ms (−16 %)');
    // 90.8 → 95.3 KiB: +4.5, 4.5 / 90.8 = 4.96 % → 5 %
    expect(change(95.3, 90.8, 'KiB')).toBe('+4.5 KiB (+5 %)');
    expect(change(1.5, 1.5, '×')).toBe('±0.000 (±0 %)');
    expect(change(3, undefined, 'ms')).toBe('—');
    expect(change(null, 3, 'ms')).toBe('—');
  });

  it('takes the median of paired differences, not the difference of medians', () => {
    // with 10, 30, 20 vs. without 5, 5, 30: differences 5, 25, −10 → sorted −10, 5, 25 → median 5
    // (the medians, 20 − 5 = 15, would say otherwise)
    expect(pairedDifferenceMedian([10, 30, 20], [5, 5, 30])).toBe(5);
    // even count: differences 1, 3 → 2
    expect(pairedDifferenceMedian([2, 4], [1, 1])).toBe(2);
    expect(pairedDifferenceMedian([], [])).toBeNull();
  });

  it('pairs side-by-side runs: ratio and added busy time per pair, longest task over all runs', () => {
    const load = (loadToIdleMs: number, busyMs: number, longTasks: number[]) => ({ loadToIdleMs, busyMs, longTasks, extensionTasks: null, badges: 30 });
    const cost = pairedCost('p', 3000, [load(300, 200, [60]), load(200, 150, []), load(500, 400, [80, 55])], [load(100, 100, []), load(200, 140, []), load(250, 150, [])]);
    // ratios 3, 1, 2 → median 2; differences 100, 10, 250 → median 100
    expect(cost.loadToIdleRatio.median).toBe(2);
    expect(cost.addedBusyMs.median).toBe(100);
    // long tasks per run 1, 0, 2 → median 1; longest per run 60, 0, 80 → max 80
    expect(cost.withExtension.longTasksPerRun.median).toBe(1);
    expect(cost.withExtension.longestTaskMs.max).toBe(80);
  });

  it('takes the nearest-rank percentile', () => {
    const twenty = Array.from({ length: 20 }, (_, i) => i + 1); // 1 … 20
    // p95 of 20 values: rank ceil(0.95 × 20) = 19 → 19; p50: rank 10 → 10
    expect(percentile(twenty, 95)).toBe(19);
    expect(percentile(twenty, 50)).toBe(10);
  });
});

describe('what the page saw of the first render', () => {
  it('times the badges from the script-start mark and checks that the viewport came first', () => {
    const seen = firstBadges({
      scriptStart: 100,
      scriptEvaluated: 130.5,
      load: 90,
      now: 900,
      badges: [
        { t: 140, inView: true },
        { t: 150, inView: true },
        { t: 150, inView: false },
        { t: 160, inView: true },
        { t: 400, inView: false },
      ],
    gaps: [],
    });
    expect(seen.evaluatedMs).toBe(30.5);
    expect(seen.firstInViewMs).toBe(40); // 140 − 100
    expect(seen.allInViewMs).toBe(60); // the last in view, 160 − 100
    expect(seen.allMs).toBe(300); // 400 − 100
    expect(seen.inView).toBe(3);
    expect(seen.total).toBe(5);
    // one badge outside the viewport (at 150) came before the last inside it (at 160)
    expect(seen.outOfViewBeforeLastInView).toBe(1);
  });

  it('has no times without the bench build\'s mark', () => {
    const seen = firstBadges({ scriptStart: null, scriptEvaluated: null, load: null, now: 0, badges: [{ t: 5, inView: true }], gaps: [] });
    expect(seen.allInViewMs).toBeNull();
    expect(seen.outOfViewBeforeLastInView).toBe(0);
  });

  it('turns heartbeat gaps into tasks: busy time, load-to-idle and long tasks', () => {
    // Gaps (ms): [200, 260] → a 56 ms task; [300, 310] → 6 ms; [1000, 1020] → 16 ms. Load at 250.
    // The 6 ms task starts 40 ms after the first task's end (256): not quiet for 500 ms, so idle
    // moves to 306; the next starts at 1000, 694 ms later: the quiet window began at 306.
    const load = heartbeatLoad({ scriptStart: null, scriptEvaluated: null, load: 250, now: 3000, badges: [], gaps: [[200, 260], [300, 310], [1000, 1020], [3100, 3200]] }, 3000, 30);
    expect(load.loadToIdleMs).toBe(306);
    // Busy time counts to the end of that quiet window (806 ms): 56 + 6 = 62; the 16 ms task at
    // 1 000 ms and the gap after the observed 3 s are left out.
    expect(load.busyMs).toBe(62);
    expect(load.longTasks).toEqual([56]);
    // A gap running past the observed 3 s counts only up to it: [2900, 3400] → 3000 − 2900 − 4 = 96 ms
    // (load at 2 800: no quiet window fits before 3 s, so busy time counts to the end)
    const cut = heartbeatLoad({ scriptStart: null, scriptEvaluated: null, load: 2800, now: 3500, badges: [], gaps: [[2900, 3400]] }, 3000, 30);
    expect(cut.busyMs).toBe(96);
  });

  it('has no load-to-idle when the quiet window did not finish within the observed time', () => {
    // One gap [100, 2804]: a task from 100 to 2 800 ms; a quiet window after it would end at 3 300, after the 3 s observed.
    const load = heartbeatLoad({ scriptStart: null, scriptEvaluated: null, load: 100, now: 3000, badges: [], gaps: [[100, 2804]] }, 3000, 30);
    expect(load.loadToIdleMs).toBeNull();
    const idle = (loadToIdleMs: number | null) => ({ loadToIdleMs, busyMs: 0, longTasks: [], extensionTasks: null, badges: 0 });
    // pairs (300 ÷ 100) and (null, 200) and (600 ÷ 200): only the first and last count → ratios 3, 3
    const cost = pairedCost('p', 3000, [idle(300), idle(null), idle(600)], [idle(100), idle(200), idle(200)]);
    expect(cost.loadToIdleRatio.median).toBe(3);
    expect(cost.idlePairs).toBe(2);
  });
});

describe('the summary', () => {
  const result: BenchResult = {
    date: '2026-11-27T08:00:00.000Z',
    machine: { cpus: 2, cpuModel: 'test', loadAverageBefore: [1], loadAverageAfter: [1], chromium: 'Chromium', node: 'v22' },
    runs: 3,
    durationS: 485,
    pages: { classYear: { students: 30, schoolDays: 191 } },
    bundle: { chrome: { rawBytes: 102_400, gzipBytes: 40_960 }, firefox: { rawBytes: 51_200, gzipBytes: 20_480 } },
    firefox: { editing: { edits: 100, badgeUpdated: 100, p50: 1, p95: 2.5, max: 4, perEditMs: [] } },
  };

  it('judges the bundle against 100 KiB raw and 35 KiB gzip', () => {
    const rows = Object.fromEntries(summaryRows(result).map((row) => [row.key, row]));
    // 102 400 B = 100.0 KiB: met; 40 960 B = 40.0 KiB: 5 KiB over, 40 / 35 = 1.14 → 1.1×
    expect(rows['bundle:chrome-mv3:raw']!.verdict).toBe('met');
    expect(rows['bundle:chrome-mv3:gzip']!.verdict).toBe('missed by 5.0 KiB (1.1× the target)');
    expect(rows['bundle:firefox-mv3:gzip']!.verdict).toBe('met');
    // Firefox edits: p95 2.5 against 2 → missed by 0.5
    expect(rows['firefox:editing']!.verdict).toBe('missed by 0.5 ms (1.3× the target)');
  });

  it('judges the clicks by the median of each run\'s longest wait, against our own 200 ms', () => {
    // runs' longest: 140, 260, 90 → median 140 (min 90, max 260); all nine waits sorted
    // 10 20 30 40 60 90 100 140 260: nearest-rank p50 is the 5th, 60. During the work: badges
    // above the run's first click's and under 20 000: 500 and 9 000, then 4 000 → 3.
    const clicks = {
      rows: 20_000,
      runs: [
        { waitedMs: [30, 140, 10], badges: [200, 500, 20_000] },
        { waitedMs: [260, 20, 40], badges: [200, 9_000, 20_000] },
        { waitedMs: [90, 60, 100], badges: [300, 300, 4_000] },
      ],
      longestMs: s([140, 260, 90]),
      duringWork: 3,
    };
    const rows = Object.fromEntries(summaryRows({ ...result, clicks, firefox: { clicks: { ...clicks, longestMs: s([260, 250, 300]) } } }).map((row) => [row.key, row]));
    expect(rows['clicks']!.result.text).toBe("longest 140 ms (median of the runs' longest; min 90, max 260); p50 of all clicks 60 ms");
    expect(rows['clicks']!.verdict).toBe('met');
    expect(rows['clicks']!.target).toBe('≤ 200 ms (ours)');
    expect(rows['clicks']!.measure).toContain('20 000 rows');
    expect(rows['clicks']!.measure).toContain('(9 clicks in 3 runs, 3 of them during the work)');
    // Firefox: 250, 260, 300 → median 260; 60 over 200, 260 / 200 = 1.3×
    expect(rows['firefox:clicks']!.verdict).toBe('missed by 60.0 ms (1.3× the target)');
  });

  it('puts the previous run beside the new one, and how long the run took', () => {
    const previous = resultsByMeasure({ ...result, bundle: { chrome: { rawBytes: 204_800, gzipBytes: 40_960 }, firefox: { rawBytes: 51_200, gzipBytes: 20_480 } } });
    const md = benchMarkdown({ ...result, previous: { date: '2026-11-23T09:45:00.000Z', results: previous } });
    // raw 200.0 KiB before, 100.0 KiB now: −100.0 KiB, −50 %
    expect(md).toContain('| Content script size, chrome-mv3, raw | — | 100 KiB | 200 KiB | −100.0 KiB (−50 %) | ≤ 100 KiB | met |  |');
    expect(md).toContain('took 8 min 5 s');
  });

  it('reads a run written by the earlier bench: its busy time paired per run', () => {
    const legacy = {
      path: 'x',
      runs: 3,
      withExtension: { loadToIdleMs: s([500]), busyMs: s([500, 510, 480]), longTasksPerRun: s([1]), extensionLongTasksPerRun: s([1]), extensionLongTasks: [[{ ms: 74, extensionMs: 70 }], [], []], longestTaskMs: s([74]), badges: 30 },
      without: { loadToIdleMs: s([160]), busyMs: s([170, 180, 160]), longTasksPerRun: s([0]), longestTaskMs: s([20]) },
      loadToIdleRatio: s([3.9]),
    } as unknown as PageCost;
    const upgraded = upgradeCost(legacy, 4000);
    // differences 330, 330, 320 → median 330
    expect(upgraded.addedBusyMs.median).toBe(330);
    expect(upgraded.observeMs).toBe(4000);
    expect(upgraded.withExtension.extensionTasks).toEqual([[{ ms: 74, extensionMs: 70 }], [], []]);
  });
});
