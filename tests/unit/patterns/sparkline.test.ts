import { describe, expect, it } from 'vitest';
import { heatmapShade, sparklineGeometry, type WeekPoint } from '../../../lib/patterns';

function week(weekStart: string, dayEquivalents: number): WeekPoint {
  return { weekStart, dayEquivalents, days: 0, lessons: 0, late: 0, schoolDays: 5 };
}

describe('sparklineGeometry', () => {
  it('draws a known series', () => {
    const series = [week('2026-11-02', 0), week('2026-11-09', 1), week('2026-11-16', 2), week('2026-11-23', 1)];
    const g = sparklineGeometry(series, 31, 21);
    // Inner box 29 × 19 inside 1px padding; x step 29/3; y inverted, max 2 at the top.
    expect(g.path).toBe('M1 20 L10.7 10.5 L20.3 1 L30 10.5');
    expect(g.max).toBe(2);
    expect(g.points).toEqual([
      { x: 1, y: 20, value: 0, weekStart: '2026-11-02' },
      { x: 10.7, y: 10.5, value: 1, weekStart: '2026-11-09' },
      { x: 20.3, y: 1, value: 2, weekStart: '2026-11-16' },
      { x: 30, y: 10.5, value: 1, weekStart: '2026-11-23' },
    ]);
  });

  it('lies flat along the bottom for an all-zero series', () => {
    const g = sparklineGeometry([week('2026-11-02', 0), week('2026-11-09', 0), week('2026-11-16', 0)], 60, 16);
    expect(g.path).toBe('M1 15 L30 15 L59 15');
    expect(g.max).toBe(0);
  });

  it('puts a single point in the middle', () => {
    expect(sparklineGeometry([week('2026-11-23', 0.5)], 60, 16)).toEqual({
      path: 'M30 1',
      points: [{ x: 30, y: 1, value: 0.5, weekStart: '2026-11-23' }],
      max: 0.5,
    });
  });

  it('has no path for an empty series', () => {
    expect(sparklineGeometry([], 60, 16)).toEqual({ path: '', points: [], max: 0 });
  });
});

describe('heatmapShade ("Timeplan (rødt/gult/grønt)")', () => {
  it.each([
    [0, 0, 'green'],
    [0, 5, 'green'],
    [1, 1, 'yellow'], // one absence is not yet a hard lesson
    [1, 6, 'yellow'],
    [3, 6, 'yellow'],
    [4, 6, 'red'],
    [2, 3, 'red'],
    [6, 6, 'red'],
  ] as const)('%i of max %i is %s', (count, max, shade) => {
    expect(heatmapShade(count, max)).toBe(shade);
  });
});
