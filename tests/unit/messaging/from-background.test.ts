import { describe, expect, it } from 'vitest';
import { caseStatusesFrom, pageConfigFrom, tabMessageFrom } from '../../../lib/messaging/from-background';
import { pageProfile } from '../../../lib/guidelines/page-profile';
import { kearneyForskning } from '../../../lib/guidelines/profiles/kearney-forskning';

describe('what the content script accepts from the extension', () => {
  it('tab messages: the five the overlay acts on, nothing else', () => {
    expect(tabMessageFrom({ type: 'screenShareChanged', on: true })).toEqual({ type: 'screenShareChanged', on: true });
    expect(tabMessageFrom({ type: 'getPageSummary', extra: 1 })).toEqual({ type: 'getPageSummary' });
    expect(tabMessageFrom({ type: 'screenShareChanged', on: 'yes' })).toBeNull();
    expect(tabMessageFrom({ type: 'openStudentPage' })).toBeNull(); // another listener's message
    expect(tabMessageFrom('settingsChanged')).toBeNull();
    expect(tabMessageFrom(undefined)).toBeNull();
  });

  it('the page configuration: the background’s answer as it is, or none when no answer came', () => {
    const answer = {
      profile: pageProfile(kearneyForskning),
      codeOverrides: {},
      screenShare: false,
      ownDefaults: true,
      taughtMapping: null,
      calendar: null,
      language: 'nb',
    };
    expect(pageConfigFrom(answer)).toBe(answer);
    expect(pageConfigFrom({ ...answer, profile: null })).not.toBeNull();
    expect(pageConfigFrom(undefined)).toBeNull(); // a background that is restarting answers nothing
    expect(pageConfigFrom({ ...answer, profile: { id: 'x' } })).toBeNull();
    expect(pageConfigFrom({ ...answer, screenShare: undefined })).toBeNull();
  });

  it('case statuses: the answer, or none', () => {
    const answer = { locked: false, statuses: { 'generic:1': { steps: [], openedOn: '2026-11-02' } } };
    expect(caseStatusesFrom(answer)).toBe(answer);
    expect(caseStatusesFrom({ locked: true, statuses: {} })).toEqual({ locked: true, statuses: {} });
    expect(caseStatusesFrom({ refused: true, reason: 'x' })).toBeNull();
    expect(caseStatusesFrom(null)).toBeNull();
  });
});

describe('the profile a portal page gets', () => {
  it('holds what the overlay evaluates and shows, and not the rest of the file', () => {
    const sent = pageProfile(kearneyForskning);
    expect(Object.keys(sent).sort()).toEqual(['id', 'name', 'steps', 'triggers']);
    expect(sent.triggers).toEqual(kearneyForskning.triggers);
    expect(sent.steps).toEqual(kearneyForskning.steps);
    // What a structured clone carries to the page is plain data.
    expect(structuredClone(sent)).toEqual(sent);
  });
});
