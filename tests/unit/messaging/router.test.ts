import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { ContentRequest, isRefusal, type CaseStatusResponse, type PageConfig } from '../../../lib/messaging/protocol';
import { routeMessage, type BackgroundServices } from '../../../lib/messaging/router';
import { matchesPattern, type SenderFacts, type SenderPolicy } from '../../../lib/messaging/sender-policy';
import type { ReadingRow } from '../../../lib/model';
import { PORTAL_MATCHES, TEST_MATCHES } from '../../../lib/portals/hosts';

/**
 * The background acts only on well-formed messages from this extension's own pages or from its
 * content script in an enabled portal tab. Everything else — forged, oversized, malformed — is
 * refused and logged, and no service is called for it.
 */

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const POLICY: SenderPolicy = {
  extensionId: EXTENSION_ID,
  extensionOrigin: `chrome-extension://${EXTENSION_ID}/`,
  // The background's own rule: the portals' match patterns (and loopback, as in the test build).
  isEnabledPage: (url) => [...PORTAL_MATCHES, ...TEST_MATCHES].some((pattern) => matchesPattern(url, pattern)),
  isPortalPage: (url) => [...PORTAL_MATCHES, ...TEST_MATCHES].some((pattern) => matchesPattern(url, pattern)),
};

const PORTAL_TAB: SenderFacts & { tabId: number } = {
  id: EXTENSION_ID,
  url: 'https://skole.visma.com/raelingen/Absence/ClassOverview?groupId=4711',
  fromTab: true,
  tabId: 7,
};
const EXTENSION_PAGE: SenderFacts = { id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/student.html`, fromTab: false };

const ROW: ReadingRow = {
  student: { key: 'generic@skole.visma.com/40123', name: 'Aksel Brenden', className: '9B', grade: 9, ageBand: 'ungdomstrinn' },
  events: [],
  totals: { days: 0, lessons: 2, lateCount: 1, percent: 0.6, period: 'term', subjects: [] },
  coverage: 'totals',
};

const PAGE_CONFIG: PageConfig = {
  profile: null,
  codeOverrides: {},
  screenShare: false,
  ownDefaults: true,
  taughtMapping: null,
  calendar: null,
  language: 'nb',
};

/** One of each request the content script may send, all valid. */
const VALID_CONTENT_REQUESTS: ContentRequest[] = [
  { type: 'getPageConfig', portal: 'visma-flyt-skole', siteKey: 'skole.visma.com/raelingen' },
  { type: 'getCaseStatus', studentKeys: ['visma-flyt-skole:100201', 'visma-flyt-skole:100202'] },
  { type: 'openStudentPage', portal: 'generic', profileId: 'kearney-forskning', intent: 'notes', asOf: '2026-11-23', row: ROW },
  { type: 'setScreenShare', on: true },
  {
    type: 'saveTaughtMapping',
    siteKey: 'skole.example.no',
    mapping: { tableIndex: 0, nameColumn: 0, absenceColumns: [2], columnMeaning: ['days'] },
  },
  { type: 'saveSnapshot', html: '<html><body>anonymisert</body></html>' },
];

type Spied = { [K in keyof BackgroundServices]: ReturnType<typeof vi.fn> } & BackgroundServices;

function spies(): Spied {
  const statuses: CaseStatusResponse = { locked: true, statuses: {} };
  return {
    pageConfig: vi.fn(async () => PAGE_CONFIG),
    caseStatuses: vi.fn(async () => statuses),
    openStudentPage: vi.fn(async () => undefined),
    setScreenShare: vi.fn(async () => undefined),
    saveTaughtMapping: vi.fn(async () => undefined),
    saveSnapshot: vi.fn(async () => undefined),
    loadOverlayPart: vi.fn(async () => ({ ok: true })),
    broadcast: vi.fn(async () => undefined),
    touchVault: vi.fn(async () => undefined),
    log: vi.fn(),
  } as Spied;
}

const ACTING_SERVICES = [
  'pageConfig',
  'caseStatuses',
  'openStudentPage',
  'setScreenShare',
  'saveTaughtMapping',
  'saveSnapshot',
  'loadOverlayPart',
  'broadcast',
  'touchVault',
] as const;

function expectNothingDone(services: Spied): void {
  for (const name of ACTING_SERVICES) expect(services[name], name).not.toHaveBeenCalled();
}

/** Refused, with a reason, logged once, and not one service called. */
async function expectRefused(message: unknown, sender: SenderFacts & { tabId?: number }): Promise<string> {
  const services = spies();
  const result = await routeMessage(message, sender, POLICY, services);
  expect(isRefusal(result), JSON.stringify(result)?.slice(0, 200)).toBe(true);
  const { reason } = result as { reason: string };
  expect(reason.trim()).not.toBe('');
  expectNothingDone(services);
  expect(services.log).toHaveBeenCalledTimes(1);
  expect(String(services.log.mock.calls[0]?.[0])).toMatch(/^refused message/);
  return reason;
}

describe('senders that are refused whatever they send', () => {
  const forged: Array<[string, SenderFacts]> = [
    ['another extension', { ...PORTAL_TAB, id: 'someotherextensionidxxxxxxxxxxxx' }],
    ['no extension id', { ...PORTAL_TAB, id: undefined }],
    ['a tab on a page the extension is not enabled on', { ...PORTAL_TAB, url: 'https://evil.example/absence' }],
    ['a look-alike host (suffix)', { ...PORTAL_TAB, url: 'https://skole.visma.com.evil.example/oslo' }],
    ['a look-alike host (prefix)', { ...PORTAL_TAB, url: 'https://evilskole.visma.com/oslo' }],
    ['a look-alike tenant host', { ...PORTAL_TAB, url: 'https://asker-vgs.inschool.visma.no.evil.example/' }],
    ['the portal over plain http', { ...PORTAL_TAB, url: 'http://skole.visma.com/oslo' }],
    ['user info posing as the portal', { ...PORTAL_TAB, url: 'https://skole.visma.com@evil.example/oslo' }],
    ['a portal URL, but not from a tab', { ...PORTAL_TAB, fromTab: false }],
    ['no sender URL', { ...PORTAL_TAB, url: undefined }],
    ['a garbled sender URL', { ...PORTAL_TAB, url: 'not a url' }],
  ];

  it.each(forged)('%s: every valid request is refused and logged', async (_, sender) => {
    for (const message of [...VALID_CONTENT_REQUESTS, { type: 'broadcast', message: { type: 'settingsChanged' } }]) {
      await expectRefused(message, sender);
    }
  });

  it('whatever a disallowed sender sends, nothing is called (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...forged.map(([, sender]) => sender)), fc.anything(), async (sender, message) => {
        await expectRefused(message, sender);
      }),
      { numRuns: 300 },
    );
  });
});

/**
 * KNOWN DEFECT (lib/messaging/sender-policy.ts, classifySender): an extension page is recognised by
 * comparing `new URL(sender.url).origin` with the extension's origin. Where the URL parser gives
 * an opaque origin ("null") to non-http(s) schemes — as the URL standard and Node do for
 * chrome-extension:, moz-extension:, data: and file: — every such sender compares equal to the
 * extension and is treated as an extension page. Chromium and Firefox give their own extension
 * scheme a real origin ("chrome-extension://id", "moz-extension://uuid"), so the shipped extension
 * is not affected there; but the rule should not depend on the URL parser: comparing scheme and
 * host (or the URL's prefix) would hold everywhere. classifySender now compares scheme and host.
 */
describe('senders with an opaque origin are not taken for extension pages', () => {
  const opaque: Array<[string, SenderFacts]> = [
    ['another extension origin with our id', { id: EXTENSION_ID, url: 'chrome-extension://someotherextensionidxxxxxxxxxxxx/x.html', fromTab: false }],
    ['a data: URL', { ...PORTAL_TAB, url: 'data:text/html,<script>1</script>' }],
    ['a file: URL', { ...PORTAL_TAB, url: 'file:///home/teacher/fravaer.html' }],
  ];
  it.each(opaque)('%s: a broadcast is refused', async (_, sender) => {
    await expectRefused({ type: 'broadcast', message: { type: 'settingsChanged' } }, sender);
  });
});

describe('an enabled portal tab', () => {
  it.each(VALID_CONTENT_REQUESTS.map((request) => [request.type, request] as const))(
    'may send %s, and the matching service is called once',
    async (_, request) => {
      const services = spies();
      const result = await routeMessage(request, PORTAL_TAB, POLICY, services);
      expect(isRefusal(result)).toBe(false);
      const called = ACTING_SERVICES.filter((name) => services[name].mock.calls.length > 0);
      expect(called).toHaveLength(1);
      expect(services.log).not.toHaveBeenCalled();
    },
  );

  it('passes on only the fields the protocol knows, and the tab id from the sender, not from the message', async () => {
    const services = spies();
    await routeMessage(
      { type: 'openStudentPage', portal: 'generic', profileId: 'p', intent: 'notes', asOf: '2026-11-23', row: ROW, tabId: 999, extra: 'x' },
      PORTAL_TAB,
      POLICY,
      services,
    );
    const request = services.openStudentPage.mock.calls[0]?.[0] as Record<string, unknown>;
    expect(request.tabId).toBe(PORTAL_TAB.tabId);
    expect(request).not.toHaveProperty('extra');

    const withoutTab = spies();
    const { tabId: _, ...senderWithoutTabId } = PORTAL_TAB;
    await routeMessage(
      { type: 'openStudentPage', portal: 'generic', profileId: 'p', intent: 'notes', asOf: '2026-11-23', row: ROW, tabId: 999 },
      senderWithoutTabId,
      POLICY,
      withoutTab,
    );
    expect(withoutTab.openStudentPage.mock.calls[0]?.[0]).not.toHaveProperty('tabId');
  });

  it('works on the loopback host of the test build, on any port', async () => {
    const services = spies();
    await routeMessage({ type: 'setScreenShare', on: false }, { ...PORTAL_TAB, url: 'http://127.0.0.1:41234/generic/summary-table.html' }, POLICY, services);
    expect(services.setScreenShare).toHaveBeenCalledWith(false);
  });

  it.each([
    ['broadcast', { type: 'broadcast', message: { type: 'screenShareChanged', on: true } }],
    ['vaultActivity', { type: 'vaultActivity' }],
  ])('may not send %s, which only extension pages may', async (_, message) => {
    await expectRefused(message, PORTAL_TAB);
  });
});

describe('malformed and oversized messages from an allowed sender', () => {
  const big = (n: number) => 'x'.repeat(n);
  const malformed: Array<[string, unknown]> = [
    ['undefined', undefined],
    ['null', null],
    ['a string', 'getPageConfig'],
    ['a number', 42],
    ['an array', [{ type: 'setScreenShare', on: true }]],
    ['no type', { on: true }],
    ['a numeric type', { type: 7, on: true }],
    ['an unknown type', { type: 'deleteEverything' }],
    ['a type in other case', { type: 'SETSCREENSHARE', on: true }],
    ['a type with a trailing space', { type: 'setScreenShare ', on: true }],
    ['a huge type', { type: big(1_000_000), on: true }],
    ['a type that is an object', { type: { kind: 'setScreenShare' }, on: true }],
    ['a type that is an array', { type: ['setScreenShare'], on: true }],
    ['on as a string', { type: 'setScreenShare', on: 'true' }],
    ['on missing', { type: 'setScreenShare' }],
    ['portal as a number', { type: 'getPageConfig', portal: 123, siteKey: 'x' }],
    ['portal over 64 characters', { type: 'getPageConfig', portal: big(65), siteKey: 'x' }],
    ['siteKey over 300 characters', { type: 'getPageConfig', portal: 'generic', siteKey: big(301) }],
    ['studentKeys not an array', { type: 'getCaseStatus', studentKeys: 'visma:1' }],
    ['25 001 student keys', { type: 'getCaseStatus', studentKeys: Array.from({ length: 25_001 }, (_, i) => `k:${i}`) }],
    ['a student key over 200 characters', { type: 'getCaseStatus', studentKeys: [big(201)] }],
    ['an empty student key', { type: 'getCaseStatus', studentKeys: [''] }],
    ['a student key that is a number', { type: 'getCaseStatus', studentKeys: [1] }],
    ['snapshot html over 5 MB', { type: 'saveSnapshot', html: big(5_000_001) }],
    ['snapshot html of 50 MB', { type: 'saveSnapshot', html: big(50_000_000) }],
    ['snapshot html as an object', { type: 'saveSnapshot', html: { length: 1 } }],
    ['openStudentPage with an empty row', { type: 'openStudentPage', portal: 'generic', profileId: 'p', intent: 'notes', asOf: '2026-11-23', row: {} }],
    ['openStudentPage with a Norwegian date', { ...VALID_CONTENT_REQUESTS[2], asOf: '23.11.2026' }],
    ['openStudentPage with an unknown intent', { ...VALID_CONTENT_REQUESTS[2], intent: 'deleteNotes' }],
    ['openStudentPage with a row whose days are a string', { ...VALID_CONTENT_REQUESTS[2], row: { ...ROW, totals: { ...ROW.totals, days: '9' } } }],
    ['a taught mapping with a negative column', { type: 'saveTaughtMapping', siteKey: 's', mapping: { tableIndex: 0, nameColumn: -1, absenceColumns: [1], columnMeaning: ['days'] } }],
    ['a taught mapping with no absence column', { type: 'saveTaughtMapping', siteKey: 's', mapping: { tableIndex: 0, nameColumn: 0, absenceColumns: [], columnMeaning: [] } }],
  ];

  it.each(malformed)('%s: refused and logged, from a portal tab and from an extension page', async (_, message) => {
    await expectRefused(message, PORTAL_TAB);
    await expectRefused(message, EXTENSION_PAGE);
  });

  /**
   * Formerly a defect (lib/messaging/router.ts, refuse): the log line was built with String(message.type),
   * which threw for a type such as { toString: 'x' } or an object without a prototype, so
   * routeMessage rejects instead of refusing. Nothing is acted on — and the background's own
   * catch logs "message handling failed" — but the router breaks its promise to refuse and log.
   */
  it.each([
    ['an object whose toString is not a function', { type: { toString: 'setScreenShare' }, on: true }],
    ['an object without a prototype', { type: Object.create(null) as object, on: true }],
  ])('a type that cannot be turned into text (%s) is refused, not thrown', async (_, message) => {
    await expectRefused(message, PORTAL_TAB);
  });

  it('even then, nothing is acted on', async () => {
    const services = spies();
    await routeMessage({ type: { toString: 'setScreenShare' }, on: true }, PORTAL_TAB, POLICY, services).catch(() => undefined);
    expectNothingDone(services);
  });

  it('accepts a snapshot of exactly 5 000 000 characters: the limit is where the protocol says', async () => {
    const services = spies();
    await routeMessage({ type: 'saveSnapshot', html: big(5_000_000) }, PORTAL_TAB, POLICY, services);
    expect(services.saveSnapshot).toHaveBeenCalledTimes(1);
  });

  it('keeps the log line short however large the refused message is', async () => {
    const services = spies();
    await routeMessage({ type: big(1_000_000), payload: big(5_000_001) }, PORTAL_TAB, POLICY, services);
    const line = String(services.log.mock.calls[0]?.[0]);
    expect(line.length).toBeLessThan(400);
  });

  it('calls a service only for a message the protocol accepts (property, from a portal tab)', async () => {
    const messages = fc.oneof(
      fc.anything(),
      fc.record({ type: fc.constantFrom(...VALID_CONTENT_REQUESTS.map((r) => r.type), 'broadcast', 'vaultActivity'), on: fc.anything(), html: fc.anything(), studentKeys: fc.anything() }, { requiredKeys: ['type'] }),
    );
    await fc.assert(
      fc.asyncProperty(messages, async (message) => {
        const services = spies();
        const result = await routeMessage(message, PORTAL_TAB, POLICY, services);
        const acted = ACTING_SERVICES.filter((name) => services[name].mock.calls.length > 0);
        if (ContentRequest.safeParse(message).success) {
          expect(isRefusal(result)).toBe(false);
          expect(acted).toHaveLength(1);
        } else {
          expect(isRefusal(result)).toBe(true);
          expect(acted).toEqual([]);
          expect(services.log).toHaveBeenCalledTimes(1);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('extension pages', () => {
  it('may broadcast to the portal tabs, change screen-share mode and keep the vault awake', async () => {
    const services = spies();
    await routeMessage({ type: 'broadcast', message: { type: 'caseStatusChanged' } }, EXTENSION_PAGE, POLICY, services);
    expect(services.broadcast).toHaveBeenCalledWith({ type: 'caseStatusChanged' });
    await routeMessage({ type: 'setScreenShare', on: true }, EXTENSION_PAGE, POLICY, services);
    expect(services.setScreenShare).toHaveBeenCalledWith(true);
    await routeMessage({ type: 'vaultActivity' }, EXTENSION_PAGE, POLICY, services);
    expect(services.touchVault).toHaveBeenCalledTimes(1);
    expect(services.log).not.toHaveBeenCalled();
  });

  it('may also ask what a content script asks (the student page reads case status the same way)', async () => {
    const services = spies();
    await routeMessage({ type: 'getCaseStatus', studentKeys: ['visma:1'] }, EXTENSION_PAGE, POLICY, services);
    expect(services.caseStatuses).toHaveBeenCalledWith(['visma:1']);
  });

  it.each([
    ['a broadcast of an unknown tab message', { type: 'broadcast', message: { type: 'runScript', code: 'alert(1)' } }],
    ['a broadcast with no message', { type: 'broadcast' }],
    ['a broadcast whose screen-share flag is a string', { type: 'broadcast', message: { type: 'screenShareChanged', on: 'yes' } }],
  ])('%s is refused and nothing is broadcast', async (_, message) => {
    await expectRefused(message, EXTENSION_PAGE);
  });
});

describe('matchesPattern (WebExtension match patterns)', () => {
  it.each([
    ['https://*.inschool.visma.no/*', 'https://asker-vgs.inschool.visma.no/#/app/attendance', true],
    ['https://*.inschool.visma.no/*', 'https://a.b.inschool.visma.no/x', true],
    // "*.host" matches the host itself too, as in browsers.
    ['https://*.inschool.visma.no/*', 'https://inschool.visma.no/', true],
    ['https://*.inschool.visma.no/*', 'https://evilinschool.visma.no/', false],
    ['https://*.inschool.visma.no/*', 'https://asker-vgs.inschool.visma.no.evil.example/', false],
    ['https://*.inschool.visma.no/*', 'http://asker-vgs.inschool.visma.no/', false],
    ['https://skole.visma.com/*', 'https://skole.visma.com/oslo', true],
    ['https://skole.visma.com/*', 'https://SKOLE.Visma.COM/oslo', true],
    ['https://skole.visma.com/*', 'https://skole.visma.com:8443/oslo', true],
    ['https://skole.visma.com/*', 'https://skole.visma.com@evil.example/oslo', false],
    ['https://skole.visma.com/*', 'https://skole.visma.com.evil.example/', false],
    ['https://skole.visma.com/*', 'wss://skole.visma.com/', false],
    ['http://127.0.0.1/*', 'http://127.0.0.1:41234/generic/summary-table.html', true],
    ['http://127.0.0.1/*', 'http://127.0.0.2/', false],
    ['http://localhost/*', 'http://localhost.evil.example/', false],
    ['*://*/*', 'https://any.example/', true],
    ['*://*/*', 'http://any.example/', true],
    ['*://*/*', 'ftp://any.example/', false],
    ['*://*/*', 'file:///etc/passwd', false],
    ['https://*/*', 'https://skole.example.no/fravaer', true],
    ['https://skole.example.no/fravaer/*', 'https://skole.example.no/fravaer/oversikt?klasse=9B', true],
    ['https://skole.example.no/fravaer/*', 'https://skole.example.no/annet/fravaer/', false],
    // Path characters are literal, not regular expression syntax.
    ['https://skole.example.no/a.b/*', 'https://skole.example.no/aXb/c', false],
    ['https://skole.example.no/a+b/*', 'https://skole.example.no/aab/c', false],
    // Unicode host names are compared in the punycode browsers use.
    ['https://xn--rlingen-mxa.kommune.no/*', 'https://rælingen.kommune.no/fravaer', true],
    // "<all_urls>" is every URL of a permitted scheme (MDN, "Match patterns"); the background
    // never passes it on as an enabled site (enabled-sites.ts leaves it out).
    ['<all_urls>', 'https://skole.visma.com/', true],
    // Not patterns a browser accepts: never a match.
    ['https://skole.visma.com', 'https://skole.visma.com/', false],
    ['skole.visma.com/*', 'https://skole.visma.com/', false],
    ['', 'https://skole.visma.com/', false],
  ])('%s ~ %s → %s', (pattern, url, expected) => {
    expect(matchesPattern(new URL(url), pattern)).toBe(expected);
  });

  it('never throws, whatever the pattern (property)', () => {
    const urls = ['https://skole.visma.com/oslo?x=1', 'http://127.0.0.1:8080/', 'https://rælingen.kommune.no/a/b', 'file:///x'];
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(...urls), (pattern, url) => {
        expect(typeof matchesPattern(new URL(url), pattern)).toBe('boolean');
        expect(typeof matchesPattern(new URL(url), `https://${pattern}/*`)).toBe('boolean');
      }),
    );
  });
});

describe('a content script asks only about its own site’s students', () => {
  const GRANTED_SITE: SenderFacts & { tabId: number } = { id: EXTENSION_ID, url: 'http://127.0.0.1:4100/fravaer', fromTab: true, tabId: 9 };

  it('refuses case status for another site’s generic students, unscoped generic keys, and portal keys from a granted site', async () => {
    await expectRefused({ type: 'getCaseStatus', studentKeys: ['generic@127.0.0.1:4100/1', 'generic@skole-b.example.no/1'] }, GRANTED_SITE);
    await expectRefused({ type: 'getCaseStatus', studentKeys: ['generic:1'] }, GRANTED_SITE);
    // A built-in portal's students are asked about only from that kind of page.
    const otherSite = { ...GRANTED_SITE, url: 'https://skole-b.example.no/fravaer' };
    const policy: SenderPolicy = { ...POLICY, isEnabledPage: () => true, isPortalPage: () => false };
    const services = spies();
    expect(isRefusal(await routeMessage({ type: 'getCaseStatus', studentKeys: ['visma-flyt-skole:100202'] }, otherSite, policy, services))).toBe(true);
    expectNothingDone(services);
  });

  it('refuses to open the student page for a row of another site', async () => {
    const row = { ...ROW, student: { ...ROW.student, key: 'generic@skole-b.example.no/40123' } };
    await expectRefused({ type: 'openStudentPage', portal: 'generic', profileId: 'kearney-forskning', intent: 'notes', asOf: '2026-11-23', row }, PORTAL_TAB);
  });

  it('answers for its own site’s students', async () => {
    const services = spies();
    await routeMessage({ type: 'getCaseStatus', studentKeys: ['generic@127.0.0.1:4100/1', 'generic@127.0.0.1:4100/2'] }, GRANTED_SITE, POLICY, services);
    expect(services.caseStatuses).toHaveBeenCalledWith(['generic@127.0.0.1:4100/1', 'generic@127.0.0.1:4100/2']);
  });
});

describe('a part of the overlay is loaded only into the frame that asks, and only a known part', () => {
  const FRAME = { ...PORTAL_TAB, frameId: 3 };

  it('injects a known part into the sender’s own tab and frame', async () => {
    const services = spies();
    const result = await routeMessage({ type: 'loadOverlayPart', part: 'popover', tabId: 1, frameId: 0 }, FRAME, POLICY, services);
    expect(isRefusal(result)).toBe(false);
    expect(services.loadOverlayPart).toHaveBeenCalledWith('popover', { tabId: 7, frameId: 3 });
  });

  it.each([
    ['an unknown part', { type: 'loadOverlayPart', part: 'options' }],
    ['a path for a part', { type: 'loadOverlayPart', part: '../background.js' }],
    ['no part', { type: 'loadOverlayPart' }],
  ])('refuses %s', async (_, message) => {
    await expectRefused(message, FRAME);
  });

  it('refuses a sender without a frame, and an extension page', async () => {
    await expectRefused({ type: 'loadOverlayPart', part: 'teach' }, PORTAL_TAB);
    await expectRefused({ type: 'loadOverlayPart', part: 'teach' }, EXTENSION_PAGE);
  });
});
