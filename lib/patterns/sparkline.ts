import type { IsoDate } from '../model';
import type { WeekPoint } from './types';

export interface SparklinePoint {
  x: number;
  y: number;
  value: number;
  weekStart: IsoDate;
}

export interface SparklineGeometry {
  /** SVG path data ("M1 19 L10.5 4.2 …"), numbers rounded to 0.1; '' for an empty series. */
  path: string;
  points: SparklinePoint[];
  /** The highest day-equivalent value, which maps to the top edge (0 for an all-zero series). */
  max: number;
}

/** Keeps the stroke from being clipped at the SVG's edges. */
const PADDING = 1;

/**
 * Where each week's day-equivalents sit in a width × height box: x spread evenly from left to
 * right edge, y inverted (SVG grows downward) so more absence is higher. An all-zero series lies
 * flat along the bottom; a single point sits in the middle.
 */
export function sparklineGeometry(series: readonly WeekPoint[], width: number, height: number): SparklineGeometry {
  const max = series.reduce((m, w) => Math.max(m, w.dayEquivalents), 0);
  if (series.length === 0) return { path: '', points: [], max };
  const innerWidth = Math.max(0, width - 2 * PADDING);
  const innerHeight = Math.max(0, height - 2 * PADDING);
  const step = series.length > 1 ? innerWidth / (series.length - 1) : 0;
  const points = series.map((w, i) => ({
    x: round1(series.length > 1 ? PADDING + i * step : width / 2),
    y: round1(PADDING + innerHeight * (max > 0 ? 1 - w.dayEquivalents / max : 1)),
    value: w.dayEquivalents,
    weekStart: w.weekStart,
  }));
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' ');
  return { path, points, max };
}

/** Thresholds for heatmapShade. */
export const HEATMAP_RED_SHARE = 2 / 3;
export const HEATMAP_RED_MIN = 2;

/**
 * Colour of one weekday × lesson cell in the "Timeplan (rødt/gult/grønt)" grid (RBUP, 003:
 * "Hvilke dager er det lett å gå på skolen? Hvilke timer, lærere?"):
 * - green: no absence in that slot;
 * - red: at least two absences and at least two thirds of the busiest slot — one absence is not
 *   yet a hard lesson;
 * - yellow: anything between.
 */
export function heatmapShade(count: number, max: number): 'green' | 'yellow' | 'red' {
  if (count <= 0 || max <= 0) return 'green';
  if (count >= HEATMAP_RED_MIN && count >= HEATMAP_RED_SHARE * max) return 'red';
  return 'yellow';
}

function round1(value: number): number {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? 0 : rounded;
}
