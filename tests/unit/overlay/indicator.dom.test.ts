// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createIndicator } from '../../../components/overlay/indicator.dom';
import { indicatorView } from '../../../components/overlay/indicator-words';

/**
 * The indicator is made once per page and shown again whenever what it says changes; the teacher
 * may have changed the language in between. Its own words (the box's title and buttons) follow
 * the language of each showing, as the reasons do.
 */
describe('the "could not read" indicator', () => {
  it('speaks the language of its latest showing, its buttons included', () => {
    const attach = vi.spyOn(HTMLElement.prototype, 'attachShadow');
    const indicator = createIndicator(document, { saveSnapshot: vi.fn(), startTeachMode: vi.fn() });
    const root = attach.mock.results.at(-1)?.value as ShadowRoot;
    attach.mockRestore();
    const words = () => ({
      pill: root.querySelector('.pill')!.textContent,
      title: root.querySelector('.box')!.getAttribute('aria-label'),
      buttons: [...root.querySelectorAll('.actions button')].map((button) => button.textContent),
    });

    indicator.show(indicatorView('nb', [{ code: 'no-table' }], []), 'nb');
    expect(words()).toEqual({
      pill: 'Nærværsradar: kunne ikke lese siden',
      title: 'Hva som manglet',
      buttons: ['Lagre anonymisert kopi av siden', 'Lær opp denne siden'],
    });

    indicator.show(indicatorView('en', [{ code: 'no-table' }], []), 'en');
    expect(words()).toEqual({
      pill: 'Nærværsradar: could not read the page',
      title: 'What was missing',
      buttons: ['Save an anonymised copy of the page', 'Teach this page'],
    });
    indicator.host.remove();
  });
});
