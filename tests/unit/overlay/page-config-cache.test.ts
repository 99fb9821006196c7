import { describe, expect, it } from 'vitest';
import { cachedEntry, cacheKey, withEntry, withSortedKeys } from '../../../lib/overlay/page-config-cache';

describe('the page configurations kept for the next load', () => {
  it('are kept per portal and site', () => {
    const stored = withEntry(withEntry(undefined, cacheKey('vigilo', 'https://a.example'), { n: 1 }), cacheKey('vigilo', 'https://b.example'), { n: 2 });
    expect(cachedEntry(stored, cacheKey('vigilo', 'https://a.example'))).toEqual({ n: 1 });
    expect(cachedEntry(stored, cacheKey('vigilo', 'https://b.example'))).toEqual({ n: 2 });
    expect(cachedEntry(stored, cacheKey('generic', 'https://a.example'))).toBeUndefined();
  });

  it('nothing is kept when storage holds nothing, or something else', () => {
    expect(cachedEntry(undefined, 'x')).toBeUndefined();
    expect(cachedEntry('corrupt', 'x')).toBeUndefined();
    expect(withEntry('corrupt', 'x', 1)).toEqual({ x: 1 });
  });

  it('a page answered again replaces its entry and becomes the newest; beyond 24 pages the oldest go', () => {
    let stored: unknown = undefined;
    for (let i = 0; i < 24; i++) stored = withEntry(stored, `page ${i}`, i);
    stored = withEntry(stored, 'page 0', 'again');
    expect(Object.keys(stored as object)).toHaveLength(24);
    expect(Object.keys(stored as object).at(-1)).toBe('page 0');
    expect(cachedEntry(stored, 'page 0')).toBe('again');
    stored = withEntry(stored, 'page 24', 24);
    expect(Object.keys(stored as object)).toHaveLength(24);
    // The oldest was page 1 (page 0 was answered again): it went.
    expect(cachedEntry(stored, 'page 1')).toBeUndefined();
    expect(cachedEntry(stored, 'page 2')).toBe(2);
  });

  it('a configuration is sent and kept with its keys sorted at every level, the order Chromium’s storage reads it back in, its lists in their order', () => {
    const answered = { profile: { name: 'P', id: 'p', steps: [{ text: 'b', at: 20 }, { text: 'a', at: 10 }] }, screenShare: false, codeOverrides: { U: 'counts', FS: 'excluded' }, calendar: null, language: 'nb' };
    const asStorageReadsIt = '{"calendar":null,"codeOverrides":{"FS":"excluded","U":"counts"},"language":"nb","profile":{"id":"p","name":"P","steps":[{"at":20,"text":"b"},{"at":10,"text":"a"}]},"screenShare":false}';
    expect(JSON.stringify(withSortedKeys(answered))).toBe(asStorageReadsIt);
    // Nothing else changes: the same values, and the configuration given is left as it was.
    expect(withSortedKeys(answered)).toEqual(answered);
    expect(Object.keys(answered)[0]).toBe('profile');
    expect(withSortedKeys('nb')).toBe('nb');
    expect(withSortedKeys(null)).toBeNull();
  });
});
