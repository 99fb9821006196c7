// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { freshFactory } from '../store/fake-idb';
import { StudentPage } from '../../../components/student/StudentPage';
import { saveStudentHandoff } from '../../../lib/store/student-handoff.browser';
import { StoreError } from '../../../lib/store/store-error';
import { Vault } from '../../../lib/store/vault';
import { extensionVault, lockVaultIfIdle } from '../../../lib/store/vault-session.browser';
import { AS_OF, handoff } from './fixture';

/**
 * The student page end to end inside one document, with the extension APIs faked and IndexedDB
 * from fake-indexeddb: first use, notes saved through the real vault, the messages the background
 * gets, a failed save that keeps the teacher's text, locking and a wrong passphrase.
 */

const PASS = 'lange setninger er gode passord';
const KEY = 'visma-flyt-skole:4711';
const sent: unknown[] = [];
const REDRAW = { type: 'broadcast', message: { type: 'caseStatusChanged' } };
let root: Root;
let container: HTMLElement;

// The page imports the polyfill, which refuses to load outside an extension: it gets the fake instead.
vi.mock('webextension-polyfill', async () => ({ default: (await import('wxt/testing/fake-browser')).fakeBrowser }));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const q = <T extends Element = HTMLElement>(selector: string) => container.querySelector<T>(selector);
const byTestId = <T extends Element = HTMLElement>(id: string) => q<T>(`[data-testid="${id}"]`);

async function waitFor<T>(find: () => T | null | undefined | false, what: string): Promise<T> {
  for (let i = 0; i < 400; i++) {
    const found = find();
    if (found) return found;
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
  }
  throw new Error(`never appeared: ${what}`);
}

/** Types into a React-controlled field the way a browser does: set the value, fire input. */
async function type(element: HTMLInputElement | HTMLTextAreaElement | null, text: string) {
  if (!element) throw new Error('no field to type into');
  const prototype = element instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(prototype, 'value')!.set!.call(element, text);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function click(element: Element | null) {
  if (!element) throw new Error('nothing to click');
  await act(async () => {
    (element as HTMLElement).click();
  });
}

async function stored() {
  return extensionVault().getStudent(KEY);
}

beforeAll(async () => {
  (globalThis as { indexedDB?: IDBFactory }).indexedDB = freshFactory();
  fakeBrowser.i18n.getUILanguage = () => 'nb';
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    sent.push(message);
    return Promise.resolve({ ok: true });
  });
  await saveStudentHandoff({ ...handoff(), intent: 'exportMappingForm' }, 1);
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => {
    root.render(<StudentPage studentKey={KEY} today="2027-01-04" />);
  });
});

afterAll(async () => {
  await act(async () => root.unmount());
  await extensionVault().close();
});

describe('the student page', () => {
  it('first use: a passphrase typed twice; a weak one, and two that differ, are refused without setting anything up', async () => {
    const form = await waitFor(() => byTestId('unlock-form'), 'the set-up form');
    expect(q('h1')?.textContent).toBe('Notater og skjema');
    // Long enough, but the first thing an attacker tries: refused, nothing set up.
    await type(byTestId('passphrase-input'), 'Sommer2024!');
    await type(byTestId('passphrase-repeat'), 'Sommer2024!');
    await click(byTestId('unlock-submit'));
    expect(form.querySelector('[role="alert"]')?.textContent).toMatch(/^Passordet er for lett å gjette/);
    expect(await extensionVault().isSetUp()).toBe(false);

    await type(byTestId('passphrase-input'), PASS);
    await type(byTestId('passphrase-repeat'), `${PASS}!`);
    await click(byTestId('unlock-submit'));
    expect(form.querySelector('[role="alert"]')?.textContent).toBe('De to passordene er ikke like.');
    expect(await extensionVault().isSetUp()).toBe(false);

    await type(byTestId('passphrase-repeat'), PASS);
    await click(byTestId('unlock-submit'));
    await waitFor(() => byTestId('student-name'), 'the student');
    expect(await extensionVault().isSetUp()).toBe(true);
    expect(await fakeBrowser.storage.session.get('vault.key')).toHaveProperty(['vault.key']);
  });

  it('shows the student, the engine’s next step, the pattern and the forms; <html lang> follows the language', async () => {
    expect(byTestId('student-name')?.textContent).toBe('Åse Marie Ødegård');
    expect(document.documentElement.lang).toBe('nb');
    expect(byTestId('next-step')?.querySelector('h4')?.textContent).toBe('Melde til ledelsen og fylle ut kartleggingsskjema 1');
    expect(byTestId('sparkline')?.getAttribute('aria-label')).toMatch(/^Fravær per uke dette halvåret \(dager\): /);
    expect(byTestId('export-docx-kartlegging-fravaersmonster')).not.toBeNull();
    expect(byTestId('export-pdf-samarbeidsavtale')).not.toBeNull();
    // "Eksporter kartleggingsskjema" opens with that form's preview focused.
    expect(document.activeElement?.textContent).toBe('Kartlegging av elevens fraværsmønster');
    expect(document.title).not.toContain('Åse');
  });

  it('adding a contact saves it in the vault at once and tells the background', async () => {
    sent.length = 0;
    await type(await waitFor(() => byTestId<HTMLTextAreaElement>('contact-agreed'), 'the contact log'), 'Mor ringer skolen hver morgen.');
    await click(byTestId('contact-log-add'));
    await waitFor(() => byTestId('save-status')?.textContent === 'Lagret.', 'saved');
    const record = await stored();
    expect(record?.contactLog).toMatchObject([{ date: AS_OF, withWhom: 'foresatte', agreed: 'Mor ringer skolen hver morgen.' }]);
    expect(record?.displayName).toBe('Åse Marie Ødegård');
    expect(sent).toContainEqual({ type: 'vaultActivity' });
    expect(sent).not.toContainEqual(REDRAW);
  });

  it('ticking a step saves it, redraws the badges and moves the next step on', async () => {
    sent.length = 0;
    await click(byTestId('step-done-kartlegging'));
    await waitFor(() => (byTestId('next-step')?.querySelector('h4')?.textContent ?? '').startsWith('Drøfte saken med barneverntjenesten'), 'the next step');
    // The badges are told once the vault has the step.
    await waitFor(() => sent.some((m) => JSON.stringify(m) === JSON.stringify(REDRAW)), 'the message to the portal tabs');
    expect((await stored())?.caseRecord?.steps).toEqual([{ stepId: 'kartlegging', doneOn: AS_OF }]);
  });

  it('a save that fails says why and keeps the text; saving again stores it', async () => {
    const failure = vi
      .spyOn(Vault.prototype, 'putStudent')
      .mockRejectedValueOnce(new StoreError({ code: 'write-aborted', action: 'save-note' }));
    const text = 'Hun sier at gymtimene er verst.';
    await type(byTestId<HTMLTextAreaElement>('free-text'), text);
    await click(byTestId('save-button'));
    const alert = await waitFor(() => byTestId('save-bar')?.querySelector('[role="alert"]'), 'the error');
    expect(alert.textContent).toContain('Notatet ble ikke lagret: lagringen ble avbrutt.');
    expect(byTestId<HTMLTextAreaElement>('free-text')?.value).toBe(text);
    expect((await stored())?.freeText).toBe('');

    await click(byTestId('save-button'));
    await waitFor(() => byTestId('save-status')?.textContent === 'Lagret.', 'saved');
    expect((await stored())?.freeText).toBe(text);
    failure.mockRestore();
  });

  it('"Lås" hides the notes but keeps unsaved typing; a wrong passphrase changes nothing; the right one brings it back', async () => {
    const unsaved = 'Hun sier at gymtimene er verst. Og svømming.';
    await type(byTestId<HTMLTextAreaElement>('free-text'), unsaved);
    await click(byTestId('lock-button'));
    await waitFor(() => byTestId('unlock-form'), 'the unlock form');
    expect(byTestId('free-text')).toBeNull();
    expect(container.textContent).not.toContain('gymtimene');
    expect(container.textContent).toContain('Notatene ble låst før alt var lagret.');
    expect(await fakeBrowser.storage.session.get('vault.key')).toEqual({});

    await type(byTestId('passphrase-input'), 'feil passord her');
    await click(byTestId('unlock-submit'));
    const alert = await waitFor(() => byTestId('unlock-form')?.querySelector('[role="alert"]'), 'the error');
    expect(alert.textContent).toBe('Feil passord. Ingenting er endret.');
    expect(extensionVault().isUnlocked()).toBe(false);

    await type(byTestId('passphrase-input'), PASS);
    await click(byTestId('unlock-submit'));
    const freeText = await waitFor(() => byTestId<HTMLTextAreaElement>('free-text'), 'the notes');
    expect(freeText.value).toBe(unsaved);
    expect((await stored())?.freeText).toBe('Hun sier at gymtimene er verst.');
  });

  it('the idle lock in the background clears the open page at once, without the teacher looking at it', async () => {
    await waitFor(() => byTestId<HTMLTextAreaElement>('free-text'), 'the notes');
    // What the background's alarm does after the idle minutes: the page is neither clicked nor shown again.
    expect(await lockVaultIfIdle(1, Date.now() + 2 * 60_000)).toBe(true);
    await waitFor(() => byTestId('unlock-form'), 'the unlock form');
    expect(byTestId('free-text')).toBeNull();
    expect(container.textContent).not.toContain('gymtimene');
    await type(byTestId('passphrase-input'), PASS);
    await click(byTestId('unlock-submit'));
    await waitFor(() => byTestId<HTMLTextAreaElement>('free-text'), 'the notes again');
  });

  it('closing the case with the guideline’s outcome stores closedAt and leaves no next step', async () => {
    sent.length = 0;
    await click(q(`input[type="radio"][value="naturligForklaring"]`));
    await click(byTestId('close-case-button'));
    await waitFor(() => byTestId('assessment')?.textContent?.includes('Saken er avsluttet.'), 'the closed case');
    await waitFor(() => sent.some((m) => JSON.stringify(m) === JSON.stringify(REDRAW)), 'the message to the portal tabs');
    const record = await stored();
    expect(record?.closedAt).toBe(AS_OF);
    expect(record?.caseRecord?.closed).toEqual({ on: AS_OF, outcome: 'naturligForklaring' });
  });

  it('"Slett alle data om eleven" asks first, then deletes', async () => {
    await click(byTestId('delete-start'));
    expect(await stored()).toBeDefined();
    await click(byTestId('delete-confirm'));
    await waitFor(() => container.textContent?.includes('Alle data om eleven er slettet.'), 'the deletion');
    expect(await stored()).toBeUndefined();
  });
});
