// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { PageIndicator } from '../../../components/overlay/controller/page-indicator.dom';
import type { OverlayParts } from '../../../components/overlay/controller/loaded-parts';
import { indicatorView, type IndicatorView } from '../../../components/overlay/indicator-words';
import { guardWith } from '../../../components/overlay/controller/environment';
import type { IndicatorHandle } from '../../../components/overlay/indicator.dom';

/**
 * The indicator's script is loaded only when the page could not be read; the content script hands
 * it the reasons as codes, and it words them in the teacher's language.
 */
function indicatorWith(load: () => Promise<OverlayParts['indicator']>) {
  const shown: IndicatorView[] = [];
  const handle: IndicatorHandle = { host: document.createElement('div'), show: (view) => void shown.push(view), hide: vi.fn() };
  const createIndicator = vi.fn(() => handle);
  const indicator = new PageIndicator(document, guardWith(() => undefined), { saveSnapshot: vi.fn(), startTeachMode: vi.fn() }, () =>
    load().then(() => ({ createIndicator, indicatorView })),
  );
  return { indicator, shown, createIndicator, handle };
}

describe('the page indicator, loaded when it has something to say', () => {
  it('words the reasons in the teacher’s language: the page’s, then how many students could not be read and why', async () => {
    const { indicator, shown } = indicatorWith(async () => ({}) as OverlayParts['indicator']);
    indicator.show(
      [{ code: 'no-table' }],
      [
        { name: 'Kari Nordmann', problems: [{ code: 'no-figures', student: 'Kari Nordmann' }] },
        { name: 'Ola Nordmann', problems: [{ code: 'unknown-codes', codes: [{ text: 'SK' }] }] },
      ],
      'nn',
    );
    await vi.waitFor(() => expect(shown).toHaveLength(1));
    expect(shown[0]).toEqual({
      pill: 'Nærværsradar: kunne ikkje lese sida',
      pageLines: ['fann ingen tabell på sida'],
      rowsIntro: '2 elevar kunne ikkje lesast:',
      rowLines: ['fann ingen fråværstal for Kari Nordmann', 'ukjend fråværskode «SK» for Ola Nordmann; legg koden til i kodetabellen i innstillingane'],
    });
  });

  it('shows nothing when the page was read before its script arrived', async () => {
    let arrive: () => void = () => undefined;
    const { indicator, createIndicator } = indicatorWith(() => new Promise((resolve) => (arrive = () => resolve({} as OverlayParts['indicator']))));
    indicator.show([{ code: 'no-table' }], [], 'nb');
    indicator.hide();
    arrive();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(createIndicator).not.toHaveBeenCalled();
  });
});
