import { describe, expect, it } from 'vitest';
import { attribute, isContentScript, type CpuProfile } from '../../bench/cpu-profile';

/**
 * The extension's share of a CPU profile, on a profile written by hand: every expected figure is
 * counted off the samples below.
 */
const OURS = 'chrome-extension://abcdefghijklmnop/content-scripts/portal.js';
const READER = 'chrome-extension://abcdefghijklmnop/reader-generic.js';
const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 0, columnNumber: 0 });

/** root → run (ours) → locateInSteps (the reader) → querySelectorAll (native); run → renderQueued (ours); root → (idle). */
function profile(samples: number[]): CpuProfile {
  return {
    nodes: [
      { id: 1, callFrame: frame('(root)', ''), children: [2, 6] },
      { id: 2, callFrame: frame('run', OURS), children: [3, 5] },
      { id: 3, callFrame: frame('locateInSteps', READER), children: [4] },
      { id: 4, callFrame: frame('querySelectorAll', ''), children: [] },
      { id: 5, callFrame: frame('renderQueued', OURS), children: [] },
      { id: 6, callFrame: frame('(idle)', ''), children: [] },
    ],
    startTime: 0,
    // One sample every 1 000 µs, the first at 0; the profile ends 1 000 µs after the last.
    endTime: samples.length * 1_000,
    samples,
    timeDeltas: samples.map((_, i) => (i === 0 ? 0 : 1_000)),
  };
}

describe("the extension's share of a CPU profile", () => {
  it('splits off the page reading: the samples under a reader\'s locate, and when the last of them ended', () => {
    // Samples at 0, 1, 2, 3, 4, 5 ms: locateInSteps, querySelectorAll under it, renderQueued,
    // locateInSteps, renderQueued, idle. Ours: the first five, 5 ms. Reading: 0, 1 and 3 → 3 ms,
    // the last of them ending at 4 ms, 4 ms after our first sample (at 0).
    const attribution = attribute(profile([3, 4, 5, 3, 5, 6]), isContentScript);
    expect(attribution.ms).toBe(5);
    expect(attribution.reading).toEqual({ ms: 3, endMs: 4 });
  });

  it('has no reading when no sample was taken under a reader\'s locate', () => {
    const attribution = attribute(profile([6, 5, 5, 6]), isContentScript);
    expect(attribution.ms).toBe(2);
    expect(attribution.reading).toBeNull();
  });
});
