// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPopover, type PopoverContent } from '../../../components/overlay/popover.dom';
import { overlayTranslator } from '../../../components/overlay/words';
import type { Patterns } from '../../../lib/patterns/types';
import { okAssessment } from './ok-assessment';

/**
 * The popover is made at the first badge click and kept for the page; the teacher may change the
 * language in options before the next click. Each opening speaks the language the page has then.
 * The expected words are the message tables' (lib/i18n/messages/popover.ts, forecast.ts).
 */
const assessment = okAssessment;
const patterns: Patterns = {
  asOf: '2026-11-20',
  coverage: 'events',
  shownWindow: null,
  byWeekday: null,
  byLesson: null,
  bySubject: null,
  lateness: null,
  leftEarly: null,
  longestStreak: null,
  currentStreak: null,
  trend: null,
  onset: null,
  afterHolidays: null,
  weeklySeries: null,
  heatmap: null,
  findings: [],
};
const content: PopoverContent = {
  studentName: 'Kari Nordmann',
  rowKey: 'generic:k1',
  assessment,
  patterns,
  profileName: 'Kearney',
  offerMappingForm: false,
  readerNotes: [],
};
const actions = { openStudentPage: vi.fn(), exportMappingForm: vi.fn() };

/** A popover, and its closed root, caught as it is attached. */
function popoverWithRoot() {
  const attach = vi.spyOn(HTMLElement.prototype, 'attachShadow');
  const popover = createPopover(document);
  const root = attach.mock.results.at(-1)?.value as ShadowRoot;
  attach.mockRestore();
  return { popover, root };
}

afterEach(() => document.body.replaceChildren());

describe('the popover', () => {
  it('speaks the language of each opening, though it was made at the first', () => {
    const { popover, root } = popoverWithRoot();
    const badge = document.body.appendChild(document.createElement('button'));
    const words = () => ({
      headings: [...root.querySelectorAll('h3')].map((h) => h.textContent),
      close: root.querySelector('button.close')!.getAttribute('aria-label'),
      open: root.querySelector('.actions button')!.textContent,
      nothing: root.querySelector('h3 + p')!.textContent,
    });

    popover.show(badge, content, actions, badge, overlayTranslator('nb'));
    expect(words()).toEqual({
      headings: ['Neste steg', 'Hvorfor', 'Hvis tempoet holder'],
      close: 'Lukk',
      open: 'Notater og skjema',
      nothing: 'Ingenting å gjøre nå etter veilederen.',
    });
    popover.hide();

    popover.show(badge, content, actions, badge, overlayTranslator('en'));
    expect(words()).toEqual({
      headings: ['Next step', 'Why', 'If the pace holds'],
      close: 'Close',
      open: 'Notes and forms',
      nothing: 'Nothing to do now according to the guideline.',
    });

    popover.show(badge, content, actions, badge, overlayTranslator('nn'));
    expect(words().headings).toEqual(['Neste steg', 'Kvifor', 'Om tempoet held']);
    expect(words().nothing).toBe('Ingenting å gjere no etter rettleiaren.');
  });
});
