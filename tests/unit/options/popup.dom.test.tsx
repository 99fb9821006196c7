// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageSummary } from '../../../lib/messaging/protocol';
import { createFakeBrowser, type FakeBrowser } from './fake-browser';

let fake: FakeBrowser = createFakeBrowser();
vi.mock('webextension-polyfill', () => ({
  default: new Proxy({}, { get: (_, key) => (fake as unknown as Record<PropertyKey, unknown>)[key] }),
}));

const { PopupApp } = await import('../../../components/popup/PopupApp');

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const summary: PageSummary = {
  portal: 'visma-flyt-skole',
  portalName: 'Visma Flyt Skole',
  readable: true,
  missing: [],
  notes: [],
  counts: { ok: 21, unknown: 2, watch: 3, concern: 2, serious: 1 },
  urgent: [
    { studentName: 'Kari Nordmann', level: 'serious', step: 'Kontakt hjemmet', deadline: '2026-11-20', overdue: true, onCourse: null },
    { studentName: 'Ola Nordmann', level: 'concern', step: 'Kartlegg fraværet', deadline: null, overdue: false, onCourse: null },
  ],
  screenShare: false,
};

let root: Root | null = null;
let container: HTMLElement;

async function renderPopup(setup: (fake: FakeBrowser) => void, stored: Record<string, unknown> = {}, managed?: Record<string, unknown>): Promise<HTMLElement> {
  fake = createFakeBrowser(stored, managed);
  setup(fake);
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => {
    root!.render(<PopupApp />);
  });
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  return container;
}

function portalTab(reply: unknown) {
  return (f: FakeBrowser) => {
    f.tabs.query.mockResolvedValue([{ id: 4, url: 'https://skole.visma.com/raelingen/fravaer' }]);
    f.tabs.sendMessage.mockImplementation(async () => reply);
  };
}

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  container?.remove();
});

describe('popup on a portal tab', () => {
  it('says which guideline is in force on the page and who chose it', async () => {
    const line = (popup: HTMLElement) => popup.querySelector('[data-testid="popup-guideline"]')?.textContent;
    expect(line(await renderPopup(portalTab(summary)))).toBe('Rælingen kommune – fravær i grunnskolen – skoleportalens standard.');
    expect(line(await renderPopup(portalTab(summary), { settings: { profileId: 'kearney-forskning' } }))).toBe(
      'Forskningsbaserte terskler (Kearney 2008) – valgt av deg.',
    );
    expect(line(await renderPopup(portalTab(summary), { settings: { profileId: 'kearney-forskning' } }, { guideline: 'trondelag-vgs' }))).toBe(
      'Trøndelag fylkeskommune – bekymringsfullt skolefravær i videregående – satt av skoleeier.',
    );
  });

  it('counts the students at each level, most worrying first, with the level words', async () => {
    const popup = await renderPopup(portalTab(summary));
    const counts = [...popup.querySelectorAll('.level-count')].map((li) => li.textContent);
    expect(counts).toEqual(['1Alvorlig', '2Bekymring', '3Følg med', '2Kan ikke vurdere', '21OK']);
    expect(popup.querySelector('h2')?.textContent).toBe('Elever på siden (29)');
  });

  it('lists the urgent steps with Norwegian dates, and marks what is overdue', async () => {
    const popup = await renderPopup(portalTab(summary));
    const items = [...popup.querySelectorAll('.urgent')];
    expect(items[0]?.textContent).toContain('Kari Nordmann');
    expect(items[0]?.querySelector('.deadline')?.textContent).toBe('Frist 20.11.2026 – forfalt');
    expect(items[1]?.querySelector('.deadline')?.textContent).toBe('Ingen fast frist');
  });

  it('hides the students’ names while screen sharing is on', async () => {
    const popup = await renderPopup(portalTab({ ...summary, screenShare: true }), { settings: { screenShare: true } });
    expect(popup.textContent).not.toContain('Kari Nordmann');
    expect(popup.textContent).toContain('Skjult mens skjermdeling er på.');
  });

  it('says what the page’s reader noted about no student on it, in the teacher’s language', async () => {
    // Worked out from the reading table (lib/i18n/messages/reading.ts): each note once, as a sentence.
    const noted: PageSummary = {
      ...summary,
      notes: [{ code: 'paginated' }, { code: 'row-without-id', name: 'Per Pettersen' }, { code: 'paginated' }],
    };
    const section = (popup: HTMLElement) => popup.querySelector('[data-testid="popup-reader-notes"]');
    const nb = section(await renderPopup(portalTab(noted)));
    expect(nb?.querySelector('h2')?.textContent).toBe('Fra lesingen av siden');
    expect([...(nb?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual([
      'Tabellen er delt på flere sider; bare denne siden er lest',
      'Raden «Per Pettersen» har ingen elev-id og ble hoppet over',
    ]);
    const nn = section(await renderPopup(portalTab(noted), { settings: { language: 'nn' } }));
    expect(nn?.querySelector('h2')?.textContent).toBe('Frå lesinga av sida');
    expect(nn?.querySelector('li')?.textContent).toBe('Tabellen er delt på fleire sider; berre denne sida er lesen');
    const en = section(await renderPopup(portalTab(noted), { settings: { language: 'en' } }));
    expect(en?.querySelector('h2')?.textContent).toBe('From reading the page');
    expect([...(en?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual([
      'The table is split into pages; only this page was read',
      'The row "Per Pettersen" has no student id and was left out',
    ]);
    // Nothing noted, nothing said; and a note may name a student, so screen sharing hides it.
    expect(section(await renderPopup(portalTab(summary)))).toBeNull();
    expect(section(await renderPopup(portalTab({ ...noted, screenShare: true }), { settings: { screenShare: true } }))).toBeNull();
  });

  it('offers teach mode when the page could not be read, and starts it in the tab', async () => {
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    const popup = await renderPopup(portalTab({ ...summary, readable: false, missing: [{ code: 'no-column', column: 'Elev', part: 'overview' }] }));
    // The page's reason arrives as a code and is worded in the popup's language (bokmål by default).
    expect(popup.textContent).toContain('fant ikke kolonnen «Elev» i fraværsoversikten');
    const teach = [...popup.querySelectorAll('button')].find((b) => b.textContent === 'Lær opp denne siden')!;
    await act(async () => {
      teach.click();
    });
    expect(fake.tabs.sendMessage).toHaveBeenLastCalledWith(4, { type: 'startTeachMode' });
    expect(close).toHaveBeenCalled();
    close.mockRestore();
  });
});

describe('popup on another site', () => {
  it('requests the permission for that origin and remembers the site', async () => {
    const popup = await renderPopup((f) => {
      f.tabs.query.mockResolvedValue([{ id: 9, url: 'https://intranett.kommune.no/fravaer?klasse=9b' }]);
    });
    expect(popup.textContent).toContain('Nærværsradar er ikke slått på for https://intranett.kommune.no.');
    const enable = [...popup.querySelectorAll('button')].find((b) => b.textContent === 'Aktiver på denne siden')!;
    await act(async () => {
      enable.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(fake.permissions.request).toHaveBeenCalledWith({ origins: ['https://intranett.kommune.no/*'] });
    expect((fake.store.settings as { enabledSites: string[] }).enabledSites).toEqual(['https://intranett.kommune.no']);
    expect(popup.textContent).toContain('Last inn siden på nytt');
  });

  it('leaves the settings alone when the teacher says no', async () => {
    const popup = await renderPopup((f) => {
      f.tabs.query.mockResolvedValue([{ id: 9, url: 'https://intranett.kommune.no/' }]);
      f.permissions.request.mockResolvedValue(false);
    });
    const enable = [...popup.querySelectorAll('button')].find((b) => b.textContent === 'Aktiver på denne siden')!;
    await act(async () => {
      enable.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(fake.store.settings).toBeUndefined();
    expect(popup.textContent).toContain('tilgangen ble ikke gitt');
  });

  it('says the extension cannot run on a browser page', async () => {
    const popup = await renderPopup((f) => {
      f.tabs.query.mockResolvedValue([{ id: 2, url: 'chrome://newtab/' }]);
    });
    expect(popup.textContent).toContain('Nærværsradar kan ikke brukes på denne siden.');
    expect(popup.querySelector('button[class="primary"]')).toBeNull();
  });
});
