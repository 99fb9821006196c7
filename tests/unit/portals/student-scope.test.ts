import { describe, expect, it } from 'vitest';
import { keyBelongsToSender, legacyKeyOf, readingKeyOf, scopedStudentKey } from '../../../lib/portals/student-scope';

describe('student keys carry their site', () => {
  const schoolA = new URL('https://skole-a.example.no/fravaer/oversikt');
  const schoolB = new URL('https://skole-b.example.no:8443/fravaer');

  it('scopes a generic key by the page’s host, so the same id on two sites is two students', () => {
    expect(scopedStudentKey('generic:48213', schoolA)).toBe('generic@skole-a.example.no/48213');
    expect(scopedStudentKey('generic:48213', schoolB)).toBe('generic@skole-b.example.no:8443/48213');
    expect(scopedStudentKey('generic:na1b2c3d4e5f60718', schoolA)).toBe('generic@skole-a.example.no/na1b2c3d4e5f60718');
    expect(readingKeyOf('generic@skole-b.example.no:8443/48213')).toBe('generic:48213');
  });

  it('leaves a built-in portal’s key as it is', () => {
    expect(scopedStudentKey('visma-flyt-skole:100202', schoolA)).toBe('visma-flyt-skole:100202');
    expect(legacyKeyOf('visma-flyt-skole:100202')).toBeNull();
  });

  it('names the legacy key a scoped one had', () => {
    expect(legacyKeyOf('generic@skole-a.example.no/48213')).toBe('generic:48213');
  });

  it('lets a content script ask only about its own site’s students', () => {
    expect(keyBelongsToSender('generic@skole-a.example.no/48213', schoolA, false)).toBe(true);
    expect(keyBelongsToSender('generic@skole-a.example.no/48213', schoolB, false)).toBe(false);
    expect(keyBelongsToSender('generic:48213', schoolA, false)).toBe(false);
    expect(keyBelongsToSender('visma-flyt-skole:100202', schoolA, false)).toBe(false);
    expect(keyBelongsToSender('visma-flyt-skole:100202', new URL('https://skole.visma.com/raelingen'), true)).toBe(true);
  });
});
