import { describe, expect, it } from 'vitest';
import { mondayOf } from '../../../lib/model';

describe('mondayOf', () => {
  // Worked out on a calendar: 28 November 2026 is a Saturday, 1 January 2027 a Friday, 3 March 2024 a Sunday.
  it.each([
    ['2026-11-23', '2026-11-23'], // a Monday is its own week's Monday
    ['2026-11-28', '2026-11-23'],
    ['2026-11-29', '2026-11-23'], // Sunday ends the ISO week
    ['2026-11-30', '2026-11-30'],
    ['2027-01-01', '2026-12-28'], // across a new year
    ['2024-03-03', '2024-02-26'], // across a leap day
  ])('%s → %s', (date, monday) => {
    expect(mondayOf(date)).toBe(monday);
  });
});
