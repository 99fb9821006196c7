/** Percentages as a portal shows them (two decimals), so 7/100 is exactly 7 and not 7.000000000000001. */
export function roundPercent(value: number): number {
  return Math.round(value * 100) / 100;
}
