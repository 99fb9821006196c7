// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser, type FakeBrowser } from './fake-browser';

let fake: FakeBrowser = createFakeBrowser();
vi.mock('webextension-polyfill', () => ({
  default: new Proxy({}, { get: (_, key) => (fake as unknown as Record<PropertyKey, unknown>)[key] }),
}));

const { OptionsPage } = await import('../../../components/options/OptionsPage');
const { PORTAL_CODE_TABLES } = await import('../../../components/options/portal-code-tables');
const { BUILT_IN_PROFILES } = await import('../../../lib/guidelines/registry');

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
let container: HTMLElement;

async function renderPage(stored?: unknown, managed?: Record<string, unknown>): Promise<HTMLElement> {
  fake = createFakeBrowser(stored === undefined ? {} : { settings: stored }, managed);
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => {
    root!.render(<OptionsPage builtIns={BUILT_IN_PROFILES} portals={PORTAL_CODE_TABLES} today="2026-11-24" />);
  });
  // Settle the storage reads and the shortcut lookup.
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  return container;
}

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  container?.remove();
});

beforeEach(() => {
  document.documentElement.lang = '';
});

function accessibleName(control: Element): string {
  const labelledBy = control.getAttribute('aria-labelledby');
  if (labelledBy) return labelledBy.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim();
  const ariaLabel = control.getAttribute('aria-label');
  if (ariaLabel) return ariaLabel;
  const id = control.getAttribute('id');
  const label = id ? document.querySelector(`label[for="${id}"]`) : control.closest('label');
  if (label) return label.textContent?.trim() ?? '';
  if (control.tagName === 'BUTTON') return control.textContent?.trim() ?? '';
  return '';
}

describe('options page', () => {
  it('shows every section with its heading, headings in order, and <html lang> in the UI language', async () => {
    const page = await renderPage({ language: 'nn' });
    const headings = [...page.querySelectorAll('h1, h2, h3, h4')];
    expect(headings.filter((h) => h.tagName === 'H2').map((h) => h.textContent)).toEqual([
      'Rettleiar',
      'Fråværskodar',
      'Språk',
      'Skjermdeling',
      'Personvern og tryggingskopi',
      'Sider',
    ]);
    let previous = 0;
    for (const heading of headings) {
      const level = Number(heading.tagName[1]);
      expect(level - previous, heading.textContent ?? '').toBeLessThanOrEqual(1);
      previous = level;
    }
    expect(document.documentElement.lang).toBe('nn');
  });

  it('gives every control an accessible name', async () => {
    const page = await renderPage({ customProfiles: [], profileBySite: { 'https://skole.visma.com': 'trondelag-vgs' } });
    const controls = [...page.querySelectorAll('input, select, textarea, button')];
    expect(controls.length).toBeGreaterThan(20);
    const unnamed = controls.filter((c) => accessibleName(c) === '').map((c) => c.outerHTML.slice(0, 120));
    expect(unnamed).toEqual([]);
  });

  it('falls back to the defaults with a visible notice when the stored settings are corrupt', async () => {
    const page = await renderPage({ idleLockMinutes: 'femten', language: 'klingon' });
    const warning = [...page.querySelectorAll('[role="status"]')].find((n) => n.textContent?.includes('kunne ikke leses'));
    expect(warning?.textContent).toContain('idleLockMinutes');
    expect(warning?.textContent).toContain('Standardinnstillingene brukes');
    // The page is all there, on the defaults.
    expect(page.querySelectorAll('h2')).toHaveLength(6);
    const idle = [...page.querySelectorAll('label')].find((l) => l.textContent?.startsWith('Lås notatene'));
    expect((document.getElementById(idle!.htmlFor) as HTMLInputElement).value).toBe('15');
  });

  it('saves a choice and tells the portal tabs', async () => {
    const page = await renderPage();
    const radio = page.querySelector<HTMLInputElement>('input[type="radio"][value="en"]')!;
    await act(async () => {
      radio.click();
    });
    expect((fake.store.settings as { language: string }).language).toBe('en');
    expect(fake.sent).toContainEqual({ type: 'broadcast', message: { type: 'settingsChanged' } });
    expect(document.documentElement.lang).toBe('en');
    expect(page.querySelector('h1')?.textContent).toBe('Nærværsradar – settings');
  });

  it('lists each problem of a bad profile file as file, place and problem', async () => {
    const page = await renderPage();
    const input = [...page.querySelectorAll<HTMLInputElement>('input[type="file"]')][0]!;
    const file = new File(['{"id": "oslo", "name": "Oslo", "triggers": "ingen"}'], 'oslo.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    const alert = page.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Filen ble ikke importert');
    const rows = [...alert!.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows.every(([fileName]) => fileName === 'oslo.json')).toBe(true);
    expect(rows.map(([, path]) => path)).toContain('triggers');
    expect(fake.store.settings).toBeUndefined();
  });

  it('shows every trigger of the shown profile with its quote and level', async () => {
    const page = await renderPage({ profileId: 'kearney-forskning' });
    const kearney = BUILT_IN_PROFILES.find((p) => p.id === 'kearney-forskning')!;
    const quotes = [...page.querySelectorAll('#veileder-innhold blockquote')].map((q) => q.textContent);
    for (const trigger of kearney.triggers) expect(quotes).toContain(trigger.quote);
    for (const step of kearney.steps) expect(quotes).toContain(step.quote);
    expect(page.querySelectorAll('#veileder-innhold blockquote[lang="nb"]')).toHaveLength(kearney.triggers.length + kearney.steps.length);
  });

  it('removes a taught site: its permission and its mapping', async () => {
    const mapping = { tableIndex: 1, nameColumn: 0, absenceColumns: [2], columnMeaning: ['days'] };
    const page = await renderPage({ enabledSites: ['https://intranett.kommune.no'], taughtMappings: { 'https://intranett.kommune.no': mapping } });
    const site = page.querySelector('#sider .site')!;
    expect(site.textContent).toContain('Kolonne 3: dager');
    const remove = [...site.querySelectorAll('button')].find((b) => b.textContent?.includes('Fjern'))!;
    await act(async () => {
      remove.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(fake.permissions.remove).toHaveBeenCalledWith({ origins: ['https://intranett.kommune.no/*'] });
    const stored = fake.store.settings as { enabledSites: string[]; taughtMappings: object };
    expect(stored.enabledSites).toEqual([]);
    expect(stored.taughtMappings).toEqual({});
  });

  it('refuses an idle-lock time outside the schema, says why, and saves a valid one on Enter', async () => {
    const page = await renderPage();
    const label = [...page.querySelectorAll('label')].find((l) => l.textContent?.startsWith('Lås notatene'))!;
    const input = document.getElementById(label.htmlFor) as HTMLInputElement;
    const type = async (text: string, finish: 'blur' | 'enter') => {
      await act(async () => {
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, text);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await act(async () => {
        if (finish === 'blur') input.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
        else input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
        await new Promise((resolve) => setTimeout(resolve, 0));
      });
    };
    await type('0', 'blur');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const error = document.getElementById(input.getAttribute('aria-describedby')!.split(' ').at(-1)!);
    expect(error?.textContent).toBe('Skriv et helt tall fra 1 til 480.');
    expect(fake.store.settings).toBeUndefined();
    await type('30', 'enter');
    expect((fake.store.settings as { idleLockMinutes: number }).idleLockMinutes).toBe(30);
    expect(input.hasAttribute('aria-invalid')).toBe(false);
  });

  it('asks the background to switch screen-share mode', async () => {
    const page = await renderPage();
    const toggle = page.querySelector<HTMLInputElement>('#skjermdeling input[role="switch"]')!;
    await act(async () => {
      toggle.click();
    });
    expect(fake.sent).toContainEqual({ type: 'setScreenShare', on: true });
  });

  describe("the school owner's policy", () => {
    const POLICY = { guideline: 'trondelag-vgs', idleLockMinutes: 5, retentionMonths: 24, teacherMayChange: ['idleLockMinutes'] };
    /** Disabled itself or through a disabled fieldset (happy-dom does not match :disabled through one). */
    const disabled = (control: Element) => control.matches(':disabled') || control.closest('fieldset[disabled]') !== null;
    const field = (page: HTMLElement, labelStart: string) => {
      const label = [...page.querySelectorAll('label')].find((l) => l.textContent?.startsWith(labelStart))!;
      return document.getElementById(label.htmlFor) as HTMLInputElement | HTMLSelectElement;
    };

    it('shows what it sets, disables what it locks, and leaves open what the teacher may change', async () => {
      const page = await renderPage({ profileId: 'kearney-forskning' }, POLICY);
      const guideline = field(page, 'Veileder') as HTMLSelectElement;
      expect(guideline.value).toBe('trondelag-vgs');
      expect(disabled(guideline)).toBe(true);
      const retention = field(page, 'Slett avsluttede');
      expect(retention.value).toBe('24');
      expect(disabled(retention)).toBe(true);
      const idle = field(page, 'Lås notatene');
      expect(idle.value).toBe('5');
      expect(disabled(idle)).toBe(false);
      const notes = [...page.querySelectorAll('.managed-note')].map((n) => n.textContent);
      expect(notes).toEqual(['Satt av skoleeier – kan ikke endres her.', 'Satt av skoleeier – du kan endre det.', 'Satt av skoleeier – kan ikke endres her.']);
    });

    it('refuses a change to a locked setting in the write path too, and keeps one the teacher may make', async () => {
      await renderPage({}, POLICY);
      const { updateSettings } = await import('../../../lib/store/settings-storage.browser');
      await expect(updateSettings((s) => ({ ...s, retentionMonths: 3 }))).rejects.toMatchObject({ name: 'LockedByPolicyError', keys: ['retentionMonths'] });
      await expect(updateSettings((s) => ({ ...s, profileId: 'kearney-forskning' }))).rejects.toMatchObject({ name: 'LockedByPolicyError', keys: ['guideline'] });
      expect(fake.store.settings).toEqual({});
      const saved = await updateSettings((s) => ({ ...s, idleLockMinutes: 45 }));
      expect(saved.settings.idleLockMinutes).toBe(45);
      expect((fake.store.settings as { changedByTeacher: string[] }).changedByTeacher).toEqual(['idleLockMinutes']);
    });

    it('names the key and the problem of a bad policy, and the page works on the teacher\'s own settings', async () => {
      const page = await renderPage({ idleLockMinutes: 20 }, { idleLockMinutes: 9999, guideline: 'trondelag-vgs' });
      const problems = [...page.querySelectorAll('[data-testid="policy-problems"] li')].map((li) => li.textContent);
      expect(problems).toEqual(['idleLockMinutes: må være høyst 480 (fant: 9999)']);
      expect(page.textContent).toContain('Skoleeiers innstillinger kunne ikke brukes');
      expect(page.querySelectorAll('h2')).toHaveLength(6);
      expect(field(page, 'Lås notatene').value).toBe('20');
      expect(disabled(field(page, 'Lås notatene'))).toBe(false);
      expect((field(page, 'Veileder') as HTMLSelectElement).value).toBe('');
      expect(page.querySelectorAll('.managed-note')).toHaveLength(0);
    });
  });
});
