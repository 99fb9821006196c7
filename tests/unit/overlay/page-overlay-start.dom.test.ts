// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { PageOverlay } from '../../../components/overlay/controller/page-overlay.dom';
import type { PortalAdapter, ReadOptions } from '../../../lib/portals/adapter';

/**
 * How a page starts: it is located while its configuration is still being read from the
 * extension's storage, and read and rendered only once the configuration is in. The reader here is
 * a stand-in that notes each call; what each test expects is worked out from the order of events
 * it sets up.
 */
function startWith(kept: unknown, readerId = 'generic') {
  document.body.innerHTML = '<table><tr><td id="kari">Kari Moe</td><td>4</td></tr></table>';
  const anchor = document.getElementById('kari')!;
  const events: string[] = [];
  const located: ReadOptions[] = [];
  let release: (config: unknown) => void = () => undefined;
  const reader: PortalAdapter = {
    id: readerId,
    name: 'stand-in',
    matchesUrl: () => true,
    locate: (_doc, _url, options) => {
      events.push('locate');
      located.push(options);
      return { ok: true, layout: { adapterId: readerId, pageType: 'class-overview', slots: [{ key: 'kari', anchor, elements: [anchor.parentElement!] }], context: {}, warnings: [] } } as never;
    },
    readStudent: () => {
      events.push('readStudent');
      return { student: { key: 'kari', name: 'Kari Moe' }, events: [], coverage: {} } as never;
    },
  };
  const overlay = new PageOverlay({
    doc: document,
    currentUrl: () => new URL('http://127.0.0.1/bench/class.html'),
    asOf: () => '2027-06-18',
    send: () => new Promise(() => undefined), // the background never answers in these tests
    loadReader: async () => ({ reader, config: undefined }),
    keptConfig: () => {
      events.push('config read started');
      return new Promise((resolve) => (release = (config) => (events.push('config read'), resolve(config))));
    },
    loadPart: async () => undefined,
    browserLanguage: 'nb',
    topFrame: true,
    log: () => undefined,
  });
  const started = overlay.start();
  const settled = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { overlay, events, located, release: (config = kept) => release(config), started, settled };
}

const CONFIG = { profile: null, codeOverrides: {}, screenShare: false, ownDefaults: true, taughtMapping: null, calendar: null, language: 'nb' };
const TAUGHT = { tableIndex: 0, nameColumn: 0, absenceColumn: 1, absenceUnit: 'days' };

let stop: (() => void) | undefined;
afterEach(() => stop?.());

describe('PageOverlay: the start of a page', () => {
  it('locates the page while its configuration is read, and reads its students once the configuration is in', async () => {
    const page = startWith(CONFIG);
    stop = () => page.overlay.stop();
    await page.settled();
    expect(page.events).toEqual(['config read started', 'locate']);
    page.release();
    await page.started;
    await page.settled();
    expect(page.events).toEqual(['config read started', 'locate', 'config read', 'readStudent']);
  });

  it('locates the page again when the configuration brings a taught mapping for the generic reader', async () => {
    const page = startWith({ ...CONFIG, taughtMapping: TAUGHT });
    stop = () => page.overlay.stop();
    await page.settled();
    page.release();
    await page.started;
    await page.settled();
    expect(page.events).toEqual(['config read started', 'locate', 'config read', 'locate', 'readStudent']);
    expect(page.located.map((options) => options.taughtMapping)).toEqual([undefined, TAUGHT]);
  });

  it('does not locate again for a taught mapping another reader does not use', async () => {
    const page = startWith({ ...CONFIG, taughtMapping: TAUGHT }, 'vigilo');
    stop = () => page.overlay.stop();
    await page.settled();
    page.release();
    await page.started;
    await page.settled();
    expect(page.events).toEqual(['config read started', 'locate', 'config read', 'readStudent']);
  });
});
