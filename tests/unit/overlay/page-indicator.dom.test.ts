// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { PageIndicator } from '../../../components/overlay/controller/page-indicator.dom';
import type { OverlayParts } from '../../../components/overlay/controller/loaded-parts';
import { pageProblemLines } from '../../../components/overlay/indicator-words';
import { guardWith } from '../../../components/overlay/controller/environment';
import { overlayTranslator } from '../../../components/overlay/words';
import type { IndicatorHandle } from '../../../components/overlay/indicator.dom';

/**
 * The indicator's script is loaded only when the page could not be read; the content script hands
 * it the reasons as codes, and it words them in the teacher's language.
 */
function indicatorWith(load: () => Promise<OverlayParts['indicator']>) {
  const shown: string[][] = [];
  const handle: IndicatorHandle = { host: document.createElement('div'), show: (lines) => void shown.push(lines), hide: vi.fn() };
  const createIndicator = vi.fn(() => handle);
  const indicator = new PageIndicator(document, guardWith(() => undefined), { saveSnapshot: vi.fn(), startTeachMode: vi.fn() }, () =>
    load().then(() => ({ createIndicator, pageProblemLines })),
  );
  return { indicator, shown, createIndicator, handle };
}

describe('the page indicator, loaded when it has something to say', () => {
  it('words the reasons in the teacher’s language, with the unreadable rows last', async () => {
    const { indicator, shown } = indicatorWith(async () => ({}) as OverlayParts['indicator']);
    indicator.show([{ code: 'no-table' }], 2, overlayTranslator('nn'));
    await vi.waitFor(() => expect(shown).toHaveLength(1));
    expect(shown[0]).toEqual(['fann ingen tabell på sida', '2 elevar kunne ikkje lesast']);
  });

  it('shows nothing when the page was read before its script arrived', async () => {
    let arrive: () => void = () => undefined;
    const { indicator, createIndicator } = indicatorWith(() => new Promise((resolve) => (arrive = () => resolve({} as OverlayParts['indicator']))));
    indicator.show([{ code: 'no-table' }], 0, overlayTranslator('nb'));
    indicator.hide();
    arrive();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(createIndicator).not.toHaveBeenCalled();
  });
});
