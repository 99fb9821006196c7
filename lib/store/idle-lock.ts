/**
 * When the notes lock themselves after inactivity. Pure: the background calls `touch(now)` on
 * every use of the vault, checks `isExpired(now)` on an alarm, and calls `vault.lock()` when it is.
 * Times are epoch milliseconds, passed in.
 */
export class IdleLock {
  readonly timeoutMinutes: number;
  #lastActivity: number | null = null;

  constructor(timeoutMinutes: number) {
    if (!Number.isFinite(timeoutMinutes) || timeoutMinutes <= 0) {
      throw new RangeError(`timeoutMinutes must be a positive number, got ${timeoutMinutes}`);
    }
    this.timeoutMinutes = timeoutMinutes;
  }

  touch(now: number): void {
    // A clock that steps backwards must not extend the session.
    if (this.#lastActivity === null || now > this.#lastActivity) this.#lastActivity = now;
  }

  /** Never touched counts as expired: a vault nobody has used is not left open. */
  isExpired(now: number): boolean {
    return this.remainingMs(now) === 0;
  }

  remainingMs(now: number): number {
    if (this.#lastActivity === null) return 0;
    return Math.max(0, this.#lastActivity + this.timeoutMinutes * 60_000 - now);
  }

  reset(): void {
    this.#lastActivity = null;
  }
}
