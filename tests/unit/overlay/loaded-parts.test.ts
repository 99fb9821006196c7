import { afterEach, describe, expect, it, vi } from 'vitest';
import { PartLoader, loadedPart, registerPart } from '../../../components/overlay/controller/loaded-parts';
import { popoverTranslator } from '../../../components/overlay/popover-words';
import { overlayTranslator } from '../../../components/overlay/words';
import type { PopoverHandle } from '../../../components/overlay/popover.dom';
import type { Patterns } from '../../../lib/patterns/types';

/**
 * The overlay's parts load on demand: once per frame, one request however many ask at once, and a
 * failed load is tried again the next time (the background injects the script; here a stand-in
 * registers the part the way an injected script does).
 */
const PARTS = '__naervaerOverlayParts';
const fakePopover = { createPopover: () => ({}) as PopoverHandle, analysePatterns: () => ({}) as Patterns };

afterEach(() => {
  delete (globalThis as Record<string, unknown>)[PARTS];
});

describe('loading the overlay’s parts', () => {
  it('asks once for callers that come while it loads, then hands out the registered part', async () => {
    const load = vi.fn(async () => registerPart('popover', fakePopover));
    const loader = new PartLoader(load);
    const [a, b] = await Promise.all([loader.get('popover'), loader.get('popover')]);
    expect(a).toBe(fakePopover);
    expect(b).toBe(fakePopover);
    await loader.get('popover');
    expect(load).toHaveBeenCalledTimes(1);
    expect(load).toHaveBeenCalledWith('popover');
  });

  it('does not ask for a part another loader in the same world already loaded', async () => {
    registerPart('popover', fakePopover);
    const load = vi.fn(async () => undefined);
    expect(await new PartLoader(load).get('popover')).toBe(fakePopover);
    expect(load).not.toHaveBeenCalled();
  });

  it('rejects when the load fails or the script registers nothing, and tries again next time', async () => {
    let attempt = 0;
    const load = vi.fn(async () => {
      attempt += 1;
      if (attempt === 1) throw new Error('executeScript failed');
      if (attempt === 3) registerPart('popover', fakePopover);
    });
    const loader = new PartLoader(load);
    await expect(loader.get('popover')).rejects.toThrow('executeScript failed');
    await expect(loader.get('popover')).rejects.toThrow('did not register');
    expect(loadedPart('popover')).toBeUndefined();
    expect(await loader.get('popover')).toBe(fakePopover);
    expect(load).toHaveBeenCalledTimes(3);
  });
});

describe('the popover’s words', () => {
  it('takes its own words from its table and the rest from the overlay’s, in the overlay’s language', () => {
    const t = popoverTranslator(overlayTranslator('nn'));
    expect(t.language).toBe('nn');
    expect(t('popoverNextStep')).toBe('Neste steg');
    expect(t('popoverWhy')).toBe('Kvifor');
    expect(t('popoverResponsible', 'Kontaktlærar')).toBe('Ansvarleg: Kontaktlærar');
    expect(t('weekdayMon')).toBe('Mån');
    expect(t('reasonNothingFired')).toBe('Ingen reglar i rettleiaren er utløyste');
  });
});
