import { describe, expect, it } from 'vitest';
import {
  HandoffTooLargeError,
  MAX_HANDOFF_CHARS,
  MAX_HANDOFF_ENTRIES,
  checkHandoffSize,
  handoffEntriesToEvict,
  handoffStorageKey,
} from '../../../lib/store/handoff-rules';

/**
 * The badge's hand-overs to the student page may never fill storage.session (it also holds the
 * shared unlock): one entry per student, a size cap, a count cap that evicts the oldest.
 */
describe('hand-over limits', () => {
  const entry = (savedAt: number) => ({ savedAt, row: {} });

  it('keeps at most MAX_HANDOFF_ENTRIES: a flood of new students evicts the oldest ones', () => {
    const stored: Record<string, unknown> = { 'vault.key': 'kept', studentTabs: {} };
    for (let i = 0; i < 50; i++) stored[handoffStorageKey(`generic@a.example/${i}`)] = entry(1000 + i);
    const evict = handoffEntriesToEvict(stored, 'generic@a.example/new');
    // 50 stored + 1 new may leave 8: 43 go, the oldest (savedAt 1000 … 1042) first.
    expect(evict).toHaveLength(50 - (MAX_HANDOFF_ENTRIES - 1));
    expect(evict).toEqual(Array.from({ length: 43 }, (_, i) => handoffStorageKey(`generic@a.example/${i}`)));
    expect(evict).not.toContain('vault.key');
  });

  it('replaces a student’s own entry rather than counting it twice', () => {
    const stored: Record<string, unknown> = {};
    for (let i = 0; i < MAX_HANDOFF_ENTRIES; i++) stored[handoffStorageKey(`s${i}`)] = entry(i);
    // s3 clicked again: its own entry is overwritten; 7 others + the new one = 8, nothing goes.
    expect(handoffEntriesToEvict(stored, 's3')).toEqual([]);
    // A ninth student: 8 others + 1 = 9, so the oldest goes.
    expect(handoffEntriesToEvict(stored, 's8')).toEqual([handoffStorageKey('s0')]);
  });

  it('refuses an entry over the size cap with a clear error, and accepts one under it', () => {
    expect(() => checkHandoffSize({ text: 'x'.repeat(MAX_HANDOFF_CHARS) })).toThrow(HandoffTooLargeError);
    // {"text":"…"} is 11 characters around the text.
    expect(() => checkHandoffSize({ text: 'x'.repeat(MAX_HANDOFF_CHARS) })).toThrow(
      expect.objectContaining({ chars: MAX_HANDOFF_CHARS + 11, limit: MAX_HANDOFF_CHARS }),
    );
    expect(() => checkHandoffSize({ text: 'x'.repeat(MAX_HANDOFF_CHARS - 20) })).not.toThrow();
  });
});
