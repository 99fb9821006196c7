import { describe, expect, it } from 'vitest';
import { siteOf, tabView, withEnabledSite } from '../../../components/popup/popup-state';
import type { PageSummary } from '../../../lib/messaging/protocol';

const summary: PageSummary = {
  portal: 'visma-flyt-skole',
  portalName: 'Visma Flyt Skole',
  readable: true,
  missing: [],
  notes: [],
  counts: { ok: 20, unknown: 2, watch: 3, concern: 1, serious: 1 },
  urgent: [{ studentName: 'Ola Nordmann', level: 'serious', step: 'Kontakt hjemmet', deadline: '2026-11-24', overdue: true, onCourse: null }],
  screenShare: false,
};

describe('tabView', () => {
  it('shows the portal summary when the content script answers with one', () => {
    expect(tabView(7, 'https://skole.visma.com/raelingen', summary)).toEqual({ kind: 'portal', tabId: 7, summary, siteKey: 'https://skole.visma.com/raelingen' });
  });

  it('offers to enable an ordinary site that does not answer', () => {
    expect(tabView(7, 'https://intranett.kommune.no/fravaer?klasse=9b', undefined)).toEqual({
      kind: 'otherSite',
      tabId: 7,
      origin: 'https://intranett.kommune.no',
    });
  });

  it('does not trust a reply that is not a well-formed summary', () => {
    expect(tabView(7, 'https://x.no/', { ...summary, counts: { ok: 'mange' } }).kind).toBe('otherSite');
  });

  it.each([
    [7, 'chrome://extensions/'],
    [7, 'about:blank'],
    [7, 'file:///home/larer/fravaer.html'],
    [7, undefined],
    [undefined, 'https://x.no/'],
  ])('cannot be used on tab %j at %j', (tabId, url) => {
    expect(tabView(tabId, url, null)).toEqual({ kind: 'unsupported' });
  });
});

describe('siteOf', () => {
  it('is the origin, port included', () => {
    expect(siteOf('http://127.0.0.1:8123/visma/oversikt.html')).toBe('http://127.0.0.1:8123');
    expect(siteOf('not a url')).toBeNull();
  });
});

describe('withEnabledSite', () => {
  it('adds a site once', () => {
    const once = withEnabledSite({ enabledSites: ['https://a.no'] }, 'https://b.no');
    expect(once.enabledSites).toEqual(['https://a.no', 'https://b.no']);
    expect(withEnabledSite(once, 'https://b.no')).toBe(once);
  });
});
