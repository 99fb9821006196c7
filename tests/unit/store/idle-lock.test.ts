import { describe, expect, it } from 'vitest';
import { IdleLock } from '../../../lib/store/idle-lock';

const MIN = 60_000;

describe('IdleLock', () => {
  it('expires exactly timeoutMinutes after the last touch', () => {
    const idle = new IdleLock(15);
    idle.touch(1_000);
    expect(idle.isExpired(1_000 + 15 * MIN - 1)).toBe(false);
    expect(idle.isExpired(1_000 + 15 * MIN)).toBe(true);
    expect(idle.remainingMs(1_000 + 5 * MIN)).toBe(10 * MIN);
  });

  it('each touch starts the period again', () => {
    const idle = new IdleLock(10);
    idle.touch(0);
    idle.touch(8 * MIN);
    expect(idle.isExpired(12 * MIN)).toBe(false);
    expect(idle.isExpired(18 * MIN)).toBe(true);
  });

  it('counts never touched, and reset, as expired', () => {
    const idle = new IdleLock(10);
    expect(idle.isExpired(0)).toBe(true);
    idle.touch(0);
    idle.reset();
    expect(idle.isExpired(1)).toBe(true);
  });

  it('does not let a clock that steps back extend the session', () => {
    const idle = new IdleLock(10);
    idle.touch(20 * MIN);
    idle.touch(5 * MIN);
    expect(idle.remainingMs(25 * MIN)).toBe(5 * MIN);
  });

  it('refuses a timeout that is not positive', () => {
    expect(() => new IdleLock(0)).toThrow(RangeError);
    expect(() => new IdleLock(Number.NaN)).toThrow(RangeError);
  });
});
