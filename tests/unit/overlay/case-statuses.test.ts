import { describe, expect, it } from 'vitest';
import { CASE_STATUS_REQUEST_KEYS, CaseStatuses } from '../../../components/overlay/controller/case-statuses';
import type { CaseStatus, ContentRequest } from '../../../lib/messaging/protocol';

const PAGE = new URL('https://skole.example.no/fravaer');
const keys = (count: number) => Array.from({ length: count }, (_, n) => `generic:${n}`);
const status = (doneOn: string): CaseStatus => ({ steps: [{ stepId: 'samtale', doneOn }], openedOn: '2026-09-01' });

/** A background that holds `stored` (under site-scoped keys) and records what it was asked, and how many requests were open at once. */
function background(stored: Record<string, CaseStatus>, locked = false) {
  const asked: string[][] = [];
  let open = 0;
  let mostOpen = 0;
  const send = async (request: ContentRequest): Promise<unknown> => {
    if (request.type !== 'getCaseStatus') throw new Error(`unexpected ${request.type}`);
    open += 1;
    mostOpen = Math.max(mostOpen, open);
    asked.push(request.studentKeys);
    await new Promise((done) => setTimeout(done, 1));
    open -= 1;
    if (locked) return { locked: true, statuses: {} };
    return { locked: false, statuses: Object.fromEntries(request.studentKeys.flatMap((key) => (stored[key] ? [[key, stored[key]]] : []))) };
  };
  return { send, asked, mostOpen: () => mostOpen };
}

describe('CaseStatuses', () => {
  it('asks about a whole school a part at a time, one request after another, under the keys of the page’s site', async () => {
    expect(CASE_STATUS_REQUEST_KEYS).toBe(1_000);
    const stored = { 'generic@skole.example.no/7': status('2026-10-01'), 'generic@skole.example.no/2400': status('2026-11-02') };
    const { send, asked, mostOpen } = background(stored);
    const statuses = new CaseStatuses(send);
    expect(await statuses.load(keys(2_500), PAGE)).toBe(true);
    // 2 500 students: 1 000 + 1 000 + 500, never two requests at once.
    expect(asked.map((part) => part.length)).toEqual([1_000, 1_000, 500]);
    expect(mostOpen()).toBe(1);
    expect(asked[0]![7]).toBe('generic@skole.example.no/7');
    expect(asked[2]!.at(-1)).toBe('generic@skole.example.no/2499');
    // Answers come back under the page's own keys, from whichever part asked.
    expect(statuses.get('generic:7')).toEqual(status('2026-10-01'));
    expect(statuses.get('generic:2400')).toEqual(status('2026-11-02'));
    expect(statuses.get('generic:8')).toBeUndefined();
  });

  it('says whether anything changed: the same answers again are no change; a step done since is one', async () => {
    const stored = { 'generic@skole.example.no/1500': status('2026-10-01') };
    const { send } = background(stored);
    const statuses = new CaseStatuses(send);
    expect(await statuses.load(keys(2_000), PAGE)).toBe(true);
    expect(await statuses.load(keys(2_000), PAGE)).toBe(false);
    stored['generic@skole.example.no/1500'] = status('2026-11-20');
    expect(await statuses.load(keys(2_000), PAGE)).toBe(true);
    expect(statuses.get('generic:1500')).toEqual(status('2026-11-20'));
  });

  it('asks about each student once, and once the vault says it is locked, no more', async () => {
    const held = background({});
    await new CaseStatuses(held.send).load(keys(1_500), PAGE);
    expect(held.asked.flat()).toEqual(keys(1_500).map((key) => `generic@skole.example.no/${key.slice('generic:'.length)}`));

    const locked = background({}, true);
    expect(await new CaseStatuses(locked.send).load(keys(20_000), PAGE)).toBe(false);
    expect(locked.asked).toHaveLength(1);
  });
});
