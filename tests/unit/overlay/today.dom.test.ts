// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { todayInOslo } from '../../../lib/overlay/today.dom';

function pin(date: string): void {
  document.head.innerHTML = `<meta name="naervaer-as-of" content="${date}">`;
}

describe("today's date in Oslo", () => {
  afterEach(() => {
    vi.useRealTimers();
    document.head.innerHTML = '';
  });

  it('is the Oslo date, not the UTC one: 23:30 UTC on 31 Dec is already 1 Jan in Oslo (UTC+1 in winter)', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-31T23:30:00Z'));
    expect(todayInOslo(document, false)).toBe('2027-01-01');
  });

  it('read once for the many students of one render, read again a second later and after a clock set back', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-03-10T12:00:00Z'));
    pin('2027-06-18');
    expect(todayInOslo(document, true)).toBe('2027-06-18');
    pin('2027-06-21');
    vi.setSystemTime(new Date('2027-03-10T12:00:00.500Z'));
    expect(todayInOslo(document, true)).toBe('2027-06-18'); // within the same second: the date already read
    vi.setSystemTime(new Date('2027-03-10T12:00:01.000Z'));
    expect(todayInOslo(document, true)).toBe('2027-06-21');
    pin('2027-06-22');
    vi.setSystemTime(new Date('2027-03-10T11:59:00Z')); // the clock set back
    expect(todayInOslo(document, true)).toBe('2027-06-22');
    // The store build ignores the pinned date, and does not take the test build's answer for its own.
    expect(todayInOslo(document, false)).toBe('2027-03-10');
  });
});
